/**
 * The phrase lists' expressions (lib/text/segment.ts): written as a tree of shared beginnings,
 * they find at each place the longest phrase of the list, as trying every phrase there would.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flexiblePattern, phraseExpressions, phraseVariants } from '../../../lib/text/segment';
import { matches } from '../../../lib/text/matches';

/** Each start a match was found at, with its end. */
function found(res: RegExp[], text: string): Map<number, number> {
  const at = new Map<number, number>();
  for (const re of res) for (const m of matches(re, text)) at.set(m.index, Math.max(at.get(m.index) ?? 0, m.index + m[0].length));
  return at;
}

/** The same by trying every phrase at every place, left to right, the longest kept. */
function everyPhrase(patterns: string[], flags: string, text: string): Map<number, number> {
  const res = patterns.flatMap((p) => phraseVariants(p).map((atoms) => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${atoms.join('')})(?![\\p{L}\\p{M}\\p{N}])`, `${flags.replace('g', '')}y`)));
  const at = new Map<number, number>();
  for (let p = 0; p <= text.length; ) {
    let end = -1;
    for (const re of res) {
      re.lastIndex = p;
      const m = re.exec(text);
      if (m) end = Math.max(end, p + m[0].length);
    }
    if (end > p) at.set(p, end);
    p = end > p ? end : p + 1;
  }
  return at;
}

// Shapes that share beginnings and differ by a hyphen, a space, an apostrophe or a final "s".
const WORDS = ['al', 'al-Sham', 'Sham', 'Syrian', 'syrian', 'Arab', 'Army', 'Free', 'Forces', "People's", 'Peoples', 'Protection', 'Units', 'US', 'Assad', 'Assads', 'Manar', 'TV'];

describe('phraseExpressions', () => {
  it('prefers the longest phrase that a shorter one begins, and ends a phrase where the text does', () => {
    const res = phraseExpressions(['Syrian Arab Army', 'Syrian Army', 'Syrian', 'Free Syrian Army'].map(flexiblePattern), 'giu');
    const texts = (text: string) => res.flatMap((re) => [...matches(re, text)].map((m) => m[0]));
    expect(texts('The Syrian Arab Army and the free syrian army met the Syrian Armyx.')).toEqual(['Syrian Arab Army', 'free syrian army', 'Syrian']);
    expect(texts('Jaysh al-Islam')).toEqual([]);
  });

  it('finds the longer phrase whatever separates its words: a hyphen, a space or an apostrophe', () => {
    const res = phraseExpressions(['al-Sham Free Syrian Army Forces', 'al-Sham', 'al Sham Arab Army', 'al-Manar', 'al Manar TV', "People's Protection", 'Peoples Protection Units'].map(flexiblePattern), 'giu');
    const texts = (text: string) => res.flatMap((re) => [...matches(re, text)].map((m) => m[0]));
    expect(texts('the al Sham Arab Army came; al-Manar TV said so; the Peoples Protection Units and the People’s Protection')).toEqual([
      'al Sham Arab Army',
      'al-Manar TV',
      'Peoples Protection Units',
      'People’s Protection',
    ]);
  });

  it('finds at each place the longest phrase that trying every phrase there finds, for any phrases and text', () => {
    const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.uniqueArray(phrase, { minLength: 1, maxLength: 30 }), fc.array(fc.constantFrom(...WORDS, '-', ',', 'the', '  ', 's'), { maxLength: 40 }), fc.boolean(), (phrases, words, foldCase) => {
        const patterns = phrases.map(flexiblePattern);
        const flags = foldCase ? 'giu' : 'gu';
        const text = words.join(' ').replace(/ - /g, '-');
        expect(found(phraseExpressions(patterns, flags), text)).toEqual(everyPhrase(patterns, flags, text));
      }),
      { numRuns: 300 },
    );
  });
});

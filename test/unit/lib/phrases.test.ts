/**
 * The phrase lists (lib/text/segment.ts): written as a tree of shared beginnings and read in a
 * text whose spaces, dashes, apostrophes and case are written one way, they find at each place
 * the longest phrase of the list, as trying every phrase there in the text as written would.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PhraseList, PhraseText, flexiblePattern, phraseVariants } from '../../../lib/text/segment';

/** Each start a match was found at, with its end. */
function found(list: PhraseList, text: string): Map<number, number> {
  const at = new Map<number, number>();
  for (const m of list.find(new PhraseText(text))) at.set(m.index, Math.max(at.get(m.index) ?? 0, m.index + m.text.length));
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

const texts = (list: PhraseList, text: string) => [...list.find(new PhraseText(text))].map((m) => m.text);

// The same words as a text may write them: capitals, a dash of a word, a curly apostrophe, a
// non-breaking space, a line's end; and a capital that is two characters in lower case.
const WRITTEN_OTHERWISE = ['SYRIAN', 'al‑Sham', 'al–Sham', 'People’s', 'People‘s', 'Free\u00a0Syrian', 'Arab\nArmy', 'İ', 'Units\t'];

describe('PhraseList', () => {
  it('prefers the longest phrase that a shorter one begins, and ends a phrase where the text does', () => {
    const list = new PhraseList(['Syrian Arab Army', 'Syrian Army', 'Syrian', 'Free Syrian Army'].map(flexiblePattern), true);
    const found = (text: string) => texts(list, text);
    expect(found('The Syrian Arab Army and the free syrian army met the Syrian Armyx.')).toEqual(['Syrian Arab Army', 'free syrian army', 'Syrian']);
    expect(found('Jaysh al-Islam')).toEqual([]);
  });

  it('finds the longer phrase whatever separates its words: a hyphen, a space or an apostrophe', () => {
    const list = new PhraseList(['al-Sham Free Syrian Army Forces', 'al-Sham', 'al Sham Arab Army', 'al-Manar', 'al Manar TV', "People's Protection", 'Peoples Protection Units'].map(flexiblePattern), true);
    expect(texts(list, 'the al Sham Arab Army came; al-Manar TV said so; the Peoples Protection Units and the People’s Protection')).toEqual([
      'al Sham Arab Army',
      'al-Manar TV',
      'Peoples Protection Units',
      'People’s Protection',
    ]);
    // (Any white space, a non-breaking one or a line's end, and a dash of a word: as written in the text.)
    expect(texts(list, 'AL\u00a0SHAM arab\narmy, al‑Manar\tTV')).toEqual(['AL\u00a0SHAM arab\narmy', 'al‑Manar\tTV']);
  });

  it('finds at each place the longest phrase that trying every phrase there finds, for any phrases and text', () => {
    const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.uniqueArray(phrase, { minLength: 1, maxLength: 30 }), fc.array(fc.constantFrom(...WORDS, ...WRITTEN_OTHERWISE, '-', ',', 'the', '  ', 's'), { maxLength: 40 }), fc.boolean(), (phrases, words, foldCase) => {
        const patterns = phrases.map(flexiblePattern);
        const flags = foldCase ? 'giu' : 'gu';
        const text = words.join(' ').replace(/ - /g, '-');
        expect(found(new PhraseList(patterns, foldCase), text)).toEqual(everyPhrase(patterns, flags, text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('PhraseList, what a reading found', () => {
  it('finds a phrase with an escaped question mark, which is no optional character', () => {
    expect(texts(new PhraseList([flexiblePattern('Who? Group')], true), 'the Who? Group said')).toEqual(['Who? Group']);
  });

  it('tries the shorter phrases at a place when the caller does not take the longest', () => {
    const list = new PhraseList(['al Jolani', 'Jolani', 'al'].map(flexiblePattern), true);
    const found = [...list.find(new PhraseText('Leader al Jolani spoke'), (_, text) => text !== 'al Jolani')].map((m) => m.text);
    expect(found).toEqual(['al', 'Jolani']);
  });
});

describe('PhraseList, overlapping', () => {
  it('finds a phrase that begins inside the one before and ends after it, never one inside it', () => {
    const list = new PhraseList(["Syria's war", 'war has killed', 'war', 'has'].map(flexiblePattern), true);
    const read = (overlapping: boolean) => [...list.find(new PhraseText("Syria's war has killed many"), undefined, overlapping)].map((m) => m.text);
    expect(read(true)).toEqual(["Syria's war", 'war has killed']);
    expect(read(false)).toEqual(["Syria's war", 'has']);
  });
});

/**
 * The phrase lists' expressions (lib/text/segment.ts): written as a tree of shared beginnings,
 * they find what one flat list of the same phrases, longest first, finds.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flexiblePattern, phraseExpressions } from '../../../lib/text/segment';
import { matches } from '../../../lib/text/matches';

/** Each start a match was found at, with the longest end found there. */
function longestAt(res: RegExp[], text: string): Map<number, number> {
  const at = new Map<number, number>();
  for (const re of res) for (const m of matches(re, text)) at.set(m.index, Math.max(at.get(m.index) ?? 0, m.index + m[0].length));
  return at;
}

function flat(patterns: string[], flags: string): RegExp {
  const sorted = [...patterns].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, flags);
}

const WORDS = ['al', 'Syrian', 'syrian', 'Arab', 'Army', 'Free', 'Democratic', 'Forces', 'Sham', 'Ahrar', 'al-Sham', "People's", 'US', 'Assad', 'Assads'];

describe('phraseExpressions', () => {
  it('prefers the longest phrase that a shorter one begins, and ends a phrase where the text does', () => {
    const res = phraseExpressions(['Syrian Arab Army', 'Syrian Army', 'Syrian', 'Free Syrian Army'].map(flexiblePattern), 'giu');
    const found = (text: string) => res.flatMap((re) => [...matches(re, text)].map((m) => m[0]));
    expect(found('The Syrian Arab Army and the free syrian army met the Syrian Armyx.')).toEqual(['Syrian Arab Army', 'free syrian army', 'Syrian']);
    expect(found("Jaysh al-Islam")).toEqual([]);
  });

  it('finds what the flat list of the same phrases finds, for any phrases and text', () => {
    const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.uniqueArray(phrase, { minLength: 1, maxLength: 30 }), fc.array(fc.constantFrom(...WORDS, '-', ',', 'the', '  '), { maxLength: 40 }), fc.boolean(), (phrases, words, foldCase) => {
        const patterns = phrases.map(flexiblePattern);
        const flags = foldCase ? 'giu' : 'gu';
        const text = words.join(' ');
        expect(longestAt(phraseExpressions(patterns, flags), text)).toEqual(longestAt([flat(patterns, flags)], text));
      }),
      { numRuns: 300 },
    );
  });
});

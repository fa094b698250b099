/**
 * `matches(re, text)` must give exactly what `text.matchAll(re)` gives, while searching with the
 * expression itself: so its `lastIndex` is left at 0, and loops over it may nest.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matches, openingLetters, opensWith, wholeWords } from '../../../lib/text/matches';

const summary = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ index: m.index, text: m[0], groups: [...m.slice(1)], named: m.groups }));

// Expressions of the kinds the analysis uses, and some that match the empty string.
const EXPRESSIONS = [
  /\p{Lu}(?<![\p{L}.]\p{Lu})\.(?:\p{Lu}\.){1,2}/gu,
  /(?<year>\d{4})|(?<word>\p{L}+)/gu,
  /\b(?:killed|dead)\b/gi,
  /x*/g,
  /(?:)/gu,
  /(?=\p{Lu})/gu,
  /\s*/gu,
];
const CHARACTERS = ['a', 'B', 'x', ' ', '.', 'U.S.', '2019', 'killed', 'Dead', '😀', '’', 'é', '\n', 'ب'];

describe('matches', () => {
  it('gives what matchAll gives, for any text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXPRESSIONS), fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 40 }).map((parts) => parts.join('')), (re, text) => {
        expect(summary(matches(re, text))).toEqual(summary(text.matchAll(re)));
        expect(re.lastIndex).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('steps over a surrogate pair after an empty match under the u flag', () => {
    expect([...matches(/(?:)/gu, 'a😀b')].map((m) => m.index)).toEqual([0, 1, 3, 4]);
    expect([...matches(/(?:)/g, 'a😀b')].map((m) => m.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('lets a loop search another text with the same expression, and leaves lastIndex at 0 after a break', () => {
    const word = /\p{L}+/gu;
    const pairs: string[] = [];
    for (const outer of matches(word, 'one two')) for (const inner of matches(word, 'a b')) pairs.push(`${outer[0]}:${inner[0]}`);
    expect(pairs).toEqual(['one:a', 'one:b', 'two:a', 'two:b']);
    for (const m of matches(word, 'three four')) if (m[0] === 'three') break;
    expect(word.lastIndex).toBe(0);
    expect(word.test('five')).toBe(true);
  });

  it('refuses an expression that is not global, as matchAll does', () => {
    expect(() => [...matches(/a/u, 'a')]).toThrow(TypeError);
  });
});

describe('wholeWords', () => {
  // Patterns of the kinds the word lists hold: classes, optional letters, spaces, hyphens, apostrophes.
  const WORDS = ['raqq?a', 't[ae]ll?\\s+rif[a’\']?at', 'a[iy]n\\s+issa', 'de-?escalation', 'air\\s?strikes?', 'kills?', 'albu\\s+kamal', 'abu\\s+kamal', 'bu?kamal', 'al-?bab', 'syria(?:ns?|s)?'];
  const plain = new RegExp(`(?<![\\p{L}])(?:${WORDS.join('|')})(?![\\p{L}])`, 'giu');

  it('finds what the same list without its look-ahead finds, in any text', () => {
    const piece = fc.constantFrom('raqa', 'Raqqa', 'tal rifat', 'Tell Rif’at', 'ayn issa', 'Ain Issa', 'deescalation', 'de-escalation', 'airstrike', 'air strikes', 'kill', 'KILLS', 'Albu Kamal', 'abu kamal', 'bkamal', 'Bukamal', 'albab', 'al-Bab', 'Syrians', 'x', 'é', ' ', '-', '.', 'a', 'T');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(summary(matches(wholeWords(WORDS), text))).toEqual(summary(text.matchAll(plain)));
      }),
    );
  });

  it('reads the letters a pattern opens with', () => {
    expect(openingLetters('raqq?a')).toEqual(['raq']);
    expect(openingLetters('bu?kamal')).toEqual(['b']);
    expect(openingLetters('t[ae]ll?\\s+rifat')).toEqual(['tal', 'tel']);
    expect(openingLetters('de-?escalation')).toEqual(['de']);
    expect(openingLetters('kills?')).toEqual(['kil']);
    expect(openingLetters('ki+ll')).toEqual(['ki']);
    expect(openingLetters('(?:a|b)c')).toEqual(['']);
    // One pattern that may open with anything: no look-ahead at all.
    expect(opensWith(['raqq?a', 'kills?'])).toBe('(?=raq|kil)');
    expect(opensWith(['raqq?a', '\\d+'])).toBe('');
    // A pattern with alternatives of its own opens with anything; classes stop multiplying the openings.
    expect(openingLetters('iraq|syria')).toEqual(['']);
    expect(summary(matches(wholeWords(['iraq|syria']), 'in syria and iraq')).map((m) => m.text)).toEqual(['syria', 'iraq']);
    expect(openingLetters('[abcdefgh][abcdefgh][abcdefgh]x').length).toBeLessThanOrEqual(16);
  });
});

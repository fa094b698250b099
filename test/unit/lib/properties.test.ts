/**
 * Property-based tests of the analysis core (fast-check): random texts in mixed scripts, with
 * the characters real pages carry (CRLF, zero-width and bidi controls, combining marks, emoji,
 * very long words, long digit runs), analysed with force: true so every stage runs.
 *
 * Properties: analysis never throws; every span selects exactly its own text inside the input;
 * claims do not overlap each other; the same input gives a deep-equal result, also after other
 * inputs were analysed in between (no state carried from one call to the next).
 *
 * Runs are bounded (texts up to 2,000 characters, 100-150 runs per property) so the suite stays
 * fast; a failure prints the shrunk counterexample and the seed to replay it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAnalyzer } from '../../../lib/analyze';
import { knowledge } from '../../../lib/knowledge';
import type { Analysis, AnalysisInput } from '../../../lib/types';

const analyzer = createAnalyzer(knowledge);
const analyze = (input: AnalysisInput): Analysis => analyzer.analyze(input, { force: true });

const MAX_TEXT = 2_000;
/** PROPERTY_RUNS_SCALE=20 npx vitest run test/unit/lib/properties.test.ts: a longer hunt, same checks. */
const SCALE = Math.max(1, Number(process.env.PROPERTY_RUNS_SCALE ?? 1) || 1);
const runs = (n: number) => ({ numRuns: n * SCALE });

// --- Building blocks of the random texts (written for these tests) ---------------------------

/** Words and phrases the analysis reacts to: actors, places, figures, dates, cue words. */
const SYRIA_WORDS = [
  'Syria', 'Syrian', 'Idlib', 'Aleppo', 'Damascus', 'Ankara', 'Moscow', 'Turkey', 'Russia', 'Iran', 'US', 'U.S.', 'IS',
  'YPG', 'PKK', 'SDF', 'HTS', 'Hayat Tahrir al-Sham', 'Erdogan', 'Erdoğan', 'Putin', 'Bashar al-Assad', 'Assad',
  'al-Assad', 'Deir ez-Zor', 'Raqqa', 'Kobani', 'Afrin', 'United Nations', 'UN', 'UNHCR', 'Sochi', 'Geneva',
  'Operation Peace Spring', 'Resolution 2254', 'Rai News 24', 'civilians', 'killed', 'displaced', 'refugees', 'fled',
  'people', 'troops', 'fighters', 'air strikes', 'ceasefire', 'offensive', 'km', 'miles', 'percent', '%', '$',
  'million', 'billion', 'thousands of', 'hundreds of', 'at least', 'more than', 'about', 'nearly', 'up to',
  'ninth year', 'October 9', '9 October 2019', '17 September 2018', 'in 2011', 'since 2011', 'the 1980s',
  'one million', 'two hundred', 'twenty', 'dozens', 'according to', 'said', 'in', 'from', 'and', 'the', 'of',
];
const ARABIC_WORDS = ['سوريا', 'دمشق', 'إدلب', 'حلب', 'الأسد', 'هيئة تحرير الشام', 'قتل', 'مدنيين', '٢٠١٩', '١٢٣٬٤٥٦', 'اللاجئين'];
const TURKISH_WORDS = ['Türkiye', 'Erdoğan', 'Barış Pınarı Harekâtı', 'Suriye', 'İdlib', 'ışık', 'ğüşıöç', 'İSTANBUL', 'şehir', 'ılımlı'];
const OTHER_WORDS = ['Сирия', 'Путин', 'Ερντογάν', '叙利亚', 'シリア', 'Ḥamāh', 'Ḥalab', 'Dayr az-Zawr', 'Ṣaydnāyā'];
const EMOJI = ['🇸🇾', '🇹🇷', '💣', '👨‍👩‍👧‍👦', '🏳️‍🌈', '✊🏽', '😀', '🔥', '🕊️'];
const COMBINING = ['\u0301', '\u0308', '\u0327', '\u0651', '\u064E', '\u20DD', '\u0336'];
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00AD'];
const BIDI = ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const SPACES = [' ', ' ', ' ', '  ', '\n', '\r\n', '\r\n\r\n', '\n\n', '\t', '\u00A0', '\u2009', '\u3000', '\u2028'];
const PUNCT = ['.', ',', ';', ':', '!', '?', '"', '“', '”', '‘', '’', '(', ')', '-', '–', '—', '/', '…', '«', '»', '،', '؟'];

const pick = (xs: string[]) => fc.constantFrom(...xs);

/** A digit run: plain, with separators, decimals, signs, ranges, Arabic-Indic digits. */
const digits = fc.oneof(
  fc.stringMatching(/^[0-9]{1,40}$/),
  fc.stringMatching(/^[1-9][0-9]{0,2}(,[0-9]{3}){1,6}$/),
  fc.stringMatching(/^[0-9]{1,6}\.[0-9]{1,4}$/),
  fc.stringMatching(/^[0-9]{1,4}[-–][0-9]{1,4}$/),
  fc.stringMatching(/^[+\-−]?[0-9]{1,3}(\.[0-9]{3}){0,3}$/),
  fc.stringMatching(/^[0-9]{1,3}(k|m|bn|%|km|th|st)$/),
  fc.stringMatching(/^[٠-٩]{1,8}$/),
  fc.integer({ min: 1900, max: 2100 }).map(String),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n.toLocaleString('en-US')),
);

/** One token of text. */
const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: pick(SYRIA_WORDS) },
  { weight: 3, arbitrary: pick(ARABIC_WORDS) },
  { weight: 3, arbitrary: pick(TURKISH_WORDS) },
  { weight: 2, arbitrary: pick(OTHER_WORDS) },
  { weight: 2, arbitrary: pick(EMOJI) },
  { weight: 6, arbitrary: digits },
  { weight: 4, arbitrary: pick(PUNCT) },
  // A word with combining marks, zero-width or bidi controls inside it or around it.
  { weight: 3, arbitrary: fc.tuple(pick(SYRIA_WORDS), pick([...COMBINING, ...ZERO_WIDTH, ...BIDI]), fc.nat(12)).map(([w, c, at]) => w.slice(0, at) + c + w.slice(at)) },
  { weight: 2, arbitrary: pick([...ZERO_WIDTH, ...BIDI]) },
  // A known name given an abbreviation in brackets, of any shape ("(CJTF-OIR)", "(S&DF)"), used again.
  {
    weight: 2,
    arbitrary: fc
      .tuple(pick(['Manbij Military Council', 'Syrian Democratic Forces', 'Free Syrian Army']), pick(['-', '&', '.', '+', '*', '?', '|', '\\', '(', '']), fc.nat(3))
      .map(([name, mark, at]) => {
        const initials = name.replace(/[^A-Z]/g, '');
        const abbreviation = initials.slice(0, at) + mark + initials.slice(at);
        return `${name} (${abbreviation}) ${abbreviation}`;
      }),
  },
  // Very long words: letters, digits, hyphens.
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z-]{50,400}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{60,300}$/) },
  // Anything at all, including lone surrogates and control characters.
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 10 }) },
);

/** A random text: tokens joined by random white space (spaces, CRLF, NBSP, line separators). */
const text: fc.Arbitrary<string> = fc
  .oneof(
    fc.array(fc.tuple(token, pick(SPACES)), { maxLength: 20 }),
    fc.array(fc.tuple(token, pick(SPACES)), { maxLength: 400, size: 'max' }),
  )
  .map((parts) => parts.map(([t, s]) => t + s).join('').slice(0, MAX_TEXT));

const input: fc.Arbitrary<AnalysisInput> = fc.record(
  {
    text,
    title: fc.oneof(fc.constant('Syria: war in Idlib'), fc.string({ maxLength: 80 }), text.map((t) => t.slice(0, 120))),
    date: fc.oneof(
      fc.constant(null),
      fc.constantFrom('2019-10-22', '2011-03-15', '2005-01-01', '2030-12-31', '2019-10', '2019', 'not a date', '0000-00-00', '2019-02-30'),
    ),
    url: fc.constantFrom('https://example.org/news/syria', 'http://127.0.0.1/a.html', ''),
  },
  { requiredKeys: ['text'] },
);

// --- Checks ----------------------------------------------------------------------------------

/** Every span lies inside the text and selects exactly its own text; returns the problems. */
function spanProblems(a: Analysis, t: string): string[] {
  const problems: string[] = [];
  const check = (what: string, s: { start: number; end: number; text: string }) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= t.length)) {
      problems.push(`${what} [${s.start}, ${s.end}) outside 0 <= start < end <= ${t.length}`);
    } else if (t.slice(s.start, s.end) !== s.text) {
      problems.push(`${what} [${s.start}, ${s.end}) selects ${JSON.stringify(t.slice(s.start, s.end))}, not its text ${JSON.stringify(s.text)}`);
    }
  };
  for (const actor of a.actors) for (const m of actor.mentions) check(`mention of ${actor.id}`, m);
  for (const c of a.claims) check(`claim (${c.kind})`, c);
  return problems;
}

/** Pairs of claims that share a character. */
function overlappingClaims(a: Analysis): string[] {
  const sorted = [...a.claims].sort((x, y) => x.start - y.start || x.end - y.end);
  const found: string[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (cur.start < prev.end) found.push(`${JSON.stringify(prev.text)} [${prev.start}, ${prev.end}) and ${JSON.stringify(cur.text)} [${cur.start}, ${cur.end})`);
  }
  return found;
}

// --- Properties ------------------------------------------------------------------------------

describe('analysis core: properties over random mixed-script texts (force: true)', () => {
  it('the generator produces the characters it is meant to (sanity check of the test itself)', () => {
    const samples = fc.sample(text, { numRuns: 300, seed: 42 });
    const all = samples.join('');
    for (const [what, re] of [
      ['Arabic', /[\u0600-\u06FF]/],
      ['Turkish ğ/ı/ş', /[ğış]/],
      ['emoji', /\p{Extended_Pictographic}/u],
      ['combining marks', /\p{M}/u],
      ['CRLF', /\r\n/],
      ['zero-width', /[\u200B\u200C\u200D\uFEFF]/],
      ['bidi controls', /[\u202A-\u202E\u2066-\u2069]/],
      ['long digit runs', /[0-9]{60}/],
      ['very long words', /[A-Za-z-]{100}/],
    ] as const) {
      expect(re.test(all), what).toBe(true);
    }
    expect(Math.max(...samples.map((s) => s.length))).toBeLessThanOrEqual(MAX_TEXT);
    expect(samples.filter((s) => s.length > 1_000).length, 'some texts are long').toBeGreaterThan(10);
  });

  it('never throws, and every mention and claim selects exactly its text inside the input', () => {
    const seen = { runs: 0, withActors: 0, withClaims: 0 };
    fc.assert(
      fc.property(input, (inp) => {
        const a = analyze(inp);
        seen.runs++;
        if (a.actors.length) seen.withActors++;
        if (a.claims.length) seen.withClaims++;
        const problems = spanProblems(a, inp.text);
        if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
      }),
      runs(150),
    );
    // Not vacuous: most random texts do give the properties something to check.
    expect(seen.withActors / seen.runs, 'share of texts with actor mentions').toBeGreaterThan(0.5);
    expect(seen.withClaims / seen.runs, 'share of texts with claims').toBeGreaterThan(0.3); // bare numbers that count nothing are not claims, so fewer random texts have one
  }, 600_000);

  it('claims never overlap each other', () => {
    fc.assert(
      fc.property(input, (inp) => {
        const overlaps = overlappingClaims(analyze(inp));
        if (overlaps.length) throw new Error(`overlapping claims: ${overlaps.slice(0, 5).join('; ')}`);
      }),
      runs(150),
    );
  }, 600_000);

  it('the same input gives a deep-equal result, also after other texts were analysed in between', () => {
    fc.assert(
      fc.property(input, input, (x, y) => {
        const first = analyze(x);
        analyze(y);
        const again = analyze(x);
        expect(again).toStrictEqual(first);
      }),
      runs(100),
    );
  }, 600_000);

  it('a fresh analyzer gives the same result as one that has analysed other texts', () => {
    const fresh = createAnalyzer(knowledge);
    fc.assert(
      fc.property(input, (x) => {
        expect(fresh.analyze(x, { force: true })).toStrictEqual(analyze(x));
      }),
      runs(60),
    );
  }, 600_000);

  it('spans stay exact when the text is a Syria article with hostile characters spliced in', () => {
    const ARTICLE =
      'Turkey and Russia traded accusations over Idlib on Friday as Syrian government forces, backed by Russian air strikes, pressed their offensive.\r\n\r\n' +
      'Under the Sochi memorandum, signed by Recep Tayyip Erdogan and Vladimir Putin on 17 September 2018, a demilitarized zone was to separate the two sides. ' +
      'More than 200,000 people have fled their homes in Idlib this month, according to the UN. The war, now in its ninth year, has killed at least 20 civilians in 30 km.';
    const splice = fc.array(fc.tuple(fc.nat(ARTICLE.length), fc.oneof(token, pick([...ZERO_WIDTH, ...BIDI, ...COMBINING, '\r\n']))), { maxLength: 12 });
    fc.assert(
      fc.property(splice, (edits) => {
        let t = ARTICLE;
        for (const [at, s] of [...edits].sort((p, q) => q[0] - p[0])) t = t.slice(0, at) + s + t.slice(at);
        const a = analyze({ text: t, title: 'Idlib', date: '2019-10-22' });
        const problems = [...spanProblems(a, t), ...overlappingClaims(a).map((o) => `overlap: ${o}`)];
        if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
      }),
      runs(150),
    );
  }, 600_000);
});

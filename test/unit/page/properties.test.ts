/**
 * Property-based tests of the map from the extracted article text back to the DOM (fast-check,
 * happy-dom): random trees of nested block and inline elements holding random text are built in
 * the test window's document (not a DOMParser document: happy-dom collapses Ranges over text
 * nodes of those), extracted with `extractArticle`, and for random [start, end) on word
 * boundaries inside one block, `rangeFor` must give a Range that selects exactly
 * text.slice(start, end).
 *
 * "One block" is read from the tree the test built: consecutive text nodes with no line break
 * between them (no <br> or <hr>, no start or end of a block element, even an empty one).
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractArticle, type ExtractedText } from '../../../entrypoints/article/extract';
import { rangeFor } from '../../../entrypoints/article/ranges';

const SCALE = Math.max(1, Number(process.env.PROPERTY_RUNS_SCALE ?? 1) || 1);
const runs = (n: number) => ({ numRuns: n * SCALE });

// Block and inline elements the extraction reads through (none it skips).
const BLOCKS = ['p', 'div', 'section', 'h2', 'h3', 'blockquote', 'li', 'figcaption', 'td', 'article', 'main'] as const;
const INLINES = ['span', 'b', 'i', 'em', 'strong', 'a', 'small', 'mark', 'q', 'abbr', 'time', 'sub', 'sup', 'font', 'u', 's'] as const;
const BLOCK_SET = new Set(BLOCKS.map((t) => t.toUpperCase()));

const WORDS = [
  'Turkey', 'Russia', 'Idlib', 'Syria', 'Erdoğan', 'Assad', 'YPG', 'PKK', 'said', 'the', 'on', 'of', '200,000', '17', 'September',
  '2018', 'km', 'سوريا', 'إدلب', 'ışık', 'Şam', '🇸🇾', '👨‍👩‍👧', 'e\u0301', 'a\u200Bb', '\u202Bx\u202C', 'x'.repeat(120), '1234567890123',
];

/** Text of one text node: words with single spaces; sometimes leading / trailing space. */
const wordText = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), fc.constantFrom('', ' '), fc.constantFrom('', ' '))
  .map(([ws, lead, trail]) => lead + ws.join(' ') + trail);

/** Text as pages have it: white space runs, newlines, tabs, NBSP inside and around the words. */
const rawText = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '  ', '\n', '\n    ', '\t', '\u00A0', ' \n ')), { minLength: 1, maxLength: 6 }),
    fc.constantFrom('', ' ', '\n  '),
  )
  .map(([parts, lead]) => lead + parts.map(([w, s]) => w + s).join(''));

type Tree = { kind: 'text'; text: string } | { kind: 'el'; tag: string; children: Tree[] };

/** Inline elements the extraction must skip (not article text), each holding the word SKIPPED. */
const SKIPPED_INLINE: Tree[] = [
  { kind: 'el', tag: 'button', children: [{ kind: 'text', text: 'SKIPPED' }] },
  { kind: 'el', tag: 'code', children: [{ kind: 'text', text: 'SKIPPED' }] },
  { kind: 'el', tag: 'label', children: [{ kind: 'text', text: 'SKIPPED' }] },
  { kind: 'el', tag: 'script', children: [{ kind: 'text', text: 'SKIPPED' }] },
  { kind: 'el', tag: 'span hidden', children: [{ kind: 'text', text: 'SKIPPED' }] },
  { kind: 'el', tag: 'span aria-hidden', children: [{ kind: 'text', text: 'SKIPPED' }] },
  { kind: 'el', tag: 'span sr-only', children: [{ kind: 'text', text: 'SKIPPED' }] },
];

/** What separates lines on a rendered page without any text: a <br>, a rule, an empty block. */
const BREAKS: Tree[] = [
  { kind: 'el', tag: 'br', children: [] },
  { kind: 'el', tag: 'hr', children: [] },
  { kind: 'el', tag: 'p', children: [] },
  { kind: 'el', tag: 'div', children: [] },
];

function treeArb(textArb: fc.Arbitrary<string>, withWhitespaceNodes: string[], skippedInline = false, breaks = false): fc.Arbitrary<Tree[]> {
  const { forest } = fc.letrec<{ node: Tree; forest: Tree[] }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 4, arbitrary: textArb.map((text): Tree => ({ kind: 'text', text })) },
      ...(withWhitespaceNodes.length
        ? [{ weight: 1, arbitrary: fc.constantFrom(...withWhitespaceNodes).map((text): Tree => ({ kind: 'text', text })) }]
        : []),
      ...(skippedInline ? [{ weight: 2, arbitrary: fc.constantFrom(...SKIPPED_INLINE) }] : []),
      ...(breaks ? [{ weight: 2, arbitrary: fc.constantFrom(...BREAKS) }] : []),
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...INLINES), tie('forest')).map(([tag, children]): Tree => ({ kind: 'el', tag, children: children as Tree[] })) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...BLOCKS), tie('forest')).map(([tag, children]): Tree => ({ kind: 'el', tag, children: children as Tree[] })) },
    ),
    forest: fc.array(tie('node'), { maxLength: 5 }),
  }));
  return forest as fc.Arbitrary<Tree[]>;
}

/** Builds the tree under document.body with createElement / createTextNode (no HTML parsing). */
function build(trees: Tree[]): void {
  document.title = '';
  document.head.replaceChildren();
  document.body.replaceChildren();
  const add = (parent: Node, t: Tree) => {
    if (t.kind === 'text') {
      parent.appendChild(document.createTextNode(t.text));
      return;
    }
    const [tag, flag] = t.tag.split(' ') as [string, string | undefined];
    const el = document.createElement(tag);
    if (flag === 'hidden') el.hidden = true;
    if (flag === 'aria-hidden') el.setAttribute('aria-hidden', 'true');
    if (flag === 'sr-only') el.className = 'sr-only';
    for (const c of t.children) add(el, c);
    parent.appendChild(el);
  };
  for (const t of trees) add(document.body, t);
}

interface Run {
  /** [from, to) of the extracted text covered by one block's consecutive text nodes. */
  from: number;
  to: number;
}

/**
 * Whether a line break lies between two text nodes on the rendered page: a <br> or <hr> between
 * them, or the start or end of a block element (an empty one too).
 */
function breakBetween(a: Node, b: Node): boolean {
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (!(BLOCK_SET.has(el.tagName) || el.tagName === 'BR' || el.tagName === 'HR')) continue;
    if (el.contains(a) !== el.contains(b)) return true;
    if (!el.contains(a) && a.compareDocumentPosition(el) & FOLLOWING && el.compareDocumentPosition(b) & FOLLOWING) return true;
  }
  return false;
}

/** Runs of consecutive pieces with no line break between them (one block, as the test defines blocks). */
function blockRuns(ex: ExtractedText): Run[] {
  const out: Run[] = [];
  let current: Run | null = null;
  let previous: Node | null = null;
  for (const p of ex.pieces) {
    const end = p.start + p.node.data.length;
    if (current && previous && !breakBetween(previous, p.node)) current.to = end;
    else {
      current = { from: p.start, to: end };
      out.push(current);
    }
    previous = p.node;
  }
  return out;
}

/** [start, end) of every word (run of non-white-space) inside [from, to) of `text`. */
function words(text: string, run: Run): [number, number][] {
  const out: [number, number][] = [];
  const re = /\S+/gu;
  const slice = text.slice(run.from, run.to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push([run.from + m.index, run.from + m.index + m[0].length]);
  return out;
}

/** A DOM, plus picks (as fractions) of a run and of two word boundaries inside it. */
const scenario = (textArb: fc.Arbitrary<string>, ws: string[], skippedInline = false, breaks = false) =>
  fc.record({
    trees: treeArb(textArb, ws, skippedInline, breaks),
    picks: fc.array(fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
  });

/** Elements the extraction does not read, as the trees above make them. */
const SKIPPED_SELECTOR = 'button, code, label, script, [hidden], [aria-hidden="true"], .sr-only';

/** Whether an element the extraction skips lies, in document order, between the text of [start, end). */
function skippedContentInside(ex: ExtractedText, start: number, end: number): boolean {
  const holding = (offset: number) => ex.pieces.find((p) => p.start <= offset && offset < p.start + p.node.data.length);
  const first = holding(start);
  const last = holding(end - 1);
  if (!first || !last) return false;
  return Array.from(document.querySelectorAll(SKIPPED_SELECTOR)).some(
    (el) =>
      (first.node.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
      (el.compareDocumentPosition(last.node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
      !el.contains(last.node),
  );
}

const same = (a: string, b: string) => a === b;
/** Equal once every run of white space is one space: what the reader sees in a rendered page. */
const sameModuloWhiteSpace = (a: string, b: string) => a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ');

/** Checks every pick; returns the first problem found, or null. */
function check(
  trees: Tree[],
  picks: [number, number, number][],
  equal: (a: string, b: string) => boolean = same,
): { problem: string | null; checked: number } {
  build(trees);
  const ex = extractArticle(document);
  let checked = 0;
  // The map itself: each piece's node holds exactly the text recorded for it.
  for (const p of ex.pieces) {
    if (ex.text.slice(p.start, p.start + p.node.data.length) !== p.node.data) return { problem: `piece at ${p.start} does not match its node`, checked };
  }
  const candidates = blockRuns(ex)
    .map((r) => words(ex.text, r))
    .filter((w) => w.length > 0);
  if (!candidates.length) return { problem: null, checked };
  for (const [f, a, b] of picks) {
    const ws = candidates[Math.floor(f * candidates.length)]!;
    const i = a % ws.length;
    const j = i + (b % (ws.length - i));
    const start = ws[i]![0];
    const end = ws[j]![1];
    const want = ex.text.slice(start, end);
    const range = rangeFor(document, ex.pieces, ex.text, start, end);
    checked++;
    // Refusing is right only where page content the extraction did not read lies inside the span
    // (a range there would draw the mark over it).
    if (!range && skippedContentInside(ex, start, end)) continue;
    if (!range) return { problem: `rangeFor(${start}, ${end}) returned null for ${JSON.stringify(want)}`, checked };
    const got = range.toString();
    if (!equal(got, want)) {
      return {
        problem: `rangeFor(${start}, ${end}).toString() is ${JSON.stringify(got)}, text.slice is ${JSON.stringify(want)}\nbody: ${document.body.innerHTML.slice(0, 600)}`,
        checked,
      };
    }
  }
  return { problem: null, checked };
}

describe('extractArticle + rangeFor: properties over random DOM trees (happy-dom, test window document)', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('a range over words of one block selects exactly text.slice(start, end) (text nodes only, no white-space-only nodes)', () => {
    let checked = 0;
    fc.assert(
      fc.property(scenario(wordText, []), ({ trees, picks }) => {
        const r = check(trees, picks);
        checked += r.checked;
        if (r.problem) throw new Error(r.problem);
      }),
      runs(200),
    );
    expect(checked, 'ranges actually checked').toBeGreaterThan(200);
  });

  // Regression test for a product bug this property found (fixed in 81b24ef): a white-space-only
  // text node that followed text ending in white space was dropped from the extracted text while
  // the Range from rangeFor still spanned it: <span>Turkey </span> <b>Turkey</b>... gave the text
  // "Turkey Turkey" and a range reading "Turkey  Turkey". The shrunk counterexample stays pinned in
  // `examples`, so it is checked on every run.
  it('a range over words of one block selects exactly text.slice(start, end) (with white-space-only nodes)', () => {
    const pinned: { trees: Tree[]; picks: [number, number, number][] } = {
      trees: [
        { kind: 'el', tag: 'span', children: [{ kind: 'text', text: 'Turkey ' }, { kind: 'text', text: ' ' }] },
        { kind: 'text', text: 'Turkey' },
      ],
      picks: [[0, 0, 1]],
    };
    fc.assert(
      fc.property(scenario(wordText, [' ', '\n', '\n    ']), ({ trees, picks }) => {
        const r = check(trees, picks);
        if (r.problem) throw new Error(r.problem);
      }),
      { ...runs(200), examples: [[pinned]] },
    );
  });

  it('a range over words of one block selects text.slice(start, end) up to white space (white space as pages have it)', () => {
    let checked = 0;
    fc.assert(
      fc.property(scenario(rawText, [' ', '\n', '\n    ', '\t', '  ']), ({ trees, picks }) => {
        const r = check(trees, picks, sameModuloWhiteSpace);
        checked += r.checked;
        if (r.problem) throw new Error(r.problem);
      }),
      runs(200),
    );
    expect(checked, 'ranges actually checked').toBeGreaterThan(200);
  });

  // Regression test for a product bug this property found (fixed in 81b24ef): text the extraction
  // skips inside a block (a <button>, <code>, <label>, <script>, a hidden or aria-hidden span, a
  // .sr-only span) was left out of the analysed text, but a mark whose span crossed it was drawn as
  // one Range over it: <p>Turkey <button>SKIPPED</button> said</p> gave the text "Turkey  said" and
  // a range reading "Turkey SKIPPED said" (the analysis does span such gaps: "More than 200,000
  // people" is one claim). Now such a span gets no range (null is accepted only there, see check()).
  // The counterexample stays pinned in `examples`.
  it('a range never covers text the extraction skipped (inline button, code, label, script, hidden spans)', () => {
    const pinned: { trees: Tree[]; picks: [number, number, number][] } = {
      trees: [
        {
          kind: 'el',
          tag: 'p',
          children: [{ kind: 'text', text: 'Turkey ' }, SKIPPED_INLINE[0]!, { kind: 'text', text: ' said' }],
        },
      ],
      picks: [[0, 0, 1]],
    };
    fc.assert(
      fc.property(scenario(wordText, [' '], true), ({ trees, picks }) => {
        const r = check(trees, picks, sameModuloWhiteSpace);
        if (r.problem) throw new Error(r.problem);
      }),
      { ...runs(200), examples: [[pinned]] },
    );
  });

  it('a range over words of one block selects text.slice(start, end) up to white space (with <br>, <hr> and empty blocks)', () => {
    let checked = 0;
    fc.assert(
      fc.property(scenario(rawText, [' ', '\n'], false, true), ({ trees, picks }) => {
        const r = check(trees, picks, sameModuloWhiteSpace);
        checked += r.checked;
        if (r.problem) throw new Error(r.problem);
      }),
      runs(200),
    );
    expect(checked, 'ranges actually checked').toBeGreaterThan(200);
  });

  // Regression test for a product bug this property found (fixed in 194400e): words on either side
  // of a <br> (or an empty block, or a rule) were joined in the extracted text: <p>Signed by Erdogan
  // and Putin<br>Russia and Turkey agreed</p> gave "Signed by Erdogan and PutinRussia and Turkey
  // agreed", where the analysis found neither Putin nor Russia. The counterexample stays pinned.
  it('words on either side of a line break (<br>, <hr>, a block boundary) stay apart in the extracted text', () => {
    const pinned: Tree[] = [
      { kind: 'el', tag: 'p', children: [{ kind: 'text', text: 'Turkey' }, BREAKS[0]!, { kind: 'text', text: 'Russia' }] },
    ];
    fc.assert(
      fc.property(treeArb(wordText, [' ', '\n'], false, true), (trees) => {
        build(trees);
        const ex = extractArticle(document);
        for (let i = 1; i < ex.pieces.length; i++) {
          const p = ex.pieces[i - 1]!;
          const q = ex.pieces[i]!;
          if (!breakBetween(p.node, q.node)) continue;
          // The last character of the one, what lies between, the first character of the other.
          const joint = ex.text.slice(p.start + p.node.data.length - 1, q.start + 1);
          if (!/\s/u.test(joint)) {
            throw new Error(`${JSON.stringify(p.node.data)} and ${JSON.stringify(q.node.data)} are joined as ${JSON.stringify(joint)} across a line break\nbody: ${document.body.innerHTML.slice(0, 400)}`);
          }
        }
      }),
      { ...runs(200), examples: [[pinned]] },
    );
  });

  it('rangeFor gives null, never a wrong range, once the text nodes changed after extraction', () => {
    fc.assert(
      fc.property(scenario(wordText, [' ']), fc.nat(), fc.constantFrom('replace', 'remove', 'append'), ({ trees, picks }, which, how) => {
        build(trees);
        const ex = extractArticle(document);
        if (!ex.pieces.length) return;
        const victim = ex.pieces[which % ex.pieces.length]!;
        const before = victim.node.data;
        if (how === 'replace') victim.node.data = before.split('').reverse().join('') + 'Z';
        else if (how === 'remove') victim.node.remove();
        else victim.node.data = before + ' Aleppo';
        const end = victim.start + Math.max(1, before.length);
        const range = rangeFor(document, ex.pieces, ex.text, victim.start, end);
        if (range !== null) throw new Error(`a range ${JSON.stringify(range.toString())} over a changed node (${how}); picks ${picks.length}`);
      }),
      runs(150),
    );
  });
});

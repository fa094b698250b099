/**
 * Property-based tests of the map from the extracted article text back to the DOM (fast-check,
 * happy-dom): random trees of nested block and inline elements holding random text are built in
 * the test window's document (not a DOMParser document: happy-dom collapses Ranges over text
 * nodes of those), extracted with `extractArticle`, and for random [start, end) on word
 * boundaries inside one block, `rangeFor` must give a Range that selects exactly
 * text.slice(start, end).
 *
 * "One block" is read from the tree the test built: the text nodes whose nearest block-level
 * ancestor is the same element, with no other block's text between them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractArticle, type ExtractedText } from '../../../entrypoints/content/extract';
import { rangeFor } from '../../../entrypoints/content/ranges';

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

function treeArb(textArb: fc.Arbitrary<string>, withWhitespaceNodes: string[], skippedInline = false): fc.Arbitrary<Tree[]> {
  const { forest } = fc.letrec<{ node: Tree; forest: Tree[] }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 4, arbitrary: textArb.map((text): Tree => ({ kind: 'text', text })) },
      ...(withWhitespaceNodes.length
        ? [{ weight: 1, arbitrary: fc.constantFrom(...withWhitespaceNodes).map((text): Tree => ({ kind: 'text', text })) }]
        : []),
      ...(skippedInline ? [{ weight: 2, arbitrary: fc.constantFrom(...SKIPPED_INLINE) }] : []),
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

/** Runs of consecutive pieces with the same nearest block ancestor (as the test defines blocks). */
function blockRuns(ex: ExtractedText): Run[] {
  const blockOf = (n: Node): Element | null => {
    for (let el = n.parentElement; el; el = el.parentElement) if (BLOCK_SET.has(el.tagName) || el === document.body) return el;
    return null;
  };
  const out: Run[] = [];
  let current: { block: Element | null; run: Run } | null = null;
  for (const p of ex.pieces) {
    const block = blockOf(p.node);
    const end = p.start + p.node.data.length;
    if (current && current.block === block) current.run.to = end;
    else {
      current = { block, run: { from: p.start, to: end } };
      out.push(current.run);
    }
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
const scenario = (textArb: fc.Arbitrary<string>, ws: string[], skippedInline = false) =>
  fc.record({
    trees: treeArb(textArb, ws, skippedInline),
    picks: fc.array(fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
  });

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
    // Refusing is right only where unread page content lies inside the span.
    const crossesGap = ex.pieces.some((p) => p.afterGap && p.start > start && p.start < end);
    if (!range && crossesGap) continue;
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

  // PRODUCT BUG (reported): a white-space-only text node that follows text ending in white space
  // is dropped from the extracted text, but the Range from rangeFor still spans it, so the range
  // does not select text.slice(start, end): <span>Turkey </span> <b>Turkey</b>... gives the text
  // "Turkey Turkey" and a range reading "Turkey  Turkey". The shrunk counterexample is pinned in
  // `examples` so this fails on every run while the bug is there.
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

  // PRODUCT BUG (reported): text the extraction skips inside a block (a <button>, <code>, <label>,
  // <script>, a hidden or aria-hidden span, a .sr-only span) is left out of the analysed text, but a
  // mark whose span crosses it is drawn as one Range over it, so the mark covers text that was never
  // analysed: <p>Turkey <button>SKIPPED</button> said</p> gives the text "Turkey  said" and a range
  // reading "Turkey SKIPPED said". (The analysis does span such gaps: "More than 200,000  people" is
  // one claim.) Pinned in `examples` so this fails on every run while the bug is there.
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

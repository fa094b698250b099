/** Sentence and word helpers over plain text, with offsets into that text. */
import { matches } from './matches';

export interface Segment {
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

// A sentence ends at . ! ? (with closing quotes or brackets) before white space and a
// capital, a digit or an opening quote; or at a blank line (a paragraph break; single line
// breaks occur inside paragraphs of page text). "U.S. troops" stays whole, and so does "said
// U.S. Central Command": the last dot of capitals' abbreviations ends no sentence.
// (Unless a word that opens sentences follows: "…according to the U.N. The agency said".)
// Nor does the dot of a title written short: "said Dr. Farid al-Asfar". A list's item starts one,
// and so do a table's row and each of its cells ("| Homs – Ghouta | 12,634 |").
/** Titles written short before a name, whose dot ends nothing: "Dr. Farid al-Asfar", "Lt. Gen. Townsend". */
export const SHORT_TITLES = 'Dr|Mr|Mrs|Ms|Lt|Gen|Col|Maj|Capt|Sgt|Brig|Adm|Prof|Sen|Rep|Gov';
/** Words that open a sentence after an abbreviation's dot: "…according to the U.N. The agency said". */
/** The days of the week without their "day" ("Mon", "Tues"…), for patterns that read them written out or short. */
export const WEEKDAY_STEMS = 'Mon|Tues|Wednes|Thurs|Fri|Satur|Sun';
/** A weekday, in full or short, as a dateline writes it: "Thursday", "Thurs", "Thu.". */
export const WEEKDAY_WORD = String.raw`(?:(?:${WEEKDAY_STEMS})(?:day)?|Tue|Wed|Thu|Sat)\.?`;
/** An Arabic article glued to a name: "al-Shimale", "as-Safir". */
export const ARABIC_ARTICLE_WORDS = 'al|el|as|ad|an|ar|ash|at|az';
export const ARABIC_ARTICLE = `(?:${ARABIC_ARTICLE_WORDS})-`;
export const SENTENCE_OPENERS = 'The|A|An|In|On|But|It|He|She|They|We|This|That|There|Some|Many|Its|His|Her|Their';
// (Each look back after the stop or bracket it guards, so that a scan tries it only there.)
const SENTENCE_END = new RegExp(
  String.raw`[.!?](?<!(?:^|[^\p{L}.])(?:\p{Lu}\.)+\p{Lu}[.!?])(?<!(?:^|[^\p{L}])(?:${SHORT_TITLES})[.!?])[.!?]*["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])` +
    String.raw`|\.(?<=(?:^|[^\p{L}.])(?:\p{Lu}\.)+\p{Lu}\.)(?=\s+(?:${SENTENCE_OPENERS})\s)|\n[^\S\n]*\n\s*|\n(?=[^\S\n]*(?:[*•‣◦-]|\d{1,2}[.)])[^\S\n]+\S)|[^\S\n](?=\|[^\S\n])|\n(?=[^\S\n]*\|)` +
    // An agency's credit in brackets ends a caption or a dateline run into the report: "…June 6 2015 (Reuters) Two people…".
    String.raw`|\((?<=\s\()(?:Reuters|AFP|AP)\)(?:\s*[-–—])?(?=\s+\p{Lu})`,
  'gu',
);

export function sentences(text: string): Segment[] {
  const result: Segment[] = [];
  let start = 0;
  for (const m of matches(SENTENCE_END, text)) {
    const end = m.index + m[0].length;
    pushTrimmed(text, start, end, result);
    start = end;
  }
  pushTrimmed(text, start, text.length, result);
  return result;
}

function pushTrimmed(text: string, start: number, end: number, out: Segment[]) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** Index of the segment that contains offset (segments sorted, non-overlapping). */
export function segmentAt(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(lo, segments.length - 1));
}

/** The key a phrase is looked up by: spacing, dashes and apostrophes folded, and case unless kept. */
export function phraseKey(text: string, foldCase = true): string {
  const t = text.replace(/\s+/g, ' ').replace(/['’‘]/g, '').replace(/[-‐‑–]/g, '-');
  return foldCase ? t.toLowerCase() : t;
}

/** A phrase key without hyphens and spaces, which `flexiblePattern` lets vary: "al Assad", "al-Assad". */
export function looseKey(key: string): string {
  return key.replace(/[-\s]/g, '');
}

/** Escapes a literal for a regular expression and lets its spaces, hyphens and apostrophes vary. */
export function flexiblePattern(literal: string): string {
  return literal
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/['’‘]/g, "['’‘]?")
    .replace(/[-‐‑–]/g, '[-‐‑–\\s]?');
}

/**
 * A text as phrase lists read it: every white space a space, every hyphen and dash of a word a
 * hyphen, every apostrophe a straight one, and with `foldCase` every letter in lower case; one
 * character for one, so that offsets hold. Made once for all the lists that read one text.
 */
export class PhraseText {
  private readonly read: [string?, string?] = [];
  constructor(readonly text: string) {}

  as(foldCase: boolean): string {
    const slot = foldCase ? 1 : 0;
    return (this.read[slot] ??= readAs(this.text, foldCase));
  }
}

function readAs(text: string, foldCase: boolean): string {
  const plain = text.replace(/[^\S ]/g, ' ').replace(/[‐‑–]/g, '-').replace(/[’‘]/g, "'");
  if (!foldCase) return plain;
  const lower = plain.toLowerCase();
  if (lower.length === plain.length) return lower;
  // "İ" is two characters in lower case: it stays as written (the one such capital; any other
  // is kept a character at a time).
  const kept = plain.split('İ').map((part) => part.toLowerCase()).join('İ');
  return kept.length === plain.length ? kept : Array.from(plain, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
}

/** A run of separators in a phrase as the list holds it: any run of spaces and hyphens in the text. */
const GAP = ' ';
const GAP_CODE = 0x20;
const HYPHEN_CODE = 0x2d;
const isGap = (code: number) => code === GAP_CODE || code === HYPHEN_CODE;

interface PhraseNode {
  /** A phrase ends here. */
  end: boolean;
  /** The branches on, by the code of their label's first character. */
  next: Map<number, { label: string; node: PhraseNode }>;
}

/**
 * A list of phrases (regular-expression sources as `flexiblePattern` writes them), found as whole
 * words, the longest phrase at each place, from the left.
 *
 * The phrases are held as a tree of their shared beginnings and read in the text as `PhraseText`
 * writes it, a character at a time. (As expressions, the lists of names took some 4 MB of
 * machine code; in V8 an expression first compiled once a process holds about 16 MB of machine
 * code runs fifty to a hundred times slower, as if left to its interpreter: see the README,
 * Performance.) A space and a hyphen between words are one separator, and what a
 * phrase may leave out (a hyphen, an apostrophe, a possessive "s") is held as two phrases, with
 * it and without.
 */
export class PhraseList {
  private readonly root: PhraseNode = { end: false, next: new Map() };
  /** The characters a phrase begins with, by code: most of a text's are none, and are passed over at once. */
  private readonly starts = new Uint8Array(0x10000);

  constructor(
    patterns: string[],
    private readonly foldCase: boolean,
  ) {
    for (const pattern of patterns) for (const atoms of phraseVariants(pattern)) this.add(atoms.map((atom) => readAtom(atom, pattern, foldCase)).join(''));
    for (const code of this.root.next.keys()) this.starts[code] = 1;
  }

  private add(phrase: string): void {
    let node = this.root;
    let rest = phrase;
    for (;;) {
      const branch = node.next.get(rest.charCodeAt(0));
      if (!branch) {
        node.next.set(rest.charCodeAt(0), { label: rest, node: { end: true, next: new Map() } });
        return;
      }
      let k = 0;
      while (k < branch.label.length && k < rest.length && branch.label[k] === rest[k]) k++;
      if (k < branch.label.length) {
        // Split the branch where the phrase leaves it.
        const middle: PhraseNode = { end: k === rest.length, next: new Map([[branch.label.charCodeAt(k), { label: branch.label.slice(k), node: branch.node }]]) };
        branch.label = branch.label.slice(0, k);
        branch.node = middle;
      }
      node = branch.node;
      rest = rest.slice(k);
      if (!rest) {
        node.end = true;
        return;
      }
    }
  }

  /**
   * The phrases in a text, from the left, each the longest that starts there and that `accept`
   * takes (a shorter one at the same place where it does not; then the next place); `text` as
   * written. With `overlapping`, a phrase that begins inside the one before and ends after it is
   * found too ("Syria's war" and "war has killed" in "Syria's war has killed"); one inside it is not.
   */
  *find(text: PhraseText, accept: (index: number, found: string) => boolean = () => true, overlapping = false): Generator<{ index: number; text: string }, void, undefined> {
    const read = text.as(this.foldCase);
    const ends: number[] = [];
    let lastEnd = 0;
    for (let i = 0; i < read.length; i++) {
      if (!this.starts[read.charCodeAt(i)] || wordCharBefore(read, i)) continue;
      this.endsAt(read, i, ends);
      for (let k = ends.length - 1; k >= 0 && ends[k]! > lastEnd; k--) {
        const found = text.text.slice(i, ends[k]);
        if (!accept(i, found)) continue;
        yield { index: i, text: found };
        lastEnd = ends[k]!;
        if (!overlapping) i = ends[k]! - 1;
        break;
      }
    }
  }

  /** Into `ends`, the ends of the phrases at `start` that end a word, shortest first. */
  private endsAt(read: string, start: number, ends: number[]): void {
    ends.length = 0;
    let node = this.root;
    let at = start;
    for (;;) {
      if (node.end && !wordCharAt(read, at)) ends.push(at);
      if (at >= read.length) return;
      const code = read.charCodeAt(at);
      const branch = node.next.get(isGap(code) ? GAP_CODE : code);
      if (!branch) return;
      const label = branch.label;
      for (let k = 0; k < label.length; k++) {
        const want = label.charCodeAt(k);
        if (want === GAP_CODE) {
          if (!isGap(read.charCodeAt(at))) return;
          while (isGap(read.charCodeAt(at))) at++;
        } else if (read.charCodeAt(at) === want) at++;
        else return;
      }
      node = branch.node;
    }
  }
}

/** One atom of a phrase as the list holds it: a separator a gap, an escaped or single character itself. */
function readAtom(atom: string, pattern: string, foldCase: boolean): string {
  if (atom === SEPARATOR) return GAP;
  if (atom === "['’‘]") return "'";
  const char = /^\\([^\p{L}\p{N}\s])$/u.exec(atom)?.[1] ?? ([...atom].length === 1 ? atom : undefined);
  // (Nor a character the text is never read with: a dash, a curly apostrophe, a space of any kind.)
  if (char === undefined || char === '\\' || /[-‐‑–’‘\s]/.test(char)) throw new Error(`PhraseList: cannot read "${atom}" in the pattern ${pattern}`);
  return foldCase && [...char.toLowerCase()].length === 1 ? char.toLowerCase() : char;
}

/** Letters and digits among the first 128 characters, by code. */
const ASCII_WORD = new Uint8Array(0x80).map((_, c) => +((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)));
/** Whether a letter, mark or digit starts at `at` (a whole surrogate pair read as one). */
function wordCharAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return ASCII_WORD[code] === 1;
  return !Number.isNaN(code) && isWordChar(String.fromCodePoint(text.codePointAt(at)!));
}
/** Whether a letter, mark or digit ends right before `at`. */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  if (code < 0x80) return ASCII_WORD[code] === 1;
  const pair = code >= 0xdc00 && code <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  return wordCharAt(text, pair ? at - 2 : at - 1);
}

/**
 * One alternation of `patterns` (as `PhraseList` reads them), written as a tree of their shared
 * beginnings, for an expression that puts it beside other parts and reads a text as written:
 * white space between words is any white space (a hyphen is a hyphen).
 */
export function phraseAlternation(patterns: string[], foldCase: boolean): string {
  return `(?:${treeSource(phraseTree(patterns, foldCase))})`;
}

/** A node of the alternation's tree: its atoms as regular-expression sources. */
interface AlternationNode {
  /** A phrase ends here. */
  end: boolean;
  /** The next atom of the phrases that go on. */
  next: Map<string, AlternationNode>;
  /** The length of the longest phrase through this node: its branch is written first. */
  longest: number;
}

// One atom of a pattern `flexiblePattern` writes: a class, a group, an escape or a character,
// with its quantifier.
const ATOM = /\\s\+|\\.[?*+]?|\[(?:\\.|[^\]\\])*\][?*+]?|\(\?:(?:[^()\\]|\\.)*\)[?*+]?|[^\\[(][?*+]?/gsu;
/** Spaces and hyphens between words, written alike. */
const SEPARATOR = '[-‐‑–\\s]+';
/** Phrases one pattern is written as: each atom it may leave out, with it and without. */
const MAX_VARIANTS = 64;

function atomsOf(pattern: string): string[] {
  const atoms = pattern.match(ATOM) ?? [];
  if (atoms.join('') !== pattern) throw new Error(`phrase list: cannot split the pattern ${pattern}`);
  return atoms;
}

/** The phrases a pattern stands for, as atoms with no optional atom left and one kind of separator. */
export function phraseVariants(pattern: string): string[][] {
  let variants: string[][] = [[]];
  for (const raw of atomsOf(pattern)) {
    // (An escaped "?" is the character itself, not an optional backslash.)
    const optional = raw.endsWith('?') && raw !== '\\?';
    const base = optional ? raw.slice(0, -1) : raw;
    const atoms = base === '\\s+' || base === '[-‐‑–\\s]' ? [SEPARATOR] : base.startsWith('(?:') ? atomsOf(base.slice(3, -1)) : [base];
    variants = variants.flatMap((v) => (optional ? [[...v, ...atoms], v] : [[...v, ...atoms]]));
    if (variants.length > MAX_VARIANTS) throw new Error(`phrase list: too many ways to write the pattern ${pattern}`);
  }
  // (Two separators in a row are one: "al- Sham".)
  return variants.map((v) => v.filter((atom, i) => !(atom === SEPARATOR && v[i - 1] === SEPARATOR)));
}

function phraseTree(patterns: string[], foldCase: boolean): AlternationNode {
  const root: AlternationNode = { end: false, next: new Map(), longest: 0 };
  for (const pattern of patterns) {
    for (const atoms of phraseVariants(pattern)) {
      let node = root;
      node.longest = Math.max(node.longest, pattern.length);
      for (const written of atoms) {
        const raw = written === SEPARATOR ? '\\s+' : written;
        // (Letters in either case are one atom when case is folded: "Syrian" and "syrian" share a branch.)
        const atom = foldCase && [...raw].length === 1 && [...raw.toLowerCase()].length === 1 ? raw.toLowerCase() : raw;
        let child = node.next.get(atom);
        if (!child) node.next.set(atom, (child = { end: false, next: new Map(), longest: 0 }));
        child.longest = Math.max(child.longest, pattern.length);
        node = child;
      }
      node.end = true;
    }
  }
  return root;
}

/** A node's branches, the longest phrases first. */
function branches(node: AlternationNode): Array<[string, AlternationNode]> {
  return [...node.next].sort((a, b) => b[1].longest - a[1].longest);
}

/** The source below a node: its branches, then (for a phrase that ends here) nothing more. */
function treeSource(node: AlternationNode): string {
  const alternatives = branches(node).map(([atom, child]) => atom + treeSource(child));
  if (alternatives.length === 0) return '';
  const group = alternatives.length > 1 || node.end ? `(?:${alternatives.join('|')})` : alternatives[0]!;
  // Greedy: the longer phrase is tried before the one that ends here.
  return node.end ? `${group}?` : group;
}

/** Lower-cased words of a string. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/** Spans of a text (start inclusive, end exclusive) that may overlap. */
import { matches } from './matches';

/**
 * Keeps the longest of overlapping hits (then the earliest), in text order. Hits are grouped
 * into runs that overlap one another, so the cost stays linear in the number of hits.
 */
export function removeOverlaps<T extends { start: number; end: number }>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let group: T[] = [];
  let groupEnd = -1;
  const flush = () => {
    const byPriority = group.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const chosen: T[] = [];
    for (const h of byPriority) if (!chosen.some((k) => h.start < k.end && k.start < h.end)) chosen.push(h);
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    group = [];
  };
  for (const h of sorted) {
    if (group.length && h.start >= groupEnd) flush();
    group.push(h);
    groupEnd = Math.max(groupEnd, h.end);
  }
  if (group.length) flush();
  return kept;
}

/** How many of `spans` (sorted by start) start before `offset`: the index of the first that does not. */
export function startingBefore(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether [start, end) overlaps any of `spans` (sorted by start, not overlapping each other). */
export function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  // The last span that starts before `end` is the only one that can overlap.
  const last = startingBefore(spans, end) - 1;
  return last >= 0 && spans[last]!.end > start;
}

/**
 * The hits one pass would have found among those of several (a phrase list's, and names found
 * apart from it): scanning from the left, the longest hit that starts first, then on from its end.
 */
export function asOneExpression<T extends { start: number; end: number }>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let end = -1;
  for (const h of sorted) {
    if (h.start < end) continue;
    kept.push(h);
    end = h.end;
  }
  return kept;
}

/**
 * Whether a span is joined to a neighbouring word by an underscore: part of an identifier in
 * markup or a link ("{{Iraq_Syria_map}}"), not a word in underscored emphasis ("_Hezbollah_");
 * or is part of a file's name ("Flag of Spain.svg").
 */
export function inIdentifier(text: string, start: number, end: number): boolean {
  return /[\p{L}\p{N}]_$/u.test(text.slice(Math.max(0, start - 2), start)) || /^_[\p{L}\p{N}]/u.test(text.slice(end, end + 2)) || FILE_EXTENSION_AT.test(text.slice(end, end + 6));
}
// A picture's or a document's extension: "Flag of Syria.svg" is an icon's name. (A video's title
// names its people: see names.ts.)
const EXTENSIONS = 'svg|png|jpe?g|gif|webp|pdf';
const FILE_EXTENSION_AT = new RegExp(`^\\.(?:${EXTENSIONS})\\b`, 'i');
const FILE_EXTENSION = new RegExp(`\\.(?:${EXTENSIONS})(?![\\p{L}\\p{N}])`, 'giu');
const FILE_WORD = /^(?:[\p{Ll}\d][^\s|()[\]*•.,:;!?]*|[^\s|()[\]*•.,:;!?]*[_\d][^\s|()[\]*•.,:;!?]*|[\p{L}\d]+(?:-[\p{L}\d]+)*-(?:flag|seal|logo|emblem|map|icon|insignia|\d+)|Flag|Coat|Emblem|Seal|Logo|Roundel|Insignia|SSI|of|the)$/u;
// A word holding another file's name run into the next one: "al-Sham.svgSyria-flag".
const GLUED_FILE = new RegExp(`^\\S*\\.(?:${EXTENSIONS})[\\p{L}\\d-]*$`, 'iu');

/**
 * Pictures' and documents' file names written as text, with the words before the extension that
 * are theirs ("| y Syria-flag 1932-58 1961-63.svg |": neither a state nor a date): at most five,
 * on the same line, back to a table's bar, a bracket, a bullet or a word that ends a clause
 * (a stop, a comma, a colon); each in lower case, holding a digit, a hyphen or an underscore, or a
 * word of an emblem's file ("Flag of Syria.svg"). A name in a list beside it is not one ("* Syria
 * Hezbollah IRGC-Seal.svg"). Sorted, not overlapping.
 */
export function fileNames(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of matches(FILE_EXTENSION, text)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const before = text.slice(Math.max(lineStart, m.index - 120), m.index);
    // The name's own last word, glued to its extension ("1961-63" of "1961-63.svg").
    let start = m.index - (/[^\s|()[\]*•]*$/.exec(before)![0].length);
    const words = [...matches(/\S+/g, before.slice(0, before.length - (m.index - start)))];
    for (let k = words.length - 1, taken = 0; k >= 0 && taken < 5; k--, taken++) {
      const word = words[k]![0];
      if (!FILE_WORD.test(word) && !GLUED_FILE.test(word)) break;
      start = m.index - before.length + words[k]!.index;
    }
    const previous = spans[spans.length - 1];
    if (previous && start < previous.end) previous.end = m.index + m[0].length;
    else spans.push({ start, end: m.index + m[0].length });
  }
  return spans;
}

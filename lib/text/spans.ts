/** Spans of a text (start inclusive, end exclusive) that may overlap. */

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
 * The hits a single expression would have found among those of several (see
 * `phraseExpressions`): scanning from the left, the longest hit that starts first, then on
 * from its end.
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
const FILE_EXTENSION_AT = /^\.(?:svg|png|jpe?g|gif|webp|pdf)\b/i;

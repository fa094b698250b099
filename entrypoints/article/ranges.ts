/** Offsets in the extracted text back to DOM ranges (the reverse of extract.ts). */
import type { TextPiece } from './extract';

/** Index of the piece holding the character at `offset`, or -1 when it falls between blocks. */
function pieceAt(pieces: TextPiece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.start + p.node.data.length) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * A Range over [start, end) of the extracted text, or null when the text nodes changed since
 * extraction (a range is never drawn over text other than the one analysed), or when the text
 * runs from one tree into another (the page's and a component's shadow root).
 */
export function rangeFor(doc: Document, pieces: TextPiece[], text: string, start: number, end: number): Range | null {
  const first = pieceAt(pieces, start);
  const last = pieceAt(pieces, end - 1);
  if (first === -1 || last === -1) return null;
  const a = pieces[first]!;
  const b = pieces[last]!;
  // A range cannot span two trees (a paragraph with a component inside it): the browser would collapse it.
  if (a.node.getRootNode() !== b.node.getRootNode()) return null;
  // Check every node still holds what was extracted from it, and that no unread content (a
  // button, code) lies inside the range, where it would be drawn as part of the mark.
  for (let i = first; i <= last; i++) {
    const p = pieces[i]!;
    if (i > first && p.afterGap) return null;
    if (!p.node.isConnected || text.slice(p.start, p.start + p.node.data.length) !== p.node.data) return null;
  }
  const range = doc.createRange();
  range.setStart(a.node, start - a.start);
  range.setEnd(b.node, end - b.start);
  return range;
}

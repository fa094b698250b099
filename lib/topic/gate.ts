/** The gate run on every page: does this page look like it might be about Syria at all? */
import { GATE_PATTERN } from './signals';

/** How much of a page's text the gate reads when its title and address do not decide. */
export const GATE_SAMPLE_CHARS = 10_000;

export interface GateInput {
  title: string;
  url: string;
  /** A bounded sample of the page's text. */
  sample: string;
}

const LETTER = /\p{L}/u;
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);

/** Whole-word hits of the gate's words, up to `limit`. */
export function countGateHits(text: string, limit: number): number {
  let n = 0;
  GATE_PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (n < limit && (m = GATE_PATTERN.exec(text))) {
    // A hit inside a longer word ("assad" in "ambassador") does not count.
    if (!isLetter(text[m.index - 1]) && !isLetter(text[m.index + m[0].length])) n++;
  }
  GATE_PATTERN.lastIndex = 0;
  return n;
}

export function passesGate({ title, url, sample }: GateInput): boolean {
  return countGateHits(`${title} ${decodeSafely(url).replace(/[-_/.]+/g, ' ')}`, 1) >= 1 || countGateHits(sample, 2) >= 2;
}

function decodeSafely(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

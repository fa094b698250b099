/** The gate run on every page: does this page look like it might be about Syria at all? */
import { GATE_PATTERN } from './signals';

export interface GateInput {
  title: string;
  url: string;
  /** A bounded sample of the page's text. */
  sample: string;
}

export function countGateHits(text: string, limit: number): number {
  let n = 0;
  GATE_PATTERN.lastIndex = 0;
  while (n < limit && GATE_PATTERN.exec(text)) n++;
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

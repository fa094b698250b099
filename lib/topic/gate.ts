/** The gate run on every page: does this page look like it might be about Syria at all? */

/**
 * Cheap pre-filter used on every page: one of these in the title or URL, or two in the text.
 * Lower case, found by plain substring search (`countGateHits` checks the word boundaries).
 * (Here, not with the topic's word lists: the gate's bundle must not build those on every page.)
 */
export const GATE_WORDS = [
  'syria', 'syrian', 'syrians', 'damascus', 'aleppo', 'idlib', 'idleb', 'assad', 'raqqa', 'homs', 'daraa', 'deraa',
  'deir ez-zor', 'deir ezzor', 'deir ez zor', 'deir-ez-zor', 'deirezzor', 'latakia', 'ghouta', 'afrin', 'kobani', 'kobane',
  'manbij', 'ypg', 'sdf', 'hts', 'daesh', 'isis', 'isil', 'hezbollah', 'kurdish',
];

/** How much of a page's text the gate reads when its title and address do not decide. */
export const GATE_SAMPLE_CHARS = 1_500;

/** The smallest frame (CSS pixels) that may hold an article: smaller ones are widgets and ads. */
export const ARTICLE_FRAME = { width: 400, height: 300 } as const;

export interface GateInput {
  title: string;
  url: string;
  /** A bounded sample of the page's text. */
  sample: string;
}

// A letter has an upper and a lower case: no Unicode-property expression to compile on every page.
// (Letters without case, as in Arabic script, never touch these Latin words in practice.)
const isLetter = (c: string | undefined) => c !== undefined && c.toLowerCase() !== c.toUpperCase();

/** Whole-word hits of the gate's words, up to `limit`. */
export function countGateHits(text: string, limit: number): number {
  // The native substring search needs no expression to compile: on every page, that is most of the cost.
  const lower = text.toLowerCase();
  let n = 0;
  for (const word of GATE_WORDS) {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + word.length)) {
      if (!isLetter(lower[at - 1]) && !isLetter(lower[at + word.length]) && ++n >= limit) return n;
    }
  }
  return n;
}

export function passesGate({ title, url, sample }: GateInput): boolean {
  // Slashes, dots and dashes of an address are not letters: "/syria-talks/" counts as it is.
  return countGateHits(`${title} ${decodeSafely(url)}`, 1) >= 1 || countGateHits(sample, 2) >= 2;
}

function decodeSafely(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

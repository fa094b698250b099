/**
 * The vague figures the extractor reads, by their words, with the number that stands for each
 * where a figure must be weighed ("dozens": 24). The card writes them by their words, from the
 * same list, so the two cannot drift.
 */
export const VAGUE_VALUES: Record<string, number> = {
  tens: 20, dozens: 24, scores: 40, hundreds: 200, thousands: 2000, millions: 2_000_000,
  'tens of thousands': 20_000, 'hundreds of thousands': 200_000, 'tens of millions': 20_000_000, 'hundreds of millions': 200_000_000,
  'tens of billions': 20_000_000_000, 'hundreds of billions': 200_000_000_000,
  'several dozen': 36, 'several hundred': 300, 'several thousand': 3000, 'several million': 3_000_000,
  'a few dozen': 36, 'a few hundred': 300, 'a few thousand': 3000, 'a few million': 3_000_000,
};

/** The words of a vague figure in a claim's text, the longest first: "tens of billions", not "tens". */
export const VAGUE_WORDS = new RegExp(
  Object.keys(VAGUE_VALUES)
    .sort((a, b) => b.length - a.length)
    .map((words) => words.replace(/ /g, '\\s+'))
    .join('|'),
  'i',
);

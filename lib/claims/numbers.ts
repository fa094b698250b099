/** Values of numbers written in words ("one million", "twenty-five"), read by compromise. */
import nlp from 'compromise';

// Each reading is kept, for the same phrases come back in every text; within a bound, since the
// background analyses page after page for as long as the browser runs: past it, the oldest go
// first (a whole book's phrases fit, so one long text never reads a phrase twice).
const CACHE_LIMIT = 20_000;
const cache = new Map<string, number | null>();

function remember<T>(map: Map<string, T>, key: string, value: T): T {
  if (map.size >= CACHE_LIMIT) map.delete(map.keys().next().value!);
  map.set(key, value);
  return value;
}

export function parseNumberWords(phrase: string): number | null {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  const known = cache.get(key);
  if (known !== undefined) return known;
  // "two dozen" is 24: compromise reads the number before "dozen" alone.
  const dozens = /^(.+?)\s+dozens?$/.exec(key);
  if (dozens && !/^an?$/.test(dozens[1]!)) {
    const times = parseNumberWords(dozens[1]!);
    return remember(cache, key, times === null ? null : times * 12);
  }
  const spelled = key.replace(/^an?\s+(?=(?:hundred|thousand|million|billion|dozen))/, 'one ');
  const values = nlp(spelled).numbers().get() as number[];
  return remember(cache, key, key === 'dozen' || key === 'a dozen' ? 12 : typeof values[0] === 'number' && values[0] > 0 ? values[0] : null);
}

const pluralCache = new Map<string, boolean>();

/** Whether the last word of "1,200 trucks" is a plural noun (and not a verb, as in "5 applies"). */
export function isPluralNoun(phrase: string): boolean {
  // Any figure reads alike: "1,200 trucks" and "35 trucks" are one phrase to the tagger.
  const key = phrase.toLowerCase().replace(/\s+/g, ' ').trim().replace(/\d[\d,.]*/g, '2');
  return pluralCache.get(key) ?? remember(pluralCache, key, nlp(key).terms().last().has('#Plural'));
}

/** Values of numbers written in words ("one million", "twenty-five"), read by compromise. */
import nlp from 'compromise';

const cache = new Map<string, number | null>();

export function parseNumberWords(phrase: string): number | null {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  const known = cache.get(key);
  if (known !== undefined) return known;
  // "two dozen" is 24: compromise reads the number before "dozen" alone.
  const dozens = /^(.+?)\s+dozens?$/.exec(key);
  if (dozens && !/^an?$/.test(dozens[1]!)) {
    const times = parseNumberWords(dozens[1]!);
    const value = times === null ? null : times * 12;
    cache.set(key, value);
    return value;
  }
  const spelled = key.replace(/^an?\s+(?=(?:hundred|thousand|million|billion|dozen))/, 'one ');
  const values = nlp(spelled).numbers().get() as number[];
  const value = key === 'dozen' || key === 'a dozen' ? 12 : typeof values[0] === 'number' && values[0] > 0 ? values[0] : null;
  cache.set(key, value);
  return value;
}

const pluralCache = new Map<string, boolean>();

/** Whether the last word of "1,200 trucks" is a plural noun (and not a verb, as in "5 applies"). */
export function isPluralNoun(phrase: string): boolean {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  let known = pluralCache.get(key);
  if (known === undefined) {
    known = nlp(key).terms().last().has('#Plural');
    pluralCache.set(key, known);
  }
  return known;
}

/** Values of numbers written in words ("one million", "twenty-five"), read by compromise. */
import nlp from 'compromise';

const cache = new Map<string, number | null>();

export function parseNumberWords(phrase: string): number | null {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  const known = cache.get(key);
  if (known !== undefined) return known;
  const spelled = key.replace(/^an?\s+(?=(?:hundred|thousand|million|billion|dozen))/, 'one ');
  const values = nlp(spelled).numbers().get() as number[];
  const value = key === 'dozen' || key === 'a dozen' ? 12 : typeof values[0] === 'number' && values[0] > 0 ? values[0] : null;
  cache.set(key, value);
  return value;
}

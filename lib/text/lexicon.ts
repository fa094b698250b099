/** What compromise's lexicon says of a single word, for rules that must not parse whole sentences. */
import nlp from 'compromise';
import { GIVEN_NAMES } from './given-names';

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[] | undefined> } } }).model.one.lexicon;
// Read beside compromise's lexicon, not added to it: its shared world stays as the library ships it.
const givenNames = new Map(Object.entries(GIVEN_NAMES).flatMap(([tag, names]) => names.map((n) => [n, tag])));

export function lexiconTags(word: string): string[] {
  const lower = word.toLowerCase();
  const tag = Object.hasOwn(lexicon, lower) ? lexicon[lower] : undefined;
  const tags = Array.isArray(tag) ? tag : tag ? [tag] : [];
  const given = givenNames.get(lower);
  return given ? [...tags, given] : tags;
}

// Nouns of nationality the lexicon lacks (its demonyms are adjectives: "American", "Syrian"), and
// adjectives it lacks ("Turkish", "British").
const NATIONALITY_WORD = /^(?:Briton|Kurd|Turk|Scot|Brit|(?:French|English|Irish|Dutch|Welsh)(?:man|woman)|British|Turkish|Kurdish|Bahraini|Spanish|Swedish|Danish|Cypriot)$/;

/** A people's word, adjective or noun: "Syrian", "Turkish", "Kurd". */
export function isDemonym(word: string): boolean {
  return NATIONALITY_WORD.test(word) || lexiconTags(word).includes('Demonym');
}

/** The same, or a state's or a union's short name used as one: "US officials", "the EU envoy" (its dots hidden too: "U·S·"). */
export function isNationality(word: string): boolean {
  return isDemonym(word) || /^(?:US|UK|UN|EU|U[.·][SKN][.·])$/.test(word);
}

// A modal ("Must"; not "May", a surname) or a third-person verb ("Warns": "warn" is a verb to
// the lexicon), as headlines in capitals write them.
const HEADLINE_MODAL = /^(?:Must|Will|Should|Could|Would|Can|Might|Shall)$/;

/** A capitalised verb of a headline: "Chancellor Warns", "Assad Must Go", "Bombing Kills 20". */
export function headlineVerb(word: string): boolean {
  if (HEADLINE_MODAL.test(word)) return true;
  const lower = word.toLowerCase();
  if (!/^\p{Lu}/u.test(word) || !lower.endsWith('s')) return false;
  return [lower.slice(0, -1), lower.endsWith('es') ? lower.slice(0, -2) : ''].some((stem) => stem && lexiconTags(stem).includes('Infinitive'));
}

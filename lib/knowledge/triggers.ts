/**
 * The phrases that tie a text to events, framings and statistics, found in one pass over the
 * text. A phrase may belong to several entries ("sochi" to two agreements).
 */
import type { Knowledge } from './schema';
import { PhraseList, PhraseText, flexiblePattern, looseKey, phraseKey } from '../text/segment';
import { headlineVerb } from '../text/lexicon';

export interface TriggerHit {
  entryIds: string[];
  trigger: string;
  start: number;
  end: number;
}

export class TriggerIndex {
  private readonly list: PhraseList;
  private readonly owners = new Map<string, string[]>();
  /** The same, by the phrase without hyphens and spaces, which flexible matching lets vary. */
  private readonly looseOwners = new Map<string, string[]>();
  /** People's surnames with an Arabic article ("al baghdadi"), as phrase keys with a space for a hyphen: a trigger that starts with one is his. */
  private readonly people: string[];

  constructor(kb: Knowledge) {
    const all = [...kb.events, ...kb.framings, ...kb.statistics];
    this.people = [
      ...new Set(
        kb.actors
          .filter((a) => a.kind === 'person')
          .flatMap((a) => [a.name, ...(a.aliases ?? [])])
          .map((n) => phraseKey(n).split(' ').pop()!)
          .filter((w) => ARTICLE_FIRST.test(w))
          .map(hyphensAsSpaces),
      ),
    ];
    // Each phrase as written, for its pattern: the key drops apostrophes, which the pattern lets vary ("russia's intervention").
    const written = new Map<string, string>();
    for (const entry of all) {
      for (const t of entry.triggers) {
        const key = phraseKey(t.replace(DOTTED_US, 'us'));
        // (The form with an apostrophe, whose pattern covers the one without: "ba'athist regime".)
        if (!written.has(key) || /['’‘]/.test(t)) written.set(key, t.replace(DOTTED_US, 'us').toLowerCase());
        const list = this.owners.get(key) ?? [];
        if (!list.includes(entry.id)) list.push(entry.id);
        this.owners.set(key, list);
      }
    }
    for (const [k, ids] of this.owners) if (!this.looseOwners.has(looseKey(k))) this.looseOwners.set(looseKey(k), ids);
    this.list = new PhraseList([...this.owners.keys()].map((p) => withDottedUs(flexiblePattern(written.get(p)!))), true);
  }

  find(text: string): TriggerHit[] {
    const hits: TriggerHit[] = [];
    // A phrase not taken leaves the shorter ones it holds to be found: "al Jolani" after a
    // capitalised word is no phrase, but its "Jolani" is.
    const entriesOf = (index: number, found: string): string[] => {
      const key = phraseKey(found.replace(DOTTED_US, 'us'));
      // A war named as a word of a compound is no war: "Syrian war planes".
      if (key.endsWith('war') && WAR_COMPOUND.test(text.slice(index + found.length, index + found.length + 12))) return [];
      // A part of a city is of the province before "province": "eastern Aleppo province" is no
      // part of the city the battle was fought in.
      if (CITY_PART.test(key) && PROVINCE_AFTER.test(text.slice(index + found.length, index + found.length + 16))) return [];
      // A place's Arabic name after another capitalised word is part of a longer name: "Tariq
      // al-Bab", an Aleppo district, is not al-Bab. (A person's is his: "Abu Bakr al-Baghdadi".)
      const spacedKey = hyphensAsSpaces(key);
      if (!this.people.some((surname) => spacedKey === surname || spacedKey.startsWith(`${surname} `)) && inLongerPlaceName(text, index, found)) return [];
      return this.owners.get(key) ?? this.looseOwners.get(looseKey(key)) ?? [];
    };
    let entryIds: string[] = [];
    // A phrase that overlaps the one before counts for the entries that one did not: "Syria's war"
    // and "war has killed" each bring their own, "Syrian regime" and "regime forces" one entry once.
    const last = { end: 0, entryIds: [] as string[] };
    const accept = (index: number, found: string) => {
      entryIds = entriesOf(index, found);
      if (index < last.end) entryIds = entryIds.filter((id) => !last.entryIds.includes(id));
      return entryIds.length > 0;
    };
    for (const m of this.list.find(new PhraseText(text), accept, true)) {
      // (`entryIds` are those of the phrase just taken.)
      hits.push({ entryIds, trigger: phraseKey(m.text.replace(DOTTED_US, 'us')), start: m.index, end: m.index + m.text.length });
      Object.assign(last, { end: m.index + m.text.length, entryIds });
    }
    return hits;
  }
}

/** Whether an Arabic place name found at `start` is the end of a longer name: "Tariq al-Bab" is not al-Bab. */
export function inLongerPlaceName(text: string, start: number, found: string): boolean {
  const word = ARTICLE_FIRST.test(found) ? NAME_WORD_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1] : undefined;
  return word !== undefined && !headlineVerb(word);
}
// ("al Bab" and "al-Bab", not the English "at" or "as".)
const ARTICLE_FIRST = /^(?:(?:al|el|ad|ar|as|at|az|ash)[-‐‑]|(?:al|el)\s)/i;
// (Not a word that opens a sentence or a headline's verb: "An al-Qaeda-linked alliance", "Rebels Capture Al-Bab".)
const NAME_WORD_BEFORE = /(?<![\p{L}’'-])(?!(?:In|At|From|Near|Into|Of|The|And|On|To|For|By|With|Inside|Outside|Around|Toward|Towards|Across|Over|Under|After|Before|Since|Until|During|Like|As|A|An|Its|Their|His|Her|This|That|These|Those)\s)(\p{Lu}[\p{L}’'-]*)\s+$/u;

const hyphensAsSpaces = (key: string) => key.replace(/-/g, ' ');
// The file's phrases for a part of a city that names its province: Aleppo's east is the city's.
// (Its phrases for Idlib's and Hama's south and north are of the provinces: "southern Idlib".)
const CITY_PART = /^(?:(?:rebel|opposition)-held\s+)?(?:east|eastern|west|western|north|northern|south|southern)(?:\s+(?:part|parts|districts?|neighbou?rhoods?))?(?:\s+of)?\s+aleppo$/;
const PROVINCE_AFTER = /^(?:['’]s)?[\s\u00a0]+(?:province|governorate|countryside)(?![\p{L}])/iu;
const WAR_COMPOUND = /^[\s\u00a0-]+(?:planes?|jets?|ships?|aircraft|machines?)(?![\p{L}])/iu;

// "U.S.-backed" is written for "US-backed" as often: a trigger's "us" matches both.
const DOTTED_US = /(?<![\p{L}])u\.s\.?(?![\p{L}])/giu;
const withDottedUs = (pattern: string) => pattern.replace(/(?<![\p{L}\\])us(?![\p{L}])/gu, 'u\\.?s\\.?');

/**
 * Finds the knowledge file's actors in text with phrase lists (for names matched in any case,
 * and for short forms such as "US" or "IS" matched case-sensitively), longest name first, so
 * "Bashar al-Assad" wins over "Assad".
 * A third pass reads forms such as "the Coalition" as the actor named in full nearest before.
 */
import type { Actor } from '../knowledge/schema';
import { ARABIC_ARTICLE_WORDS, PhraseList, PhraseText, WEEKDAY_STEMS, flexiblePattern, looseKey, phraseKey } from '../text/segment';
import { SYRIAN_PLACES } from '../topic/signals';
import { asOneExpression, inIdentifier, overlapsAny, removeOverlaps } from '../text/spans';
import { headlineVerb, lexiconTags } from '../text/lexicon';
import { OPENING_WORD, TITLE } from './names';
import { matches } from '../text/matches';

export interface GazetteerHit {
  actorId: string;
  start: number;
  end: number;
  /** The form matched was a capital standing for its government. */
  metonym: boolean;
}

interface Form {
  text: string;
  actorId: string;
  /**
   * A person's surname alone ("Assad", "al-Assad"), which other people of the family share:
   * the given names of the person's longer forms ("Bashar"; not "Hafez", his father's name).
   */
  surname?: Set<string>;
  metonym: boolean;
  caseSensitive: boolean;
  /**
   * A person's full name, also matched with a possessive whose apostrophe was stripped ("Bashar
   * al-Assads") in any text (other names, only in a text without apostrophes: `gluedPossessives`).
   */
  strippedPossessive?: boolean;
  /** A state's body named by the state's adjective ("the Jordanian army"), which a longer name may open ("the Free Libyan Army"). */
  stateBody?: boolean;
  /** A longer name of something else that contains an actor's name: matched, as written, so as to mark nothing. */
  blocks?: boolean;
  /**
   * The actor's longer names that begin inside this one, after `words` of its words: "so-called
   * Islamic State" goes on as "Islamic State of Iraq and the Levant", "Secretary-General Ban" as
   * "Ban Ki-moon". The engine takes the longest name at each place, so these are looked for after.
   */
  continuations?: Array<{ words: number; phrase: string }>;
}

/** An "s" straight after a name: its possessive where the text lost the apostrophe. */
const STRIPPED_POSSESSIVE = '(?:s)?';

const NEIGHBOURING_AT_END = /[ \t]+neighbou?ring[ \t]+$/i;
// A compass point's letter before a state's name: "clashes in N Syria" (not "Assad's Syria", "U.S. Russia").
const COMPASS_LETTER = /(?<=^|[\s(])[NSEW]\.?[ \t]+$/u;
// Words before a place name that make it a place rather than an actor: "talks in Moscow",
// "refugees living in Turkey", "northwest Syria". "to" is left out: "a warning to Russia".
const PLACE_CUE = /(?:\b(?:in|into|inside|from|across|throughout|toward|towards|near|within|around|outside(?:\s+of)?|north|south|east|west|northern|southern|eastern|western|central|north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|ne|nw|se|sw)\s+)$/i;

const DATELINE_AFTER = /^[ \t](?:\(\p{Lu}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/u;

// What comes from a state is its act, not a place it is in: "backing from Saudi Arabia".
// (Not aid, arms or help, which come from a place as often: "UN aid from Turkey crosses at Bab al-Hawa".)
const AGENT_FROM = /\b(?:support|backing|funding|pressure|demands?|calls?|criticism|condemnation|threats?|response|objections?|approval|permission|guarantees?|envoys?|officials?|delegations?|troops|jets|warplanes|(?:air\s?)?strikes|raids|resistance|opposition|training|weapons|arms)["”]?\s+from\s+$/i;

// A road or a border between places: "a route linking Syria to Iraq", "the border between Syria and Jordan".
// Between the road and "linking", only a word that says which road: "the border dispute between
// Turkey and Russia" names the parties.
const ROUTE = String.raw`(?:routes?|roads?|highways?|corridors?|borders?|crossings?|pipelines?|bridges?)\s+(?:(?:main|only|new|old|desert|key|vital|strategic|major|international|long|common|shared|porous)\s+)?(?:linking|connecting|between|of|from)`;
// Its other end: "linking eastern Syria to Iraq", "between Syria and Jordan".
const ROUTE_END = new RegExp(String.raw`\b${ROUTE}\s+(?:the\s+(?:city|town|capital|border|coast)|(?:[a-z-]+\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)\s+(?:and|to|with)\s+$`, 'u');

// The land aircraft fly over ("shot down over Syria"; not "influence over Syria"), and the land
// left ("pulled out of Syria"; not "concessions out of Russia").
const OVER_LAND = String.raw`(?:shot\s+down|downed|flying|flew|flown|flights?|crashed|patrols?|patrolling|sorties|missions?|drones?|jets?)\s+over`;
const OUT_OF = String.raw`(?:pull(?:s|ed|ing)?|withdr[ae]wn?|withdrawing|mov(?:e|es|ed|ing)|fled|flee(?:s|ing)?|driven|forced|kicked|chased|pushed|smuggled|coming|came|come)\s+out\s+of`;
// Where forces are sent, read within a longer reach: "deployed additional troops to Syria" (not
// "sent a warning to Russia", nor arms or aid sent to a state, which receives them).
// A state people went to is a place, the people right before the verb: "fighters had gone to Syria",
// "Iranians went to Syria" (a letter or weapons that went to a state went to its government).
const WENT_TO = /(?<![\p{L}])(?:[fF]ighters|[jJ]ihadists|[vV]olunteers|[rR]efugees|[cC]ivilians|[pP]eople|[fF]amilies|[rR]esidents|[mM]en|[wW]omen|[cC]hildren|[nN]ationals|[cC]itizens|[sS]yrians|[kK]urds|[tT]hey|[wW]ho|\p{Lu}\p{Ll}+(?:ians|ans|ese))(?:\s+(?:had|have|has|also|reportedly|later|then))*\s+["“]?(?:went|gone)\s+to\s+$/u;
const SENT_TO = new RegExp(String.raw`\b(?:deploy(?:s|ed|ing)?|sen[dt](?:s|ing)?|dispatch(?:es|ed|ing)?|mov(?:e|es|ed|ing))\s+(?:\S+\s+){0,3}?(?:troops|forces|soldiers|jets|warplanes|aircraft|planes|helicopters|reinforcements|advis[eo]rs|fighters|mercenaries|warships|units|personnel|agents|operatives|spies)\s+to\s+$`, 'i');
// Words before a capital or a state's name that make it a place: "the capital Damascus", "the
// city of Aleppo", "Bab Baghdad" (a gate of a city).
// The same for "the suburbs of Damascus", "northeast of Damascus", "the border with Turkey",
// "the mayor of London"; and where people go, pass or visit: "in transit to Germany", "trying to
// reach Turkey", "visited Moscow", "returning to Russia", "migrated by sea to the European Union".
const PLACE_NAMED = new RegExp(String.raw`(?:\b(?:capital|city of|cities of|town of|towns of|province of|Bab|rural|(?:suburbs?|outskirts|heart|centre|center|streets|edge|countryside|mayor|governor|neighbou?rhoods?|districts?|quarters?|regions?|much|most|parts?|areas?|north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|(?:border(?:\s+(?:area|region|zone|strip|crossings?))?|crossings?)\s+(?:with|into|of)|borders|bordering|en\s+route\s+to|(?<![\p{L}-])cross(?:es|ed)?|(?<=\b(?:provinces|governorates|regions|areas|towns|cities|countries)\s+)border|back\s+to|via|nearby|(?:entering|entered|enters|enter|crossed\s+into|crossing\s+into)|(?:spread|fled|flee|flees|fleeing|travelled|traveled|returned|returning|return|flew|visit|visits|trip|journey|airlifted|evacuated|transferred|deported|relocated|transit|migrated|migrating|flock|flocked|flocking|flocks|poured|pouring|streamed|streaming)\s+(?:by\s+(?:sea|land|air)\s+)?to(?:\s+the)?|(?:fled|escaped)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?\s+to|(?:heading|headed|bound|destined)\s+for|(?:visited|visiting|reach|reaching|residents\s+of|exports?\s+through|transit\s+through)(?:\s+the)?|${ROUTE}|${OVER_LAND}|${OUT_OF})\s+)$`, 'iu');

// Words after it that do: "Damascus suburbs", "Idlib countryside", "Amman newsroom", "the Damascus region", "(Damascus
// time)", "Britain-based", "US$", "the Turkey border", "Turkey's cities", "Syria's north" (not
// "Turkey's border guards", "Israel's northern command", "gives Iran time to…").
const PLACE_AFTER =
  /^(?:[-‐‑–\s](?:based|born)\b|\s+time(?=\s*\))|\s+(?:suburbs?|countryside|outskirts|province|governorate|region|airport|city|skies|embassy|newsroom|bureau(?!\s+of\b)|(?:border|frontier)(?!\s+(?:guards?|police|forces|troops|units?)))\b|['’]?s\s+(?:cities|towns|villages|territory|territories|soil|airspace|borders?(?!\s+(?:guards?|police|forces|troops|units?))|north|south|east|west|north-?east|north-?west|south-?east|south-?west|(?:northern|southern|eastern|western)(?!\s+(?:command|allies|army|forces|partners|neighbou?rs|front|backers))|provinces|regions|countryside|coast|interior|(?:(?:largest|biggest|second|second-largest|main|commercial|economic)\s+)?(?:city|capital|port)|[\p{L}]+[-‐‑]held\s|[\p{L}]+[-‐‑]controlled\s+(?:[\p{L}-]+\s+){0,2}?(?:areas?|territor(?:y|ies)|provinces?|regions?|towns?|cities|villages|parts?|districts?|enclaves?|pockets?|north|south|east|west))\b|\$)/iu;
// The same, case-sensitive: a road or a border between two places ("the Damascus–Aleppo
// highway", "the Syria-Turkey border"), not "the Russia-brokered border deal".
const ROUTE_NOUN = String.raw`\s+(?:(?:international|main|old|new)\s+)?(?:highway|road(?!\s*map)|motorway|railway|route|border|frontier|crossing|pipeline|Free\s+Trade\s+Zone)\b`;
const PLACE_AFTER_ROUTE = new RegExp(String.raw`^[-‐‑–]\p{Lu}[\p{L}-]*${ROUTE_NOUN}`, 'u');
// The second of such a pair: "the Syria-Turkey Free Trade Zone", "the Iraq-Syria border".
const ROUTE_SECOND = new RegExp(`^${ROUTE_NOUN}`, 'u');
const PAIRED_BEFORE = /\p{Lu}[\p{L}]+[-‐‑–]$/u;

// A state's name as the last part of an address or a caption's place line: "in the Idlib province
// Syria June 12", "the market area of Shahil, Syria - 10 kilometers"; and Syria's after one of its
// towns, "near Manbij Syria" (not "strikes Aleppo Russia has accused", run together without a full
// stop). Without a comma, unless the state speaks, owns or backs ("Manbij Syria may have…"); with
// one, only where the address ends ("In Hama countryside, Russia said" is Russia's).
const ADDRESS_BEFORE = /\b(?:province|countryside|governorate|district)[ \t]*(,?)[ \t]+$/i;
const SYRIAN_TOWN_BEFORE = new RegExp(String.raw`${SYRIAN_PLACES.source}[ \t]*(,?)[ \t]+$`, 'iu');
const STATE_ACTS_AFTER = /^(?:[ \t]+(?:said|says|say|told|reported|announced|claimed|stated|added|denied|accused|warned|has|have|had|is|was|were|will|would|\p{Ll}+ed)\b|['’]?s\b)/u;
// (The town after a place's word or at a caption's or a cell's start: "area of Shahil, Syria",
// "![Azaz, Syria]"; not "However, Russia – Assad's main ally –".)
const TOWN_BEFORE = /(?:\b(?:in|of|near|at|from|outside)[ \t]+|\n|[[(|][ \t]*)(\p{Lu}[\p{Ll}’'-]+),[ \t]+$/u;
const ADDRESS_END = /^[ \t]*(?:[-–—(.\])|]|\d|\n|$)/;
// After a province's or a countryside's word, a dash or a bracket ends the address only before a
// date or an agency ("Idlib province, Syria - 12 June", "(Reuters)"): otherwise it opens an aside
// on the state ("In Idlib province, Turkey – a backer of the rebels – has…").
const REGION_ADDRESS_END = /^[ \t]*(?:[.\])|]|\d|\n|$|[-–—(][ \t]*(?:\d|(?:Reuters|AFP|AP|SANA|Anadolu)\b))/;
// A state's name before a noun it places: "Syria rebel infighting", "Syria evacuees", "the Syria
// crisis", "al-Qaeda's Syria affiliate" (not a war, a peace, an attack, an offensive, a ceasefire or an envoy, which are as
// often its own: "U.S. war planes", "the Russia peace plan", "U.S. attack").
const ATTRIBUTIVE_AFTER = /^[ \t]+(?:rebels?|insurgents?|jihadists?|Kurds|conflict|crisis|evacuees|refugees|infighting|violence|affiliates?|branch|franchise|offshoot|(?:border\s+)?(?:town|city|village)s?)\b/i;

/** Whether an address before a state ends with it: see `ADDRESS_BEFORE`. */
function addressEnds(address: RegExpExecArray | null, next: string): boolean {
  if (!address) return false;
  return address[address.length - 1] ? REGION_ADDRESS_END.test(next) : !STATE_ACTS_AFTER.test(next);
}

const RECEIVES_AFTER = /^\s+(?:US\$|\$|€|£|\d|for\s+(?:comment|help|support|assistance|aid|approval))/;
// Syria's possessive of one of its towns: "rebel-held areas of Syria's Aleppo" (not "Russia's
// Aleppo bombing", nor "Syria's Aleppo offensive", which are its acts).
const OWNED_PLACE = new RegExp(`^['’]?s\\s+${SYRIAN_PLACES.source}(?!\\s+(?:offensive|campaign|operation|victory|battle|assault|attack|siege|bombing|strikes?|airstrikes?|recapture|advance)\\b)`, 'iu');

// For a capital only, the city as a place: its old town, the Ghouta around it ("the Eastern
// Ghouta of Damascus"), a city that shells or bombs hit ("bombings hit Damascus", "shelling
// Damascus", "Damascus has been rocked by blasts"), and what is in it or happens there ("a
// Damascus police station", "Damascus Car Bomb", "rockets on Damascus", "the heaviest attacks on
// Damascus", "a London hotel"). Not "Israel hit Damascus with sanctions", nor "his attacks on
// Washington" (words aimed at the government).
const CITY_BEFORE =
  /(?:\b(?:Old|down\s?town|Gh(?:ou|o|u)ta\s+of)|\b(?:shelled|shelling|bombed|bombing|pounded|pounding|besieged|besieging)|\b(?:bombs?|bombings?|blasts?|explosions?|shells?|shelling|mortars?|rockets?|missiles?|strikes?|airstrikes?|raids?|attacks?)\s+(?:\p{Ll}+\s+)?(?:hit|hits|struck|rocked|rock|rocks|shook|shake|shakes|pounded|pound|pounds)|\b(?:bombs?|shells?|shelling|mortars?|rockets?|missiles?|airstrikes?|air\s+strikes?|raids?|bombardment|(?:[Tt]errorist|[Rr]ocket|[Mm]ortar|[Ss]uicide|[Bb]omb|heaviest|deadliest|deadly)\s+[Aa]ttacks?)\s+(?:on|against))\s+$/u;
// The same in any case: what is fired at, advanced on in arms, fought for or linked ("Rocket
// Shells at Damascus", "the rebel offensive on Damascus", "the Battle of Damascus", "connect
// Damascus to Daraa", "the provinces of Aleppo and Damascus"); not what is aimed at its government
// ("hit out at Damascus", "a diplomatic offensive against Moscow"), nor what it owns or says (see
// CITY_CUE_ENDS).
const CITY_CUE = /(?:\battacks?\s+at|\b(?<!\b(?:diplomatic|political|charm|media|sanctions|propaganda|peace|economic)\s+)(?:advance|march|offensive|push)\s+(?:on|against|toward|towards)|\b(?:rockets?|shells?|mortars?|missiles?|ammunition|rounds|fire|fired|fires|firing)\s+(?:on|at|against|toward|towards)|\b(?:battle|siege|fall|capture|liberation)\s+of|\b(?:connect|connects|connected|connecting|linking))\s+$/iu;
// What a state that opens a new clause after "and" does next: "fled to Lebanon and Russia stepped up…",
// "…of Aleppo and Moscow, Ankara and Tehran brokered…".
const COMMA_NAME_AFTER = /^,[ \t]*\p{Lu}/u;
const WORD_AFTER = /^[ \t]+\p{Ll}+/u;
const verbNext = (next: string) => lexiconTags(/^[ \t]+(\p{Ll}+)/u.exec(next)![1]!).some((t) => t === 'PastTense' || t === 'PresentTense' || t === 'Modal' || t === 'Verb');
// The name before "and" that a capital follows in a list: "…on Aleppo and Damascus".
const LISTED_BEFORE = /[^\p{L}’'-]\p{Lu}[\p{L}’'-]*(?:[ \t]+\p{Lu}[\p{L}’'-]*)?,?[ \t]+and[ \t]+$/u;
// (The list's names in capitals, joined by "and": not "the cities of refuge, ", nor a list a comma ends.)
const CITY_LIST_CUE = /\b(?:[Pp]rovinces?|[Gg]overnorates?|[Cc]ities|[Tt]owns)\s+of\s+(?:\p{Lu}[\p{L}-]*,?\s+)*?\p{Lu}[\p{L}-]*\s+and\s+$/u;
// A road that connects a capital names its other end: "connect Damascus to Daraa" (not "connect
// Damascus more closely to its allies").
const CONNECTED_BEFORE = /\b(?:connect|connects|connected|connecting|linking)\s+$/i;
const ROAD_END_AFTER = /^\s+(?:to|with|and)\s/;
// What a capital after such a cue may not be followed by: its possessive ("offensive against
// Damascus's forces"), a saying or a verb of its own ("…of Aleppo and Idlib, Moscow said").
const CITY_CUE_ENDS = /^(?:['’]s\b|,?\s+(?:said|says|say|told|reported|announced|claimed|accused|denied|warned|sent|has|had|have|is|was|will|would)\b)/;
const CITY_AFTER =
  /^(?:\s+(?:(?:has|have|had)\s+(?:also\s+|largely\s+|repeatedly\s+|mostly\s+)*been|was|were|is)\s+(?:also\s+|largely\s+|repeatedly\s+|mostly\s+|now\s+)*(?:rocked|spared|hit|shelled|struck|bombed|targeted|shaken|the\s+scene|(?:considered|declared|designated)\s+an?\s+["'“‘]?(?:[\p{L}-]+\s+)?(?:zone|area|target))\b|\s+(?:police(?!\s+(?:the|a|an|its|their|this|that)\b)(?:\s+station)?|(?:car|bus|suicide|twin)\s+(?:bomb|bombing|blast|attack)s?|car\s+bomb|bomb|bombings?|blasts?|explosions?|residents?|neighbou?rhoods?|streets?|old\s+city|university|hospital|hotel|airport|stadium|schools?|sermon|(?:Friday\s+)?prayers)\b)/iu;

// Given names that are more often words: "Roman Syria", "Victor", "Abu".
const NOT_A_GIVEN_NAME = new Set(['Roman', 'Victor', 'Amber', 'Don', 'Abu', 'Sultan', 'Imam', 'Sheikh', 'Grant', 'Will', 'May', 'June', 'Mark', 'Bill']);

const CURRENCY_AFTER = /^\s+(?:dollars?|pounds?|liras?|euros?|rubles?|roubles?|rials?|riyals?|dinars?)\b/i;
const AMOUNT_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|million|billion|thousand|hundreds|thousands|millions|billions|few|several)(?:\s+of)?)\s+$/i;
const TIME_WORD = new RegExp(`^(?:Press|Yesterday|Tonight|(?:${WEEKDAY_STEMS})day|January|February|March|April|June|July|August|September|October|November|December)$`);
// Joined to the words before it by hyphens, as French places are: "Île-de-France".
const JOINED_BEFORE = /\p{L}[-‐‑]\p{Ll}{1,3}[-‐‑]$/u;

/** An abbreviation in brackets, as a text gives a name one: "(SNC)", "(M-MC)", "(S&DF)". */
export const BRACKETED_ABBREVIATION = '\\((\\p{Lu}[\\p{L}\\p{N}&-]{1,7})\\)';

// A state named by its government, not its land: "killed in Assad regime air strikes" is no place.
export const GOVERNMENT_FORM = /\b(?:regime|government|authorities|administration)\b/i;

// The same, for the later ones of coordinated places: "talks in Moscow and Ankara",
// "refugees in Turkey, Lebanon and Jordan".
// (Case-sensitive but for the first word: a place is capitalised, "the camps" is none.)
const PLACE_LIST_CUE = /\b(?:[Ii]n|[Ii]nto|[Ff]rom|[Aa]cross|[Tt]oward|[Tt]owards|[Nn]ear|[Aa]round)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?(?:\s*,\s*\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)*(?:,?\s+(?:and|or)\s+|\s*,\s*)$/u;


interface Compiled {
  list: PhraseList;
  /** The last word of every name, in lower case: a word that is none ends no name. */
  lastWords: Set<string>;
  /** Forms by their normalised text, and by that text without hyphens and spaces. */
  byText: Map<string, Form>;
  byLooseText: Map<string, Form>;
}

/** Sets each form's `continuations`: the same actor's names that begin with the form's last words. */
function addContinuations(forms: Form[]): void {
  const byActor = new Map<string, Form[]>();
  for (const f of forms) if (!f.metonym) byActor.set(f.actorId, [...(byActor.get(f.actorId) ?? []), f]);
  // (Words as the phrase lists read them, a hyphen a separator like a space: "Secretary-General
  // Ban" goes on as "Ban Ki-moon" written "Secretary General Ban Ki-moon" too.)
  const wordsOf = (t: string) => t.toLowerCase().split(SEPARATORS);
  for (const own of byActor.values()) {
    for (const f of own) {
      const words = wordsOf(f.text);
      for (let i = 1; i < words.length; i++) {
        const rest = words.slice(i);
        for (const g of own) {
          const other = wordsOf(g.text);
          const continues = other.length > rest.length && rest.every((w, k) => other[k] === w);
          if (continues && !f.continuations?.some((c) => c.words === i && c.phrase.toLowerCase() === g.text.toLowerCase())) (f.continuations ??= []).push({ words: i, phrase: g.text });
        }
      }
    }
  }
}

const SEPARATOR = /[-‐‑–\s]/;
const SEPARATORS = /[-‐‑–\s]+/;

/**
 * Where `phrase` ends when it is written at `at` (any case; a space and a hyphen are one
 * separator, as in the phrase lists), or -1.
 */
function phraseEndAt(text: string, at: number, phrase: string): number {
  let j = at;
  for (let i = 0; i < phrase.length; ) {
    if (SEPARATOR.test(phrase[i]!)) {
      if (j >= text.length || !SEPARATOR.test(text[j]!)) return -1;
      while (i < phrase.length && SEPARATOR.test(phrase[i]!)) i++;
      while (j < text.length && SEPARATOR.test(text[j]!)) j++;
    } else if (j < text.length && text[j]!.toLowerCase() === phrase[i]!.toLowerCase()) {
      i++;
      j++;
    } else return -1;
  }
  return /^[\p{L}\p{N}]/u.test(text.slice(j, j + 1)) ? -1 : j;
}

/** The end of a name found at start…end, carried on through the longest of its continuations. */
function continuedEnd(text: string, start: number, end: number, continuations: NonNullable<Form['continuations']>): number {
  const wordStarts = [...matches(/[^-‐‑–\s]+/g, text.slice(start, end))].map((w) => start + w.index);
  let best = end;
  for (const c of continuations) {
    const at = wordStarts[c.words];
    if (at !== undefined) best = Math.max(best, phraseEndAt(text, at, c.phrase));
  }
  return best;
}

function compile(forms: Form[], flags: string): Compiled | null {
  if (forms.length === 0) return null;
  const sorted = [...forms].sort((a, b) => b.text.length - a.text.length);
  const byText = new Map<string, Form>();
  for (const f of sorted) byText.set(phraseKey(f.text, flags.includes('i')), f);
  const byLooseText = new Map<string, Form>();
  for (const [k, f] of byText) if (!byLooseText.has(looseKey(k))) byLooseText.set(looseKey(k), f);
  const patterns = sorted.map((f) => flexiblePattern(f.text) + (f.strippedPossessive ? STRIPPED_POSSESSIVE : ''));
  const lastWords = new Set(sorted.map((f) => lastWord(f.text)));
  return { list: new PhraseList(patterns, flags.includes('i')), lastWords, byText, byLooseText };
}

const NAME_WORD_BEFORE_BODY = /(?<![\p{L}’'.-])(?!(?:The|A|An|In|On|At|By|For|From|With|And|But|Yesterday|Today)\s)\p{Lu}\p{Ll}+[ \t]+$/u;
const STATE_BODIES = ['defence ministry', 'defense ministry', 'foreign ministry', 'interior ministry', 'army', 'military', 'armed forces', 'air force', 'navy', 'intelligence', 'intelligence service', 'intelligence services', 'intelligence agency', 'intelligence agencies'];
const titleCase = (words: string) => words.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
// A people's adjective and the noun of a name it opens; those that share the noun before it.
const ADJECTIVE_THEN_NOUN = /^(\p{Lu}\p{L}+)\s+(\p{Ll}[\p{L}\s-]*|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*)$/u;
const ADJECTIVES_BEFORE = /(?<![\p{L}.])\p{Lu}[\p{L}.]*(?:,\s+\p{Lu}[\p{L}.]*)*,?\s+and\s+$/u;
const SHARED_REACH = 60;
/** A noun's singular, as a name has it: "air forces" → "air force", "armies" → "army". */
const singular = (noun: string) => noun.replace(/ies$/, 'y').replace(/s$/, '');

export class Gazetteer {
  private readonly anyCase;
  private readonly exactCase;
  private readonly placeKinds = new Set<string>();
  /** Forms that stand for an actor named in full elsewhere in the text → the actors they may stand for. */
  private readonly shortForms = new Map<string, string[]>();
  /** Actor → the actors whose mention lets its short forms stand for it when it is not named in full. */
  private readonly shortFormContext = new Map<string, readonly string[]>();
  private readonly shortFormList: PhraseList | null;
  /** The short forms as written, by their last word: found with a possessive's "s" glued on ("the Observatorys report"). */
  private readonly shortFormsByLastWord = new Map<string, string[]>();
  /** States' one-word names and capitals, lower case: whose seat or land "the regime in X" names. */
  private readonly placeOwners = new Map<string, { actorId: string; capital: boolean }>();
  /** States' one-word names and demonyms, lower case: "Iran's state TV", "Turkish state television". */
  private readonly stateWords = new Set<string>();
  /** The demonyms of states other than Syria: "the Iraqi regime forces" are not Syria's. */
  private readonly otherDemonyms = new Set<string>();
  /** Every state's demonyms, lower case. */
  private readonly demonyms = new Set<string>();
  /** The actor each name a people's adjective opens stands for, by the name in lower case: "russian air force". */
  private readonly byAdjectiveName = new Map<string, string>();

  constructor(actors: readonly Actor[]) {
    const loose: Form[] = [];
    const exact: Form[] = [];
    const short: Form[] = [];
    for (const a of actors) {
      if (a.kind === 'state') {
        this.placeKinds.add(a.id);
        for (const n of [a.name, ...(a.aliases ?? [])]) if (!/\s/.test(n)) this.placeOwners.set(n.toLowerCase(), { actorId: a.id, capital: false });
        for (const w of [a.name, ...(a.aliases ?? []), ...(a.demonyms ?? [])]) if (!/\s/.test(w)) this.stateWords.add(w.toLowerCase());
        for (const d of a.demonyms ?? []) if (a.id !== 'syria') this.otherDemonyms.add(d.toLowerCase());
        for (const d of a.demonyms ?? []) this.demonyms.add(d.toLowerCase());
      }
      for (const m of a.metonyms ?? []) if (!/\s/.test(m)) this.placeOwners.set(m.toLowerCase(), { actorId: a.id, capital: true });
      // A full name, never a lone surname: "the Assads" is a family, "Bashar al-Assads" one man's.
      const possessive = (name: string) => a.kind === 'person' && /\s/.test(name) && !/s$/i.test(name);
      (a.name_case_sensitive ? exact : loose).push({
        text: a.name, actorId: a.id, metonym: false, caseSensitive: !!a.name_case_sensitive, strippedPossessive: possessive(a.name),
      });
      const ownWords = a.kind === 'person' ? new Set([a.name, ...(a.aliases ?? [])].flatMap(givenWords)) : undefined;
      for (const alias of a.aliases ?? []) {
        const surname = ownWords && !/\s/.test(alias) ? ownWords : undefined;
        loose.push({ text: alias, actorId: a.id, metonym: false, caseSensitive: false, strippedPossessive: possessive(alias), surname });
      }
      for (const m of a.metonyms ?? []) loose.push({ text: m, actorId: a.id, metonym: true, caseSensitive: false });
      // Matched as written: "a national Islamic Front" is still the Islamic Front.
      for (const other of a.other_names_containing ?? []) exact.push({ text: other, actorId: a.id, metonym: false, caseSensitive: true, blocks: true });
      for (const alias of a.case_sensitive_aliases ?? []) exact.push({ text: alias, actorId: a.id, metonym: false, caseSensitive: true });
      // "The Turkish government", "the Iraqi authorities", "the Turkish regime": the state as an
      // actor. The adjective keeps its case ("US", not "us"), so these are matched as written.
      if (a.kind === 'state') {
        for (const d of a.demonyms ?? []) {
          for (const noun of ['government', 'Government', 'authorities', 'regime', 'Regime']) exact.push({ text: `${d} ${noun}`, actorId: a.id, metonym: false, caseSensitive: true });
        }
      }
      for (const f of a.short_forms ?? []) {
        const key = phraseKey(f, false);
        this.shortForms.set(key, [...(this.shortForms.get(key) ?? []), a.id]);
        short.push({ text: f, actorId: a.id, metonym: false, caseSensitive: true });
        const last = f.split(/[\s-]+/).pop()!.toLowerCase();
        this.shortFormsByLastWord.set(last, [...new Set([...(this.shortFormsByLastWord.get(last) ?? []), f])]);
      }
      if (a.short_form_context) this.shortFormContext.set(a.id, a.short_form_context);
    }
    // A state's body the file does not list on its own is the state's: "the Belgian defence
    // ministry", "the Jordanian army" (where the file has the body, its own entry stands).
    // A longer form of a state's intelligence the file lists is that body's: "Turkish intelligence
    // services" is the "Turkish intelligence" of the file.
    const listed = new Set([...loose, ...exact].map((f) => f.text.toLowerCase()));
    const listedBodies = new Map([...loose, ...exact].filter((f) => !f.blocks && !f.metonym).map((f) => [f.text.toLowerCase(), f.actorId]));
    for (const a of actors) {
      if (a.kind !== 'state') continue;
      for (const d of a.demonyms ?? []) {
        for (const body of STATE_BODIES) {
          const name = `${d} ${body}`.toLowerCase();
          if (listed.has(name)) continue;
          const owner = (body.startsWith('intelligence ') && listedBodies.get(`${d} intelligence`.toLowerCase())) || a.id;
          for (const written of [body, titleCase(body)]) exact.push({ text: `${d} ${written}`, actorId: owner, metonym: false, caseSensitive: true, stateBody: owner === a.id });
        }
      }
    }
    for (const f of [...loose, ...exact]) {
      const key = f.text.toLowerCase();
      if (!f.blocks && !f.metonym && /\s/.test(key) && !this.byAdjectiveName.has(key)) this.byAdjectiveName.set(key, f.actorId);
    }
    addContinuations(loose);
    this.anyCase = compile(loose, 'giu');
    this.exactCase = compile(exact, 'gu');
    // Only the list: which actor a short form stands for is decided by the text around it.
    this.shortFormList = compile(short, 'gu')?.list ?? null;
  }

  /** Whether a state of the file, its adjective or its possessive comes right before: "Syrian", "Russia's", "U.S.". */
  private stateOwnsBefore(text: string, start: number): boolean {
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
    return !!word && this.stateWords.has(word.replace(/\./g, '').toLowerCase());
  }

  /** Whether a word the lexicon knows as a given name, and no state's, comes right before. */
  private givenNameBefore(text: string, start: number): boolean {
    const word = /(?<![\p{L}\p{M}’'-])(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
    return !!word && !this.stateWords.has(word.toLowerCase()) && !NOT_A_GIVEN_NAME.has(word) && lexiconTags(word).some((t) => t === 'MaleName' || t === 'FemaleName');
  }

  find(text: string): GazetteerHit[] {
    const hits: Array<GazetteerHit & { blocks?: boolean }> = [];
    // Some copy loses every apostrophe: "Syrias civil war", "Al-Qaedas affiliate".
    const glued = /['’]/.test(text) ? [] : wordsEndingInS(text);
    const read = new PhraseText(text);
    for (const compiled of [this.anyCase, this.exactCase]) {
      if (!compiled) continue;
      const spans: Array<{ start: number; end: number; form: Form }> = [];
      const foldCase = compiled === this.anyCase;
      for (const m of compiled.list.find(read)) {
        const found = lookup(compiled, m.text, foldCase);
        // A possessive's "s" without its apostrophe is not the name's: "Bashar al-Assads forces".
        if (found) spans.push({ start: m.index, end: m.index + m.text.length - (found.stripped ? 1 : 0), form: found.form });
      }
      if (glued.length) spans.push(...gluedPossessives(text, glued, compiled, foldCase));
      for (const span of spans) if (span.form.continuations) span.end = continuedEnd(text, span.start, span.end, span.form.continuations);
      for (const { start, end, form } of asOneExpression(spans)) {
        if (inIdentifier(text, start, end)) continue;
        // A state's name after a given name is a surname: "Editing by Louise Ireland".
        if (this.placeKinds.has(form.actorId) && !form.metonym && this.givenNameBefore(text, start)) continue;
        // "pro-regime forces" are those who back it (militias among them), not the army "regime forces" names.
        if (STANCE_PREFIX.test(text.slice(Math.max(0, start - 5), start)) && (GENERIC_FORM.test(text.slice(start, end)) || ARMED_FORM.test(text.slice(start, end)))) continue;
        // Nor another state's: "the Iraqi regime troops", "Libya regime forces" (not "Assad regime forces").
        if (/^regime\b/i.test(text.slice(start, end)) && this.anotherStateBefore(text, start)) continue;
        // A state's name or its capital after "in", "from", "northern"..., before "suburbs" or
        // "-based", or in a dateline in capitals ("DAMASCUS (Reuters) -"), is a place.
        if ((form.metonym || this.placeKinds.has(form.actorId)) && !GOVERNMENT_FORM.test(form.text)) {
          // ("neighbouring" after a cue is none of it: "fled to neighbouring Turkey", "refugees in neighbouring Turkey".)
          const before = text.slice(Math.max(0, start - 60), start).replace(NEIGHBOURING_AT_END, ' ');
          // "Turkey-backed rebels": the state as a party, after any cue.
          const party = /^[-‐‑–](?:backed|brokered|led|supported|sponsored|aligned|allied|funded|armed)\b/.test(text.slice(end, end + 12));
          // A possessive of something other than land is the state's: "much of Russia's firepower".
          const next = text.slice(end, end + 40);
          const owns = /^['’]?s\s/.test(next) && !PLACE_AFTER.test(next);
          // (Not one that receives or is asked: "return to Iran $1.7 billion", "reach Turkey for comment".)
          const receives = RECEIVES_AFTER.test(next);
          if (!party && ((PLACE_CUE.test(before.slice(-24)) && !AGENT_FROM.test(before.slice(-40))) || COMPASS_LETTER.test(before) || PLACE_LIST_CUE.test(before) || (!owns && !receives && (PLACE_NAMED.test(before.slice(-24)) || (!form.metonym && WENT_TO.test(before)))) || ROUTE_END.test(before) || SENT_TO.test(before))) continue;
          // (Syria's possessive of one of its towns places it: "shelling of Syria's Aleppo".)
          if (!party && (PLACE_AFTER.test(next) || PLACE_AFTER_ROUTE.test(next) || (PAIRED_BEFORE.test(before) && ROUTE_SECOND.test(next)) || (form.actorId === 'syria' && OWNED_PLACE.test(next)))) continue;
          if (!party && !form.metonym && (addressEnds(ADDRESS_BEFORE.exec(before), next) || (form.actorId === 'syria' && addressEnds(SYRIAN_TOWN_BEFORE.exec(before), next)) || ATTRIBUTIVE_AFTER.test(next) || this.townBefore(before, next))) continue;
          // A currency ("400 U.S. dollars", "Iran rials"; not "Russia pounds Aleppo"), or a longer
          // place's name ("Île-de-France").
          if ((CURRENCY_AFTER.test(next) && (AMOUNT_BEFORE.test(before) || !/^\s+pounds?\b/i.test(next))) || JOINED_BEFORE.test(before)) continue;
          // A capital that begins another name: "the Damascus Falcons", "Damascus International Airport";
          // not a headline's verb ("Damascus Says"), the next of a list ("by Moscow Ankara and
          // Tehran"), an office ("Pentagon Press Secretary") or when ("Moscow Thursday accused…").
          const word = form.metonym ? /^[ \t]+(\p{Lu}\p{Ll}[\p{L}’'-]*)/u.exec(next)?.[1] : undefined;
          if (word && !headlineVerb(word) && !this.stateWords.has(word.toLowerCase()) && !this.placeOwners.has(word.toLowerCase()) && !TITLE.test(word) && !TIME_WORD.test(word)) continue;
          // (Or the next of a list the cue opens: "rocket attacks on Aleppo and Damascus", "fled to neighbouring Iraq and Jordan".)
          const listed = LISTED_BEFORE.exec(before);
          const beforeList = listed ? before.slice(0, listed.index + 1).replace(NEIGHBOURING_AT_END, ' ') : '';
          // (A state, not a capital after an attack's cue, may open a clause of its own there.)
          const actsNext = COMMA_NAME_AFTER.test(next) || (!form.metonym && (STATE_ACTS_AFTER.test(next) || (WORD_AFTER.test(next) && verbNext(next))));
          if (listed && !party && !CITY_CUE_ENDS.test(next) && !actsNext && (form.metonym ? CITY_BEFORE.test(beforeList.slice(-24)) || CITY_CUE.test(beforeList) : PLACE_NAMED.test(beforeList.slice(-24)))) continue;
          if (form.metonym && (CITY_BEFORE.test(before.slice(-24)) || ((CITY_CUE.test(before) || CITY_LIST_CUE.test(before)) && !CITY_CUE_ENDS.test(next) && !(CONNECTED_BEFORE.test(before) && !ROAD_END_AFTER.test(next))) || CITY_AFTER.test(text.slice(end, end + 40)))) continue;
          const matched = text.slice(start, end);
          // A dateline: at a line's start before a comma, a bracket or a dash; or anywhere before
          // an agency in brackets or a month ("MOSCOW (Sputnik)", "MOSCOW October 18"), not before
          // a headline's verb ("MOSCOW Says…").
          const after = text.slice(end, end + 12);
          // Or after a date stamp run into it ("Last updated Feb 092015 BEIRUT At least 15…").
          const dateline = (/(?:^|\n)[ \t]*$/.test(before) && /^\s*(?:,|\(|-|–|—)/.test(after)) || DATELINE_AFTER.test(after) || /(?:19|20)\d\d[ \t]*$/.test(before);
          if (!form.caseSensitive && matched.length > 3 && matched === matched.toUpperCase() && dateline) continue;
        }
        if (form.surname && anotherGivenName(text, start, form.surname)) continue;
        // (Not the end of a longer name: "the Free Libyan Army", "the Royal Jordanian Air Force".)
        if (form.stateBody && NAME_WORD_BEFORE_BODY.test(text.slice(Math.max(0, start - 20), start))) continue;
        // A state's name that is also a given name, before a surname: "Jordan MacTaggart".
        if (this.placeKinds.has(form.actorId) && !form.metonym && stateAsGivenName(text.slice(start, end), text.slice(end, end + 30))) continue;
        // A surname before "family", "clan" or "era" names more than the one person: "the Assad family".
        if (form.surname && (FAMILY_AFTER.test(text.slice(end, end + 30)) || (/\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start)) && FACILITY_NAMED.test(text.slice(end, end + 40))))) continue;
        // "Syrian regime change" is a policy, not the state.
        if (/regime$/i.test(text.slice(end - 6, end)) && REGIME_CHANGE.test(text.slice(end, end + 10))) continue;
        // A state's mission or envoy to the UN is the state's: "The Syrian UN mission", "Russia's UN envoy".
        // (The short form only: "United Nations" unmarked would be read again as a name the file lacks.)
        if (form.actorId === 'united-nations' && /^U\.?N\.?$/.test(text.slice(start, end)) && STATE_AT_UN.test(text.slice(end, end + 24)) && this.stateOwnsBefore(text, start)) continue;
        hits.push({ actorId: form.actorId, start, end, metonym: form.metonym, blocks: form.blocks });
      }
    }
    // A name matched in any case and a short form matched as written may overlap: the longest is
    // kept, and a longer name of something else then marks nothing.
    const named = removeOverlaps(hits)
      .filter((h) => !h.blocks)
      .map(({ actorId, start, end, metonym }) => ({ actorId, start, end, metonym }));
    const shared = this.sharingTheirNoun(text, named);
    const all = shared.length ? [...named, ...shared].sort((a, b) => a.start - b.start) : named;
    return this.shortFormList ? this.withShortForms(read, all, this.shortFormList, glued) : all;
  }

  /**
   * Peoples' adjectives before one that opens a name, sharing its noun: "the Russian and Syrian
   * air forces" names the Russian air force too, "the Syrian and Russian air forces" the Syrian.
   */
  private sharingTheirNoun(text: string, named: GazetteerHit[]): GazetteerHit[] {
    const found: GazetteerHit[] = [];
    for (const hit of named) {
      const name = ADJECTIVE_THEN_NOUN.exec(text.slice(hit.start, hit.end));
      if (!name || !this.demonyms.has(name[1]!.toLowerCase())) continue;
      const from = Math.max(0, hit.start - SHARED_REACH);
      const list = ADJECTIVES_BEFORE.exec(text.slice(from, hit.start));
      if (!list) continue;
      const noun = name[2]!.toLowerCase();
      for (const adjective of matches(/\p{Lu}[\p{L}.]*/gu, list[0])) {
        if (!this.demonyms.has(adjective[0].toLowerCase())) continue;
        const key = `${adjective[0].toLowerCase()} `;
        const actorId = this.byAdjectiveName.get(key + noun) ?? this.byAdjectiveName.get(key + singular(noun));
        const start = from + list.index + adjective.index;
        if (actorId && !overlapsAny(named, start, start + adjective[0].length)) found.push({ actorId, start, end: start + adjective[0].length, metonym: false });
      }
    }
    return found;
  }

  /**
   * Short forms outside the names found, each read as the candidate named nearest before it,
   * or failing that the first named after it (a headline names it before the text does), or
   * failing that the one candidate whose context the text names (see `short_form_context`); a
   * form with no candidate found this way is left alone.
   */
  private withShortForms(read: PhraseText, named: GazetteerHit[], list: PhraseList, glued: GluedWord[]): GazetteerHit[] {
    const text = read.text;
    const firstAt = new Map<string, number>();
    for (const h of named) if (!firstAt.has(h.actorId)) firstAt.set(h.actorId, h.start);
    const inContext = (id: string) => (this.shortFormContext.get(id) ?? []).some((c) => firstAt.has(c));
    const readable = (ids: string[]) => ids.some((id) => firstAt.has(id)) || ids.filter(inContext).length === 1;
    if (![...this.shortForms.values()].some(readable)) return named;
    const lastBefore = new Map<string, number>();
    const found: GazetteerHit[] = [];
    let next = 0;
    const forms = [...list.find(read)].map((m) => ({ start: m.index, text: m.text }));
    // In a text that lost its apostrophes, with a possessive's "s" glued on: "the Observatorys director".
    for (const word of glued) {
      for (const form of this.shortFormsByLastWord.get(word.stem) ?? []) {
        const start = word.end - 1 - form.length;
        if (start >= 0 && text.slice(start, word.end - 1) === form && !/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') && possessiveWithoutApostrophe(text, start, text.slice(start, word.end), form, true)) forms.push({ start, text: form });
      }
    }
    if (glued.length) forms.sort((a, b) => a.start - b.start);
    for (const m of forms) {
      const start = m.start;
      const end = start + m.text.length;
      for (; next < named.length && named[next]!.start < start; next++) lastBefore.set(named[next]!.actorId, named[next]!.start);
      if (overlapsAny(named, start, end) || partOfAnotherName(text, start, end) || this.ownedByAState(text, start) || OWNER_AFTER.test(text.slice(end, end + 12))) continue;
      const candidates = this.shortForms.get(phraseKey(m.text, false)) ?? [];
      let best: string | undefined;
      for (const id of candidates) if (lastBefore.has(id) && (!best || lastBefore.get(id)! > lastBefore.get(best)!)) best = id;
      if (!best) for (const id of candidates) if (firstAt.has(id) && (!best || firstAt.get(id)! < firstAt.get(best)!)) best = id;
      if (!best) {
        const fitting = candidates.filter(inContext);
        if (fitting.length === 1) best = fitting[0];
      }
      // A body named since, whose name holds the form's last word, is the one meant: "the National
      // Coalition for Syrian Revolutionary and Opposition Forces … The coalition is recognized by…".
      // (Not when the candidate itself is named within that reach: "US-led coalition jets struck… The
      // Syrian National Coalition welcomed the strikes. The coalition said its jets…".)
      const holder = best && (lastBefore.get(best) ?? -Infinity) < start - HOLDER_REACH ? nameHolding(text, named, next, start, m.text, lastBefore.get(best) ?? -1) : undefined;
      if (holder) best = holder.actorId;
      if (best && !this.seatOfAnother(text.slice(end, end + 30), best) && (holder || !introducedSince(text, start, m.text, lastBefore.get(best) ?? -1))) {
        found.push({ actorId: best, start, end, metonym: false });
      }
    }
    return found.length ? [...named, ...found].sort((a, b) => a.start - b.start) : named;
  }

  /** Whether a word names a state: its name, demonym, capital or another one-word seat of a government ("Russian", "Damascus"). */
  namesAState(word: string): boolean {
    const w = word.toLowerCase();
    return this.stateWords.has(w) || this.placeOwners.has(w);
  }

  /**
   * Whether a state is named right before a short form, even at a sentence's start: "Iran's
   * state TV", "Turkish state television" are those states' own. (The owner of the file's entry
   * is in its aliases: "Syrian state TV" is read as a name, not as a short form.)
   */
  private ownedByAState(text: string, start: number): boolean {
    const word = /(\p{L}+)(?:['’]s)?[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
    return !!word && /^\p{Lu}/u.test(word) && this.stateWords.has(word.toLowerCase());
  }

  /**
   * Whether another state's demonym or capital comes right before a name in lower case: "the
   * Iraqi regime forces", "Tehran regime forces" (not a state's name, which may end a phrase
   * before it: "the border with Turkey regime forces shelled").
   */
  private anotherStateBefore(text: string, start: number): boolean {
    const word = /(?<![\p{L}\p{N}’'-])(\p{Lu}[\p{L}’']*?)(?:['’]?s)?[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1]?.toLowerCase();
    const capital = word ? this.placeOwners.get(word) : undefined;
    return !!word && (this.otherDemonyms.has(word) || (!!capital?.capital && capital.actorId !== 'syria'));
  }

  /** A town's name and a comma before the state, the address ending there: "Shahil, Syria - 10 km". */
  private townBefore(before: string, next: string): boolean {
    const town = TOWN_BEFORE.exec(before)?.[1];
    // (Not a list of actors: "backed by Hezbollah, Syria".)
    const actor = (c: Compiled | null) => !!c && !!lookup(c, town!, c === this.anyCase);
    return !!town && ADDRESS_END.test(next) && !actor(this.anyCase) && !actor(this.exactCase);
  }

  /**
   * Whether "in X" after a short form gives it another owner: another state's capital ("the
   * regime in Tehran"), or, for a state's short form, another state ("the regime in Iran"). Its
   * own capital ("the regime in Damascus") or a theatre ("the coalition in Syria") does not.
   */
  private seatOfAnother(after: string, actorId: string): boolean {
    const word = /^[ \t]+in[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}-]*)/u.exec(after)?.[1];
    const owner = word ? this.placeOwners.get(word.toLowerCase()) : undefined;
    return !!owner && owner.actorId !== actorId && (owner.capital || this.placeKinds.has(actorId));
  }
}


/**
 * Whether a surname follows a given name that is not the person's: "Bassel al-Assad", "Dr Ammar
 * al-Assad", "Dahiyet al-Assad" (a quarter). Not a word of the person's own names, even spelt
 * otherwise ("Antnio Guterres", "Recep Erdoğan"), a title, a possessive whose apostrophe was
 * lost ("Syrias Assad"), or a word the lexicon knows as a common one ("Then Assad said").
 */
function anotherGivenName(text: string, start: number, own: Set<string>): boolean {
  const word = /(\p{Lu}[\p{L}-]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (!word || TITLE.test(word.replace(/\.$/, '')) || /s$/.test(word)) return false;
  const lower = word.toLowerCase();
  if ([...own].some((w) => editDistance(w, lower) <= 2)) return false;
  return mayBeGivenName(word);
}

/**
 * A given name to the lexicon, or a word it does not know that lacks the shape of a common word
 * ("Ousted", "Exiled", "Strongman").
 */
/**
 * Whether a state's name is a given name here: one the lexicon knows as a person's, before a
 * capitalised word that is a surname or no word it knows, and no head of a place's or a body's
 * name ("Jordan MacTaggart"; not "Jordan Valley", "Jordan Times", "Jordan Says").
 */
function stateAsGivenName(name: string, after: string): boolean {
  const next = /^[ \t]+(\p{Lu}[\p{L}’'-]+)(?![\p{L}-])/u.exec(after)?.[1];
  if (!next || !lexiconTags(name).some((t) => t === 'Person' || t === 'MaleName' || t === 'FemaleName' || t === 'FirstName')) return false;
  const tags = lexiconTags(next);
  return (tags.length === 0 || tags.includes('LastName')) && !NAME_HEAD_AFTER.test(next) && !headlineVerb(next);
}
const NAME_HEAD_AFTER = /^(?:River|Valley|Basin|Rift|Times|Post|News|Daily|Army|Armed|Forces|Government|Ministry|Airport|Border|Crossing|Street|Road|Highway|Embassy|Kingdom|Hashemite|Red)$/;

function mayBeGivenName(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName')) return true;
  // (A short word in "-er" is a name: "Ömer", "Samer", "Maher"; a long one an agent: "Hardliner".)
  return tags.length === 0 && !/(?:ed|ing|ly|man|men|ist)$/i.test(word) && !/^\p{L}{6,}er$/iu.test(word);
}

/** The given name of a longer form of a person's name, and the name in a kunya ("Abu Mohammad al-Jolani"). */
function givenWords(name: string): string[] {
  const words = name.toLowerCase().split(/\s+/);
  if (words.length < 2) return [];
  return /^(?:abu|umm|ibn)$/.test(words[0]!) && words.length > 2 ? [words[0]!, words[1]!] : [words[0]!];
}

// Or a place named after the family: "the al-Assad residential suburb", "Assad Lake".
// Or a place named after it, with words between: "the Al-Assad Military Academy", "the Assad National Library".
// (After "the" only: a headline's verb may stand between, "Assad Visits Damascus University".)
const NAMED_PLACE = 'Academy|School|University|Hospital|Airport|Stadium|Institute|Library|Mosque|Square|Street|Dam|Lake';
const FACILITY_NAMED = new RegExp(`^\\s+(?:\\p{Lu}\\p{Ll}+\\s+){1,2}(?:${NAMED_PLACE})\\b`, 'u');
const FAMILY_AFTER = new RegExp(`^(?:['’]?s)?\\s+(?:familys?|families|clans?|dynasty|era|(?:residential\\s+)?(?:suburb|neighbou?rhood|district|quarter|${NAMED_PLACE}))\\b`, 'i');

/** Levenshtein distance, for short words: how many letters differ between two spellings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * Names with an "s" glued on, in a text that lost its apostrophes ("Syrias war", "the Assad
 * regimes forces"): each word ending in "s" before another word, with the one to four words
 * before it, looked up without its "s". A pass of its own: an optional letter after every name
 * would double the names the lists hold, for every text.
 */
function gluedPossessives(text: string, glued: GluedWord[], compiled: Compiled, foldCase: boolean): Array<{ start: number; end: number; form: Form }> {
  const found: Array<{ start: number; end: number; form: Form }> = [];
  for (const word of glued) {
    if (!compiled.lastWords.has(word.stem)) continue;
    let start = word.start;
    let best: { start: number; form: Form } | undefined;
    for (let words = 1; words <= GLUED_NAME_WORDS; words++) {
      const hit = lookup(compiled, text.slice(start, word.end), foldCase);
      if (hit?.stripped && possessiveWithoutApostrophe(text, start, text.slice(start, word.end), hit.form.text) && !(!/\s/.test(hit.form.text) && !INITIALISM_FORM.test(hit.form.text) && insideAnotherName(text, start))) {
        best = { start, form: hit.form };
      }
      const previous = previousWordStart(text, start);
      if (previous === -1) break;
      start = previous;
    }
    // The mark ends at the name: the glued "s" is the possessive's, not the name's.
    if (best) found.push({ start: best.start, end: word.end - 1, form: best.form });
  }
  return found;
}

interface GluedWord {
  start: number;
  end: number;
  /** Its last part without the "s", in lower case: "qaeda" of "Al-Qaedas". */
  stem: string;
}

/** Whether a capitalised word that is no title comes right before: "the Hanano Barracks" is no Barrack's. */
function insideAnotherName(text: string, start: number): boolean {
  const previous = previousWordStart(text, start);
  if (previous === -1) return false;
  const written = text.slice(previous, start).trim();
  // Not a sentence's last word ("…Bashar Assad. Russias military"), save an initial ("John R."),
  // nor an adverb opening one ("Later SANAs correspondent").
  if (/\p{L}{2}[.!?]$/u.test(written) && !TITLE.test(written.slice(0, -1))) return false;
  const word = written.replace(/[.-]$/, '');
  if (OPENING_WORD.test(word) && /(?:^|[.!?]["”’)]?\s+|\n\s*)$/.test(text.slice(Math.max(0, previous - 4), previous))) return false;
  return /^\p{Lu}/u.test(word) && !TITLE.test(word);
}

/** The words ending in "s" before another word: found by their last two letters, read back from there. */
function wordsEndingInS(text: string): GluedWord[] {
  const words: GluedWord[] = [];
  for (const m of matches(S_BEFORE_WORD, text)) {
    const letter = m.index - 1;
    if (!LETTER.test(text[letter] ?? '')) continue;
    const end = m.index + 1;
    let start = letter;
    let part = start;
    while (start > 0 && end - start < MAX_WORD && (WORD_CHAR.test(text[start - 1]!) || text[start - 1] === '-')) {
      start--;
      if (text[start] === '-' && part === letter) part = start + 1;
    }
    if (part === letter) part = start;
    words.push({ start, end, stem: text.slice(part, end - 1).toLowerCase().replace(/['’.]/g, '') });
  }
  return words;
}
// Before a word, or an abbreviation in brackets: "the Syrian National Coalitions (SNC) vice-president".
// (The "s" is sought first and the letter before it read after: a search led by a letter class
// tries every position of the text.)
const S_BEFORE_WORD = /s(?=[ \t]+(?:[\p{L}\p{N}]|\(\p{Lu}))/gu;
const LETTER = /\p{L}/u;
const MAX_WORD = 40;
const lastWord = (name: string) => phraseKey(name.slice(name.search(/[^\s‐‑–-]*$/)), true).replace(/\./g, '');
const WORD_CHAR = /[\p{L}\p{M}\p{N}’'.]/u;

/** Where the word before `at` starts, across spaces or a hyphen; -1 when there is none. */
function previousWordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '-')) i--;
  if (i === at) return -1;
  const wordEnd = i;
  while (i > 0 && wordEnd - i < MAX_WORD && WORD_CHAR.test(text[i - 1]!)) i--;
  return i < wordEnd ? i : -1;
}
const GLUED_NAME_WORDS = 5;

/** The form matched; `stripped` when only the name without a final "s" is one. */
function lookup(compiled: Compiled, matched: string, foldCase: boolean): { form: Form; stripped: boolean } | undefined {
  const key = phraseKey(matched, foldCase);
  const byKey = (k: string) => compiled.byText.get(k) ?? compiled.byLooseText.get(looseKey(k));
  const form = byKey(key);
  if (form) return { form, stripped: false };
  const owner = /s$/i.test(key) ? byKey(key.slice(0, -1)) : undefined;
  return owner && { form: owner, stripped: true };
}

/**
 * Whether a name with an "s" glued on reads as a possessive in a text without apostrophes:
 * written as a name (a capital in it), a word after it ("Syrias war"), and not a family or a
 * plural after "the" ("the Assads", "the Americas").
 */
function possessiveWithoutApostrophe(text: string, start: number, matched: string, formText: string, shortForm = false): boolean {
  if (!/\p{Lu}/u.test(matched)) return false;
  // The word after it, past an abbreviation in brackets: "the Syrian National Coalitions (SNC) vice-president".
  const next = WORD_AFTER_POSSESSIVE.exec(text.slice(start + matched.length, start + matched.length + 36));
  // A plural goes on with a verb or a function word ("Islamic States met", "the two Koreas and").
  if (!next || lexiconTags(next.groups!.word!).some((tag) => NOT_AFTER_POSSESSIVE.has(tag))) return false;
  // After "the", one word is a plural ("the Assads"), unless it is an initialism ("the UNs envoy")
  // or a short form, which "the" opens ("the Observatorys director").
  return shortForm || /[\s-]/.test(formText) || INITIALISM_FORM.test(formText) || !/\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start));
}
// An initialism names its body after another's name too: "said Silvia Dallatomasina MSFs medical manager".
const INITIALISM_FORM = /^\p{Lu}{2,6}$/u;
const WORD_AFTER_POSSESSIVE = new RegExp(`^[ \\t]+(?:${BRACKETED_ABBREVIATION}[ \\t]+)?(?<word>[\\p{L}\\p{N}]+)`, 'u');
const NOT_AFTER_POSSESSIVE = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun']);

/**
 * A short form whose owner follows it is that owner's ("the regime of Saddam Hussein", "the
 * coalition of Gulf states"); "the regime change", "the coalition government" are of no body
 * the file knows. (For "in", see `seatOfAnother`.)
 */
const STANCE_PREFIX = /\b(?:pro|anti)-$/i;
// A form in lower case that is no name ("regime forces"), unlike one with the Arabic article ("pro-al-Assad").
const GENERIC_FORM = new RegExp(`^(?!(?:${ARABIC_ARTICLE_WORDS})[-‐‑–\\s])\\p{Ll}`, 'u');
// Nor one of those it arms, in lower case ("pro-al-Assad forces" are militias as well as the
// army; "anti-Syrian Democratic Forces rallies" are against a named group).
const ARMED_FORM = /\b(?:forces|troops|army|militias?)$/;
const STATE_AT_UN = /^\s+(?:mission|envoy|ambassador|representative|delegation|delegate)s?\b/i;
// The word right before, a possessive's "'s" apart: "Syrian", "Russia's", "U.S.".
const WORD_BEFORE = /(?<![\p{L}.])(\p{Lu}[\p{L}.]*?)(?:['’]s?)?\s+$/u;
const REGIME_CHANGE = /^[ \t-]+change\b/i;
const OWNER_AFTER = /^(?:[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}|[ \t]+(?:change|government)\b)/u;

/**
 * Whether another of the kind was introduced after the candidate was last named: "Jaish
 * al-Fatah, a coalition of Islamist groups, … The coalition includes al-Nusra" is that one.
 * Looked for within a few sentences before the short form.
 */
function introducedSince(text: string, start: number, form: string, candidateAt: number): boolean {
  const head = /(\p{L}+)$/u.exec(form)?.[1]?.toLowerCase();
  if (!head) return false;
  let introduced = introductions.get(head);
  if (!introduced) {
    // The word ends its phrase: not a modifier ("a regime checkpoint", "a coalition air strike").
    // In lower case: "an Observatory toll" is the Observatory's.
    introduced = new RegExp(`\\b(?:[Aa]n?|[Aa]nother)\\s+(?:[\\p{L}-]+\\s+){0,2}?${head}(?=\\s*(?:[,.;:)]|$)|\\s+(?:of|that|which|who|whose|in|at|on|led|backed|formed|made|comprising|including|and|or|to|with|from|for|was|is|were|are|has|had|have)\\b)`, 'u');
    introductions.set(head, introduced);
  }
  return introduced.test(text.slice(Math.max(0, candidateAt, start - 600), start));
}
/**
 * The last name found before the `before`th, after `since` and within reach of the form (at
 * `at`), that holds the form's last word as one of its own: "National Coalition …" for "the coalition".
 */
function nameHolding(text: string, named: readonly GazetteerHit[], before: number, at: number, form: string, since: number): GazetteerHit | undefined {
  // ("the" and one word, held capitalised as a proper name's: not "regime troops" for "the regime".)
  const head = /^[Tt]he\s+(\p{L}+)$/u.exec(form)?.[1]?.toLowerCase();
  if (!head) return undefined;
  const capitalised = head.charAt(0).toUpperCase() + head.slice(1);
  for (let i = before - 1; i >= 0; i--) {
    const h = named[i]!;
    if (h.start <= since || at - h.end > HOLDER_REACH) return undefined;
    // (Not its first word, capitalised only as a sentence's: "Regime forces said".)
    if (!h.metonym && text.slice(h.start, h.end).split(/[^\p{L}]+/u).slice(1).includes(capitalised)) return h;
  }
  return undefined;
}
const HOLDER_REACH = 600;
/** The expression for each short form's last word, made once. */
const introductions = new Map<string, RegExp>();

/**
 * Whether a short form is a word of a longer name the file does not know: "the Saudi-led
 * Coalition", "the Arab Coalition", "Coalition Provisional Authority".
 */
function partOfAnotherName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (/^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3))) return true;
  // "the Saudi-led Coalition", "the Arab-majority Coalition" are others; "the 15-member Security
  // Council", "the opposition-in-exile National Coalition" are the ones the file knows.
  // (Not a stance or an owner: "the pro-government Al-Watan", "the state-run Tishreen".)
  if (/(?<!\d|-in)-\p{L}+[ \t]+$/u.test(before) && !/(?:\b(?:pro|anti)-\p{L}+|\b(?:state|government)-(?:run|owned|controlled|affiliated))[ \t]+$/iu.test(before)) return true;
  // (A form that opens with "the" in lower case ends any name before it: "in Eastern Ghouta the observatory said".)
  const word = text.startsWith('the ', start) ? null : /(?<![\p{L}])(?!The\s)(\p{Lu}\p{L}*)[ \t]+$/u.exec(before);
  if (!word) return false;
  // A capital that opens a sentence says nothing ("Then Öcalan said"), unless the word may be a
  // given name ("Ömer Öcalan, his nephew").
  return !/[.!?]\s*$/.test(before.slice(0, word.index)) || mayBeGivenName(word[1]!);
}


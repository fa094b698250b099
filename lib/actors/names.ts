/**
 * People and organisations that the knowledge file does not know. A name is a run of two or
 * more capitalised words; it is a person when it starts with a given name in compromise's
 * lexicon or follows a title ("President", "spokesman"), an organisation when its head word
 * names a body ("Council", "Front", "Ministry of ..."). Lexicon look-ups instead of a full
 * parse keep this at the speed of one regular expression over the text.
 */
import nlp from 'compromise';
import { SYRIAN_PLACES } from '../topic/signals';

export interface NameHit {
  kind: 'person' | 'organisation';
  name: string;
  start: number;
  end: number;
}

const NAME_SHAPE = /\p{Lu}[\p{L}\p{M}’'.-]*[\p{L}\p{M}](?:\s+(?:(?:al|el|bin|ibn|bint|abu|de|du|da|von|van|der|of|for|the|and|on|in)[\s-]+)*\p{Lu}[\p{L}\p{M}’'.-]*[\p{L}\p{M}])+/gu;

const CALENDAR_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

// Titles before a person's name: evidence that a name follows, not part of it.
const TITLE = /^(?:president|prime|minister|foreign|interior|defen[cs]e|spokesman|spokeswoman|spokesperson|general|gen|mr|mrs|ms|dr|sheikh|king|queen|prince|senator|sen|secretary|state|envoy|special|ambassador|former|late|leader|commander|chief|deputy|colonel|col|major|maj|brigadier|lieutenant|lt|captain|capt|sergeant|imam|pope|judge|professor|prof|rep|representative|governor|mayor|emir|crown|vice|he|hrh|sir|lord|lady|dame|the)$/i;

// Head words of bodies: "Syrian Civil Defence", "Ministry of Defence", "Free Syrian Army".
const ORG_HEAD = /^(?:army|forces|force|group|groups|council|committee|commission|front|brigade|brigades|battalion|battalions|division|corps|movement|party|organisation|organization|ministry|agency|union|network|observatory|coalition|centre|center|office|institute|foundation|association|society|bank|fund|programme|program|court|tribunal|parliament|assembly|government|administration|authority|department|police|guard|guards|militia|militias|unit|units|league|alliance|federation|mission|secretariat|cabinet|senate|congress|directorate|service|services|crescent|cross|watch|international|news|agency|times|post|press|television|tv|radio|channel|company|corporation|media|university|school|hospital|world|nations|forum|initiative|platform|monitor|campaign|team|board|conference|summit)$/i;
const ORG_FIRST = /^(?:ministry|office|department|council|committee|commission|organisation|organization|union|league|bank|court|institute|agency|secretariat|directorate|board|association|society|federation|university|embassy|government|house|senate)$/i;

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[] | undefined> } } }).model.one.lexicon;
function isGivenName(word: string): boolean {
  const tag = lexicon[word.toLowerCase()];
  const tags = Array.isArray(tag) ? tag : tag ? [tag] : [];
  return tags.some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName');
}

export function findNames(text: string, covered: (start: number, end: number) => boolean): NameHit[] {
  const hits: NameHit[] = [];
  for (const m of text.matchAll(NAME_SHAPE)) {
    let start = m.index;
    let name = m[0];
    // A possessive owner is a separate name: "Italy’s Rai News" -> "Rai News".
    const possessive = name.match(/^.*[’']s\s+/u);
    if (possessive) {
      start += possessive[0].length;
      name = name.slice(possessive[0].length);
    }
    name = name.replace(/[’']s$/u, '');
    let words = name.split(/\s+/);
    // Titles in front are evidence of a person, not part of the name.
    let titled = false;
    while (words.length > 1 && TITLE.test(words[0]!.replace(/\.$/, ''))) {
      titled = titled || !/^the$/i.test(words[0]!);
      start += words[0]!.length + (name.slice(words[0]!.length).match(/^\s+/)?.[0].length ?? 1);
      name = name.slice(name.indexOf(words[1]!, words[0]!.length));
      words = words.slice(1);
    }
    if (words.length < 2 || words.some((w) => CALENDAR_WORD.test(w)) || isPlace(name)) continue;
    const end = start + name.length;
    if (covered(start, end)) continue;
    const last = words[words.length - 1]!.replace(/\.$/, '');
    const kind = ORG_HEAD.test(last) || ORG_FIRST.test(words[0]!)
      ? 'organisation'
      : titled || isGivenName(words[0]!)
        ? 'person'
        : null;
    if (kind) hits.push({ kind, name, start, end });
  }
  return hits;
}

/** Syrian towns that have the shape of a name ("Maarat al-Numan"). */
function isPlace(name: string): boolean {
  SYRIAN_PLACES.lastIndex = 0;
  const m = SYRIAN_PLACES.exec(name);
  SYRIAN_PLACES.lastIndex = 0;
  return m !== null && m[0].length >= name.length - 1;
}

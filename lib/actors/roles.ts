/**
 * Offices named without their holder: "Turkey's foreign minister", "the Russian president",
 * "the UN secretary-general", or a title only one owner uses ("the Foreign Secretary"). With
 * the article's date, the knowledge file's offices say who held it; the phrase is then a
 * mention of that person. Where the file holds no holder of that office at that date, nothing
 * is marked: a wrong name is worse than none. With no date, the phrase is a mention of the
 * office itself, if the file holds any of its holders.
 */
import type { Actor, OfficeRole } from '../knowledge/schema';
import { compareYmd, parseIsoDate, type YMD } from '../dates';
import { matches } from '../text/matches';
import { phraseAlternation } from '../text/segment';

/** How articles write each kind of office (lower case; matched in any case). */
const ROLE_PHRASES: Record<OfficeRole, string[]> = {
  'head-of-state': ['president'],
  'head-of-government': ['prime minister', 'premier', 'chancellor'],
  'foreign-minister': ['foreign minister', 'minister of foreign affairs', 'foreign affairs minister', 'foreign secretary', 'secretary of state'],
  'defence-minister': [
    'defence minister',
    'defense minister',
    'minister of defence',
    'minister of defense',
    'minister of national defence',
    'defence secretary',
    'defense secretary',
    'secretary of defense',
  ],
  'intelligence-chief': ['intelligence chief', 'spy chief', 'spymaster'],
  'un-ambassador': ['ambassador to the united nations', 'ambassador to the un', 'ambassador to the u.n.', 'envoy to the united nations', 'envoy to the un', 'un ambassador'],
  'secretary-general': ['secretary-general', 'secretary general'],
  'refugee-chief': ['refugee chief', 'high commissioner for refugees', 'refugee agency chief'],
  'relief-chief': ['humanitarian chief', 'relief chief', 'aid chief', 'emergency relief coordinator'],
};

/** Words before the phrase that make it another office or another time. */
const NOT_THE_HOLDER = /\b(?:former|ex|then|late|deputy|vice|acting|interim|future|next|new|previous|past|shadow|assistant|under|junior)[\s-]*$/i;

/** A name after a comma or in brackets, in apposition: "the defence minister, Moshe Ya'alon". */
// (A title before the name is not the name: "the Russian president, Mr Putin,".)
const APPOSITIVE_NAME = /^\s*[,(]\s*(?:(?:Mr|Mrs|Ms|Dr|Sir|President|General|Gen\.|Marshal|Prime\s+Minister|Minister|Secretary)\s+)?((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*[\p{L}])(?=\s*[,);.]|\s+(?:said|says|told|who|has|had|was|is)\b|(?<=\p{Lu}[\p{L}.’'-]*\s+\p{Lu}[\p{L}’'-]*)\s+\p{Ll}+(?:ed|s)\b)/u;
// (Before another verb, a name of two words at least: "Samantha Power criticized", not "Turkish diplomats".)

/** Or before it, the office in apposition to the name: "William Hague, the British Foreign Minister, said". */
const NAME_BEFORE = /(?<![\p{L}’'-])\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){1,3},\s+(?:the\s+)?$/u;

/** After a title standing alone, words that make it another office: "Secretary of State for Health". */
const ANOTHER_OFFICE_AFTER = /^\s+(?:for|of)\b/;

/**
 * Before a title standing alone, a capitalised word on the same line that makes it another
 * owner's ("the Indian Foreign Secretary"), unless it is "The" or a word that opens sentences.
 */
const ANOTHER_OWNER_BEFORE =
  /(?<![\p{L}\p{N}])(?!(?:The|When|As|After|Before|If|But|And|While|Since|Then|Now|Meanwhile|Today|Yesterday|Later|Earlier)[ \t])\p{Lu}[\p{L}.’'-]*\p{L}[ \t]+$/u;

interface Office {
  holder: string;
  from: YMD | null;
  to: YMD | null;
}

export interface RoleHit {
  start: number;
  end: number;
  /**
   * The holder's actor id at the date, or with no date the office's id (`officeId`); null where
   * the file has no holder then and only a name in apposition says who.
   */
  actorId: string | null;
  /** The office's id ("office:foreign-minister:united-kingdom"). */
  office: string;
  /** Where a name in apposition begins ("the defence minister, Moshe Ya'alon"): the phrase is that person's, whoever the file says held the office. */
  namedAt?: number;
  /**
   * Whether that name comes before the office ("William Hague, the British Foreign Minister,"):
   * capitalised words there may be no name at all ("In Eastern Ghouta, the Syrian president"),
   * so the holder at the date stands when they name no one who held it.
   */
  namedBefore?: boolean;
}

/** The id of an office as a thing of its own, for text with no date: "office:foreign-minister:united-kingdom". */
export function officeId(role: OfficeRole, ownerId: string): string {
  return `office:${role}:${ownerId}`;
}

export function parseOfficeId(id: string): { role: OfficeRole; ownerId: string } | null {
  const m = /^office:([a-z-]+):([a-z0-9-]+)$/.exec(id);
  return m ? { role: m[1] as OfficeRole, ownerId: m[2]! } : null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** A phrase as the maps below hold it: any white space between words one space. */
const spaced = (s: string) => s.replace(/\s+/g, ' ');

export class RoleResolver {
  private readonly pattern: RegExp | null;
  /** Owner forms before an office, as written ("Turkish", "Turkey's") → actor id. */
  private readonly owners = new Map<string, string>();
  /** Owner names after "of" ("President of Turkey") → actor id. */
  private readonly ownerNames = new Map<string, string>();
  private readonly phraseRole = new Map<string, OfficeRole>();
  /** Titles that name one owner's office alone (lower case) → role and owner id. */
  private readonly titles = new Map<string, { role: OfficeRole; ownerId: string }>();
  /** "<role>|<owner id>" → its holders over time. */
  private readonly offices = new Map<string, Office[]>();

  constructor(actors: readonly Actor[]) {
    for (const a of actors) {
      for (const o of a.offices ?? []) {
        if (!o.role || !o.of) continue;
        const key = `${o.role}|${o.of}`;
        const list = this.offices.get(key) ?? [];
        list.push({ holder: a.id, from: parseIsoDate(o.from), to: parseIsoDate(o.to) });
        this.offices.set(key, list);
      }
    }
    const owning = new Set([...this.offices.keys()].map((k) => k.split('|')[1]!));
    for (const a of actors) {
      for (const t of a.office_titles ?? []) for (const title of t.titles) this.titles.set(spaced(title.toLowerCase()), { role: t.role, ownerId: a.id });
      if (!owning.has(a.id)) continue;
      for (const d of a.demonyms ?? []) this.owners.set(spaced(d), a.id);
      for (const n of [a.name, ...(a.aliases ?? [])]) {
        this.owners.set(spaced(`${n}'s`), a.id).set(spaced(`${n}’s`), a.id);
        this.ownerNames.set(spaced(n), a.id);
      }
    }
    for (const [role, phrases] of Object.entries(ROLE_PHRASES) as Array<[OfficeRole, string[]]>) {
      for (const p of phrases) this.phraseRole.set(spaced(p), role);
    }
    if (!this.owners.size) {
      this.pattern = null;
      return;
    }
    // (Each list as a tree of shared beginnings: a flat list of hundreds of names is tried name
    // by name at every place in the text.)
    const alternation = (xs: Iterable<string>) => phraseAlternation([...xs].map(escape), true);
    const owner = alternation(this.owners.keys());
    const name = alternation(this.ownerNames.keys());
    const role = alternation(this.phraseRole.keys());
    const title = this.titles.size ? `|(${alternation(this.titles.keys())})` : '';
    // "<owner> <role>", "<role> of [the] <owner name>" or "<title>"; the owner's case is checked afterwards.
    this.pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(${owner})\\s+(${role})|(${role})\\s+of\\s+(?:the\\s+)?(${name})${title})(?![\\p{L}\\p{N}])`,
      'giu',
    );
  }

  /**
   * Office phrases in `text`. With a date each stands for the holder then, and one for an
   * office the file names nobody in at that date is left out; with no date, each stands for the
   * office itself. The date is the one written with the phrase, where `dateNear` finds one
   * ("the Secretary of State's statement of 20 October 2017" in an article of 2019), or a year
   * (the holder must have held it all that year), else the article's; `null` from `dateNear`:
   * the phrase's sentence speaks of years that leave its holder open, and nothing is marked.
   */
  find(text: string, date: YMD | null, dateNear?: (start: number, end: number) => YMD | null | undefined): RoleHit[] {
    if (!this.pattern) return [];
    const hits: RoleHit[] = [];
    for (const m of matches(this.pattern, text)) {
      const start = m.index!;
      const end = start + m[0].length;
      let ownerId: string | undefined;
      let role: OfficeRole | undefined;
      if (m[5] !== undefined) {
        const t = this.titles.get(spaced(m[5].toLowerCase()));
        // "the Indian Foreign Secretary", "Secretary of State for Health": someone else's office.
        if (!t || ANOTHER_OFFICE_AFTER.test(text.slice(end, end + 6))) continue;
        if (ANOTHER_OWNER_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
        ({ role, ownerId } = t);
      } else {
        const ownerText = m[1] ?? m[4]!;
        ownerId = m[1] !== undefined ? this.owners.get(spaced(ownerText)) : this.ownerNames.get(spaced(ownerText));
        role = this.phraseRole.get(spaced((m[2] ?? m[3]!).toLowerCase()));
      }
      if (!ownerId || !role) continue; // an owner in the wrong case: "us president"
      if (NOT_THE_HOLDER.test(text.slice(Math.max(0, start - 12), start))) continue;
      // "Turkish Foreign Minister Mevlut Cavusoglu", "the defence minister, Moshe Ya'alon,": the
      // name that follows says who it is.
      if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3)) && !/^\s+(?:The|A|An|On|In)\b/.test(text.slice(end, end + 5))) continue;
      // A name, not the office's letters in brackets ("the UN Secretary-General (UNSG)").
      const written = APPOSITIVE_NAME.exec(text.slice(end, end + 60));
      const appositive = written && /\p{Ll}/u.test(written[1]!) ? written : null;
      const from = Math.max(0, start - 60);
      const before = appositive || !/^\s*,/.test(text.slice(end, end + 3)) ? null : NAME_BEFORE.exec(text.slice(from, start));
      const key = `${role}|${ownerId}`;
      if (!this.offices.has(key)) continue; // "the French foreign minister": nobody on file
      const near = dateNear?.(start, end);
      if (near === null) continue;
      const at = near ?? date;
      const holder = !at ? officeId(role, ownerId) : at.month === undefined ? this.holderAllOf(key, at.year) : this.holderAt(key, at);
      const namedAt = appositive ? end + appositive[0].length - appositive[1]!.length : before ? from + before.index : undefined;
      // A name in apposition says who, whoever the file has holding the office at that date.
      if (holder || namedAt !== undefined) {
        hits.push({ start, end, actorId: holder, office: officeId(role, ownerId), ...(namedAt !== undefined ? { namedAt, ...(before ? { namedBefore: true } : {}) } : {}) });
      }
    }
    return hits;
  }

  /** Whether the file has `personId` holding the office `id` ("office:foreign-minister:united-kingdom") at some time. */
  heldBy(id: string, personId: string): boolean {
    const office = parseOfficeId(id);
    return !!office && (this.offices.get(`${office.role}|${office.ownerId}`) ?? []).some((o) => o.holder === personId);
  }

  /** The one holder through a whole year, if one held it from its first day to its last. */
  private holderAllOf(key: string, year: number): string | null {
    const first = this.holderAt(key, { year, month: 1, day: 1 });
    return first && first === this.holderAt(key, { year, month: 12, day: 31 }) ? first : null;
  }

  private holderAt(key: string, date: YMD): string | null {
    let best: Office | null = null;
    for (const o of this.offices.get(key) ?? []) {
      if (o.from && compareYmd(date, o.from) < 0) continue;
      // A term that ends in "2023-06" runs to the end of that month.
      if (o.to && compareYmd(date, { year: o.to.year, month: o.to.month ?? 12, day: o.to.day ?? 31 }) > 0) continue;
      // On a handover day both match: the one who took office.
      if (!best || (o.from && (!best.from || compareYmd(o.from, best.from) > 0))) best = o;
    }
    return best?.holder ?? null;
  }
}

/**
 * Offices named without their holder: "Turkey's foreign minister", "the Russian president",
 * "the UN secretary-general". With the article's date, the knowledge file's offices say who
 * held it; the phrase is then a mention of that person. Where the file holds no office of that
 * kind and owner at that date, or the date is unknown, nothing is marked: a wrong name is
 * worse than none.
 */
import type { Actor, OfficeRole } from '../knowledge/schema';
import { compareYmd, parseIsoDate, type YMD } from '../dates';

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
const NOT_THE_HOLDER = /\b(?:former|ex|then|late|deputy|vice|acting|interim|future|next|new|previous|past)[\s-]*$/i;

interface Office {
  holder: string;
  from: YMD | null;
  to: YMD | null;
}

export interface RoleHit {
  start: number;
  end: number;
  actorId: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

export class RoleResolver {
  private readonly pattern: RegExp | null;
  /** Owner forms before an office, as written ("Turkish", "Turkey's") → actor id. */
  private readonly owners = new Map<string, string>();
  /** Owner names after "of" ("President of Turkey") → actor id. */
  private readonly ownerNames = new Map<string, string>();
  private readonly phraseRole = new Map<string, OfficeRole>();
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
      if (!owning.has(a.id)) continue;
      for (const d of a.demonyms ?? []) this.owners.set(d, a.id);
      for (const n of [a.name, ...(a.aliases ?? [])]) {
        this.owners.set(`${n}'s`, a.id).set(`${n}’s`, a.id);
        this.ownerNames.set(n, a.id);
      }
    }
    for (const [role, phrases] of Object.entries(ROLE_PHRASES) as Array<[OfficeRole, string[]]>) {
      for (const p of phrases) this.phraseRole.set(p, role);
    }
    if (!this.owners.size) {
      this.pattern = null;
      return;
    }
    const byLength = (xs: Iterable<string>) => [...xs].sort((a, b) => b.length - a.length).map(escape).join('|');
    const owner = byLength(this.owners.keys());
    const name = byLength(this.ownerNames.keys());
    const role = byLength(this.phraseRole.keys());
    // "<owner> <role>" or "<role> of [the] <owner name>"; the owner's case is checked afterwards.
    this.pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(${owner})\\s+(${role})|(${role})\\s+of\\s+(?:the\\s+)?(${name}))(?![\\p{L}\\p{N}])`,
      'giu',
    );
  }

  /** Office phrases in `text` that stand for a known holder at `date`. */
  find(text: string, date: YMD | null): RoleHit[] {
    if (!this.pattern || !date) return [];
    const hits: RoleHit[] = [];
    for (const m of text.matchAll(this.pattern)) {
      const ownerText = m[1] ?? m[4]!;
      const roleText = (m[2] ?? m[3]!).toLowerCase().replace(/\s+/g, ' ');
      const ownerId = m[1] !== undefined ? this.owners.get(ownerText) : this.ownerNames.get(ownerText);
      const role = this.phraseRole.get(roleText);
      if (!ownerId || !role) continue; // an owner in the wrong case: "us president"
      const start = m.index!;
      const end = start + m[0].length;
      if (NOT_THE_HOLDER.test(text.slice(Math.max(0, start - 12), start))) continue;
      // "Turkish Foreign Minister Mevlut Cavusoglu": the name that follows says who it is.
      if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3)) && !/^\s+(?:The|A|An|On|In)\b/.test(text.slice(end, end + 5))) continue;
      const holder = this.holderAt(`${role}|${ownerId}`, date);
      if (holder) hits.push({ start, end, actorId: holder });
    }
    return hits;
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

/** Knowledge-file entries as the reader sees them, described as of the article's date. */
import type { Actor, Event, Framing, Knowledge, Statistic } from './knowledge/schema';
import { parseOfficeId } from './actors/roles';
import { compareYmd, humanDate, parseIsoDate, type YMD } from './dates';
import type { EntryView } from './types';

const ACTOR_KINDS: Record<Actor['kind'], string> = {
  state: 'State',
  person: 'Person',
  'armed-group': 'Armed group',
  'government-body': 'Government body',
  'international-body': 'International body',
  monitor: 'Monitoring group',
  'relief-group': 'Relief organisation',
  party: 'Political party',
  movement: 'Political and armed movement',
  media: 'News outlet',
};

export class EntryViews {
  private readonly names: Map<string, string>;
  private readonly byId: Map<string, Actor | Event | Framing | Statistic>;
  /** "<role>|<owner id>" → the terms of its holders, in order. */
  private readonly terms = new Map<string, Array<{ holder: Actor; office: NonNullable<Actor['offices']>[number] }>>();

  constructor(kb: Knowledge) {
    this.names = new Map(kb.actors.map((a) => [a.id, a.name]));
    this.byId = new Map([...kb.actors, ...kb.events, ...kb.framings, ...kb.statistics].map((e) => [e.id, e]));
    for (const holder of kb.actors) {
      for (const office of holder.offices ?? []) {
        if (!office.role || !office.of) continue;
        const key = `${office.role}|${office.of}`;
        this.terms.set(key, [...(this.terms.get(key) ?? []), { holder, office }].sort((x, y) => x.office.from.localeCompare(y.office.from)));
      }
    }
  }

  nameOf(id: string): string {
    return this.names.get(id) ?? id;
  }

  view(id: string, date: YMD | null): EntryView | null {
    const office = parseOfficeId(id);
    if (office) return this.office(id, `${office.role}|${office.ownerId}`);
    const e = this.byId.get(id);
    if (!e) return null;
    switch (e.type) {
      case 'actor':
        return this.actor(e, date);
      case 'event':
        return this.event(e, date);
      case 'framing':
        return {
          id: e.id, type: 'framing', title: e.term, subtitle: 'Contested term', summary: e.summary,
          details: e.positions.map((p) => `${this.nameOf(p.holder)}: ${p.view}`),
          contested: e.contested, sources: e.sources,
        };
      case 'statistic':
        return {
          id: e.id, type: 'statistic', title: e.title, subtitle: `Figure: ${e.kind}`,
          date: e.window.to,
          summary: `${this.nameOf(e.counted_by)}: ${e.value.toLocaleString('en-US')}, ${e.counts}.`,
          details: [`Period: ${humanDate(e.window.from)} to ${humanDate(e.window.to)}`, ...(e.place ? [`Place: ${e.place}`] : [])],
          contested: e.contested, sources: e.sources,
        };
    }
  }

  private actor(a: Actor, date: YMD | null): EntryView {
    const details: string[] = [];
    const offices = (a.offices ?? []).filter((o) => within(date, o.from, o.to));
    if (date) {
      for (const o of offices) details.push(`At the article’s date: ${o.title} (since ${humanDate(o.from)})`);
    } else {
      for (const o of (a.offices ?? []).filter((o) => !o.to)) details.push(`Today: ${o.title} (since ${humanDate(o.from)})`);
    }
    details.push(a.role);
    const backers = (a.backed_by ?? []).filter((b) => within(date, b.from, b.to));
    if (backers.length) details.push(`Backed by: ${backers.map((b) => this.nameOf(b.actor)).join(', ')}`);
    const ended = date ? (a.offices ?? []).filter((o) => o.to && within(date, o.from, undefined) && !within(date, o.from, o.to)) : [];
    const later = date ? (a.offices ?? []).filter((o) => parseIsoDate(o.from) && compareYmd(parseIsoDate(o.from)!, date) > 0) : [];
    const since = [
      ...ended.map((o) => `${o.title} until ${humanDate(o.to!)}`),
      ...later.map((o) => `${o.title} from ${humanDate(o.from)}`),
    ];
    return {
      id: a.id, type: 'actor', title: a.name, subtitle: ACTOR_KINDS[a.kind], summary: a.description, details,
      aliases: [...(a.aliases ?? []), ...(a.case_sensitive_aliases ?? [])],
      contested: a.contested, sinceThen: since.length ? `Since then: ${since.join('; ')}.` : undefined, sources: a.sources,
    };
  }

  /** An office named in a text with no date: who held it, as far as the file knows. */
  private office(id: string, key: string): EntryView | null {
    const terms = this.terms.get(key);
    if (!terms) return null;
    // The plainest of the titles names the office: "President of Syria".
    const title = terms.map((t) => t.office.title).reduce((a, b) => (b.length < a.length ? b : a));
    const sources = new Map(terms.flatMap((t) => t.holder.sources).map((s) => [s.url, s]));
    return {
      id, type: 'actor', title, subtitle: 'Office',
      summary: 'The article gives no date, so which holder it means is not certain. Holders in the knowledge file (it may not list them all):',
      details: terms.map((t) => `${t.holder.name}: ${t.office.to ? `${humanDate(t.office.from)} to ${humanDate(t.office.to)}` : `since ${humanDate(t.office.from)}`}`),
      sources: [...sources.values()],
    };
  }

  private event(e: Event, date: YMD | null): EntryView {
    const d = parseIsoDate(e.date);
    const after = date && d ? compareYmd(d, date) > 0 : false;
    return {
      id: e.id, type: 'event', title: e.title,
      subtitle: `${e.kind.charAt(0).toUpperCase()}${e.kind.slice(1)}, ${humanDate(e.date)}${e.end_date ? ` to ${humanDate(e.end_date)}` : ''}`,
      date: e.date, summary: e.summary,
      details: [...(e.terms ?? []), ...((e.parties ?? []).length ? [`Parties: ${(e.parties ?? []).map((p) => this.nameOf(p)).join(', ')}`] : [])],
      contested: e.contested,
      sinceThen: after ? `This happened after the article’s date (${humanDate(e.date)}).` : undefined,
      sources: e.sources,
    };
  }
}

/** Whether a date falls in [from, to]; with no date, whether the span is still open. */
function within(date: YMD | null, from?: string, to?: string): boolean {
  if (!date) return !to;
  const f = parseIsoDate(from);
  const t = parseIsoDate(to);
  if (f && compareYmd(date, f) < 0) return false;
  if (t && compareYmd(date, t) > 0) return false;
  return true;
}

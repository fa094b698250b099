import type { Knowledge } from './schema';

/** A summary of the knowledge file: what it covers, how well it is sourced, how fresh it is. */
export function knowledgeStats(kb: Knowledge) {
  const entries = [...kb.actors, ...kb.events, ...kb.framings, ...kb.statistics];
  const urls = new Set(entries.flatMap((e) => e.sources.map((s) => s.url)));
  const perDecade: Record<string, number> = {};
  for (const e of kb.events) {
    const decade = `${e.date.slice(0, 3)}0s`;
    perDecade[decade] = (perDecade[decade] ?? 0) + 1;
  }
  return {
    as_of: kb.meta.as_of,
    version: kb.meta.version,
    counts: {
      actors: kb.actors.length,
      events: kb.events.length,
      framings: kb.framings.length,
      statistics: kb.statistics.length,
    },
    sources: urls.size,
    entries_without_sources: entries.filter((e) => e.sources.length === 0).map((e) => e.id),
    contested: entries.filter((e) => e.contested).length,
    events_per_decade: Object.fromEntries(Object.entries(perDecade).sort()),
    oldest_check: entries.map((e) => e.last_checked).sort()[0] ?? null,
  };
}

/** The knowledge file's parts, as stored: one JSON document per kind of entry. */
import meta from './data/meta.json';
import actors from './data/actors.json';
import events from './data/events.json';
import framings from './data/framings.json';
import statistics from './data/statistics.json';

/** The raw, unvalidated knowledge file (the build and the tests validate it). */
export function knowledgeFiles(): unknown {
  return { meta, actors, events, framings, statistics };
}

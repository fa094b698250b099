/**
 * The bundled knowledge file, typed. The build and the tests validate it against the
 * schema (see validate.ts), so the runtime trusts its shape and ships no validator.
 */
import { knowledgeFiles } from './files';
import type { Knowledge } from './schema';

export const knowledge = knowledgeFiles() as Knowledge;
export type { Knowledge, Actor, Event, Framing, Statistic, Source, Entry } from './schema';

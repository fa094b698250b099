/**
 * Checks a knowledge file: the schema entry by entry, then what a schema cannot say
 * (unique ids, references that resolve, one actor per alias, ordered dates, https links).
 * Every problem names the entry and the field, so a broken file is fixed in one look.
 */
import { z } from 'zod';
import { Actor, Event, Framing, Meta, Statistic, type Knowledge, type Source } from './schema';
import { phraseKey } from '../text/segment';

export interface KnowledgeProblem {
  /** e.g. "actors[3] (ypg)" */
  entry: string;
  /** dotted path inside the entry, e.g. "sources.0.url" */
  field: string;
  message: string;
}

const SECTIONS = {
  actors: Actor,
  events: Event,
  framings: Framing,
  statistics: Statistic,
} as const;

type Section = keyof typeof SECTIONS;

function entryLabel(section: string, index: number, value: unknown): string {
  const id = value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : '?';
  return `${section}[${index}] (${id})`;
}

function zodProblems(entry: string, error: z.ZodError): KnowledgeProblem[] {
  return error.issues.map((issue) => ({
    entry,
    field: issue.path.map(String).join('.') || '(entry)',
    message: issue.message,
  }));
}

/** Returns every problem found; an empty list means the file is sound. */
export function validateKnowledge(raw: unknown): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  if (!raw || typeof raw !== 'object') {
    return [{ entry: '(file)', field: '(root)', message: 'expected an object with meta, actors, events, framings, statistics' }];
  }
  const file = raw as Record<string, unknown>;

  const meta = Meta.safeParse(file.meta);
  if (!meta.success) problems.push(...zodProblems('meta', meta.error));

  for (const section of Object.keys(SECTIONS) as Section[]) {
    const list = file[section];
    if (!Array.isArray(list)) {
      problems.push({ entry: section, field: '(section)', message: 'expected a list of entries' });
      continue;
    }
    list.forEach((value, index) => {
      const parsed = SECTIONS[section].safeParse(value);
      if (!parsed.success) problems.push(...zodProblems(entryLabel(section, index, value), parsed.error));
    });
  }
  for (const key of Object.keys(file)) {
    if (key !== 'meta' && !(key in SECTIONS)) {
      problems.push({ entry: key, field: '(section)', message: 'unknown section' });
    }
  }
  // Cross-entry checks need well-formed entries; report the schema problems first.
  if (problems.length > 0) return problems;
  return crossChecks(raw as Knowledge);
}

function crossChecks(kb: Knowledge): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const label = new Map<string, string>();
  const all: Array<[Section, { id: string }[]]> = [
    ['actors', kb.actors],
    ['events', kb.events],
    ['framings', kb.framings],
    ['statistics', kb.statistics],
  ];
  for (const [section, list] of all) {
    list.forEach((entry, index) => {
      const here = `${section}[${index}] (${entry.id})`;
      const previous = label.get(entry.id);
      if (previous) problems.push({ entry: here, field: 'id', message: `id already used by ${previous}` });
      else label.set(entry.id, here);
    });
  }
  const actorIds = new Set(kb.actors.map((a) => a.id));
  const refersToActor = (entry: string, field: string, id: string) => {
    if (!actorIds.has(id)) problems.push({ entry, field, message: `refers to unknown actor "${id}"` });
  };

  // One surface form, one actor: a name that could mean two actors would mislabel marks.
  const owner = new Map<string, string>();
  kb.actors.forEach((actor, index) => {
    const here = label.get(actor.id) ?? `actors[${index}]`;
    const forms: Array<[string, string]> = [
      ['name', actor.name],
      ...(actor.aliases ?? []).map((a, i): [string, string] => [`aliases.${i}`, a]),
      ...(actor.metonyms ?? []).map((a, i): [string, string] => [`metonyms.${i}`, a]),
    ];
    for (const [field, form] of forms) {
      const key = form.toLowerCase();
      const other = owner.get(key);
      if (other && other !== actor.id) {
        problems.push({ entry: here, field, message: `"${form}" also names actor "${other}"` });
      } else owner.set(key, actor.id);
    }
    (actor.case_sensitive_aliases ?? []).forEach((form, i) => {
      const other = owner.get(`=${form}`);
      if (other && other !== actor.id) {
        problems.push({ entry: here, field: `case_sensitive_aliases.${i}`, message: `"${form}" also names actor "${other}"` });
      } else owner.set(`=${form}`, actor.id);
    });
    (actor.backed_by ?? []).forEach((b, i) => {
      refersToActor(here, `backed_by.${i}.actor`, b.actor);
      if (b.from && b.to && b.to < b.from) problems.push({ entry: here, field: `backed_by.${i}.to`, message: 'ends before it starts' });
    });
    (actor.offices ?? []).forEach((o, i) => {
      if (o.to && o.to < o.from) problems.push({ entry: here, field: `offices.${i}.to`, message: 'ends before it starts' });
      if (o.of) refersToActor(here, `offices.${i}.of`, o.of);
      if (!o.role !== !o.of) problems.push({ entry: here, field: `offices.${i}.${o.role ? 'of' : 'role'}`, message: 'an office with a role says whose office it is, and the other way round' });
    });
    (actor.demonyms ?? []).forEach((form, i) => {
      const other = owner.get(`demonym:${form}`);
      if (other && other !== actor.id) problems.push({ entry: here, field: `demonyms.${i}`, message: `"${form}" also stands for actor "${other}"` });
      else owner.set(`demonym:${form}`, actor.id);
    });
    (actor.office_titles ?? []).forEach((t, i) => {
      t.titles.forEach((title, j) => {
        const office = `${t.role} office of actor "${actor.id}"`;
        const other = owner.get(`title:${title.toLowerCase()}`);
        if (other && other !== office) problems.push({ entry: here, field: `office_titles.${i}.titles.${j}`, message: `"${title}" also names the ${other}` });
        else owner.set(`title:${title.toLowerCase()}`, office);
      });
    });
  });
  // Every actor's names with spaces, hyphens and apostrophes folded as the matching folds them.
  const namedBy = new Map<string, string>();
  const kinds = new Map(kb.actors.map((a) => [a.id, a.kind]));
  for (const a of kb.actors) {
    for (const n of [a.name, ...(a.aliases ?? []), ...(a.metonyms ?? []), ...(a.case_sensitive_aliases ?? [])]) namedBy.set(looseName(n), a.id);
  }
  // A title stands for one office on file and is no actor's name; a short form is not another actor's name.
  const officesOf = new Set(kb.actors.flatMap((a) => (a.offices ?? []).map((o) => `${o.role}|${o.of}`)));
  kb.actors.forEach((actor) => {
    const here = label.get(actor.id)!;
    (actor.office_titles ?? []).forEach((t, i) => {
      if (!officesOf.has(`${t.role}|${actor.id}`)) problems.push({ entry: here, field: `office_titles.${i}.role`, message: `no actor holds a "${t.role}" office of "${actor.id}"` });
      t.titles.forEach((title, j) => {
        const named = owner.get(title.toLowerCase());
        if (named) problems.push({ entry: here, field: `office_titles.${i}.titles.${j}`, message: `"${title}" is also a name of actor "${named}"` });
      });
    });
    (actor.short_forms ?? []).forEach((form, i) => {
      const other = owner.get(form.toLowerCase()) ?? owner.get(`=${form}`);
      if (other) problems.push({ entry: here, field: `short_forms.${i}`, message: `"${form}" already names actor "${other}"` });
    });
    if (actor.short_form_context && !actor.short_forms?.length) {
      problems.push({ entry: here, field: 'short_form_context', message: 'an actor with no short_forms needs no context for them' });
    }
    (actor.short_form_context ?? []).forEach((id, i) => refersToActor(here, `short_form_context.${i}`, id));
    // Each contains one of the actor's names as whole words (as written where that name is
    // matched as written) and adds a word of its own, names no actor, and holds no other
    // actor's name, which it would leave unmarked.
    const anyCase = [...(actor.name_case_sensitive ? [] : [actor.name]), ...(actor.aliases ?? [])];
    const asWritten = [...(actor.name_case_sensitive ? [actor.name] : []), ...(actor.case_sensitive_aliases ?? [])];
    (actor.other_names_containing ?? []).forEach((longer, i) => {
      const field = `other_names_containing.${i}`;
      const inside = (n: string, flags: string) => wholeWords(n, flags).test(longer) && longer.length > n.length;
      const contained = [...anyCase.filter((n) => inside(n, 'i')), ...asWritten.filter((n) => inside(n, ''))];
      if (!contained.length) problems.push({ entry: here, field, message: `"${longer}" contains none of the actor's names` });
      // A capital of its own, even one letter ("Sputnik V"), beyond the function words.
      else if (!contained.some((n) => /\p{Lu}/u.test(longer.replace(wholeWords(n, ''), ' ').replace(/\b(?:The|Of|And|For|In|On|To)\b/g, '')))) {
        problems.push({ entry: here, field, message: `"${longer}" adds no name of its own to the actor's, only function words` });
      }
      const other = namedBy.get(looseName(longer));
      if (other) problems.push({ entry: here, field, message: `"${longer}" is a name of actor "${other}"` });
      // (A state that ends it after "of" is the name's, not the state: "Kurdistan Democratic Party of Syria".)
      const stateEnding = / of (.+)$/.exec(looseName(longer))?.[1];
      for (const [name, id] of namedBy) {
        if (name === stateEnding && kinds.get(id) === 'state') continue;
        if (id !== actor.id && name.length >= 3 && ` ${looseName(longer)} `.includes(` ${name} `)) {
          problems.push({ entry: here, field, message: `"${longer}" contains a name of actor "${id}", which would go unmarked in it` });
        }
      }
    });
  });

  const eventIds = new Set(kb.events.map((e) => e.id));
  if (!eventIds.has(kb.meta.conflict_start)) {
    problems.push({ entry: 'meta', field: 'conflict_start', message: `refers to unknown event "${kb.meta.conflict_start}"` });
  }
  kb.events.forEach((event) => {
    const here = label.get(event.id)!;
    (event.parties ?? []).forEach((p, i) => refersToActor(here, `parties.${i}`, p));
    (event.related ?? []).forEach((r, i) => {
      if (!eventIds.has(r) || r === event.id) problems.push({ entry: here, field: `related.${i}`, message: `refers to unknown event "${r}"` });
    });
    (event.needs_place?.triggers ?? []).forEach((phrase, i) => {
      if (!event.triggers.includes(phrase)) problems.push({ entry: here, field: `needs_place.triggers.${i}`, message: `"${phrase}" is not one of its triggers` });
    });
    if (event.end_date && event.end_date < event.date) {
      problems.push({ entry: here, field: 'end_date', message: 'ends before it starts' });
    }
  });
  kb.framings.forEach((framing) => {
    const here = label.get(framing.id)!;
    (framing.about ?? []).forEach((a, i) => refersToActor(here, `about.${i}`, a));
    (framing.needs_about ?? []).forEach((phrase, i) => {
      if (!framing.triggers.includes(phrase)) problems.push({ entry: here, field: `needs_about.${i}`, message: `"${phrase}" is not one of its triggers` });
      else if (!framing.about?.length) problems.push({ entry: here, field: `needs_about.${i}`, message: 'a framing about no actor cannot need one' });
    });
    if (framing.since && framing.since > kb.meta.as_of) {
      problems.push({ entry: here, field: 'since', message: `after the file's as_of date ${kb.meta.as_of}` });
    }
  });
  kb.statistics.forEach((stat) => {
    const here = label.get(stat.id)!;
    if (stat.window.to < stat.window.from) problems.push({ entry: here, field: 'window.to', message: 'ends before it starts' });
  });

  for (const [section, list] of all) {
    for (const entry of list as Array<{ id: string; sources: Source[]; last_checked: string }>) {
      const here = label.get(entry.id) ?? section;
      entry.sources.forEach((source, i) => {
        if (!source.url.startsWith('https://')) {
          problems.push({ entry: here, field: `sources.${i}.url`, message: 'use the https address' });
        }
        // As the browser sends it: a raw non-ASCII character is percent-encoded (%D8%A8…).
        if (/[^\x21-\x7e]/.test(source.url)) {
          problems.push({ entry: here, field: `sources.${i}.url`, message: 'write the address percent-encoded, without spaces or non-ASCII characters' });
        }
        if (source.date && source.date > entry.last_checked) {
          problems.push({ entry: here, field: `sources.${i}.date`, message: 'source dated after last_checked' });
        }
        if (source.accessed && source.accessed > entry.last_checked) {
          problems.push({ entry: here, field: `sources.${i}.accessed`, message: 'read after last_checked' });
        }
      });
      if (entry.last_checked > kb.meta.as_of) {
        problems.push({ entry: here, field: 'last_checked', message: `after the file's as_of date ${kb.meta.as_of}` });
      }
    }
  }
  return problems;
}

export function formatProblems(problems: KnowledgeProblem[]): string {
  return problems.map((p) => `${p.entry} › ${p.field}: ${p.message}`).join('\n');
}

/** Throws with every problem listed; used by the build. */
export function assertKnowledgeValid(raw: unknown): asserts raw is Knowledge {
  const problems = validateKnowledge(raw);
  if (problems.length > 0) {
    throw new Error(`The knowledge file has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  }
}

/** A name folded as the matching folds it (see `phraseKey`), with its hyphens as spaces: words to compare. */
function looseName(name: string): string {
  return phraseKey(name).replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
}

/** An expression for a name as whole words. */
function wholeWords(name: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, `${flags}u`);
}

/**
 * The shape of the knowledge file. Checked by the build (wxt.config.ts) and by the tests;
 * the extension itself only imports the types, so the validator never ships.
 */
import { z } from 'zod';

/** A name as written in text: no brackets or slashes, which would make it two names in one. */
const Name = z.string().min(2).regex(/^[^()[\]/]+$/, 'a name without brackets or slashes');

/** A date at the precision the source gives: year, year-month, or full day. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const FullDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD');

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase id with dashes');

export const Source = z
  .strictObject({
    publisher: z.string().min(2),
    title: z.string().min(3),
    url: z.url({ protocol: /^https?$/ }),
    /** Publication date of the source. */
    date: PartialDate.optional(),
    /** For a page that shows no publication date (a reference work, a body's own page): the day it was read. */
    accessed: FullDate.optional(),
  })
  .refine((s) => s.date !== undefined || s.accessed !== undefined, {
    message: 'a publication date, or for a page that shows none, the day it was read (accessed)',
    path: ['date'],
  });

const Base = {
  id: Id,
  sources: z.array(Source).min(1, 'every entry needs at least one source'),
  /** When the entry was last checked against its sources. */
  last_checked: FullDate,
  /** Present when the matter is disputed: says who disputes what. */
  contested: z.string().min(10).optional(),
};

/**
 * Offices that articles name without the holder ("Turkey's foreign minister"): with its role
 * and whose office it is, an office lets the text's phrase stand for the holder at the article's date.
 */
export const OfficeRole = z.enum([
  'head-of-state',
  'head-of-government',
  'foreign-minister',
  'defence-minister',
  'intelligence-chief',
  'un-ambassador',
  'secretary-general',
  'refugee-chief',
  'relief-chief',
]);

export const ActorKind = z.enum([
  'state',
  'person',
  'armed-group',
  'government-body',
  'international-body',
  'monitor',
  'relief-group',
  'party',
  'movement',
  /** A news outlet: who owns or runs it matters when an article cites it. */
  'media',
]);

export const Actor = z.strictObject({
  ...Base,
  type: z.literal('actor'),
  name: z.string().min(2),
  kind: ActorKind,
  /** One line: who or what this is. */
  description: z.string().min(10),
  /** Its part in the Syrian conflict. */
  role: z.string().min(10),
  /**
   * Match the name only as written, for a proper name that is also a common phrase: the
   * opposition's "Syrian Interim Government" against "the Syrian interim government" of 2025.
   */
  name_case_sensitive: z.boolean().optional(),
  /** Other names, matched case-insensitively as whole words ("Erdogan", "Erdoğan"). */
  aliases: z.array(Name).optional(),
  /** Names matched only with this exact case ("IS", "HTS", "UN"). */
  case_sensitive_aliases: z.array(Name).optional(),
  /**
   * Longer names that contain one of this actor's names but name something else ("Syrian
   * Islamic Front", "Kurdish Islamic Front" for the Islamic Front of 2013): this actor is not
   * read inside them (matched as written), and they are left to be read as names the file
   * does not know.
   */
  other_names_containing: z.array(Name).optional(),
  /** Capitals or seats that stand for this actor's government ("Moscow", "Ankara"). */
  metonyms: z.array(Name).optional(),
  /** Offices held, for persons: described as of the article's date. */
  offices: z
    .array(
      z.strictObject({
        title: z.string().min(3),
        from: PartialDate,
        to: PartialDate.optional(),
        /** The kind of office, and the actor id whose office it is (a state, the UN). */
        role: OfficeRole.optional(),
        of: Id.optional(),
      }),
    )
    .optional(),
  /**
   * Adjectives that stand for this state or body before an office, matched as written:
   * "Turkish" in "the Turkish foreign minister", "UN" in "the UN secretary-general".
   */
  demonyms: z.array(Name).optional(),
  /**
   * Titles that name this owner's office on their own, matched in any case: the UK's
   * "Foreign Secretary", the US's "Secretary of State". Only titles no other owner uses.
   */
  office_titles: z.array(z.strictObject({ role: OfficeRole, titles: z.array(Name).min(1) })).optional(),
  /**
   * Forms that stand for this actor once it is named in full in the same text, matched as
   * written: "the Coalition" after "the Global Coalition against Daesh". Several actors may
   * share one; the one named nearest before it wins.
   */
  short_forms: z.array(Name).optional(),
  /**
   * When no actor that shares a short form is named in full, the short form stands for this
   * one if the text names one of these actors and no other candidate's: "the Coalition" in a
   * text about the Islamic State that never gives the coalition's full name.
   */
  short_form_context: z.array(Id).min(1).optional(),
  /** Who backs this actor, with dates where the sources give them. */
  backed_by: z
    .array(z.strictObject({ actor: Id, from: PartialDate.optional(), to: PartialDate.optional(), note: z.string().optional() }))
    .optional(),
  /** Whether a mention of this actor, on its own, is a sign that a text is about Syria. */
  syria_specific: z.boolean().optional(),
  /**
   * When it came into being: in a text dated before, its names are someone else's ("Syria TV"
   * in 2016 is not the channel founded in 2018).
   */
  founded: PartialDate.optional(),
});

export const EventKind = z.enum(['event', 'agreement', 'operation', 'resolution', 'attack']);

export const Event = z.strictObject({
  ...Base,
  type: z.literal('event'),
  kind: EventKind,
  title: z.string().min(5),
  date: PartialDate,
  end_date: PartialDate.optional(),
  /** Actor ids. */
  parties: z.array(Id).optional(),
  /** The essence, two or three sentences. */
  summary: z.string().min(20),
  /** Main terms of an agreement, one per item. */
  terms: z.array(z.string().min(5)).optional(),
  /** Lower-case phrases whose presence near a date or in an article points to this entry. */
  triggers: z.array(z.string().min(3)).min(1),
  /**
   * Where it happened, as texts name it: a date in a sentence that names the place with what
   * happened there in one clause ("sarin gas killed hundreds in Ghouta in August 2013") agrees
   * with this event's date (a battle's or an offensive's start), though the sentence uses none
   * of its phrases.
   */
  places: z.array(z.string().min(3)).optional(),
  /** Events that an article about this one assumes as background (the deals that ended an operation). */
  related: z.array(Id).optional(),
  /**
   * Those of its triggers that are common phrases ("m4 highway", "jaish al-islam"), with the places
   * one of which must be named in the phrase's sentence or the one before or after for it to count:
   * the M4 of the Idlib deal is the road near Idlib, not the one near Ayn Issa.
   */
  needs_place: z.strictObject({ triggers: z.array(z.string().min(3)).min(1), places: z.array(z.string().min(2)).min(1) }).optional(),
});

export const Framing = z.strictObject({
  ...Base,
  type: z.literal('framing'),
  /** The contested term or label. */
  term: z.string().min(3),
  summary: z.string().min(20),
  /** Who says what: each holder is an actor id or a plain description. */
  positions: z.array(z.strictObject({ holder: z.string().min(2), view: z.string().min(10) })).min(2),
  triggers: z.array(z.string().min(3)).min(1),
  /** Actor ids the framing is about. */
  about: z.array(Id).optional(),
  /**
   * Those of its triggers that are common phrases ("security zone", "buffer zone"): they count
   * only in an article that names one of the actors it is about.
   */
  needs_about: z.array(z.string().min(3)).optional(),
  /**
   * When the debate the entry describes began (a label for the authorities after December 2024):
   * an article written before it is not given the entry, which speaks of what came later.
   */
  since: PartialDate.optional(),
});

export const StatisticKind = z.enum([
  'casualties',
  'displacement',
  'refugees',
  'people-in-need',
  'detained',
  'returns',
  'money',
  'other',
]);

export const Statistic = z.strictObject({
  ...Base,
  type: z.literal('statistic'),
  kind: StatisticKind,
  title: z.string().min(5),
  value: z.number().nonnegative(),
  /** What exactly is counted, in the counter's own terms. */
  counts: z.string().min(10),
  /** Who counts it: an actor id where the counter is an actor, else the publisher. */
  counted_by: z.string().min(2),
  window: z.strictObject({ from: PartialDate, to: PartialDate }),
  place: z.string().optional(),
  triggers: z.array(z.string().min(3)).min(1),
});

export const Meta = z.strictObject({
  version: z.number().int().positive(),
  /** The date up to which the file's entries were checked. */
  as_of: FullDate,
  /** The event the war is counted from ("in its ninth year"). */
  conflict_start: Id,
});

export const KnowledgeFile = z.strictObject({
  meta: Meta,
  actors: z.array(Actor),
  events: z.array(Event),
  framings: z.array(Framing),
  statistics: z.array(Statistic),
});

export type Source = z.infer<typeof Source>;
export type Actor = z.infer<typeof Actor>;
export type ActorKind = z.infer<typeof ActorKind>;
export type OfficeRole = z.infer<typeof OfficeRole>;
export type Event = z.infer<typeof Event>;
export type Framing = z.infer<typeof Framing>;
export type Statistic = z.infer<typeof Statistic>;
export type StatisticKind = z.infer<typeof StatisticKind>;
export type Meta = z.infer<typeof Meta>;
export type Knowledge = z.infer<typeof KnowledgeFile>;
export type Entry = Actor | Event | Framing | Statistic;

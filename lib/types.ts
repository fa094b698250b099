/** What goes into and comes out of the analysis: shared by the extension, the command line and the tests. */
import type { Source } from './knowledge/schema';

export interface AnalysisInput {
  text: string;
  title?: string;
  /** The article's date (ISO, any precision), from the page's metadata or the input record. */
  date?: string | null;
  url?: string;
}

export interface Span {
  /** JavaScript string indices into the analysed text. */
  start: number;
  end: number;
  text: string;
}

export interface ActorFinding {
  /** Knowledge-file id, or "name:<slug>" for a name the file does not know. */
  id: string;
  name: string;
  kind: string;
  known: boolean;
  mentions: Span[];
}

export type ClaimKind =
  | 'casualties'
  | 'displacement'
  | 'refugees'
  | 'date'
  | 'duration'
  | 'distance'
  | 'money'
  | 'percentage'
  | 'count';

/** consistent: matches a fact; differs: the file holds another value for the same thing;
 * related: the file holds a figure on the same matter from another source or window;
 * not-in-knowledge: nothing in the file speaks to it. */
export type Verdict = 'consistent' | 'differs' | 'related' | 'not-in-knowledge';

export type Approximation = 'exact' | 'about' | 'more-than' | 'less-than' | 'up-to' | 'at-least' | 'vague';

export interface ClaimFinding extends Span {
  kind: ClaimKind;
  /** A number for counts and amounts; an ISO date ("2019-10-09", "2018-09", "2011") or decade ("1980s") for dates. */
  value: number | string;
  /** Upper bound of a range ("15-20 km"; for a date, the last year of "2016–17"). */
  high?: number;
  /** A date written as a range of days: the last day, as ISO ("13 and 17 July 2016": "2016-07-17"; `value` is the first). */
  until?: string;
  /**
   * For a date written without its year that was given one: where the year was read from. The
   * article's own date; the dates written around it in the text (a narrative's last day, a
   * heading's year, the year at a range's end; or, on an undated page, the latest date it gives);
   * or the knowledge file's event it agrees with.
   */
  yearFrom?: 'article' | 'text' | 'event';
  unit?: string;
  approx: Approximation;
  /** What is counted, in the article's words ("civilians", "Syrian refugees"). */
  counts?: string;
  verdict: Verdict;
  /** Ids of the knowledge-file entries the claim was checked against. */
  facts: string[];
  /** Source URLs of those entries. */
  sources: string[];
  /** One line on what the file says, and how the claim compares. */
  explanation: string;
  /** Who the article says made the claim ("according to X", "X said"). */
  attributedTo?: string;
  /** The knowledge file's actor named in that attribution ("SANA"): whose card says who stands behind the figure. */
  attributedActorId?: string;
}

export interface ContextFinding {
  id: string;
  title: string;
  score: number;
}

/** A knowledge-file entry as shown in cards and the popup, described as of the article's date. */
export interface EntryView {
  id: string;
  type: 'actor' | 'event' | 'framing' | 'statistic';
  title: string;
  /** Kind of actor or event, or the statistic's kind. */
  subtitle: string;
  date?: string;
  summary: string;
  /** Role at the article's date, an agreement's terms, who says what. */
  details: string[];
  aliases?: string[];
  contested?: string;
  /** "Since then": what happened after the article's date that bears on this entry. */
  sinceThen?: string;
  sources: Source[];
}

export interface Analysis {
  relevant: boolean;
  score: number;
  /** The strongest signals behind the topic decision, for the reader. */
  signals: string[];
  /** The date the analysis is described as of (YYYY-MM-DD), or null when unknown. */
  date: string | null;
  dateSource: 'input' | 'text' | 'knowledge' | null;
  actors: ActorFinding[];
  claims: ClaimFinding[];
  context: ContextFinding[];
  /** Cards for every entry that actors, claims and context refer to. */
  entries: Record<string, EntryView>;
  knowledgeAsOf: string;
}

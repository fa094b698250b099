/**
 * Checks each numeric claim against the knowledge file. A claim is matched to the facts it
 * speaks of by the words around it (trigger phrases of events and statistics, the actors in
 * its sentence), never by the number alone; then compared at its own precision.
 */
import type { DateParts, RawClaim } from './claims/extract';
import { extractClaims } from './claims/extract';
import { datesAgree, formatParts, humanDate, parseIsoDate, withArticleYear, type YMD } from './dates';
import type { Event, Knowledge, Statistic } from './knowledge/schema';
import type { ClaimFinding, Verdict } from './types';
import { sentences as splitSentences, type Segment } from './text/segment';
import type { TriggerHit } from './knowledge/triggers';

export interface ClaimContext {
  text: string;
  sentences: Segment[];
  /** Trigger phrases found in each sentence (by sentence index), with their offsets. */
  triggersBySentence: Map<number, TriggerHit[]>;
  /** Actor ids mentioned in each sentence. */
  actorsBySentence: Map<number, Set<string>>;
  /** Entry ids whose triggers occur anywhere in the text. */
  triggeredAnywhere: Set<string>;
  articleDate: YMD | null;
  /** The date was estimated from the events the text refers to: the article is at least that recent. */
  dateIsEstimate: boolean;
  sentenceIndex: (offset: number) => number;
  /** Who the article says made the claim at this offset, if anyone. */
  attribution: (start: number, end: number) => string | undefined;
}

interface Candidate<T> {
  entry: T;
  /** 2: a trigger in the claim's sentence; 1: in the sentence before, or its parties and its kind of event named in the sentence. */
  strength: number;
  /** Characters between the claim and the nearest trigger of the entry in its sentence. */
  distance: number;
}

// "the war in its ninth year": counted from the start of the conflict itself.
const WAR_WORDS = /\b(?:war|conflict|crisis|uprising|revolution|fighting)\b/i;

// Words that name a kind of event: with two of its parties in the sentence, they point to it.
const KIND_WORDS: Record<string, RegExp> = {
  agreement: /\b(?:deal|deals|agreement|agreements|memorandum|accord|pact|ceasefire|truce|protocol|statement)\b/i,
  operation: /\b(?:operation|offensive|incursion|assault|campaign|intervention)\b/i,
  attack: /\b(?:attack|attacks|strike|strikes|massacre)\b/i,
  resolution: /\b(?:resolution|vote)\b/i,
  event: /\b(?:war|uprising|protests|revolution|fall|collapse)\b/i,
};

const number = (n: number) => n.toLocaleString('en-US');

export class Verifier {
  private readonly events: Map<string, Event>;
  private readonly stats: Map<string, Statistic>;
  /** Figures in each agreement's terms ("30 km", "120 hours"), read with the same extractor. */
  private readonly termFigures = new Map<string, RawClaim[]>();

  constructor(private readonly kb: Knowledge) {
    this.events = new Map(kb.events.map((e) => [e.id, e]));
    this.stats = new Map(kb.statistics.map((s) => [s.id, s]));
    for (const e of kb.events) {
      const terms = (e.terms ?? []).join('\n');
      if (terms) this.termFigures.set(e.id, extractClaims(terms, splitSentences(terms)));
    }
  }

  verify(claims: RawClaim[], ctx: ClaimContext): ClaimFinding[] {
    return claims.map((claim) => {
      const base = {
        start: claim.start,
        end: claim.end,
        text: ctx.text.slice(claim.start, claim.end),
        kind: claim.kind,
        high: claim.high,
        unit: claim.unit,
        approx: claim.approx,
        counts: claim.counts,
        attributedTo: ctx.attribution(claim.start, claim.end),
      };
      const judged =
        claim.kind === 'date'
          ? this.verifyDate(claim, ctx)
          : claim.ordinal
            ? this.verifyOrdinal(claim, ctx)
            : claim.kind === 'casualties' || claim.kind === 'displacement' || claim.kind === 'refugees'
              ? this.verifyCount(claim, ctx, (s) => s.kind === claim.kind || (s.kind === 'returns' && claim.kind !== 'casualties' && returnSaidOf(ctx, claim, s.id)), false)
              : this.verifyOtherFigure(claim, ctx);
      const sources = [...new Set(judged.facts.flatMap((id) => this.sourcesOf(id)))];
      return { ...base, ...judged, sources };
    });
  }

  private describeStatistic(s: Statistic): string {
    const counter = this.kb.actors.find((a) => a.id === s.counted_by)?.name ?? s.counted_by;
    const window = s.window.from === s.window.to ? humanDate(s.window.to) : `${humanDate(s.window.from)} to ${humanDate(s.window.to)}`;
    return `${counter}, ${window}: ${number(s.value)}. ${s.counts.replace(/\.$/, '')}.`;
  }

  private sourcesOf(id: string): string[] {
    const entry = this.events.get(id) ?? this.stats.get(id);
    return entry ? entry.sources.map((s) => s.url) : [];
  }

  private candidates<T extends { id: string; parties?: string[]; kind?: string }>(
    claim: RawClaim,
    ctx: ClaimContext,
    pool: Map<string, T>,
  ): Candidate<T>[] {
    const i = ctx.sentenceIndex(claim.start);
    const distances = new Map<string, number>();
    for (const hit of ctx.triggersBySentence.get(i) ?? []) {
      const d = hit.end <= claim.start ? claim.start - hit.end : hit.start >= claim.end ? hit.start - claim.end : 0;
      for (const id of hit.entryIds) distances.set(id, Math.min(d, distances.get(id) ?? Infinity));
    }
    const before = new Set((ctx.triggersBySentence.get(i - 1) ?? []).flatMap((h) => h.entryIds));
    const actors = ctx.actorsBySentence.get(i) ?? new Set<string>();
    const sentence = ctx.sentences[i];
    const sentenceText = sentence ? ctx.text.slice(sentence.start, sentence.end) : '';
    const result: Candidate<T>[] = [];
    for (const entry of pool.values()) {
      const distance = distances.get(entry.id);
      if (distance !== undefined) result.push({ entry, strength: 2, distance });
      else if (before.has(entry.id)) result.push({ entry, strength: 1, distance: Infinity });
      else if (
        (entry.parties ?? []).filter((p) => actors.has(p)).length >= 2 &&
        entry.kind !== undefined &&
        KIND_WORDS[entry.kind]?.test(sentenceText)
      ) {
        result.push({ entry, strength: 1, distance: Infinity });
      }
    }
    return result.sort((a, b) => b.strength - a.strength || a.distance - b.distance);
  }

  private verifyDate(claim: RawClaim, ctx: ClaimContext) {
    const parts = claim.date!;
    const candidates = this.candidates(claim, ctx, this.events);
    for (const { entry } of candidates) {
      for (const [which, value] of [['date', entry.date], ['end_date', entry.end_date]] as const) {
        const fact = parseIsoDate(value);
        if (!fact || !datesAgree(parts, fact)) continue;
        // A date without its year agrees only with an event close to the article's date.
        if (parts.year === undefined && parts.decade === undefined && ctx.articleDate && Math.abs(ctx.articleDate.year - fact.year) > 1) continue;
        const resolved: DateParts = parts.year === undefined && parts.decade === undefined ? { ...parts, year: fact.year } : parts;
        return {
          value: formatParts(resolved),
          verdict: 'consistent' as Verdict,
          facts: [entry.id],
          explanation: `${entry.title}: ${which === 'date' ? '' : 'ended '}${humanDate(value!)}.`,
        };
      }
    }
    const value = formatParts(withArticleYear(parts, ctx.articleDate));
    const strong = candidates.find((c) => c.strength === 2 && precisionComparable(parts, c.entry.date));
    if (strong) {
      return {
        value,
        verdict: 'differs' as Verdict,
        facts: [strong.entry.id],
        explanation: `The knowledge file dates ${strong.entry.title} to ${humanDate(strong.entry.date)}.`,
      };
    }
    return { value, verdict: 'not-in-knowledge' as Verdict, facts: [], explanation: 'No dated event in the knowledge file matches this date here.' };
  }

  /** "in its ninth year": counted from the start of the event it speaks of, to the article's date. */
  private verifyOrdinal(claim: RawClaim, ctx: ClaimContext) {
    // Something that lasts (a war, an insurgency, a closure), not an agreement or an operation.
    const candidates = this.candidates(claim, ctx, this.events).filter((c) => c.strength === 2 && c.entry.kind === 'event');
    const sentence = ctx.sentences[ctx.sentenceIndex(claim.start)];
    const start = this.events.get(this.kb.meta.conflict_start);
    if (candidates.length === 0 && start && sentence && WAR_WORDS.test(ctx.text.slice(sentence.start, sentence.end))) {
      candidates.push({ entry: start, strength: 1, distance: Infinity });
    }
    for (const { entry } of candidates) {
      const start = parseIsoDate(entry.date);
      if (!start) continue;
      if (!ctx.articleDate) {
        return {
          value: claim.value,
          verdict: 'related' as Verdict,
          facts: [entry.id],
          explanation: `${entry.title} began in ${humanDate(entry.date)}; the article's date is unknown, so the count cannot be checked.`,
        };
      }
      const nth = ctx.articleDate.year - start.year + (isBeforeAnniversary(ctx.articleDate, start) ? 0 : 1);
      const ok = nth === claim.value || (claim.unit === 'anniversary' && nth - 1 === claim.value);
      return {
        value: claim.value,
        verdict: (ok ? 'consistent' : 'differs') as Verdict,
        facts: [entry.id],
        explanation: `${entry.title} began in ${humanDate(entry.date)}: at the article's date it was in year ${nth}.`,
      };
    }
    return { value: claim.value, verdict: 'not-in-knowledge' as Verdict, facts: [], explanation: 'Nothing in the knowledge file says what this counts from.' };
  }

  /**
   * A figure of another kind: checked against the terms of the agreement in question, else, for a
   * count of people ("16.7 million people in need", "100,000 missing"), against the statistics of
   * people in need and of the detained and missing, but only with one of their phrases in its sentence.
   */
  private verifyOtherFigure(claim: RawClaim, ctx: ClaimContext) {
    const byTerms = this.verifyTermFigure(claim, ctx);
    if (claim.kind !== 'count' || byTerms.verdict !== 'not-in-knowledge' || !PEOPLE.has(claim.counts?.toLowerCase() ?? '')) return byTerms;
    const byStatistics = this.verifyCount(claim, ctx, (s) => PEOPLE_COUNTS.has(s.kind), true);
    return byStatistics.verdict === 'not-in-knowledge' ? byTerms : byStatistics;
  }

  /**
   * Near: a statistic's phrase in the claim's sentence or the one before; with `sameSentence`, in
   * the claim's own sentence only, and nowhere else counts. A figure is said to differ only from a
   * statistic of its own kind: a count of refugees is no count of returns, nor of people in need.
   */
  private verifyCount(claim: RawClaim, ctx: ClaimContext, fits: (s: Statistic) => boolean, sameSentence: boolean) {
    const pool = new Map([...this.stats].filter(([, s]) => fits(s)));
    const i = ctx.sentenceIndex(claim.start);
    const sentences = sameSentence ? [i] : [i, i - 1];
    const near = new Set(sentences.flatMap((k) => ctx.triggersBySentence.get(k) ?? []).flatMap((h) => h.entryIds));
    const anywhere = (s: Statistic) => !sameSentence && ctx.triggeredAnywhere.has(s.id) && claim.approx !== 'vague';
    const ranked = [...pool.values()]
      // A count known only later is no background for the article: 2023's deaths for a 2019 report.
      .filter((s) => !knownOnlyAfterArticle(s, ctx))
      .map((s) => ({ s, score: (near.has(s.id) ? 2 : anywhere(s) ? 1 : 0) + windowFit(s, ctx) }))
      .filter((c) => c.score >= 2)
      // On a tie, a statistic of the claim's own kind first.
      .sort((a, b) => b.score - a.score || Number(b.s.kind === claim.kind) - Number(a.s.kind === claim.kind));
    if (ranked.length === 0) {
      return { value: claim.value, verdict: 'not-in-knowledge' as Verdict, facts: [], explanation: 'No figure in the knowledge file speaks to this one.' };
    }
    const facts = ranked.slice(0, 3).map((c) => c.s);
    const match = facts.find((s) => figuresAgree(claim, s.value));
    const shown = facts.map((f) => this.describeStatistic(f)).join(' ');
    if (match) {
      return { value: claim.value, verdict: 'consistent' as Verdict, facts: facts.map((s) => s.id), explanation: shown };
    }
    const top = ranked[0]!;
    const differs = top.s.kind === claim.kind && near.has(top.s.id) && windowFit(top.s, ctx) === 1 && claim.approx === 'exact';
    return {
      value: claim.value,
      verdict: (differs ? 'differs' : 'related') as Verdict,
      facts: facts.map((s) => s.id),
      explanation: differs ? `${shown} The article's figure is ${offBy(claim.value, top.s.value)}.` : shown,
    };
  }

  /** Distances, durations and amounts checked against the terms of the agreement in question. */
  private verifyTermFigure(claim: RawClaim, ctx: ClaimContext) {
    const candidates = this.candidates(claim, ctx, this.events).filter((c) => this.termFigures.has(c.entry.id));
    for (const { entry } of candidates) {
      const figures = this.termFigures.get(entry.id)!;
      const same = figures.find((f) => f.kind === claim.kind && f.unit === claim.unit && f.value === claim.value && f.high === claim.high);
      if (same) {
        return { value: claim.value, verdict: 'consistent' as Verdict, facts: [entry.id], explanation: `${entry.title}: ${(entry.terms ?? []).find((t) => t.includes(String(claim.value))) ?? ''}` };
      }
    }
    const related = candidates.find((c) => this.termFigures.get(c.entry.id)!.some((f) => f.kind === claim.kind));
    if (related && claim.kind !== 'count') {
      return { value: claim.value, verdict: 'related' as Verdict, facts: [related.entry.id], explanation: `${related.entry.title}: ${(related.entry.terms ?? []).join(' ')}` };
    }
    return { value: claim.value, verdict: 'not-in-knowledge' as Verdict, facts: [], explanation: 'Nothing in the knowledge file speaks to this figure.' };
  }
}

function isBeforeAnniversary(date: YMD, start: YMD): boolean {
  if (date.month === undefined || start.month === undefined) return false;
  return date.month < start.month || (date.month === start.month && (date.day ?? 1) < (start.day ?? 1));
}

/** Whether a claim's date is precise enough to contradict the fact's date. */
function precisionComparable(claim: DateParts, factDate: string): boolean {
  const fact = parseIsoDate(factDate);
  if (!fact) return false;
  if (claim.decade !== undefined || claim.year !== undefined) return true;
  return fact.month !== undefined && claim.month !== undefined;
}

/** Characters after a figure within which a phrase of return speaks of it ("1.2 million refugees have returned"). */
const RETURN_REACH = 20;

/** Whether a phrase of a returns statistic follows the figure closely, in its sentence: the figure is of those who returned. */
function returnSaidOf(ctx: ClaimContext, claim: RawClaim, entryId: string): boolean {
  return (ctx.triggersBySentence.get(ctx.sentenceIndex(claim.start)) ?? []).some(
    (h) => h.entryIds.includes(entryId) && h.start >= claim.end && h.start - claim.end <= RETURN_REACH && !/\d/.test(ctx.text.slice(claim.end, h.start)),
  );
}

/** Kinds of statistic a plain count of people may be checked against. */
const PEOPLE_COUNTS = new Set<Statistic['kind']>(['people-in-need', 'detained']);
/** What such a count must count: people, not prisons, files or trucks. */
const PEOPLE = new Set(['people', 'persons', 'individuals', 'syrians', 'civilians', 'detainees', 'prisoners', 'children', 'residents', 'citizens']);

/**
 * Whether a statistic was known only after the article: its period begins after the article's
 * date (by more than six months when that date is an estimate) and so does its first source. A
 * forecast published before its year ("15.3 million will need aid in 2023", December 2022) was known.
 */
function knownOnlyAfterArticle(s: Statistic, ctx: ClaimContext): boolean {
  const article = ctx.articleDate;
  if (!article) return false;
  const articleMonth = article.year * 12 + (article.month ?? 12) + (ctx.dateIsEstimate ? 6 : 0);
  const month = (date: string) => {
    const d = parseIsoDate(date)!;
    return d.year * 12 + (d.month ?? 1);
  };
  const published = Math.min(...s.sources.map((source) => month(source.date)));
  return month(s.window.from) > articleMonth && published > articleMonth;
}

/** 1 when the statistic's window includes the article's date (or, for an estimated date, starts within months after it). */
function windowFit(s: Statistic, ctx: ClaimContext): number {
  const article = ctx.articleDate;
  if (!article) return 0.5;
  const from = parseIsoDate(s.window.from)!;
  const to = parseIsoDate(s.window.to)!;
  const a = article.year * 12 + (article.month ?? 6);
  const f = from.year * 12 + (from.month ?? 1);
  const t = to.year * 12 + (to.month ?? 12);
  if (a >= f && a <= t + 2) return 1;
  if (ctx.dateIsEstimate && f > a && f - a <= 6) return 1;
  if (a > t && a - t <= 12) return 0.5;
  return 0;
}

function figuresAgree(claim: RawClaim, fact: number): boolean {
  const c = claim.value;
  switch (claim.approx) {
    case 'exact':
    case 'about':
      return Math.abs(c - fact) <= 0.1 * Math.max(c, fact);
    case 'more-than':
    case 'at-least':
      return fact >= c * 0.97 && fact <= c * 1.5;
    case 'less-than':
    case 'up-to':
      return fact <= c * 1.03 && fact >= c * 0.5;
    case 'vague':
      return false;
  }
}

function offBy(claim: number, fact: number): string {
  const pct = Math.round(((claim - fact) / fact) * 100);
  return `${pct > 0 ? pct + '% above' : -pct + '% below'} it (${number(claim)} against ${number(fact)})`;
}


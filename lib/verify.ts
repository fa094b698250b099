/**
 * Checks each numeric claim against the knowledge file. A claim is matched to the facts it
 * speaks of by the words around it (trigger phrases of events and statistics, the actors in
 * its sentence), never by the number alone; then compared at its own precision.
 */
import type { DateParts, RawClaim } from './claims/extract';
import { extractClaims, monthName } from './claims/extract';
import { compareYmd, datesAgree, daysIn, formatParts, formatYmd, humanDate, parseIsoDate, rangeLast, withYearFrom, type YearReading, type YMD } from './dates';
import type { Event, Knowledge, Statistic } from './knowledge/schema';
import type { ClaimFinding, Verdict } from './types';
import { WEEKDAY_WORD, flexiblePattern, sentences as splitSentences, type Segment } from './text/segment';
import { startingBefore } from './text/spans';
import { inLongerPlaceName, type TriggerHit } from './knowledge/triggers';
import { matches } from './text/matches';

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

/** The context with what several checks look at, worked out once for the text. */
interface VerifyContext extends ClaimContext {
  /** The text's dates, in text order. */
  dates: RawClaim[];
  /** Statistics of one incident the text names by a phrase of that incident alone. */
  named: Set<string>;
  /** For each date without its year, the date it is read against. */
  references: Map<RawClaim, Reference | null>;
  /** Events one of whose places the text names somewhere: the others are not told of. */
  placed: Set<string>;
}

interface Candidate<T> {
  entry: T;
  /** 2: a trigger in the claim's sentence; 1: in the sentence before, or its parties and its kind of event named in the sentence. */
  strength: number;
  /** Characters between the claim and the nearest trigger of the entry in its sentence. */
  distance: number;
  /** That trigger's place in the text (strength 2 only). */
  at?: { start: number; end: number };
  /** Found by its first party beginning it: only its start can agree. */
  onset?: boolean;
  /** Found by a party winning its place: only its end can agree. */
  ending?: boolean;
  /** Told at its place rather than named: a date to the month or the day only can agree. */
  told?: boolean;
}

// A place won, which ends a battle for it.
const WON_PLACE = /\b(?:took\s+(?:full\s+|complete\s+|total\s+)?control|(?:re)?captured|retook|regained|liberated|recovered|drove\s+(?:\S+\s+){0,3}?out|expelled)\b/i;
// An operation begun, in so many words: "Russia began carrying out strikes", "Turkey started a military operation".
const BEGAN_OPERATION = /\b(?:began|launched|started)\s+(?:\S+\s+){0,4}?(?:operation|offensive|incursion|campaign|intervention|(?:air\s?)?strikes|airstrikes)\b/i;

// "enters its fifth year", "approaching its fifth year": an ordinal of the year about to begin.
const ENTERING = /\b(?:enter|enters|entering|approach|approaches|approaching|nears|nearing|heads into|heading into|about to enter)\s+(?:its|their|the)\s+$/i;

// "the war in its ninth year": counted from the start of the conflict itself.
const WAR_WORDS = /\b(?:war|conflict|crisis|uprising|revolution|fighting)\b/i;

// What a length of time is the length of: the war it qualifies ("six-year civil war", "five-year-old
// conflict"), or the war it is of or into ("six years of war", "18 months into the conflict").
const LASTING_AFTER = /^(?:[\s-]*old)?[\s-]+(?:(?:long|civil|brutal|bloody|devastating|grinding|ongoing|deadly|Syrian)[\s-]+){0,2}(war|conflict|crisis|uprising|revolution|insurgency|campaign|intervention|siege)\b(?![\s-]+(?:refugees?|orphans?|victims?|survivors?|veterans?|widows?)\b)|^\s+(?:of|into)\s+(?:(?:the|a|its)\s+)?(?:(?:civil|brutal|bloody|devastating|grinding|ongoing|Syrian)\s+)?(war|conflict|crisis|uprising|revolution|insurgency|campaign|intervention|siege)\b/i;
const LASTING_NOUN = String.raw`(war|conflict|crisis|uprising|revolution|insurgency|campaign|intervention|siege)`;
const LASTING_VERB = String.raw`(?:(?:has|have|had)\s+)?(?:been\s+)?(?:raged|raging|rages|lasted|lasting|lasts|gone\s+on|going\s+on|goes\s+on|dragged\s+on|dragging\s+on|drags\s+on|continued|continuing|continues|waged|waging|ravaged|ravaging)(?:\s+on)?(?:\s+in\s+\p{Lu}[\p{L}’'-]*)?`;
const LASTED_FOR = new RegExp(String.raw`\b${LASTING_NOUN}\b(?:\s+(?:in|of)\s+\p{Lu}[\p{L}’'-]*)?(?:\s*,?\s*(?:which|that))?\s+${LASTING_VERB}\s+for\s+$`, 'iu');
// Or waged by the Syrian state, against someone: "the war the Assad regime has waged against our
// people for over five years" (not another's: "the war the PKK has waged against Turkey").
const WAGED_FOR = new RegExp(String.raw`\b${LASTING_NOUN}\s+(?:that\s+|which\s+)?(?:the\s+)?(?:(?:Assad|al-Assad|Syrian)\s+regime|regime|Syrian\s+government|(?:Bashar\s+)?(?:al-)?Assad(?:['’]s\s+regime)?|regime\s+of\s+(?:Bashar\s+)?(?:al-)?Assad)\s+(?:has|have|had)\s+(?:been\s+)?(?:waged|waging|fought|fighting)(?:\s+(?:against|on|in)\s+[^.;:,]{1,60}?)?\s+for\s+$`, 'iu');
const LASTING_WAR = /^(?:war|conflict|crisis|uprising|revolution|insurgency)$/;
const FIRST_YEARS_BEFORE = /\b(?:first|initial|opening|early|final)\s+$/i;
// Another country's, right before the length or after the war: "Turkey's 35-year war", "the Iraqi
// eight-year war", "war with the PKK", "in Yemen"; or an indefinite one, "an eight-year war".
const OTHERS_BEFORE = /\b(?!Syria)\p{Lu}\p{L}*(?:['’]s|ian|i|ish|ese)\s+(?:[\p{L}-]+\s+)?$/u;
const ANY_ONE_BEFORE = /\b(?:an?)\s+(?!civil\b)(?:[\p{L}-]+\s+)?$/iu;
const OTHERS_AFTER = /^\s+(?:(?:that|which)\s+\S+\s+)?(?:with|against|in|on|between)\s+(?:the\s+)?(?!Syria)\p{Lu}/u;

// The war's start told in other words: "since the unrest began", "when protests erupted".
const WAR_BEGAN = /\b(?:began|begun|started|erupted|broke\s+out|outbreak|beginning|start|since)\b/i;
const UNREST_WORDS = /\b(?:unrest|protests|demonstrations|revolt)\b/i;
/** Characters before a date within which the words of the war's start are read. */
const WAR_BEGAN_REACH = 160;

// Words that name a kind of event: with two of its parties in the sentence, they point to it.
const KIND_WORDS: Record<string, RegExp> = {
  agreement: /\b(?:deal|deals|agreement|agreements|memorandum|accord|pact|ceasefire|truce|protocol|statement)\b/i,
  operation: /\b(?:operation|offensive|incursion|assault|campaign|intervention)\b/i,
  attack: /\b(?:attack|attacks|strike|strikes|massacre)\b/i,
  resolution: /\b(?:resolution|vote)\b/i,
  event: /\b(?:war|uprising|protests|revolution|fall|collapse)\b/i,
};

/**
 * The words that tell of an event at its place where the text does not name it: a battle's or
 * an offensive's start ("launched", "began advancing on"; not "captured", its end), and an
 * attack's own words (its title's: "massacre"; a chemical attack's weapons), not any attack or
 * strike ("Russian strikes on Ghouta" are no sarin attack, "rebels in Douma attacked" no gas).
 * None for an attack whose title has no such word.
 */
function toldWords(e: Event, anywhere = false): RegExp | null {
  if (e.kind === 'operation') return /\b(?:launched|launches|launching|began|begun|begins|started|starts|offensive|assault|incursion|intervention|battle|siege|besieged|besieging|advance|advanced|advancing)\b/i;
  if (e.kind !== 'attack') return /\b(?:clashes|violence|fighting|erupted|broke\s+out)\b/i;
  const places = new Set((e.places ?? []).flatMap((p) => p.toLowerCase().split(/[^\p{L}]+/u)));
  const own = e.title.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4 && !places.has(w) && !GENERIC_ATTACK_WORDS.has(w));
  // (Far from the place, only the words that name such an attack alone: not "gas" of "oil and gas".)
  const chemical = !own.includes('chemical') ? [] : anywhere ? ['sarin', 'chlorine', 'gassed', 'gassing', 'nerve\\s+agents?', 'chemical\\s+attacks?'] : ['sarin', 'chlorine', 'nerve', 'toxic', 'gas', 'gassed', 'gassing', 'poison', 'poisoned'];
  const words = [...(anywhere ? own.filter((w) => w !== 'chemical') : own), ...chemical];
  return words.length ? new RegExp(`\\b(?:${words.join('|')})\\b`, 'i') : null;
}
const GENERIC_ATTACK_WORDS = new Set(['attack', 'attacks', 'strike', 'strikes', 'missile', 'missiles', 'airbase', 'base']);
/** How far around a place an attack's own words make the place a mention of the attack. */
const PLACE_TOLD_CHARS = 400;
/** How far from its place an event's words are read, and what ends their clause. */
const TOLD_REACH = 60;
const CLAUSE_TURN = /[,;]|\b(?:while|as|after|before|when|whereas|but)\b/gi;
const CLAUSE_TURN_ONCE = /[,;]|\b(?:while|as|after|before|when|whereas|but)\b/i;

const number = (n: number) => n.toLocaleString('en-US');

export class Verifier {
  private readonly events: Map<string, Event>;
  private readonly stats: Map<string, Statistic>;
  /** Figures in each agreement's terms ("30 km", "120 hours"), read with the same extractor. */
  private readonly termFigures = new Map<string, RawClaim[]>();
  /** Statistics that are one incident's toll, and the place names of those narrower than Syria: read once from the file. */
  private readonly incidents = new Set<string>();
  private readonly placeNames = new Map<string, RegExp[]>();
  /** The kind of each actor: a counter may be named by the sentence (a monitor, an agency; not a state, named as a place as often). */
  private readonly actorKinds: Map<string, string>;
  /** An incident's phrases that name what happened, not where ("chemical attack", "sarin"). */
  private readonly incidentKinds = new Map<string, RegExp>();
  /** Each event's places, as one expression (see the schema's `places`), and the words that tell of it there. */
  private readonly eventPlaces = new Map<string, RegExp>();
  private readonly eventTold = new Map<string, RegExp>();
  private readonly eventToldAnywhere = new Map<string, RegExp>();

  constructor(private readonly kb: Knowledge) {
    this.events = new Map(kb.events.map((e) => [e.id, e]));
    this.stats = new Map(kb.statistics.map((s) => [s.id, s]));
    this.actorKinds = new Map(kb.actors.map((a) => [a.id, a.kind]));
    for (const s of kb.statistics) {
      const places = placeWords(s);
      if (places.length) this.placeNames.set(s.id, places);
      if (!isIncident(s)) continue;
      this.incidents.add(s.id);
      // The words of its phrases that say what happened ("chemical", "sarin", "shelling"), not where.
      const kindPhrases = s.triggers.filter((t) => !places.some((w) => w.test(t)));
      const kindWords = [...new Set(kindPhrases.flatMap((t) => t.toLowerCase().split(/[^\p{L}]+/u)))].filter((w) => w.length >= 3 && !NOT_KIND_WORDS.has(w));
      if (kindWords.length && kindPhrases.length < s.triggers.length) this.incidentKinds.set(s.id, phrasesExpression(kindWords));
    }
    for (const e of kb.events) {
      const told = e.places?.length ? toldWords(e) : null;
      if (told) {
        this.eventPlaces.set(e.id, new RegExp(`(?<![\\p{L}])(?:${e.places!.map(flexiblePattern).join('|')})(?![\\p{L}])`, 'giu'));
        this.eventTold.set(e.id, told);
        if (e.kind === 'attack') this.eventToldAnywhere.set(e.id, toldWords(e, true) ?? told);
      }
      const terms = (e.terms ?? []).join('\n');
      if (terms) this.termFigures.set(e.id, extractClaims(terms, splitSentences(terms)));
    }
  }

  /**
   * For each attack the text names only by its place, never in its own words near it, those
   * places: "the capture of Khan Shaykhun" is no background of the sarin attack there, nor is a
   * town's row in a table whose page speaks of gas masks elsewhere (see `rankContext`).
   */
  placesOnly(text: string): Map<string, string[]> {
    const only = new Map<string, string[]>();
    for (const [id, told] of this.eventTold) {
      const event = this.events.get(id)!;
      if (event.kind !== 'attack') continue;
      // (Anywhere in the text, the attack's own words in so many words: "a sarin attack there", not "gas masks".)
      const named = this.eventToldAnywhere.get(id)!.test(text) || [...text.matchAll(this.eventPlaces.get(id)!)].some((m) => told.test(text.slice(Math.max(0, m.index - PLACE_TOLD_CHARS), m.index + m[0].length + PLACE_TOLD_CHARS)));
      if (!named) only.set(id, event.places!.map((p) => p.toLowerCase()));
    }
    return only;
  }

  verify(claims: RawClaim[], context: ClaimContext): ClaimFinding[] {
    const dates = claims.filter((c) => c.kind === 'date');
    // An attack's toll needs the attack named somewhere in the text, not only a phrase that
    // other attacks share: 64 dead of nerve agents in Hama are not the toll of Khan Shaykhun.
    const named = new Set<string>();
    for (const hits of context.triggersBySentence.values()) {
      for (const h of hits) if (this.namesOneIncident(h.entryIds)) for (const id of h.entryIds) named.add(id);
    }
    const placed = new Set([...this.eventPlaces].filter(([, places]) => context.text.search(places) >= 0).map(([id]) => id));
    const ctx: VerifyContext = { ...context, dates, named, references: referenceDates(dates, context), placed };
    const verified = claims.map((claim) => {
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
      // "Five years ago" in an article of July 2016 dates 2011: a date, where the article's own is known.
      const back = claim.ago && ctx.articleDate && !ctx.dateIsEstimate ? countedBack(claim, ctx.articleDate, ctx.text.slice(claim.start, claim.end)) : undefined;
      const judged = back
        ? this.verifyDate(back, ctx)
        : claim.kind === 'date'
          ? this.verifyDate(claim, ctx)
          : claim.ordinal
            ? this.verifyOrdinal(claim, ctx)
            : claim.kind === 'casualties' || claim.kind === 'displacement' || claim.kind === 'refugees'
              ? this.verifyCount(claim, ctx, (s) => s.kind === claim.kind || (s.kind === 'returns' && claim.kind !== 'casualties' && returnSaidOf(ctx, claim, s.id)), false)
              : this.verifyOtherFigure(claim, ctx);
      const sources = [...new Set(judged.facts.flatMap((id) => this.sourcesOf(id)))];
      if (back) {
        const explanation = `Counted back from the article's date, ${humanDate(formatYmd(ctx.articleDate!))}. ${judged.explanation}`;
        const until = back.date?.lastMonth !== undefined ? rangeEnd(judged.value, back.date) : undefined;
        return { ...base, kind: 'date' as const, high: undefined, unit: undefined, approx: back.approx, ...judged, sources, explanation, ...(until ? { until } : {}) };
      }
      const until = claim.date?.lastDay !== undefined || claim.date?.lastMonth !== undefined ? rangeEnd(judged.value, claim.date) : undefined;
      // (Onto `base`, made here: a spread into a new object took 5% of a long text's analysis.)
      return Object.assign(base, judged, { sources }, until ? { until } : {});
    });
    return this.withAttackDaysTold(verified, ctx.text);
  }

  /**
   * A day the text ties to an attack once is that attack's wherever it names an attack on that day
   * again: "the April 4 strike" after "the April 4 attack on Khan Shaykhun".
   */
  private withAttackDaysTold<T extends { kind: string; end: number; value: number | string; verdict: Verdict; facts: string[] }>(verified: T[], text: string): T[] {
    const attackOn = new Map<string, T>();
    for (const v of verified) {
      if (v.kind === 'date' && v.verdict === 'consistent' && typeof v.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.value) && this.events.get(v.facts[0] ?? '')?.kind === 'attack') attackOn.set(v.value, v);
    }
    if (attackOn.size === 0) return verified;
    return verified.map((v) => {
      const told = v.kind === 'date' && v.verdict === 'not-in-knowledge' && typeof v.value === 'string' ? attackOn.get(v.value) : undefined;
      if (!told || !ATTACK_AFTER_DAY.test(text.slice(v.end, v.end + 40))) return v;
      const { verdict, facts, explanation, sources } = told as T & { explanation: string; sources: unknown };
      return { ...v, verdict, facts, explanation, sources };
    });
  }

  /**
   * Whether a phrase is of statistics of one incident only, their periods all overlapping
   * ("khan shaykhun"; not "chemical attack", which three attacks years apart share).
   */
  private namesOneIncident(ids: string[]): boolean {
    const windows = ids.flatMap((id) => {
      const s = this.stats.get(id);
      return s ? [s.window] : [];
    });
    return windows.length > 0 && windows.every((a) => windows.every((b) => a.from <= b.to && b.from <= a.to));
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

  private candidates<T extends { id: string; parties?: string[]; kind?: string; end_date?: string }>(
    claim: RawClaim,
    ctx: VerifyContext,
    pool: Map<string, T>,
  ): Candidate<T>[] {
    const i = ctx.sentenceIndex(claim.start);
    const nearest = new Map<string, { distance: number; at: { start: number; end: number } }>();
    for (const hit of hitsNear(ctx, i, claim)) {
      const d = hit.end <= claim.start ? claim.start - hit.end : hit.start >= claim.end ? hit.start - claim.end : 0;
      for (const id of hit.entryIds) if (d < (nearest.get(id)?.distance ?? Infinity)) nearest.set(id, { distance: d, at: hit });
    }
    const before = entriesNear(ctx, [i - 1], claim);
    const actors = ctx.actorsBySentence.get(i) ?? new Set<string>();
    const sentence = ctx.sentences[i];
    const sentenceText = sentence ? ctx.text.slice(Math.max(sentence.start, claim.start - NEAR_CHARS), Math.min(sentence.end, claim.end + NEAR_CHARS)) : '';
    // (Only where the sentence names no operation itself: "Turkey launched Operation Olive Branch
    // in August 2016" is no date of another Turkish operation.)
    const begins =
      claim.kind === 'date' && claim.date?.month !== undefined && BEGAN_OPERATION.test(sentenceText) && ![...nearest.keys()].some((id) => pool.get(id)?.kind === 'operation');
    const result: Candidate<T>[] = [];
    for (const entry of pool.values()) {
      const near = nearest.get(entry.id);
      if (near) result.push({ entry, strength: 2, distance: near.distance, at: near.at });
      else if (before.has(entry.id)) result.push({ entry, strength: 1, distance: Infinity });
      else if (entry.kind !== undefined && KIND_WORDS[entry.kind] && namedParties(entry.parties, actors) >= 2 && KIND_WORDS[entry.kind]!.test(sentenceText)) {
        result.push({ entry, strength: 1, distance: Infinity });
      } else if (claim.kind === 'date' && ctx.placed.has(entry.id) && (entry.kind === 'attack' || actors.has(entry.parties?.[0] ?? '')) && this.toldAtPlace(entry.id, sentenceText)) {
        // An event told rather than named: its place and what happened there, in one clause of
        // the date's sentence ("sarin gas killed hundreds of civilians in Ghouta in August 2013"),
        // and for a battle or an offensive its first party named ("ISIL began advancing on Kobani
        // on September 16"; not the army's advance on Raqqa's border in the SDF's month there).
        // A battle told so agrees at its start only: its words are those of a start. Only as
        // agreeing: with no phrase of its own beside the date, it is never "related".
        result.push({ entry, strength: 1, distance: Infinity, told: true, onset: entry.kind !== 'attack' });
      } else if (claim.kind === 'date' && entry.kind === 'operation' && entry.end_date && ctx.placed.has(entry.id) && (entry.parties ?? []).some((p) => actors.has(p)) && this.toldAtPlace(entry.id, sentenceText, WON_PLACE)) {
        // Or its end, told by a party taking its place: "Kurdish YPG fighters recaptured Kobane on
        // January 26", "the Syrian army took full control of Eastern Ghouta on 12 April".
        result.push({ entry, strength: 1, distance: Infinity, told: true, ending: true });
      } else if (begins && entry.kind === 'operation' && actors.has(entry.parties?.[0] ?? '')) {
        // For a date to the month, an operation its first party is said to begin ("Russia began
        // carrying out strikes in Syria in September 2015", where Syria is a place): its start only.
        result.push({ entry, strength: 1, distance: Infinity, onset: true });
      }
    }
    return result.sort((a, b) => b.strength - a.strength || a.distance - b.distance);
  }

  /** Whether a text names one of the event's places with the words that tell of it (or of its end) in the same clause, near it. */
  private toldAtPlace(id: string, text: string, told = this.eventTold.get(id)): boolean {
    const places = this.eventPlaces.get(id);
    if (!places || !told) return false;
    for (const p of matches(places, text)) {
      if (inLongerPlaceName(text, p.index, p[0])) continue;
      const before = text.slice(Math.max(0, p.index - TOLD_REACH), p.index);
      const after = text.slice(p.index + p[0].length, p.index + p[0].length + TOLD_REACH);
      const clauseBefore = before.slice(([...matches(CLAUSE_TURN, before)].pop()?.index ?? -1) + 1);
      const clauseAfter = after.slice(0, after.search(CLAUSE_TURN_ONCE) >>> 0);
      if (told.test(clauseBefore) || told.test(clauseAfter)) return true;
    }
    return false;
  }

  private verifyDate(claim: RawClaim, ctx: VerifyContext) {
    // The report's own dateline ("…Monitor Reuters Sunday 12 Jun 2016 Air strikes…") dates no event.
    if (claim.date?.year !== undefined && claim.start < DATELINE_CHARS && isDateline(ctx.text, claim, ctx.dateIsEstimate ? null : ctx.articleDate)) {
      return { value: formatParts(articleDayOf(claim, ctx) ?? claim.date), verdict: 'not-in-knowledge' as Verdict, facts: [], explanation: 'The report\'s own date.' };
    }
    const parts = articleDayOf(claim, ctx) ?? claim.date!;
    const yearless = parts.year === undefined && parts.decade === undefined;
    const read = ctx.references.get(claim) ?? null;
    const reference = read?.date ?? null;
    const candidates = this.candidates(claim, ctx, this.events);
    // "Since the conflict began with protests in March 2011": the start of the war itself, however
    // the words around the date name it; for a date with its year only (a year is not the war's
    // to give), and only as agreeing: a date that does not agree is of something else.
    const conflictStart = this.events.get(this.kb.meta.conflict_start);
    const sentenceOf = ctx.sentences[ctx.sentenceIndex(claim.start)];
    if (conflictStart && sentenceOf && !yearless && !candidates.some((c) => c.entry === conflictStart)) {
      const said = ctx.text.slice(Math.max(sentenceOf.start, claim.start - WAR_BEGAN_REACH), Math.min(sentenceOf.end, claim.end + KIND_REACH));
      if (WAR_BEGAN.test(said) && (WAR_WORDS.test(said) || UNREST_WORDS.test(said))) candidates.push({ entry: conflictStart, strength: 1, distance: Infinity });
    }
    // A year alone agrees with many things: only with an event its sentence names, or one the
    // sentence before names when the year's own words say what kind of thing it dates ("…the
    // chemical weapons deal. … under the 2013 agreement"). "In 2014, the number swelled" is no
    // date of the siege of Kobani the sentence before tells of.
    const yearOnly = parts.month === undefined;
    const sentence = yearOnly ? sentenceOf : undefined;
    const words = sentence ? ctx.text.slice(Math.max(sentence.start, claim.start - KIND_REACH), Math.min(sentence.end, claim.end + KIND_REACH)) : '';
    // A year in brackets after a name, or between "the" and a name, dates that name: "Battle of
    // Zabadani (2012)", "the 2019 Sri Lanka Easter bombings" date no event named elsewhere.
    const text = ctx.text;
    const ofName =
      (/\p{L}\s?\($/u.test(text.slice(Math.max(0, claim.start - 3), claim.start)) && /^\s?\)/.test(text.slice(claim.end, claim.end + 2))) ||
      (/(?<![\p{L}])(?:the|a|an)\s$/iu.test(text.slice(Math.max(0, claim.start - 4), claim.start)) && /^\s\p{Lu}/u.test(text.slice(claim.end, claim.end + 2)));
    const namesIt = (c: Candidate<Event>) => !!c.at && ((c.at.end <= claim.start && claim.start - c.at.end <= 2) || (c.at.start >= claim.end && c.at.start - claim.end <= 1));
    // (Where a trigger is beside the year, the year dates that phrase, which the sentence may go on
    // to name: "the 2018 Turkish offensive on Afrin, known as Olive Branch".)
    const besideTrigger = ofName && candidates.some(namesIt);
    const datesThis = (c: Candidate<Event>) => !ofName || namesIt(c) || (besideTrigger && c.strength === 2);
    for (const c of candidates) {
      const { entry } = c;
      if (!datesThis(c)) continue;
      if (yearOnly && (c.told || (c.strength < 2 && !(entry.kind && KIND_WORDS[entry.kind]?.test(words))))) continue;
      for (const [which, value] of [['date', c.ending ? undefined : entry.date], ['end_date', c.onset ? undefined : entry.end_date]] as const) {
        const fact = parseIsoDate(value);
        if (!fact || !datesAgree(parts, fact)) continue;
        // An end the article could not yet know: "since the beginning of 2016" in November 2016 is
        // no date of a battle that ended in December.
        if (which === 'end_date' && ctx.articleDate && !ctx.dateIsEstimate && compareYmd(fact, lastDayOf(ctx.articleDate)) > 0) continue;
        // A date without its year agrees only with an event close to the date it is read from;
        // read from a date just before it, only with one of the year that gives ("In July 2016 … in September").
        if (yearless && reference && Math.abs(reference.year - fact.year) > 1) continue;
        if (yearless && reference && read!.end !== undefined && claim.start - read!.end <= CLOSE_DATE_CHARS && withYearFrom(parts, reference, read!.reading).year !== fact.year) continue;
        const resolved: DateParts = yearless ? { ...parts, year: fact.year } : parts;
        return {
          value: formatParts(resolved),
          ...(yearless ? { yearFrom: 'event' as const } : {}),
          verdict: 'consistent' as Verdict,
          facts: [entry.id],
          explanation: `${entry.title}: ${which === 'date' ? '' : 'ended '}${humanDate(value!)}.`,
        };
      }
    }
    const resolved = withYearFrom(parts, reference, read?.reading);
    const value = formatParts(resolved);
    const yearFrom = yearless && resolved.year !== undefined ? { yearFrom: read!.ofArticle ? ('article' as const) : ('text' as const) } : {};
    // An agreement or a resolution is one document, whatever date after it is written beside it,
    // or any date its sentence says it was signed, sealed, concluded or adopted on; not one years
    // before it otherwise (a caption of June 2015 under a heading that names the road a 2020
    // protocol is about). Strikes, clashes and battles recur, and a date years off is of another.
    // (Read near the date only, so that a text without full stops stays linear.)
    const concluded = () => !!sentenceOf && SIGNED.test(ctx.text.slice(Math.max(sentenceOf.start, claim.start - SIGNED_REACH), Math.min(sentenceOf.end, claim.end + SIGNED_REACH)));
    const beside = candidates.find(
      (c) =>
        datesThis(c) &&
        this.namedBeside(claim, c, ctx.dates) &&
        (c.entry.kind === 'agreement' || c.entry.kind === 'resolution' ? !yearsBefore(resolved, c.entry) || concluded() : withinAYear(resolved, c.entry)),
    );
    if (!beside) return { value, ...yearFrom, verdict: 'not-in-knowledge' as Verdict, facts: [], explanation: 'No dated event in the knowledge file matches this date here.' };
    const { entry } = beside;
    const span = entry.end_date ? `from ${humanDate(entry.date)} to ${humanDate(entry.end_date)}` : `to ${humanDate(entry.date)}`;
    return {
      value,
      ...yearFrom,
      verdict: (this.dateContradicts(claim, resolved, beside, ctx) ? 'differs' : 'related') as Verdict,
      facts: [entry.id],
      explanation: `The knowledge file dates ${entry.title} ${span}.`,
    };
  }

  /** Whether an event is named right beside a date (in its sentence, nearer to it than to any other date). */
  private namedBeside(claim: RawClaim, c: Candidate<Event>, dates: RawClaim[]): boolean {
    if (c.at === undefined || c.distance > BESIDE_CHARS) return false;
    const at = c.at;
    const distanceTo = (d: RawClaim) => (d.end <= at.start ? at.start - d.end : Math.max(0, d.start - at.end));
    const own = distanceTo(claim);
    // Only dates that start within that distance of the name can be nearer to it.
    for (let i = startingBefore(dates, at.start - own - BESIDE_CHARS); i < dates.length && dates[i]!.start <= at.end + own; i++) {
      if (dates[i] !== claim && distanceTo(dates[i]!) < own) return false;
    }
    return true;
  }

  /**
   * Whether a date named beside an agreement gives it another date than the file's: only for
   * the signing of an agreement or a resolution's adoption, which happen on one day, said in
   * so many words ("signed the Sochi memorandum on 17 September 2017"); a year at most off (further,
   * it is another accord), and no later than the article. Dates beside a battle, an offensive or
   * a war are of its course, not claims about when it began: they are related, never said to differ.
   */
  private dateContradicts(claim: RawClaim, resolved: DateParts, c: Candidate<Event>, ctx: ClaimContext): boolean {
    const start = parseIsoDate(c.entry.date);
    if (!start || c.entry.end_date || !precisionComparable(claim.date!, c.entry.date)) return false;
    if (c.entry.kind !== 'agreement' && c.entry.kind !== 'resolution') return false;
    const sentence = ctx.sentences[ctx.sentenceIndex(claim.start)];
    if (!sentence || !CONCLUDED.test(ctx.text.slice(sentence.start, sentence.end))) return false;
    if (resolved.year === undefined || Math.abs(resolved.year - start.year) > 1) return false;
    const article = ctx.articleDate;
    return !article || ctx.dateIsEstimate || monthIndex(start) <= monthIndex(article) + 1;
  }

  /** "in its ninth year": counted from the start of the event it speaks of, to the article's date. */
  private verifyOrdinal(claim: RawClaim, ctx: VerifyContext) {
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
      // "will enter its fifth year next month", "approaching its fifth year": the year to come.
      const coming = ENTERING.test(ctx.text.slice(Math.max(sentence?.start ?? 0, claim.start - 40), claim.start));
      const ok = nth === claim.value || (coming && nth + 1 === claim.value) || (claim.unit === 'anniversary' && nth - 1 === claim.value);
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
   * How long a war or an operation had lasted at the article's date: "Syria's six-year civil war",
   * "six years of war", "the war has raged for more than five years". Counted from the start of
   * the event its phrases name there, or of the conflict for a war named in common words.
   * Undefined when the length is of nothing the file dates.
   */
  private verifyElapsed(claim: RawClaim, ctx: VerifyContext) {
    const perUnit = claim.unit === 'year' ? 12 : claim.unit === 'month' ? 1 : 0;
    const sentence = ctx.sentences[ctx.sentenceIndex(claim.start)];
    const article = ctx.articleDate;
    if (!perUnit || !sentence || claim.approx === 'vague') return undefined;
    const before = ctx.text.slice(Math.max(sentence.start, claim.start - 120), claim.start);
    // (The first two years of a war are no length it had at the article's date.)
    if (FIRST_YEARS_BEFORE.test(before)) return undefined;
    const after = LASTING_AFTER.exec(ctx.text.slice(claim.end, Math.min(sentence.end, claim.end + 60)));
    // Or the war that has lasted it, its verb right before "for": "the war has been raging in Syria
    // for five years", "Syria's war, which has raged for five years" (not "the war raged on as
    // families lived in camps for five years").
    const lasted = LASTED_FOR.exec(before) ?? WAGED_FOR.exec(before);
    const noun = (after?.[1] ?? after?.[2] ?? lasted?.[1])?.toLowerCase();
    if (!noun) return undefined;
    let entry: Event | undefined;
    if (LASTING_WAR.test(noun)) {
      // A war in an article on Syria is Syria's ("the country's five-year conflict", "the six-year
      // war"), unless the words make it another's: a country's own ("Turkey's 35-year war", "the
      // Iraqi eight-year war"), one that it is with or in ("war with the PKK", "war in Yemen"), or
      // any one war ("Iraq fought Iran in an eight-year war").
      const afterNoun = after ? ctx.text.slice(claim.end + after[0].length, claim.end + after[0].length + 40) : '';
      const nounBefore = after ? before : before.slice(0, lasted!.index);
      const anothers = OTHERS_BEFORE.test(nounBefore) || ANY_ONE_BEFORE.test(nounBefore) || (after ? OTHERS_AFTER.test(afterNoun) : OTHERS_AFTER.test(lasted![0].replace(/^\S+/, '')));
      const syrias = !anothers && /\bSyria/.test(ctx.text);
      entry = syrias ? this.events.get(this.kb.meta.conflict_start) : undefined;
    } else {
      // A siege, a campaign or an intervention is the operation whose own phrase names it there: "the siege of Kobani".
      entry = this.candidates(claim, ctx, this.events).find(
        (c) => c.strength === 2 && c.entry.kind === 'operation' && !!c.at && ctx.text.slice(c.at.start, c.at.end).toLowerCase().includes(noun) && (!article || compareYmd(parseIsoDate(c.entry.date)!, article) <= 0),
      )?.entry;
    }
    const start = parseIsoDate(entry?.date);
    if (!entry || !start) return undefined;
    const began = `${entry.title} began in ${humanDate(entry.date)}`;
    if (!article || article.month === undefined) {
      return { value: claim.value, verdict: 'related' as Verdict, facts: [entry.id], explanation: `${began}; the article's date is not known to the month, so the length cannot be checked.` };
    }
    // Months from the start to the article's date, or to the end of what had ended by then; to the day where both are known.
    const ended = parseIsoDate(entry.end_date);
    const until = ended && compareYmd(ended, article) <= 0 ? ended : article;
    const months = monthIndex(until) - monthIndex(start) + (until.day !== undefined && start.day !== undefined ? (until.day - start.day) / 30 : 0);
    if (months < 0) return undefined;
    const [low, high] = [claim.value * perUnit, (claim.high ?? claim.value) * perUnit].sort((a, b) => a - b) as [number, number];
    const ok =
      claim.high !== undefined ? months >= low - 1 && months <= high + 1
      : claim.approx === 'exact' ? (perUnit === 12 ? Math.abs(months - low) < 12 : Math.abs(months - low) <= 1)
      : claim.approx === 'more-than' || claim.approx === 'at-least' ? months >= low - 1
      : claim.approx === 'less-than' || claim.approx === 'up-to' ? months <= low + 1
      : Math.abs(months - low) <= Math.max(2, low * 0.15);
    // Said to differ only when two years or more off (three for a round figure), of a text whose date is its own.
    const far = Math.min(Math.abs(months - low), Math.abs(months - high)) >= (claim.approx === 'exact' ? 24 : 36);
    const verdict: Verdict = ok ? 'consistent' : far && !ctx.dateIsEstimate ? 'differs' : 'related';
    const lastedFor = until === article ? `at the article's date it had lasted ${lengthInWords(months)}` : `it lasted ${lengthInWords(months)}, to ${humanDate(formatYmd(until))}`;
    return { value: claim.value, verdict, facts: [entry.id], explanation: `${began}: ${lastedFor}.` };
  }

  /**
   * A figure of another kind: checked against the terms of the agreement in question, else, for a
   * count of people ("16.7 million people in need", "100,000 missing"), against the statistics of
   * people in need and of the detained and missing, but only with one of their phrases in its sentence.
   */
  private verifyOtherFigure(claim: RawClaim, ctx: VerifyContext) {
    const byTerms = this.verifyTermFigure(claim, ctx);
    if (claim.kind === 'duration' && byTerms.verdict === 'not-in-knowledge') return this.verifyElapsed(claim, ctx) ?? byTerms;
    if (claim.kind !== 'count' || byTerms.verdict !== 'not-in-knowledge' || !PEOPLE.has(claim.counts?.toLowerCase() ?? '')) return byTerms;
    const byStatistics = this.verifyCount(claim, ctx, (s) => PEOPLE_COUNTS.has(s.kind), true);
    return byStatistics.verdict === 'not-in-knowledge' ? byTerms : byStatistics;
  }

  /**
   * Near: a statistic's phrase in the claim's sentence or the one before; with `sameSentence`, in
   * the claim's own sentence only, and nowhere else counts. A figure is said to differ only from a
   * statistic of its own kind: a count of refugees is no count of returns, nor of people in need.
   */
  private verifyCount(claim: RawClaim, ctx: VerifyContext, fits: (s: Statistic) => boolean, sameSentence: boolean) {
    const i = ctx.sentenceIndex(claim.start);
    const sentences = sameSentence ? [i] : [i, i - 1];
    const near = entriesNear(ctx, sentences, claim);
    // Named elsewhere in the text, and of the article's time: not in a page whose date is only
    // estimated (a history's latest date), whose figures are of any year it tells of.
    const anywhere = (s: Statistic) => !sameSentence && !ctx.dateIsEstimate && ctx.triggeredAnywhere.has(s.id) && claim.approx !== 'vague';
    // Its counter named in the sentence: an actor of the file (not a state, which a sentence names
    // as a place as often), or a publisher by its name.
    const named = ctx.actorsBySentence.get(i) ?? new Set<string>();
    const sentence = ctx.sentences[i];
    const sentenceText = sentence ? ctx.text.slice(Math.max(sentence.start, claim.start - NEAR_CHARS), Math.min(sentence.end, claim.end + NEAR_CHARS)).toLowerCase() : '';
    const countedHere = (s: Statistic) => {
      const kind = this.actorKinds.get(s.counted_by);
      return kind ? kind !== 'state' && named.has(s.counted_by) : sentenceText.includes(s.counted_by.toLowerCase());
    };
    // (A window fits by 1 at most: a statistic named nowhere near, nor anywhere, never ranks.)
    const ranked = this.kb.statistics
      .filter((s) => (near.has(s.id) || anywhere(s)) && fits(s))
      .map((s) => ({ s, near: (near.has(s.id) ? 2 : 1) + windowFit(s, ctx) }))
      .filter((c) => c.near >= 2)
      // A count known only later is no background for the article: 2023's deaths for a 2019 report.
      // (Read after the cheap test of nearness above: most statistics are named nowhere near.)
      .filter(({ s }) => !knownOnlyAfterArticle(s, ctx) && countsAlike(claim, s, ctx, this.incidents.has(s.id), this.placeNames.get(s.id) ?? [], this.incidentKinds.get(s.id)) && (!this.incidents.has(s.id) || ctx.named.has(s.id) || writtenDuring(s, ctx)))
      // Whoever the sentence names as the counter is the one cited, over a nearer date.
      .map(({ s, near }) => ({ s, score: near + (countedHere(s) ? 1 : 0) }))
      // On a tie, a statistic of the claim's own kind first, then the count nearest the article's
      // date: of a running tally, the figure it could have cited.
      .sort(
        (a, b) =>
          b.score - a.score ||
          Number(b.s.kind === claim.kind) - Number(a.s.kind === claim.kind) ||
          fromArticle(a.s, ctx) - fromArticle(b.s, ctx),
      );
    if (ranked.length === 0) {
      return { value: claim.value, verdict: 'not-in-knowledge' as Verdict, facts: [], explanation: 'No figure in the knowledge file speaks to this one.' };
    }
    // A count of one group ("31 children") is set beside a toll that names it as its part, never weighed against the whole.
    const part = countsAPart(claim, ranked[0]!.s);
    // A count of another time than the one the sentence gives the figure agrees in value only:
    // "As of August 2019, Egypt hosts 130,371" is no count of April 2016.
    const own = figureDate(claim, ctx);
    // The count that agrees is shown first; one of the article's time agrees though newer ones rank
    // above it: "more than 400,000 killed" in October 2016 is the UN envoy's estimate of April, not a
    // monitor's later tally.
    const agrees = (c: { s: Statistic }) => figuresAgree(claim, c.s.value) && (!own || countedWhen(c.s, own));
    // A part agrees with the figure a toll gives for it ("at least 426 children" of the US count of
    // 1,429), the nearest first: 32 children agrees with SNHR's 32 before SOHR's 30.
    const partsAgreeing = part
      ? ranked
          .slice(0, 3)
          .map(({ s }) => ({ s, figure: countsAPart(claim, s) ? partFigure(claim, s) : undefined }))
          .filter((p) => p.figure !== undefined && figuresAgree(claim, p.figure))
          .sort((a, b) => Math.abs(a.figure! - claim.value) - Math.abs(b.figure! - claim.value))
      : [];
    const match = part ? partsAgreeing[0]?.s : (ranked.slice(0, 3).find(agrees) ?? (ctx.articleDate ? ranked.find((c) => windowFit(c.s, ctx) > 0 && agrees(c)) : undefined))?.s;
    const facts = match ? [match, ...ranked.map((c) => c.s).filter((s) => s !== match)].slice(0, 3) : ranked.slice(0, 3).map((c) => c.s);
    const shown = facts.map((f) => this.describeStatistic(f)).join(' ');
    if (match) {
      return { value: claim.value, verdict: 'consistent' as Verdict, facts: facts.map((s) => s.id), explanation: shown };
    }
    const top = ranked[0]!;
    // Within the spread of the counters' own figures for that period (an attack's toll: 281 to
    // 1,429), a figure is one more count, not a different one.
    const peers = ranked.filter((c) => c.s.kind === top.s.kind && c.s.window.from === top.s.window.from && c.s.window.to === top.s.window.to).map((c) => c.s.value);
    const withinCounts = claim.value >= Math.min(...peers) && claim.value <= Math.max(...peers);
    // Only against the article's own date: of a text whose date is estimated, no period is sure.
    const differs = !part && !withinCounts && !facts.some((s) => figuresAgree(claim, s.value)) && !ctx.dateIsEstimate && top.s.kind === claim.kind && near.has(top.s.id) && windowFit(top.s, ctx) === 1 && claim.approx === 'exact';
    return {
      value: claim.value,
      verdict: (differs ? 'differs' : 'related') as Verdict,
      facts: facts.map((s) => s.id),
      // A range is as far off as its nearer end.
      explanation: differs ? `${shown} The article's figure is ${offBy(claim.high !== undefined && top.s.value > claim.high ? claim.high : claim.value, top.s.value)}.` : shown,
    };
  }

  /** Distances, durations and amounts checked against the terms of the agreement in question. */
  private verifyTermFigure(claim: RawClaim, ctx: VerifyContext) {
    // No agreement the article could not have known of, nor one its sentence dates otherwise
    // ("the September 12 truce brokered by Russia and the United States" is no accord of 14 September 2013).
    const article = ctx.articleDate && !ctx.dateIsEstimate ? monthIndex(ctx.articleDate) : Infinity;
    const i = ctx.sentenceIndex(claim.start);
    // (Not the report's own date, nor a deadline: "heavy weapons must leave by 10 October".)
    const ownSentence = ctx.sentences[i];
    const sentenceDates = ownSentence ? datesWithin(ctx.dates, ownSentence.start, ownSentence.end).filter((d) => d.date && !isReportDate(d, ctx) && !DEADLINE_BEFORE.test(ctx.text.slice(Math.max(0, d.start - 12), d.start))) : [];
    const candidates = this.candidates(claim, ctx, this.events).filter(
      (c) =>
        this.termFigures.has(c.entry.id) &&
        monthIndex(parseIsoDate(c.entry.date)!) <= article + 1 &&
        (c.strength === 2 || sentenceDates.every((d) => datesAgree(d.date!, parseIsoDate(c.entry.date)!))),
    );
    for (const { entry } of candidates) {
      const figures = this.termFigures.get(entry.id)!;
      // The same time in another unit is the same term: "a five-day ceasefire" is the "120-hour pause".
      const same = figures.find((f) => f.kind === claim.kind && f.high === claim.high && (f.unit === claim.unit ? f.value === claim.value : f.kind === 'duration' && f.high === undefined && inHours(f) !== null && inHours(f) === inHours(claim)));
      if (same) {
        // The term the file's figure was read from ("a 120-hour pause" for "a five-day ceasefire").
        return { value: claim.value, verdict: 'consistent' as Verdict, facts: [entry.id], explanation: `${entry.title}: ${(entry.terms ?? []).find((t) => t.includes(String(same.value))) ?? ''}` };
      }
    }
    // Another figure of the same kind is related only to the terms of an accord named in its own
    // sentence, not to any accord its parties made nor one the article names elsewhere ("killed 20
    // militants over the past two days"); the depth of a zone the words around it speak of, to one
    // named anywhere in the article.
    const sentence = ctx.sentences[ctx.sentenceIndex(claim.start)];
    const zone = claim.kind === 'distance' && !!sentence && ZONE_WORDS.test(ctx.text.slice(Math.max(sentence.start, claim.start - NEAR_CHARS), Math.min(sentence.end, claim.end + NEAR_CHARS)));
    const related = candidates.find(
      (c) => (c.strength === 2 || (zone && ctx.triggeredAnywhere.has(c.entry.id))) && this.termFigures.get(c.entry.id)!.some((f) => f.kind === claim.kind),
    );
    if (related && claim.kind !== 'count') {
      return { value: claim.value, verdict: 'related' as Verdict, facts: [related.entry.id], explanation: `${related.entry.title}: ${(related.entry.terms ?? []).join(' ')}` };
    }
    return { value: claim.value, verdict: 'not-in-knowledge' as Verdict, facts: [], explanation: 'Nothing in the knowledge file speaks to this figure.' };
  }
}

/** A duration in hours, for units of a day or less; null for longer or unknown units. */
function inHours(c: RawClaim): number | null {
  const per = HOURS_PER[c.unit ?? ''];
  return per === undefined ? null : c.value * per;
}
// (Units as the extraction writes them: singular.)
const HOURS_PER: Record<string, number> = { hour: 1, day: 24, week: 168 };

/** "6 years and 1 month", "11 months": a length in whole months. */
function lengthInWords(months: number): string {
  const whole = Math.floor(months);
  if (whole < 1) return 'less than a month';
  const years = Math.floor(whole / 12);
  const rest = whole % 12;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (!years) return part(rest, 'month');
  return rest ? `${part(years, 'year')} and ${part(rest, 'month')}` : part(years, 'year');
}

function isBeforeAnniversary(date: YMD, start: YMD): boolean {
  if (date.month === undefined || start.month === undefined) return false;
  return date.month < start.month || (date.month === start.month && (date.day ?? 1) < (start.day ?? 1));
}

// Verbs that say an agreement was concluded or a resolution adopted on the date given.
const SIGNED_REACH = 200;
const SIGNED = /\b(?:signed|signing|sealed|concluded|adopted)\b/i;
const CONCLUDED = /\b(?:signed|signing|sealed|concluded|adopted|passed|unanimously)\b/i;

/**
 * Characters from a figure within which the phrases of its sentence (and the one before) are
 * read: a sentence is rarely longer, and a text without full stops stays linear.
 */
const NEAR_CHARS = 400;

/** The entries whose phrases stand in these sentences within reach of a figure. */
function entriesNear(ctx: ClaimContext, sentences: number[], claim: RawClaim): Set<string> {
  const ids = new Set<string>();
  for (const k of sentences) for (const hit of hitsNear(ctx, k, claim)) for (const id of hit.entryIds) ids.add(id);
  return ids;
}

/** How many of an entry's parties the sentence names. */
function namedParties(parties: string[] | undefined, actors: Set<string>): number {
  let n = 0;
  for (const p of parties ?? []) if (actors.has(p)) n++;
  return n;
}

/** The trigger phrases of a sentence within reach of a figure (a sentence's phrases are in text order). */
function hitsNear(ctx: ClaimContext, sentence: number, claim: RawClaim): TriggerHit[] {
  const hits = ctx.triggersBySentence.get(sentence) ?? [];
  const from = startingBefore(hits, claim.start - NEAR_CHARS);
  const to = startingBefore(hits, claim.end + NEAR_CHARS);
  return from === 0 && to === hits.length ? hits : hits.slice(from, to);
}

/** Within this many characters of the dated day before it, a day's year is that day's reading, not the event's. */
const CLOSE_DATE_CHARS = 300;
/** How near (in characters) an event must be named for a date to be read as that event's date. */
const BESIDE_CHARS = 40;
/** How far into a text its dateline may stand. */
const DATELINE_CHARS = 300;
// A weekday written right before the date, after the page's start, a line's or a name (the agency,
// a byline), as a page stamps its own date: "…Monitor Reuters Sunday 12 Jun 2016 Air strikes…";
// not "On Saturday, 14 April 2018, the US…".
const WEEKDAY = String.raw`${WEEKDAY_WORD},?`;
const DATELINE_DAY = new RegExp(String.raw`(?:\n|(?<![^\s(])(?!(?:On|By|From|Since|Until|Till|Last|Next|Before|After|Every|Each)\s)\p{Lu}[\p{L}\p{N}'’-]*[),]?\s+)${WEEKDAY}\s+$`, 'u');
// Or the date that opens the text after its stamp or a weekday: "Date of publication 19 October
// 2016 …", "Thu Apr 7 2016 …"; or alone, more than a year, before a name that opens the
// report ("26-01-2016 Homs SANA …"), not before what it is said to be ("21 August 2013 is the
// day…", "March 15, 2011, protesters…").
const DATELINE_STAMP = new RegExp(String.raw`^\s*(?:(?:[Dd]ate\s+of\s+[Pp]ublication|[Pp]ublished|[Pp]osted|(?:[Ll]ast\s+)?[Uu]pdated)(?:\s+(?:on|at))?\s*:?\s*(?:${WEEKDAY}\s+)?|${WEEKDAY}\s+)$`, 'u');
// (Or before the stamp of its update, which is the report's own date too: "27.05.2017(updated 1133 27.05.2017)";
// or the end of that stamp where the page's text was cut before it: "13.04.2017) Get short URL";
// or before its time, "August 13 2016 2037 UTC+3".)
const NAME_AFTER = /^\)?[ \t]*(?:\p{Lu}|\n|\(\s*[Uu]pdated\b|\d{1,2}:?\d{2}[ \t]*(?:GMT|UTC))/u;
// Or before a headline that opens with a figure, "30-11-2014 50 ISIL Terrorists Killed", "17-08-2013
// 17 Killed as…", where it is the article's own day or near it: "21 August 2013 1,429 People Were
// Killed…" in a text of 2016 dates the attack.
const FIGURE_HEADLINE_AFTER = /^[ \t]*[\d,]+[ \t]+\p{Lu}/u;
/** Days a dateline may stand from the article's date given with the text. */
const DATELINE_DAYS = 31;
const UPDATE_STAMP = /^\s*[^()\n]{6,30}\(\s*[Uu]pdated:?\s+(?:[\d:.]{3,5}\s+(?:(?:GMT|UTC)\s+)?)?$/;
/** Whether the date of `claim`, near the text's start, is its dateline. */
const isDateline = (text: string, claim: RawClaim, article: YMD | null) => {
  const before = text.slice(0, claim.start);
  const opens = !before.trim() && !/^\d{4}$/.test(text.slice(claim.start, claim.end));
  const after = text.slice(claim.end, claim.end + 24);
  const d = claim.date;
  const nearArticle = !article || (d?.year !== undefined && d.month !== undefined && d.day !== undefined && article.day !== undefined && Math.abs(dayIndex(d as YMD) - dayIndex(article)) <= DATELINE_DAYS);
  return DATELINE_STAMP.test(before) || DATELINE_DAY.test(before) || UPDATE_STAMP.test(before) || (opens && (NAME_AFTER.test(after) || (nearArticle && FIGURE_HEADLINE_AFTER.test(after))));
};
/** An attack's word right after a day: "the April 4 strike", "an April 4 chemical attack". */
const ATTACK_AFTER_DAY = /^\s+(?:(?:chemical(?:\s+weapons?)?|gas|sarin|nerve[\s-]agent|chlorine|air|missile)\s+)?(?:attacks?|strikes?|airstrikes?|massacre|bombing)\b/i;
/** Characters around a year within which the words for the kind of thing it dates are read. */
const KIND_REACH = 50;

/**
 * Whether a day read a year on from `from` (as `ahead`) is rather the same year's, told again:
 * its distance back is weighed against twice its distance past `latest` (the text's date, given
 * or estimated from its latest date). Only where the text gives a later date than `from`, or
 * where words before the day go back ("The offensive began on 2 March"), or a section begins
 * between the two: an undated account
 * estimated from `from` itself may simply run on ("It ended on 1 April").
 */
function toldAgain(from: YMD, ahead: YMD, latest: YMD, before: string, newSection: boolean): boolean {
  const back = monthIndex(from) - (monthIndex(ahead) - 12);
  return back < 2 * (monthIndex(ahead) - monthIndex(latest)) && (monthIndex(latest) > monthIndex(from) || GOES_BACK.test(before) || newSection);
}
const SECTION_HEADING = /\n#{1,6}[ \t]/;
/** The words of a date's sentence before it, within reach. */
const wordsBefore = (ctx: ClaimContext, at: number) => ctx.text.slice(Math.max(ctx.sentences[ctx.sentenceIndex(at)]?.start ?? 0, at - 80), at);
const GOES_BACK = /\b(?:began|begun|started|first|earlier|had)\b/i;
const monthIndex = (d: YMD) => d.year * 12 + (d.month ?? 1);
const dayIndex = (d: YMD) => Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1) / 86_400_000;

/** Whether a date, at its own precision, falls within an event's span (its first to its last day). */
function withinSpan(d: DateParts, start: YMD, end: YMD): boolean {
  if (d.year === undefined) return false;
  const key = (y: number, m: number | undefined, day: number | undefined) => y * 10_000 + (m ?? 0) * 100 + (day ?? 0);
  const lo = key(start.year, d.month === undefined ? undefined : start.month, d.day === undefined ? undefined : start.day);
  const hi = key(end.year, d.month === undefined ? undefined : end.month ?? 12, d.day === undefined ? undefined : end.day ?? 31);
  const at = key(d.year, d.month, d.day);
  return at >= lo && at <= hi;
}

/** Whether a date ends more than a year before an event begins. */
function yearsBefore(d: DateParts, e: Event): boolean {
  const start = parseIsoDate(e.date);
  if (!start || d.year === undefined || d.decade !== undefined) return false;
  return d.year * 12 + (d.month ?? 12) < monthIndex(start) - 12;
}

/**
 * Whether a date falls within a year of an event's span: beside an event's name, a date further
 * off is of something else ("the 2016 clashes in Sheikh Maqsoud" are not those of 2026).
 */
function withinAYear(d: DateParts, e: Event): boolean {
  const start = parseIsoDate(e.date);
  const end = parseIsoDate(e.end_date) ?? start;
  if (!start || !end) return false;
  if (d.decade !== undefined) return d.decade + 9 >= start.year - 1 && d.decade <= end.year + 1;
  if (d.year === undefined) return true;
  const first = d.year * 12 + (d.month ?? 1);
  const last = d.year * 12 + (d.month ?? 12);
  return last >= monthIndex(start) - 12 && first <= monthIndex(end) + 12;
}

/**
 * Characters back within which a dated day sets the year of a date written without one: far, for
 * the page's estimated date is its latest, a poor guess for the days of a narrative.
 */
const YEAR_REACH = 10_000;
/** How far into a page its title and lead run, for the year they give. */
const LEAD_CHARS = 400;

/** The date a date without its year is read against, and how. */
interface Reference {
  date: YMD;
  reading: YearReading;
  /** Where the date it is read from ends, when that is a date of the text. */
  end?: number;
  /** Read from the article's own date, given with it (not estimated from its text). */
  ofArticle?: boolean;
}

/**
 * The date each date without its year is read against. The first day of a range whose year is
 * written after its last ("between 29 January and 14 March 2013"), that year; otherwise the
 * article's own date when it is known (a news report's "on 19 December" is of its year); in a
 * text without one (a history page), the last dated day before it, within reach ("On 15 March
 * 2011 ... On 18 March ... On 2 April"), or the year a heading line gives ("2019" alone on its
 * line, as timelines are divided, or ending one with a colon), or the year of the page's subject
 * in its lead, else the estimate made from the text. One pass over the dates, in text order.
 */
function referenceDates(dates: RawClaim[], ctx: ClaimContext): Map<RawClaim, Reference | null> {
  const references = new Map<RawClaim, Reference | null>();
  const article: Reference | null = ctx.articleDate ? { date: ctx.articleDate, reading: 'around', ofArticle: !ctx.dateIsEstimate } : null;
  const dated = !!ctx.articleDate && !ctx.dateIsEstimate;
  let anchor: (Reference & { end: number }) | undefined;
  // The month of the last flashback ("Earlier, in February 2016, … On 15 February"), while it lasts.
  let flashback: (Reference & { end: number }) | undefined;
  // The last year named in passing, in its sentence.
  let sentenceYear: { sentence: number; year: number; end: number } | undefined;
  for (const [i, d] of dates.entries()) {
    // (A season sets the narrative in its year, as the year alone would: its months are rough. A
    // range over years moves it to its last day or month, as that date written alone would.)
    const parts = d.date?.season ? { year: d.date.year } : d.date?.yearsOn ? (rangeLast(d.date) ?? d.date) : d.date;
    // The first day of a range whose year is written once, after its last: "between 29 January
    // and 14 March 2013", "on 10 August and 6 September 2016" (a month after the last one's is of the year before).
    const next = dates[i + 1];
    if (parts?.year === undefined && parts?.decade === undefined && parts?.month !== undefined && next?.date?.year !== undefined && next.date.month !== undefined && RANGE_JOIN.test(ctx.text.slice(d.end, next.start))) {
      references.set(d, { date: { year: next.date.year - (parts.month > next.date.month ? 1 : 0) }, reading: 'within' });
      continue;
    }
    if (parts?.year === undefined && parts?.decade === undefined) {
      if (!dated && sentenceYear?.sentence === ctx.sentenceIndex(d.start) && sentenceYear.end > (anchor?.end ?? -1) && !CLAUSE_BREAK.test(ctx.text.slice(sentenceYear.end, d.start))) {
        anchor = { date: { year: sentenceYear.year }, reading: 'within', end: sentenceYear.end };
        flashback = undefined;
      }
      let near = !dated && anchor && d.start - anchor.end <= YEAR_REACH ? anchor : undefined;
      let onward = near?.reading === 'onward' && parts?.month !== undefined ? withYearFrom(parts, near.date, 'onward') : undefined;
      // A day the narrative would put months ahead, in or just after the flashback's month, is the flashback's.
      if (onward && flashback && d.start - flashback.end <= YEAR_REACH) {
        const ahead = monthIndex({ year: onward.year!, month: onward.month }) - monthIndex(near!.date);
        const sinceFlashback = onward.month! - flashback.date.month! + (onward.month! < flashback.date.month! ? 12 : 0);
        if (ahead > 2 && sinceFlashback <= 2) {
          near = flashback;
          onward = withYearFrom(parts!, flashback.date, 'onward');
        }
      }
      // A narrative told again from an earlier day (a page's account after a lead that ran to
      // September, from "25 June") stays in its year, where read a year on the day would fall well
      // after the latest date the text gives. ("On 20 December 2012 … On 10 March" goes on into
      // 2013: nine months back, three past the latest date.)
      // (A section's heading between them goes back as such words do: "## Tomb of Suleyman Shah operation".)
      const newSection = near?.end !== undefined && SECTION_HEADING.test(ctx.text.slice(near.end, d.start));
      if (onward && near && ctx.articleDate && onward.year! > near.date.year && toldAgain(near.date, { year: onward.year!, month: onward.month }, ctx.articleDate, wordsBefore(ctx, d.start), newSection)) {
        near = { date: { year: near.date.year }, reading: 'within', end: near.end };
        onward = withYearFrom(parts!, near.date, 'within');
      }
      references.set(d, near ? { date: near.date, reading: near.reading, end: near.end } : article);
      // (One in brackets is an aside: the narrative does not move to it.)
      if (inAside(ctx.text, d)) continue;
      // A day read from the one before it dates the next in turn.
      if (onward) anchor = { date: { year: onward.year!, month: onward.month, day: onward.day }, reading: 'onward', end: d.end };
      else if (near) anchor = { ...near, end: d.end };
      continue;
    }
    references.set(d, article);
    // "(losing it in December and retaking it again in 2017)": an aside's year is no new chapter.
    if (inAside(ctx.text, d)) continue;
    if (parts?.year !== undefined && parts.month !== undefined) {
      // A month looked back to in the same paragraph ("in February 2015", in a narrative of 2016)
      // is a flashback: the narrative's days go on from the day before it. A day written in full,
      // or a new paragraph (a section, a list's next item), moves it.
      const back =
        parts.day === undefined &&
        anchor?.reading === 'onward' &&
        monthIndex({ year: parts.year, month: parts.month }) < monthIndex(anchor.date) &&
        d.start - anchor.end <= YEAR_REACH &&
        !ctx.text.slice(anchor.end, d.start).includes('\n');
      if (!back) {
        anchor = { date: { year: parts.year, month: parts.month, day: parts.day }, reading: 'onward', end: d.end };
        flashback = undefined;
      } else {
        anchor = { ...anchor!, end: d.end };
        flashback = { date: { year: parts.year, month: parts.month }, reading: 'onward', end: d.end };
      }
    }
    else if (parts?.year !== undefined && headingYear(ctx.text, d)) anchor = { date: { year: parts.year }, reading: 'within', end: d.end };
    // A year the narrative moves to ("In 2012, …", "At the beginning of summer 2012, …"), not one
    // it names in passing ("the 2013 agreement", "his expulsion in 1998"): its days follow.
    else if (parts?.year !== undefined && parts.month === undefined && parts.decade === undefined && NARRATIVE_YEAR.test(ctx.text.slice(Math.max(0, d.start - 48), d.start))) {
      anchor = { date: { year: parts.year }, reading: 'within', end: d.end };
      flashback = undefined;
    }
    // The year a page's title or lead gives its subject ("the 2016 Khanasir offensive", "was a
    // 2016 military offensive") begins its narrative; not a year the lead mentions ("began in 2011").
    else if (parts?.year !== undefined && !anchor && d.start < LEAD_CHARS && leadYear(ctx.text, d)) {
      anchor = { date: { year: parts.year, month: 1, day: 1 }, reading: 'onward', end: d.end };
    }
    // Named in passing, a year is that of a day later in its sentence ("escalated in summer 2015
    // with the 20 July bombing").
    if (parts?.year !== undefined && parts.month === undefined && parts.decade === undefined && YEAR_IN_PASSING.test(ctx.text.slice(Math.max(0, d.start - 48), d.start)) && !YEAR_OF_ANOTHER.test(ctx.text.slice(Math.max(0, d.start - 24), d.start))) {
      sentenceYear = { sentence: ctx.sentenceIndex(d.start), year: parts.year, end: d.end };
    }
  }
  return references;
}

/**
 * Whether a date stands in an aside in brackets, within a few lines either side: words of their
 * own around it. A period alone in brackets ("the Idlib clashes (January–March 2017)") gives
 * the time of what it follows, and the narrative's days go on from it.
 */
function inAside(text: string, d: RawClaim): boolean {
  const before = text.slice(Math.max(0, d.start - ASIDE_REACH), d.start);
  const after = text.slice(d.end, d.end + ASIDE_REACH);
  const open = before.lastIndexOf('(');
  const close = after.indexOf(')');
  if (open === -1 || close === -1 || /[)\n]/.test(before.slice(open)) || /[(\n]/.test(after.slice(0, close))) return false;
  return /\p{L}/u.test(`${before.slice(open + 1)} ${after.slice(0, close)}`.replace(PERIOD_WORDS, ''));
}
const ASIDE_REACH = 200;
const PERIOD_WORDS = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|early|mid|late|and|to|until|c)\b/gi;

// A zone an accord draws: its depth is one of the accord's terms.
const ZONE_WORDS = /\b(?:zones?|buffer|corridor|demilitari[sz]ed|safe\s+area|strip)\b/i;

// Between the two days of a range.
const RANGE_JOIN = /^\s*(?:and|to|until|till|through|[-–—])\s*$/i;

// Before a year, words of time that set the narrative in it (when they open a sentence or a
// clause), or that only date what their sentence tells of.
const YEAR_TIME_WORDS = String.raw`(?:(?:in|during|throughout)\s+(?:the\s+)?(?:(?:early|mid|late|spring|summer|autumn|fall|winter)(?:\s+of)?\s+)?|(?:at\s+)?the\s+(?:beginning|end|start|middle)\s+of\s+(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?)$`;
const NARRATIVE_YEAR = new RegExp(String.raw`(?:^|[.;:!?]\s+|\n\s*|,\s*)` + YEAR_TIME_WORDS, 'i');
const YEAR_IN_PASSING = new RegExp(String.raw`\b` + YEAR_TIME_WORDS, 'i');
// A year of something else than what the sentence tells: a birth, a founding ("born in 1971").
const YEAR_OF_ANOTHER = /\b(?:born|founded|formed|established|created|built|elected|appointed)\s+(?:\S+\s+)?$/i;
// A clause between a year and a day: the day is not of that year ("who had lost it in 2013, retook it on 5 March").
const CLAUSE_BREAK = /[,;:()]|\b(?:who|which|that|whose)\b/i;

/** A year that modifies what the page is about: after a line's start or an article, before a word. */
function leadYear(text: string, d: RawClaim): boolean {
  // Emphasis markup aside: "The **2016 Khanasir offensive**".
  return /(?:(?:^|\n)[ \t#*=]*|\b(?:the|a|an)\s+[*_]*)$/i.test(text.slice(Math.max(0, d.start - 10), d.start)) && /^[ \t]+[\p{L}]/u.test(text.slice(d.end, d.end + 3));
}

/**
 * A year alone on its line (markup aside), or ending one with a colon ("Map of the siege, 2014:"):
 * a heading of the days below it. Read within a few characters.
 */
function headingYear(text: string, d: RawClaim): boolean {
  const before = (d.start <= HEADING_MARKUP ? '\n' : '') + text.slice(Math.max(0, d.start - HEADING_MARKUP), d.start);
  const after = text.slice(d.end, d.end + HEADING_MARKUP) + (d.end + HEADING_MARKUP >= text.length ? '\n' : '');
  return (/\n[ \t#*=]*$/.test(before) && /^[ \t#*=:.]*\n/.test(after)) || /^[ \t*]*:[ \t]*\n/.test(after);
}
const HEADING_MARKUP = 12;

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
  return hitsNear(ctx, ctx.sentenceIndex(claim.start), claim).some(
    (h) => h.entryIds.includes(entryId) && h.start >= claim.end && h.start - claim.end <= RETURN_REACH && !/\d/.test(ctx.text.slice(claim.end, h.start)),
  );
}

/**
 * Whether a figure may count what a statistic counts. Not when it is of another order of size
 * (one strike's 13 dead are not the war's 306,887), when it counts a group the statistic's
 * description does not name (children, soldiers), or the wounded (the file counts deaths). An
 * attack's toll, not when that year is neither the article's nor named beside the figure (an
 * ambush in Ghouta in 2015 is not the attack of 2013) or another day is ("on March 30"). A count
 * of one place (Idlib, Turkey), not unless that place is named beside the figure.
 */
function countsAlike(claim: RawClaim, s: Statistic, ctx: VerifyContext, incident: boolean, places: readonly RegExp[], kinds?: RegExp): boolean {
  if ((claim.high ?? claim.value) < s.value / SIZE_FACTOR || claim.value > s.value * SIZE_FACTOR) return false;
  const group = groupCounted(claim);
  if (group && !group.test(s.counts)) return false;
  if (s.kind === 'casualties' && countsWounded(ctx.text, claim)) return false;
  const i = ctx.sentenceIndex(claim.start);
  const around = (before: number) => ctx.sentences.slice(Math.max(0, i - before), i + 1);
  // The sentences around the figure, within reach of it: a text without full stops stays linear.
  const aroundText = (before: number) => {
    const spans = around(before);
    if (!spans.length) return '';
    return ctx.text.slice(Math.max(spans[0]!.start, claim.start - AROUND_REACH), Math.min(spans[spans.length - 1]!.end, claim.end + AROUND_REACH));
  };
  if (incident) {
    const from = parseIsoDate(s.window.from)!;
    // Its place named is not enough: what happened there too ("air strikes around Khan Sheikhoun"
    // are not its sarin attack).
    if (kinds && !kinds.test(aroundText(2)) && !monthNamedNear(claim, ctx, around(1)[0]?.start ?? 0, from, parseIsoDate(s.window.to)!)) return false;
    if (windowFit(s, ctx) === 0 && !new RegExp(`\\b${from.year}\\b`).test(aroundText(1))) return false;
    // A day named beside the figure that is not the incident's: another attack ("on March 30").
    const to = parseIsoDate(s.window.to)!;
    for (let k = startingBefore(ctx.dates, around(1)[0]?.start ?? 0); k < ctx.dates.length && ctx.dates[k]!.end <= claim.start + AROUND_CHARS; k++) {
      const d = ctx.dates[k]!;
      if (d.date?.day === undefined || d.date.month === undefined || isReportDate(d, ctx)) continue;
      if (!withinSpan({ ...d.date, year: d.date.year ?? from.year }, from, to)) return false;
    }
    return true;
  }
  // The deaths of one period (a year's), not a running tally since the war began: in a text whose
  // date is only estimated, that year must be named beside the figure (Airwars' toll "by August
  // 2022" is no count of 2023's deaths).
  const from = parseIsoDate(s.window.from)!;
  const period = s.kind === 'casualties' && s.window.from !== s.window.to && monthIndex(from) > monthIndex(WAR_FIRST_YEAR_END);
  if (period && (!ctx.articleDate || ctx.dateIsEstimate) && !new RegExp(`\\b${from.year}\\b`).test(aroundText(1))) return false;
  // A count of one place ("Idlib", "Turkey") needs that place named beside the figure (an
  // attack's toll is tied to its place by its name, above).
  return !places.length || places.some((w) => w.test(aroundText(2)));
}

/** Tallies that begin before this count the war from its start; later ones count a period of it. */
const WAR_FIRST_YEAR_END: YMD = { year: 2011, month: 12 };

/**
 * "04-03-2016" may be 4 March or 3 April: in an article of 4 March 2016 (a dateline), that day.
 * Undefined for any other date.
 */
function articleDayOf(claim: RawClaim, ctx: ClaimContext): DateParts | undefined {
  const a = ctx.articleDate;
  if (!a || ctx.dateIsEstimate || a.day === undefined || claim.date?.month !== undefined) return undefined;
  const m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(ctx.text.slice(claim.start, claim.end));
  if (!m || +m[3]! !== a.year) return undefined;
  const [first, second] = [+m[1]!, +m[2]!];
  return (first === a.day && second === a.month) || (first === a.month && second === a.day) ? { year: a.year, month: a.month, day: a.day } : undefined;
}

const SHORT_OF = /^(?:nearly|almost|just\s+under)\s/i;

/**
 * The date a span "ago" points to from the article's date: to the year for years and decades
 * ("five years ago", of July 2016: 2011), to the month for months, to the day for weeks and days;
 * a span of years or a decade a little short of it, the year up to it ("nearly six years ago",
 * of October 2016: October 2010 to October 2011). A count of days is exact; the rest is about.
 */
function countedBack(claim: RawClaim, article: YMD, written: string): RawClaim | undefined {
  const n = claim.value;
  if (!Number.isInteger(n) || n <= 0) return undefined;
  // ("More than five years ago" is about as far back: a date has no "more than".)
  const about: RawClaim['approx'] = claim.approx === 'exact' && claim.unit === 'day' ? 'exact' : 'about';
  const dateOf = (parts: DateParts) => ({ ...claim, kind: 'date' as const, ago: false, approx: about, date: parts });
  const years = n * (claim.unit === 'decade' ? 10 : 1);
  if ((claim.unit === 'year' || claim.unit === 'decade') && article.month !== undefined && SHORT_OF.test(written)) {
    return dateOf({ year: article.year - years, month: article.month, lastMonth: article.month, yearsOn: 1 });
  }
  if (claim.unit === 'year' || claim.unit === 'decade') return dateOf({ year: article.year - years });
  if (article.month === undefined) return undefined;
  if (claim.unit === 'month') {
    const months = article.year * 12 + article.month - 1 - n;
    return dateOf({ year: Math.floor(months / 12), month: (months % 12) + 1 });
  }
  if (article.day === undefined) return undefined;
  const day = new Date(Date.UTC(article.year, article.month - 1, article.day - n * (claim.unit === 'week' ? 7 : 1)));
  return dateOf({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() });
}

/** Whether a month of the incident, with its year, is written in the figure's sentence or the one before. */
function monthNamedNear(claim: RawClaim, ctx: VerifyContext, from: number, start: YMD, end: YMD): boolean {
  for (let k = startingBefore(ctx.dates, Math.max(from, claim.start - AROUND_REACH)); k < ctx.dates.length && ctx.dates[k]!.start <= claim.end + AROUND_CHARS; k++) {
    const d = ctx.dates[k]!.date;
    if (d?.year !== undefined && d.month !== undefined && withinSpan({ year: d.year, month: d.month }, start, end)) return true;
  }
  return false;
}

/** The report's own date, not the incident's: the article's date, or a dateline ("Aug 23 (Reuters) -"). */
function isReportDate(d: RawClaim, ctx: ClaimContext): boolean {
  const a = ctx.articleDate;
  if (a && d.date?.day === a.day && d.date?.month === a.month && (d.date?.year ?? a.year) === a.year) return true;
  return /^\s*\(\p{Lu}/u.test(ctx.text.slice(d.end, d.end + 4));
}

/** Words of an incident's phrases that say nothing of what happened ("attack", "august"). */
const NOT_KIND_WORDS = new Set(['attack', 'attacks', 'weapon', 'weapons', 'the', 'and', 'with', 'without', 'doctors', 'borders', 'symptoms', 'people', 'killed', ...Array.from({ length: 12 }, (_, i) => monthName(i + 1).toLowerCase())]);

/** One case-insensitive expression for a list of phrases, as whole words. */
function phrasesExpression(phrases: readonly string[]): RegExp {
  const escaped = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})(?![\\p{L}])`, 'iu');
}

/** Characters on either side of a figure within which the sentences around it are read. */
const AROUND_REACH = 600;

/** Characters after a figure within which a date is still of its clause. */
const AROUND_CHARS = 80;

// Words of a statistic's place that name no place ("North-west Syria (mainly southern Idlib)": Idlib).
const NOT_PLACE_NAMES = new Set(['syria', 'syrian', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'north-west', 'north-east', 'south-west', 'south-east', 'north-western', 'north-eastern', 'south-western', 'south-eastern', 'northwest', 'northeast', 'southwest', 'southeast', 'northwestern', 'northeastern', 'southwestern', 'southeastern', 'mainly', 'and', 'the', 'city', 'province', 'governorate', 'governorates', 'countryside', 'suburbs', 'region', 'mostly', 'government-held', 'of']);

/** The place names of a statistic narrower than Syria, as expressions; none for Syria as a whole. */
function placeWords(s: Statistic): RegExp[] {
  const tokens = (s.place ?? '').toLowerCase().split(/[\s,()]+/).filter((w) => w.length >= 4 && !NOT_PLACE_NAMES.has(w));
  return tokens.map((w) => phrasesExpression([w]));
}

/** Days after an incident within which a report of a toll, naming no place, is taken to speak of it. */
const REPORT_DAYS = 14;

/** Whether the article (its own date, not an estimate) was written during an incident or in the days after it. */
function writtenDuring(s: Statistic, ctx: ClaimContext): boolean {
  const a = ctx.articleDate;
  if (!a || ctx.dateIsEstimate || a.day === undefined) return false;
  const at = dayIndex(a);
  return at >= dayIndex(parseIsoDate(s.window.from)!) && at <= dayIndex(parseIsoDate(s.window.to)!) + REPORT_DAYS;
}

/** Days a count of deaths may span for it to be one incident's toll (an attack, a few days of fighting). */
const INCIDENT_DAYS = 7;

function isIncident(s: Statistic): boolean {
  if (s.kind !== 'casualties') return false;
  const from = parseIsoDate(s.window.from)!;
  const to = parseIsoDate(s.window.to)!;
  if (from.day === undefined || to.day === undefined) return false;
  return dayIndex(to) - dayIndex(from) <= INCIDENT_DAYS;
}

/** How many times larger or smaller than a statistic a figure may be and still count the same thing. */
const SIZE_FACTOR = 10;

/** The group a figure counts, as a statistic's description would name it ("children": /child/). */
const groupCounted = (claim: RawClaim): RegExp | undefined => GROUPS[claim.counts?.toLowerCase().split(/\s+/).pop() ?? ''];

/** Groups a figure may count, by the word for them, with what a statistic's description says of them. */
const GROUPS: Record<string, RegExp> = {
  children: /\bchild/i, child: /\bchild/i, babies: /\bchild/i, women: /\bwomen\b/i, men: /\bmen\b/i,
  soldiers: /\b(?:soldier|troops|combatant)/i, troops: /\b(?:troops|soldier|combatant)/i, fighters: /\b(?:fighter|combatant)/i,
  rebels: /\b(?:rebel|combatant)/i, militants: /\b(?:militant|combatant)/i, combatants: /\b(?:combatant|fighter)/i,
  members: /\bmember/i, policemen: /\bpolice/i, officers: /\bofficer/i, doctors: /\bdoctor/i, journalists: /\bjournalist/i,
  workers: /\bworker/i, students: /\bstudent/i,
};

/** Whether a statistic names the group a figure counts as a part of its whole ("…, including 32 children"). */
function countsAPart(claim: RawClaim, s: Statistic): boolean {
  const group = groupCounted(claim);
  if (!group) return false;
  const part = PART_OF_WHOLE.exec(s.counts);
  return part !== null && group.test(part[1]!) && !group.test(s.counts.slice(0, part.index));
}
const PART_OF_WHOLE = /\b(?:including|of whom|among them|among whom)\b(.*)$/i;

/** The figure a statistic gives for the group a figure counts as its part: 426 of "…, including at least 426 children". */
function partFigure(claim: RawClaim, s: Statistic): number | undefined {
  const group = groupCounted(claim)!;
  const part = PART_OF_WHOLE.exec(s.counts)![1]!;
  for (const m of matches(/(\d[\d,]*)\s+([\p{L}-]+)/gu, part)) if (group.test(m[2]!)) return Number(m[1]!.replaceAll(',', ''));
  return undefined;
}

// Words of harm, the nearest of which says whether a casualty figure counts the dead or the wounded.
// (Those treated or taken to hospital are the hurt: "dozens more have received treatment".)
const HARM_WORDS = /\b(?:killed|kills?|killing|dead|deaths?|died|dies|lives|fatalities|bodies|wounded|wounding|injured|injuries|injuring|hurt|treated|treatment|hospitali[sz]ed)\b/gi;

/** Whether the harm word nearest to a figure is of wounds: "50 others wounded", "injured 20". */
function countsWounded(text: string, claim: RawClaim): boolean {
  // A figure of the killed and the wounded together counts the wounded too: "1,400 killed and injured".
  if (/\b(?:wounded|injured)\b/i.test(text.slice(claim.start, claim.end))) return true;
  const from = Math.max(0, claim.start - 30);
  let best: { d: number; word: string } | null = null;
  for (const m of matches(HARM_WORDS, text.slice(from, claim.end + 30))) {
    const s = from + m.index;
    const e = s + m[0].length;
    const d = e <= claim.start ? claim.start - e : s >= claim.end ? s - claim.end : 0;
    // (A verb after it with a figure of its own is that figure's: "over 470000 people injured 1.9 million".)
    if (s >= claim.end && FIGURE_NEXT.test(text.slice(e, e + 16))) continue;
    if (!best || d < best.d) best = { d, word: m[0].toLowerCase() };
  }
  return best !== null && /^(?:wound|injur|hurt|treat|hospital)/.test(best.word);
}

const FIGURE_NEXT = /^\s+(?:\d|(?:more\s+than|over|about|nearly|some|at\s+least|around)\s+\d|(?:dozens|hundreds|thousands|millions|scores)\b)/i;

/** Kinds of statistic a plain count of people may be checked against. */
const PEOPLE_COUNTS = new Set<Statistic['kind']>(['people-in-need', 'detained']);
/** What such a count must count: people, not prisons, files or trucks. */
const PEOPLE = new Set(['people', 'persons', 'individuals', 'syrians', 'civilians', 'detainees', 'prisoners', 'children', 'residents', 'citizens']);

/**
 * Whether a statistic was known only after the article: its first source is later than the
 * article's date (by more than six months when that date is an estimate), and so is its period's
 * start, or its end by more than a year (a tally to 2021 is not what a report of 2015 counted
 * since 2011); of a running tally over years, its end at all (a November 2017 report did not
 * count the dead to March 2018). A forecast published before its year ("15.3 million will need
 * aid in 2023", December 2022) was known.
 */
function knownOnlyAfterArticle(s: Statistic, ctx: ClaimContext): boolean {
  const article = ctx.articleDate;
  if (!article) return false;
  const articleMonth = article.year * 12 + (article.month ?? 12) + (ctx.dateIsEstimate ? 6 : 0);
  const { published, from, to } = monthsOf(s);
  const running = to - from > 24;
  return published > articleMonth && (from > articleMonth || to > articleMonth + (running ? 0 : 12));
}

/** A statistic's first publication and its period, as month numbers: read once per statistic. */
const statisticMonths = new WeakMap<Statistic, { published: number; from: number; to: number }>();
function monthsOf(s: Statistic): { published: number; from: number; to: number } {
  let months = statisticMonths.get(s);
  if (!months) {
    const month = (date: string) => monthIndex(parseIsoDate(date)!);
    const to = month(s.window.to);
    // A page read without a publication date tells nothing of when the figure was out. One dated
    // by its year alone was out in the year's month the period ends, or later (not January, which
    // let a count to October 2015 back a report of February 2015).
    const published = (date: string) => {
      const d = parseIsoDate(date)!;
      return d.month === undefined ? Math.min(Math.max(to, d.year * 12 + 1), d.year * 12 + 12) : monthIndex(d);
    };
    const dated = s.sources.flatMap((source) => (source.date ? [published(source.date)] : []));
    months = { published: dated.length ? Math.min(...dated) : to, from: month(s.window.from), to };
    statisticMonths.set(s, months);
  }
  return months;
}

/** Months between the end of a statistic's period and the article's date (0 without a date). */
function fromArticle(s: Statistic, ctx: ClaimContext): number {
  return ctx.articleDate ? Math.abs(monthIndex(parseIsoDate(s.window.to)!) - monthIndex(ctx.articleDate)) : 0;
}

/**
 * The date the figure's sentence gives it, near it ("As of June 2015, there were 628,427",
 * "122,213 in August 2017"), as a span of months; not where a period starts or ends ("since 2015").
 */
function figureDate(claim: RawClaim, ctx: VerifyContext): { from: number; to: number } | undefined {
  const i = ctx.sentenceIndex(claim.start);
  let best: RawClaim | undefined;
  for (const d of datesWithin(ctx.dates, claim.start - OWN_DATE_CHARS - 30, claim.end + OWN_DATE_CHARS)) {
    if (d.date?.year === undefined || d.high !== undefined || ctx.sentenceIndex(d.start) !== i || gapBetween(d, claim) > OWN_DATE_CHARS) continue;
    if (PERIOD_BOUND_BEFORE.test(ctx.text.slice(Math.max(0, d.start - 24), d.start))) continue;
    // In the figure's own clause: after it only "in", "as of" or "by" before the date ("122,213 in
    // August 2017"); before it, the date opening the clause ("As of June 2015, there were…"), with
    // no other clause between ("up from a few thousand in 2011", "set up in 2006, said 310,000").
    const before = d.end <= claim.start;
    const between = before ? ctx.text.slice(d.end, claim.start).replace(/^,/, '') : ctx.text.slice(claim.end, d.start);
    if (before ? !OWN_DATE_BEFORE.test(ctx.text.slice(Math.max(0, d.start - 12), d.start)) || OTHER_CLAUSE.test(between) : !OWN_DATE_AFTER.test(between)) continue;
    if (!best || gapBetween(d, claim) < gapBetween(best, claim)) best = d;
  }
  if (!best) return undefined;
  const { year, month } = best.date!;
  return { from: year! * 12 + (month ?? 1), to: year! * 12 + (month ?? 12) };
}
const OWN_DATE_CHARS = 60;
/** The dates (in text order) that start between two offsets, found by binary search. */
function datesWithin(dates: RawClaim[], from: number, to: number): RawClaim[] {
  const found: RawClaim[] = [];
  for (let k = startingBefore(dates, from); k < dates.length && dates[k]!.start < to; k++) found.push(dates[k]!);
  return found;
}
const DEADLINE_BEFORE = /\b(?:by|until|till|before|within|after|from)\s+$/i;
const OWN_DATE_BEFORE = /\b(?:[Aa]s\s+of|[Bb]y|[Ii]n)\s+(?:(?:early|mid|late)[\s-]+)?$/;
const OWN_DATE_AFTER = /^[^,;.()]{0,30}?\b(?:in|as\s+of|by)\s+(?:(?:early|mid|late)[\s-]+)?$/;
const OTHER_CLAUSE = /[,;]|\b(?:who|which|where|when|that|up\s+from|down\s+from|compared|than|since|said|says|say)\b/i;
const PERIOD_BOUND_BEFORE = /\b(?:since|from|between|after|until|till|before|and|to)\s+(?:(?:early|mid|late|the|end|start|beginning|of)[\s-]+){0,3}(?:\p{L}+\s+)?$/iu;
const gapBetween = (a: { start: number; end: number }, b: { start: number; end: number }) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

/** Whether a statistic counts at a time: within its period or its publication, give or take half a year. */
function countedWhen(s: Statistic, when: { from: number; to: number }): boolean {
  const { published, from, to } = monthsOf(s);
  return when.to >= from - HALF_YEAR && when.from <= Math.max(to, published) + HALF_YEAR;
}
const HALF_YEAR = 6;

/** 1 when the statistic's window includes the article's date (or, for an estimated date, starts within months after it). */
function windowFit(s: Statistic, ctx: ClaimContext): number {
  const article = ctx.articleDate;
  if (!article) return 0.5;
  const a = article.year * 12 + (article.month ?? 6);
  const [f, t] = windowMonths(s);
  if (a >= f && a <= t + 2) return 1;
  if (ctx.dateIsEstimate && f > a && f - a <= 6) return 1;
  if (a > t && a - t <= 12) return 0.5;
  return 0;
}

/** A statistic's window as months from year 0, its first and its last (read once: every figure weighs every statistic). */
const WINDOW_MONTHS = new WeakMap<Statistic, [number, number]>();
function windowMonths(s: Statistic): [number, number] {
  let months = WINDOW_MONTHS.get(s);
  if (!months) {
    const from = parseIsoDate(s.window.from)!;
    const to = parseIsoDate(s.window.to)!;
    WINDOW_MONTHS.set(s, (months = [from.year * 12 + (from.month ?? 1), to.year * 12 + (to.month ?? 12)]));
  }
  return months;
}

function figuresAgree(claim: RawClaim, fact: number): boolean {
  const c = claim.value;
  // A range ("between 500 and 1,300") agrees with any count inside it.
  if (claim.high !== undefined) return fact >= c * 0.9 && fact <= claim.high * 1.1;
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

/**
 * The end of a range read as its first day or month (`first`, the date as verified): "2016-07-13"
 * to 17: "2016-07-17"; "2016-06-30" to 2 July: "2016-07-02"; "2015-06" to August: "2015-08";
 * "2015-12-30" to 2 January of the next year: "2016-01-02".
 */
function rangeEnd(first: number | string, date: DateParts): string | undefined {
  const m = typeof first === 'string' ? first.match(/^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/) : null;
  if (!m) return undefined;
  const start = { year: m[1] === '-' ? undefined : Number(m[1]), month: Number(m[2]), day: m[3] === undefined ? undefined : Number(m[3]) };
  const last = rangeLast({ ...date, ...start });
  if (!last || (last.day === undefined) !== (start.day === undefined) || (date.yearsOn && start.year === undefined)) return undefined;
  const after = (last.year ?? 0) > (start.year ?? 0) || last.month! > start.month || (last.month === start.month && last.day! > start.day!);
  return after && (last.day === undefined || last.day <= daysIn(last.year, last.month!)) ? formatParts(last) : undefined;
}

/** The last day a date of any precision covers: "2016-12" is read to 31 December. */
function lastDayOf(date: YMD): YMD {
  return { year: date.year, month: date.month ?? 12, day: date.day ?? 31 };
}

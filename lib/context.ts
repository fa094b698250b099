/**
 * The background an article assumes: the events, framings and statistics it touches, ranked.
 * An entry counts when its own trigger phrases appear, when claims were checked against it,
 * and (more weakly) when its parties are the article's actors.
 */
import type { Knowledge } from './knowledge/schema';
import type { TriggerHit } from './knowledge/triggers';
import { compareYmd, parseIsoDate, type YMD } from './dates';
import type { ClaimFinding, ContextFinding } from './types';

export interface ContextEvidence {
  triggers: TriggerHit[];
  claims: ClaimFinding[];
  actorIds: Set<string>;
  date: YMD | null;
  /** The date was estimated from the text: the article is at least that recent, perhaps later. */
  dateIsEstimate: boolean;
  /** Attacks the text names only by their place, with those places: no sign of the attack. */
  placesOnly: Map<string, string[]>;
  /** Whether one of these actors is named in the sentence of a phrase found, or the one before or after it. */
  namedNear: (hit: TriggerHit, actorIds: string[]) => boolean;
  /** The same, for one of these places. */
  placeNear: (hit: TriggerHit, places: readonly string[]) => boolean;
}

const MIN_SCORE = 1.5;
const MAX_ENTRIES = 15;
// Figures join the background only when the article states a figure on the same matter.
const MAX_STATISTICS = 2;
// (What happened after the article's date is not background it assumes: left out below.)

export function rankContext(kb: Knowledge, e: ContextEvidence): ContextFinding[] {
  const byTrigger = new Map<string, Map<string, number>>();
  const sharers = new Map<string, Set<string>>();
  // A framing's common phrase counts only beside one of those it is about: a city's "security
  // zone" is no Turkish safe zone, though Turkey is named elsewhere in the article. An event's,
  // only beside one of its places: the M4 near Ayn Issa is no road of the Idlib deal.
  const framings = new Map(kb.framings.map((x) => [x.id, x]));
  const placed = new Map(kb.events.flatMap((x) => (x.needs_place ? [[x.id, x.needs_place] as const] : [])));
  const aside = (id: string, hit: TriggerHit) => {
    const framing = framings.get(id);
    if (framing) return !!framing.needs_about?.includes(hit.trigger) && !e.namedNear(hit, framing.about ?? []);
    const needs = placed.get(id);
    return !!needs?.triggers.includes(hit.trigger) && !e.placeNear(hit, needs.places);
  };
  for (const hit of e.triggers) {
    for (const id of hit.entryIds) {
      if (aside(id, hit)) continue;
      const m = byTrigger.get(id) ?? new Map<string, number>();
      m.set(hit.trigger, (m.get(hit.trigger) ?? 0) + 1);
      byTrigger.set(id, m);
      sharers.set(hit.trigger, (sharers.get(hit.trigger) ?? new Set<string>()).add(id));
    }
  }
  // A phrase two events share ("the Sochi agreement": of 2018 on Idlib, of 2019 on the north-east)
  // is the one's the article also names in phrases of its own, or through an event it cannot be
  // understood without ("Operation Peace Spring"), where only some are. (A framing and an event
  // that share a phrase are no alternatives: the label is explained beside the event.)
  const related = new Map(kb.events.map((x) => [x.id, x.related ?? []]));
  const ownPhrase = (id: string) => [...(byTrigger.get(id)?.keys() ?? [])].some((p) => sharers.get(p)!.size === 1);
  const ownEvidence = (id: string) => ownPhrase(id) || (related.get(id) ?? []).some(ownPhrase);
  const sharedElsewhere = (id: string, phrase: string) => {
    if (!related.has(id)) return false;
    const others = [...sharers.get(phrase)!].filter((o) => o !== id && related.has(o));
    return others.length > 0 && !ownEvidence(id) && others.some(ownEvidence);
  };
  const claimWeight = new Map<string, number>();
  const agreed = new Set(e.claims.filter((c) => c.verdict === 'consistent').map((c) => c.facts[0]!));
  for (const c of e.claims) {
    const w = c.verdict === 'consistent' ? 2 : c.verdict === 'not-in-knowledge' ? 0 : 1;
    // The first fact is the one the figure was checked against; the others are only beside it.
    c.facts.forEach((id, i) => claimWeight.set(id, (claimWeight.get(id) ?? 0) + (i === 0 ? w : w / 2)));
  }

  const entries = [
    ...kb.events.map((x) => ({ id: x.id, title: x.title, parties: x.parties ?? [], date: x.date, weight: 1 })),
    // A contested label in the article's own words is what a reader most needs explained.
    ...kb.framings.map((x) => ({ id: x.id, title: x.term, parties: x.about ?? [], date: x.since, weight: 1.5 })),
    ...kb.statistics
      .filter((x) => claimWeight.has(x.id))
      .map((x) => ({ id: x.id, title: x.title, parties: [] as string[], date: x.window.from, weight: 1 })),
  ];
  const direct = new Map<string, number>();
  const ranked: ContextFinding[] = [];
  for (const entry of entries) {
    const triggers = byTrigger.get(entry.id);
    const present = entry.parties.filter((p) => e.actorIds.has(p)).length;
    let score = 0;
    for (const [phrase, n] of triggers ?? []) {
      if (e.placesOnly.get(entry.id)?.includes(phrase) || sharedElsewhere(entry.id, phrase)) continue;
      score += entry.weight * (phrase.includes(' ') ? 1.5 : 1) * (1 + 0.5 * Math.log(n));
    }
    score += Math.min(claimWeight.get(entry.id) ?? 0, 6);
    if (score === 0) continue;
    score += Math.min(present, 3) * 0.4;
    direct.set(entry.id, score);
  }
  // An event the article dwells on brings the events it cannot be understood without.
  const total = new Map(direct);
  for (const [id, score] of direct) {
    if (score < MIN_SCORE) continue;
    for (const r of related.get(id) ?? []) total.set(r, (total.get(r) ?? 0) + Math.min(2, score / 3));
  }
  for (const entry of entries) {
    const score = total.get(entry.id);
    const when = parseIsoDate(entry.date);
    // (An estimated date is only the least the article's can be: an event after it that a figure
    // or date of the text agrees with is one it tells of. Not one its phrases alone bring: on a
    // history page, "the Idlib offensive" of 2012 is no offensive of 2019.)
    const after = !!e.date && !!when && compareYmd(when, e.date) > 0;
    if (score === undefined || score < MIN_SCORE || (after && !(e.dateIsEstimate && agreed.has(entry.id)))) continue;
    ranked.push({ id: entry.id, title: entry.title, score: Math.round(score * 100) / 100 });
  }
  const statistics = new Set(kb.statistics.map((x) => x.id));
  let shown = 0;
  return ranked
    .sort((a, b) => b.score - a.score)
    .filter((c) => !statistics.has(c.id) || ++shown <= MAX_STATISTICS)
    .slice(0, MAX_ENTRIES);
}

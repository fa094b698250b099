/** Labels and value formatting shared by the card and the popup. */
import { humanDate } from '../lib/dates';
import type { ActorFinding, Analysis, ClaimFinding, ClaimKind, EntryView, Verdict } from '../lib/types';

export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  casualties: 'Casualties',
  displacement: 'Displaced people',
  refugees: 'Refugees',
  date: 'Date',
  duration: 'Duration',
  distance: 'Distance',
  money: 'Money',
  percentage: 'Percentage',
  count: 'Count',
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  consistent: 'Consistent with the knowledge file',
  differs: 'Differs from the knowledge file',
  related: 'Related figure',
  'not-in-knowledge': 'Not in the knowledge file',
};

const DATE_SOURCE_LABELS: Record<NonNullable<Analysis['dateSource']>, string> = {
  input: 'article date',
  knowledge: 'estimated from the events it refers to',
  text: 'estimated from dates in the text',
};

/** How the analysis is dated, for the popup's header. */
export function describeAnalysisDate(analysis: Pick<Analysis, 'date' | 'dateSource'>): string {
  if (!analysis.date) return 'Date unknown: described as of today';
  const how = analysis.dateSource ? DATE_SOURCE_LABELS[analysis.dateSource] : 'date source unknown';
  return `${humanDate(analysis.date)} (${how})`;
}

/** Names the file does not know only come as "person" or "organisation"; known ones have a subtitle. */
export function actorKindLabel(actor: Pick<ActorFinding, 'kind'>, entry: EntryView | undefined): string {
  if (entry) return entry.subtitle;
  if (actor.kind === 'person') return 'Person';
  if (actor.kind === 'organisation') return 'Organisation';
  return capitalise(actor.kind.replace(/-/g, ' '));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A claim's date value: "2019-10-09", "2018-09", "2011", "--10-09" (no year), "1980s". */
export function formatDateValue(value: number | string): string {
  if (typeof value === 'number') return String(value);
  const noYear = value.match(/^--(\d{2})(?:-(\d{2}))?$/);
  if (noYear) {
    const month = MONTHS[Number(noYear[1]) - 1];
    if (!month) return value;
    const day = noYear[2] ? `${Number(noYear[2])} ` : '';
    return `${day}${month} (year not stated)`;
  }
  if (/^\d{4}s$/.test(value)) return value;
  return humanDate(value);
}

const APPROX_PREFIX: Record<Exclude<ClaimFinding['approx'], 'vague'>, string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'less-than': 'less than ',
  'up-to': 'up to ',
  'at-least': 'at least ',
};

// The extractor turns vague words into a stand-in number; the reader should see the word instead.
const VAGUE_WORDS = /tens\s+of\s+thousands|hundreds\s+of\s+thousands|tens\s+of\s+millions|thousands|hundreds|millions|dozens|scores/i;

const DURATION_UNITS = new Set(['hour', 'day', 'week', 'month', 'year', 'decade']);

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** The claim's value as understood: "more than 216,000", "up to 15–20 km", "9 October (year not stated)". */
export function formatClaimValue(claim: Pick<ClaimFinding, 'kind' | 'value' | 'high' | 'unit' | 'approx' | 'text'>): string {
  if (claim.kind === 'date') return formatDateValue(claim.value);
  if (typeof claim.value === 'string') return claim.value;
  if (claim.approx === 'vague') {
    const word = claim.text.match(VAGUE_WORDS)?.[0].toLowerCase().replace(/\s+/g, ' ');
    return `${word ?? `about ${formatNumber(claim.value)}`} (vague)`;
  }
  const range = claim.high !== undefined ? `${formatNumber(claim.value)}–${formatNumber(claim.high)}` : formatNumber(claim.value);
  const amount = `${APPROX_PREFIX[claim.approx]}${range}`;
  if (claim.kind === 'percentage') return `${amount}%`;
  const unit = claim.unit ? unitFor(claim.unit, claim.high ?? claim.value) : '';
  return unit ? `${amount} ${unit}` : amount;
}

/** Duration units arrive in the singular ("year"); the reader expects "3 years". */
function unitFor(unit: string, n: number): string {
  return DURATION_UNITS.has(unit) && n !== 1 ? `${unit}s` : unit;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

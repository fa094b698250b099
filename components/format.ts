/** Labels and value formatting shared by the card, the popup and the settings, in the interface's language. */
import { parseIsoDate } from '../lib/dates';
import { VAGUE_WORDS } from '../lib/claims/vague';
import type { ActorFinding, Analysis, ClaimFinding, ClaimKind, EntryView, Verdict } from '../lib/types';
import { t, uiLocale, type KeyWith, type PlainKey, type PluralKey } from './i18n';

const CLAIM_KIND_KEYS: Record<ClaimKind, PlainKey> = {
  casualties: 'claimKind.casualties',
  displacement: 'claimKind.displacement',
  refugees: 'claimKind.refugees',
  date: 'claimKind.date',
  duration: 'claimKind.duration',
  distance: 'claimKind.distance',
  money: 'claimKind.money',
  percentage: 'claimKind.percentage',
  count: 'claimKind.count',
};

export function claimKindLabel(kind: ClaimKind): string {
  return t(CLAIM_KIND_KEYS[kind]);
}

const VERDICT_KEYS: Record<Verdict, PlainKey> = {
  consistent: 'verdict.consistent',
  differs: 'verdict.differs',
  related: 'verdict.related',
  'not-in-knowledge': 'verdict.notInKnowledge',
};

export function verdictLabel(verdict: Verdict): string {
  return t(VERDICT_KEYS[verdict]);
}

const DATE_SOURCE_KEYS: Record<NonNullable<Analysis['dateSource']>, PlainKey> = {
  input: 'analysisDate.input',
  knowledge: 'analysisDate.knowledge',
  text: 'analysisDate.text',
};

/** How the analysis is dated, for the popup's header. */
export function describeAnalysisDate(analysis: Pick<Analysis, 'date' | 'dateSource'>): string {
  if (!analysis.date) return t('analysisDate.unknown');
  const how = t(analysis.dateSource ? DATE_SOURCE_KEYS[analysis.dateSource] : 'analysisDate.sourceUnknown');
  return t('analysisDate.withSource', [formatDate(analysis.date), how]);
}

/** Names the file does not know only come as "person" or "organisation"; known ones have a subtitle. */
export function actorKindLabel(actor: Pick<ActorFinding, 'kind'>, entry: EntryView | undefined): string {
  if (entry) return entry.subtitle;
  if (actor.kind === 'person') return t('actorKind.person');
  if (actor.kind === 'organisation') return t('actorKind.organisation');
  return capitalise(actor.kind.replace(/-/g, ' '));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 2 }).format(n);
}

/** A fraction as a percentage: 0.4 is "40%" (or "%40" in Turkish). */
export function formatPercent(fraction: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits }).format(fraction);
}

/** "2019-10-09", "2018-09" or "2011" at its own precision: "9 October 2019", "September 2018", "2011". */
export function formatDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  return dateFormat(d.year, d.month, d.day);
}

function dateFormat(year: number | undefined, month: number | undefined, day: number | undefined): string {
  return dateFormatter(year, month, day).format(utcDate(year, month, day));
}

function dateFormatter(year: number | undefined, month: number | undefined, day: number | undefined): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(uiLocale(), {
    timeZone: 'UTC',
    year: year === undefined ? undefined : 'numeric',
    month: month === undefined ? undefined : 'long',
    day: month === undefined || day === undefined ? undefined : 'numeric',
  });
}

function utcDate(year: number | undefined, month: number | undefined, day: number | undefined): Date {
  // setUTCFullYear, not Date.UTC, which reads years below 100 as 19xx.
  const date = new Date(0);
  date.setUTCFullYear(year ?? 2000, (month ?? 1) - 1, day ?? 1);
  return date;
}

/**
 * A range of days or of months, read from its first and last ISO dates of the same precision:
 * "2016-07-13" to "2016-07-17": "13–17 July 2016"; "2016-06-30" to "2016-07-02": "30 June – 2 July
 * 2016"; "2015-06" to "2015-08": "June–August 2015"; "2015-12-30" to "2016-01-02": "30 December
 * 2015 – 2 January 2016" (or "--07-13": without its year).
 */
function formatDateRange(first: string, last: string): string {
  const [a, b] = [first, last].map((iso) => iso.match(/^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/));
  if (!a || !b || (a[3] === undefined) !== (b[3] === undefined)) return formatDateValue(first);
  const year = a[1] === '-' ? undefined : Number(a[1]);
  const lastYear = b[1] === '-' ? undefined : Number(b[1]);
  const day = (m: RegExpMatchArray) => (m[3] === undefined ? undefined : Number(m[3]));
  const written = dateFormatter(year, Number(a[2]), day(a)).formatRange(utcDate(year, Number(a[2]), day(a)), utcDate(lastYear, Number(b[2]), day(b)));
  return year === undefined ? t('date.noYear', [written]) : written;
}

/** A claim's date value: "2019-10-09", "2018-09", "2011", "--10-09" (no year), "1980s". */
export function formatDateValue(value: number | string): string {
  if (typeof value === 'number') return String(value);
  const noYear = value.match(/^--(\d{2})(?:-(\d{2}))?$/);
  if (noYear) {
    const month = Number(noYear[1]);
    if (month < 1 || month > 12) return value;
    return t('date.noYear', [dateFormat(undefined, month, noYear[2] ? Number(noYear[2]) : undefined)]);
  }
  const decade = value.match(/^(\d{4})s$/);
  if (decade) return t('date.decade', [decade[1]!]);
  return formatDate(value);
}

const APPROX_KEYS: Record<Exclude<ClaimFinding['approx'], 'exact' | 'vague'>, KeyWith<1>> = {
  about: 'value.about',
  'more-than': 'value.moreThan',
  'less-than': 'value.lessThan',
  'up-to': 'value.upTo',
  'at-least': 'value.atLeast',
};

// Units the interface writes itself, with its plural forms; any other unit is shown as the article gave it.
const UNIT_KEYS: Partial<Record<string, PluralKey>> = {
  km: 'unit.km',
  mile: 'unit.mile',
  metre: 'unit.metre',
  second: 'unit.second',
  minute: 'unit.minute',
  hour: 'unit.hour',
  day: 'unit.day',
  week: 'unit.week',
  month: 'unit.month',
  year: 'unit.year',
  decade: 'unit.decade',
  tonne: 'unit.tonne',
  time: 'unit.time',
  pound: 'unit.pound',
  lira: 'unit.lira',
  dinar: 'unit.dinar',
  rial: 'unit.rial',
  riyal: 'unit.riyal',
  rouble: 'unit.rouble',
};

/** The claim's value as understood: "more than 216,000", "up to 15–20 km", "9 October (year not stated)". */
export function formatClaimValue(claim: Pick<ClaimFinding, 'kind' | 'value' | 'high' | 'until' | 'unit' | 'approx' | 'text'>): string {
  // A span of years: "2016–17", "between 2011 and 2015".
  if (claim.kind === 'date' && claim.until && typeof claim.value === 'string') return formatDateRange(claim.value, claim.until);
  if (claim.kind === 'date') {
    const date = claim.high !== undefined ? t('value.range', [formatDateValue(claim.value), String(claim.high)]) : formatDateValue(claim.value);
    // A date counted back is about that date ("five years ago": about 2011); a decade says so itself.
    return claim.approx === 'about' && !/^\d{4}s$/.test(String(claim.value)) ? t('value.about', [date]) : date;
  }
  if (typeof claim.value === 'string') return claim.value;
  // The extractor turns vague words into a stand-in number; the reader should see the word instead.
  if (claim.approx === 'vague') {
    const word = claim.text.match(VAGUE_WORDS)?.[0].toLowerCase().replace(/\s+/g, ' ');
    return t('value.vague', [word ?? t('value.about', [formatNumber(claim.value)])]);
  }
  // A currency the text names one country's is written by the interface's own name for it ("5,000 Syrian pounds").
  if (claim.kind === 'money' && claim.unit && CURRENCY_CODE.test(claim.unit)) {
    const amount = formatMoney(claim.value, claim.high, claim.unit);
    return claim.approx === 'exact' ? amount : t(APPROX_KEYS[claim.approx], [amount]);
  }
  const write = claim.kind === 'percentage' ? (n: number) => formatPercent(n / 100) : formatNumber;
  const range = claim.high !== undefined ? t('value.range', [write(claim.value), write(claim.high)]) : write(claim.value);
  const measured = claim.kind === 'percentage' || !claim.unit ? range : withUnit(range, claim.unit, claim.high ?? claim.value);
  return claim.approx === 'exact' ? measured : t(APPROX_KEYS[claim.approx], [measured]);
}

const CURRENCY_CODE = /^[A-Z]{3}$/;

function formatMoney(value: number, high: number | undefined, currency: string): string {
  const money = new Intl.NumberFormat(uiLocale(), { style: 'currency', currency, currencyDisplay: 'name', minimumFractionDigits: 0, maximumFractionDigits: 2 });
  return high !== undefined ? money.formatRange(value, high) : money.format(value);
}

/** "3 years", "15–20 km"; the plural form follows the upper bound. */
function withUnit(amount: string, unit: string, count: number): string {
  const key = UNIT_KEYS[unit];
  return key ? t(key, count, [amount]) : t('value.withUnit', [amount, unit]);
}

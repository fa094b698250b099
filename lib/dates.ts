/** Partial dates ("October 9", "September 2018", "1980s") and the article's date. */
import type { DateParts } from './claims/extract';

export interface YMD {
  year: number;
  month?: number;
  day?: number;
}

/** Reads "2019", "2019-10", "2019-10-09" or a full timestamp; null when it is not a date. */
export function parseIsoDate(value: string | null | undefined): YMD | null {
  if (!value) return null;
  const m = value.trim().match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (m) return { year: +m[1]!, month: m[2] ? +m[2] : undefined, day: m[3] ? +m[3] : undefined };
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The article's date, normalised to YYYY-MM-DD (or coarser) when it can be read. */
export function normaliseDate(value: string | null | undefined): string | null {
  const d = parseIsoDate(value);
  return d ? formatYmd(d) : null;
}

export function formatYmd(d: YMD): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return d.month ? (d.day ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : `${d.year}-${pad(d.month)}`) : String(d.year);
}

/** A claim's date as a string at its own precision; a missing year is written "--MM-DD". */
export function formatParts(p: DateParts): string {
  if (p.decade !== undefined) return `${p.decade}s`;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (p.year === undefined) return p.day ? `--${pad(p.month!)}-${pad(p.day)}` : `--${pad(p.month!)}`;
  return formatYmd({ year: p.year, month: p.month, day: p.month ? p.day : undefined });
}

/**
 * How a date without its year is read from the date it is read against: the article's date
 * ("around": the nearest year, the past preferred, since reports look back more than ahead), the
 * last day a narrative dated ("onward": the first such day from it), or a timeline's heading
 * ("within": that year).
 */
export type YearReading = 'around' | 'onward' | 'within';

/** Days a narrative read onward may step back from its last dated day (and a day told as before it, step on). */
const ONWARD_STEP_BACK = 62;

/** Fills a missing year from the date it is read against (see `YearReading`). */
export function withYearFrom(p: DateParts, reference: YMD | null, reading: YearReading = 'around'): DateParts {
  if (p.year !== undefined || p.decade !== undefined || !reference || p.month === undefined) return p;
  if (reading === 'within') return { ...p, year: reference.year };
  // "June last year": the year before the article's.
  if (p.lastYear && reading === 'around') return { ...p, year: reference.year - 1 };
  const at = reference.year * 372 + ((reference.month ?? 7) - 1) * 31 + (reference.day ?? 16);
  // Told as before the narrative's day ("had raided it on 3 April"): the last such day up to it,
  // or within the same two months after it ("confirmed that the city had been cleared on 27
  // January", a day on).
  if (reading === 'onward' && p.before) {
    const year = reference.year * 372 + (p.month - 1) * 31 + (p.day ?? 16) - at <= ONWARD_STEP_BACK ? reference.year : reference.year - 1;
    if (p.day === undefined || p.day <= daysIn(year, p.month)) return { ...p, year };
  }
  let best = reference.year;
  let bestDistance = Infinity;
  // A month told in the past may be the report's own month, once a week of it has gone ("had
  // been granted access by the end of June", "earlier in April", of 12 June or 20 April): its
  // first day is before the report. Not "last June", nor "in June" in a report of 1 June.
  const day = p.day ?? ((p.pastTense || p.past) && !p.last && reading === 'around' && (reference.day ?? 16) > 7 ? 1 : 16);
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const signed = year * 372 + (p.month - 1) * 31 + day - at;
    // A narrative steps back a little at times ("On 14 February ... on 12 February"), not a year.
    if (reading === 'onward' && signed < -ONWARD_STEP_BACK) continue;
    // Told in the past: of a report's date or before it (a narrative's next day may be after it).
    if ((p.past || (p.pastTense && reading === 'around')) && signed > 0) continue;
    // No 29 February but in a leap year.
    if (p.day !== undefined && p.day > daysIn(year, p.month)) continue;
    // Onward, the first such day; around, a day ahead counts twice its distance.
    const d = reading === 'onward' ? Math.abs(signed) : signed > 0 ? 2 * signed : -signed;
    if (d < bestDistance || (d === bestDistance && year < best)) {
      best = year;
      bestDistance = d;
    }
  }
  return { ...p, year: best };
}

/** The days of a month (of a leap year when the year is not known: 29 February may be). */
export const daysIn = (year: number | undefined, month: number) => new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();

/** Whether a claim's date agrees with a date in the knowledge file, at the precision both give (a day with a month the file knows). */
export function datesAgree(claim: DateParts, fact: YMD): boolean {
  if (claim.decade !== undefined) return fact.year >= claim.decade && fact.year < claim.decade + 10;
  const last = rangeLast(claim) ?? claim;
  if (claim.year !== undefined && (fact.year < claim.year || fact.year > last.year!)) return false;
  if (claim.month === undefined) return claim.year !== undefined;
  // (A season agrees with what the file knows only by its year: "the summer of 2012" with a battle of 2012.)
  if (fact.month === undefined) return !!claim.season;
  // A day agrees with a fact known to its month ("15 March 2011" with "March 2011"), and a range
  // with a day or month within it ("30 June to 2 July", "August–October 2019").
  const byDay = claim.day !== undefined && fact.day !== undefined;
  const at = (year: number, month: number, day: number | undefined) => (year * 12 + month) * 32 + (byDay ? day! : 0);
  const year = claim.year ?? fact.year;
  const f = at(fact.year, fact.month, fact.day);
  return at(year, claim.month, claim.day) <= f && f <= at(last.year ?? year, last.month!, last.day);
}

/** The last day or month of a range read as its first ("30 June to 2 July": 2 July; of a later year where it ends in one), or undefined. */
export function rangeLast(date: DateParts): DateParts | undefined {
  if (date.lastDay === undefined && date.lastMonth === undefined) return undefined;
  return { year: date.year === undefined ? undefined : date.year + (date.yearsOn ?? 0), month: date.lastMonth ?? date.month, day: date.lastDay };
}

export function compareYmd(a: YMD, b: YMD): number {
  return a.year - b.year || (a.month ?? 1) - (b.month ?? 1) || (a.day ?? 1) - (b.day ?? 1);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "17 September 2018", "September 2018", "2018". */
export function humanDate(value: string): string {
  const d = parseIsoDate(value);
  if (!d) return value;
  if (!d.month) return String(d.year);
  return d.day ? `${d.day} ${MONTHS[d.month - 1]} ${d.year}` : `${MONTHS[d.month - 1]} ${d.year}`;
}

/**
 * Finds the numeric claims in a text: dates, counts, amounts, durations, distances,
 * percentages, with their approximation ("more than"), their unit and what they count,
 * and types them (casualties, displacement, refugees, ...) from the words around them.
 */
import type { Approximation, ClaimKind } from '../types';
import { overlapsAny, removeOverlaps } from '../text/spans';
import { isWordChar, segmentAt, type Segment } from '../text/segment';
import { headlineVerb } from '../text/lexicon';
import { isPluralNoun, parseNumberWords } from './numbers';
import { matches } from '../text/matches';
import { VAGUE_VALUES } from './vague';
import { daysIn } from '../dates';
import { SYRIAN_PLACES } from '../topic/signals';

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  decade?: number;
  /** The last day of a range of days ("16-17 September", "30 June to 2 July"). */
  lastDay?: number;
  /** The month of that last day, when it is a later one ("30 June to 2 July"), or the last of a range of months ("June to August 2015"). */
  lastMonth?: number;
  /** Years from the first month's to the last month's: 1 in "30 December to 2 January 2016", 3 in "from May 2012 to December 2015". */
  yearsOn?: number;
  /** A season ("the summer of 2013": June to August): a narrative is set in its year, not its months. */
  season?: boolean;
  /** Written as past ("since April", "last October"): a missing year is never after the article's date. */
  past?: boolean;
  /** "Last October": never the article's own month. */
  last?: boolean;
  /** "June last year": of the year before the article's. */
  lastYear?: boolean;
  /** In a clause told in the past ("began an air campaign on September 30"): not after a report's date. */
  pastTense?: boolean;
  /** Told in the past perfect ("the army had raided it on 3 April"): before the narrative's day, not after it. */
  before?: boolean;
}

export interface RawClaim {
  start: number;
  end: number;
  kind: ClaimKind;
  /** Numeric value; for dates see `date`. */
  value: number;
  high?: number;
  unit?: string;
  approx: Approximation;
  counts?: string;
  date?: DateParts;
  /** "ninth year": an ordinal counted from some start. */
  ordinal?: boolean;
  /** A span counted back from the article's date: "five years ago". */
  ago?: boolean;
}

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
// Title case, or capitals as in datelines ("NOVEMBER 20, 2019").
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?:(?<=(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\\.)?';
const MONTH_WORD = new RegExp(`^${MONTH}$`);
const FULL_MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const B = '(?<![\\p{L}\\p{M}\\p{N}])';
const E = '(?![\\p{L}\\p{M}\\p{N}])';

/** Lets each word of an alternation start with a capital: "since" also matches "Since". */
function anyCase(alternation: string): string {
  return alternation.replace(/(^|[(:|])([a-z])/g, (_, before: string, ch: string) => `${before}[${ch}${ch.toUpperCase()}]`);
}

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.startsWith(key)) + 1;
}

// What a month's expression begins with when it may begin with a look behind: a month's first
// three letters, or "early", "mid", "late". V8 tries such an expression at every place in the
// text; this look ahead lets it skip the others (a month alone after a word of time: 55 ms over
// the corpus's Syria articles, 180 without; three letters rather than one halve that again).
const MONTH_WORD_FIRST = '(?=[Ee]arly|[Mm]id|[Ll]ate|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)';

/** "from" or "between" right before a match, in lower case ("From" opening a sentence too). */
function openerBefore(m: RegExpExecArray): string | undefined {
  return /(?<![\p{L}])(from|between)\s{1,3}$/iu.exec(m.input.slice(Math.max(0, m.index - 12), m.index))?.[1]!.toLowerCase();
}

// The "and" of "between 29 March and 30 April": a range only after "between".
const BETWEEN_AND = `(?<=${B}[Bb]etween\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+\\d{4})?\\s*)and`;
const BETWEEN_AND_MONTH_FIRST = `(?<=${B}[Bb]etween\\s{1,3}${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\s*)and`;

const DATE_PATTERNS: Array<{ re: RegExp; parts: (m: RegExpExecArray) => DateParts | null }> = [
  { re: new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`, 'gu'), parts: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  // A dateline whose day and year ran together when the page was flattened: "Jun 182016".
  { re: new RegExp(`${B}(${MONTH})\\s+(\\d{1,2})((?:19|20)\\d{2})${E}`, 'gu'), parts: (m) => ({ month: monthNumber(m[1]!), day: +m[2]!, year: +m[3]! }) },
  {
    // "22 and 23 June", "16-17 September 2018": a range of days.
    re: new RegExp(`${B}(\\d{1,2})\\s*(?:and|&|-|–|to)\\s*(\\d{1,2})\\s+(${MONTH})(?:,?\\s+(\\d{4}))?${E}`, 'gu'),
    parts: (m) => ({ day: +m[1]!, lastDay: +m[2]!, month: monthNumber(m[3]!), year: m[4] ? +m[4] : undefined }),
  },
  {
    // The same, the month written first: "December 11 and 12 2016", "December 11-12". Joined by a
    // word or a spaced dash only before a year: "On March 3 and 5 people were killed", "BEIRUT,
    // March 3 - 12 people were killed" are a date and a toll.
    re: new RegExp(`${B}(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:[-–]|\\s*(?:[-–]|and|&|to)\\s*(?=\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}${E}))(\\d{1,2})(?:st|nd|rd|th)?(?![,.:]\\d)(?:,?\\s+(\\d{4}))?${E}`, 'gu'),
    parts: (m) => (+m[3]! > +m[2]! ? { month: monthNumber(m[1]!), day: +m[2]!, lastDay: +m[3]!, year: m[4] ? +m[4] : undefined } : null),
  },
  {
    // "30 June to 2 July", "28 February–3 March 2016": a range of days into a later month; into
    // the next year where the year is written once, after it ("30 December 2015 to 2 January
    // 2016", "30 December to 2 January 2016").
    re: new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})(?:,?\\s+(\\d{4}))?\\s*(?:-|–|to|until|till|through|${BETWEEN_AND})\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})(?:,?\\s+(\\d{4}))?${E}`, 'gu'),
    parts: (m) => crossMonthRange(m, +m[1]!, monthNumber(m[2]!), m[3], +m[4]!, monthNumber(m[5]!), m[6]),
  },
  {
    // The same written month first: "April 27 to May 18", "between April 27 and May 18",
    // "December 30, 2015 to January 2, 2016".
    // (No look ahead for the month's first letter here: it made this one five times slower.)
    re: new RegExp(`${B}(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\s*(?:-|–|to|until|till|through|${BETWEEN_AND_MONTH_FIRST})\\s*(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${E}`, 'gu'),
    parts: (m) => crossMonthRange(m, +m[2]!, monthNumber(m[1]!), m[3], +m[5]!, monthNumber(m[4]!), m[6]),
  },
  {
    // "between May 2012 and December 2015", "from May 2012 to December 2015", "May 2012 – December
    // 2015": a range of months over years.
    // (Its joining word read after the match: an expression that opens with a look behind is
    // tried at every place in the text, ten times as slow.)
    re: new RegExp(`${B}(${FULL_MONTH}),?\\s+((?:19|20)\\d{2})\\s*(and|to|through|until|till|[-–—])\\s*(${FULL_MONTH}),?\\s+((?:19|20)\\d{2})${E}`, 'gu'),
    parts: (m) => {
      const opener = openerBefore(m);
      if (/^[a-z]/.test(m[3]!) && opener !== (m[3] === 'and' ? 'between' : 'from')) return null;
      const [month, year, lastMonth, lastYear] = [monthNumber(m[1]!), +m[2]!, monthNumber(m[4]!), +m[5]!];
      if (lastYear > year) return { month, year, lastMonth, yearsOn: lastYear - year };
      return lastYear === year && lastMonth > month ? { month, year, lastMonth } : null;
    },
  },
  {
    // "from June to August", "between June and August 2015", "June–August 2015": a range of
    // months of one year (without a year, only after "from" or "between": not "May to June").
    re: new RegExp(`${B}(${FULL_MONTH})\\s*(and|to|through|until|till|-|–)\\s*(${FULL_MONTH})(?:,?\\s+((?:19|20)\\d{2}))?${E}`, 'gu'),
    parts: (m) => {
      const [joiner, year] = [m[2]!, m[4]];
      const opener = openerBefore(m);
      // "between … and", "from … to" with or without a year; "June to August 2015", "June–August 2015" with one.
      const joined = joiner === 'and' ? opener === 'between' : (opener === 'from' && /^[a-z]/.test(joiner)) || (year !== undefined && /^(?:to|through|-|–)$/.test(joiner));
      const [month, lastMonth] = [monthNumber(m[1]!), monthNumber(m[3]!)];
      return joined && lastMonth > month ? { month, lastMonth, year: year ? +year : undefined } : null;
    },
  },
  {
    // (Not the month of a day written before it, with a figure after: "On 1 November 28 soldiers…".)
    re: new RegExp(`(?<!\\b(?:[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Aa]fter|[Bb]efore|day,?)\\s+\\d{1,2}\\s+)${B}(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${E}`, 'gu'),
    parts: (m) => ({ month: monthNumber(m[1]!), day: +m[2]!, year: m[3] ? +m[3] : undefined }),
  },
  {
    re: new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(\\d{4}))?${E}`, 'gu'),
    parts: (m) => ({ day: +m[1]!, month: monthNumber(m[2]!), year: m[3] ? +m[3] : undefined }),
  },
  {
    // "September 2018", and "late August 2016" as one date, not a month of the article's year and a year.
    // "August of 2013" and "the beginning of July in 2016" too (not "Theresa May in 2018"), but not
    // "a March of 2000 protesters".
    re: new RegExp(`${MONTH_WORD_FIRST}(?:${B}(?:${anyCase('(?:early|mid|late)')}[\\s-]+)?(${MONTH}),?\\s+(?:(?:of|(?<=(?:\\b(?:beginning|end|middle|start)\\s+of\\s+|\\b(?:[Ee]arly|[Mm]id|[Ll]ate)[\\s-]+)${MONTH}\\s+)in)\\s+(?=(?:19|20)\\d\\d(?![\\p{L}\\p{N}])(?!\\s+\\p{L}+s(?![\\p{L}]))))?(\\d{4})${E})`, 'gu'),
    parts: (m) => ({ month: monthNumber(m[1]!), year: +m[2]! }),
  },
  {
    // "July and August 2013", "March–April 2016": the year written once is both months'.
    // ("Jan-Feb 2012": abbreviated, joined by a dash.)
    re: new RegExp(`${MONTH_WORD_FIRST}(?:${B}(?:${anyCase('(?:early|mid|late)')}[\\s-]+)?(${FULL_MONTH}(?=\\s*(?:and|or|to|through|-|–)\\s*(?:${anyCase('(?:early|mid|late)')}[\\s-]+)?${FULL_MONTH},?\\s+(\\d{4})${E})|${MONTH}(?=[-–](?:${MONTH}),?\\s+(\\d{4})${E})))`, 'gu'),
    parts: (m) => ({ month: monthNumber(m[1]!), year: +(m[2] ?? m[3])! }),
  },
  {
    // A month alone is a date only with a temporal cue: "since April", "late October", "from June to August".
    // ("at the start of August"; "In May" only opening a sentence before a comma, a noun's article or a figure,
    // or "in May" or "since May" before a stop or a clause's word, "passed in May by members": not Theresa May.)
    re: new RegExp(`${MONTH_WORD_FIRST}(?:(?<=(?:${B}${anyCase('(?:in|since|until|till|by|from|during|last|this|next|before|after)')}|\\b(?:start|end|beginning|middle)\\s+of|${B}${FULL_MONTH}\\s+(?:to|through))\\s{1,3})(?:${anyCase('(?:early|mid|late)')}[\\s-]+)?(January|February|March|April|June|July|August|September|October|November|December)${E}|${B}${anyCase('(?:early|mid|late)')}[\\s-]+(January|February|March|April|May|June|July|August|September|October|November|December)${E}|(?<=(?:^|[.!?]["”’)]?\\s+|\\n\\s*)In\\s)(May)(?=,|\\s+(?:a|an|the|this|its|their|more\\s+than|at\\s+least|over|nearly|some|about|around|dozens|scores|hundreds|thousands)\\s|\\s+\\d)|(?<=${B}in\\s)(?<!\\b(?:confidence|faith|trust|support|belief)\\s+in\\s)(May)(?=[,.;]|\\s+(?:by|when|after|before|and|last|this|that)\\s)|(?<=${B}(?:since|until)\\s)(May)(?=[,.;]|\\s+(?:when|last|this)\\s))`, 'gu'),
    parts: (m) => ({ month: monthNumber((m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!) }),
  },
  {
    // A month that dates an event named after it: "a February ceasefire", "the March talks".
    re: new RegExp(`(?<=\\b(?:[Aa]n?|[Tt]he|[Ll]ast)\\s)(${FULL_MONTH})(?=\\s+(?:ceasefire|truce|agreement|deal|accord|offensive|attack|talks|summit|meeting|conference|election|elections|referendum|resolution|memorandum|statement|report|study|survey|poll|protests|uprising)\\b)`, 'gu'),
    parts: (m) => ({ month: monthNumber(m[1]!) }),
  },
  { re: new RegExp(`${B}(1[89]\\d0|20[0-3]0)[’']?s${E}`, 'gu'), parts: (m) => ({ decade: +m[1]! }) },
  {
    // 20/11/2019, 11/20/2019, 20.11.2019, 20-11-2019: day and month order differ by country, so
    // the order is read only where it shows: a number above 12, or dots (day first where they are used).
    // A dateline may run into the next word: "02.10.2017Get short URL".
    re: new RegExp(`${B}(\\d{1,2})([/.-])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\p{Ll}\\p{M}\\p{N}])`, 'gu'),
    parts: (m) => numericDate(+m[1]!, m[2]!, +m[3]!, +m[4]!),
  },
];

/**
 * A range of days into a later month, its years as written (either, both or none); not a date
 * moved from one day to another ("postponed from March 25 to April 5": two dates).
 */
function crossMonthRange(m: RegExpExecArray, day: number, month: number, firstWritten: string | undefined, lastDay: number, lastMonth: number, lastWritten: string | undefined): DateParts | null {
  if (MOVED_FROM.test(m.input.slice(Math.max(0, m.index - 60), m.index))) return null;
  const [firstYear, lastYear] = [firstWritten ? +firstWritten : undefined, lastWritten ? +lastWritten : undefined];
  const range = { day, month, lastDay, lastMonth };
  if (lastMonth > month && (firstYear === undefined || lastYear === undefined || firstYear === lastYear)) return { ...range, year: lastYear ?? firstYear };
  if (lastYear !== undefined && lastMonth < month && (firstYear ?? lastYear - 1) === lastYear - 1) return { ...range, year: lastYear - 1, yearsOn: 1 };
  // Both years written, the last later: "between 1 January 2015 and 31 December 2016".
  if (firstYear !== undefined && lastYear !== undefined && lastYear > firstYear) return { ...range, year: firstYear, yearsOn: lastYear - firstYear };
  return null;
}

const WHOLLY_AFTER = /^\s+(?:sure|certain|confident|convinced|true|untrue|false|fake|fabricated|invented|baseless|wrong|right|correct|accurate|honest|serious|committed|behind|clear|guaranteed)(?![\p{L}-])/iu;

const MOVED_FROM = /\b(?:postponed|delayed|moved|rescheduled|pushed\s+back|put\s+off|brought\s+forward|changed|advanced)\s+(?:[\p{L}’'-]+\s+){0,3}?from\s+$/iu;

/** No "30 February" or "31 April" (a 29 February without its year may be of a leap year). */
function dayInMonth(date: DateParts): boolean {
  if (date.day === undefined || date.month === undefined) return true;
  const days = daysIn(date.year, date.month);
  return date.day >= 1 && date.day <= days && (date.lastDay === undefined || date.lastDay <= daysIn(date.year === undefined ? undefined : date.year + (date.yearsOn ?? 0), date.lastMonth ?? date.month));
}

function numericDate(first: number, separator: string, second: number, year: number): DateParts {
  const [day, month] = first > 12 || separator === '.' ? [first, second] : second > 12 ? [second, first] : [0, 0];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) ? { year, month, day } : { year };
}

const APPROX: Array<[RegExp, Approximation]> = [
  [/^(?:more than|above|over|upwards of|just over|in excess of)$/i, 'more-than'],
  [/^(?:fewer than|less than|under|just under)$/i, 'less-than'],
  [/^(?:at least|no fewer than|no less than)$/i, 'at-least'],
  [/^(?:up to|as many as|as much as|at most|as high as|within)$/i, 'up-to'],
  [/^(?:nearly|almost|about|around|roughly|approximately|some|an estimated|estimated|close to|an approximate|perhaps|possibly|maybe)$/i, 'about'],
];
// "within 10 kilometres", "within 48 hours": at most that far or long (not "within two groups").
const WITHIN = String.raw`within(?=\s+(?:[\p{L}\d.,]+\s+(?:or\s+)?){1,3}(?:km|kms|kilomet|miles?\b|met(?:re|er)|seconds?\b|minutes?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b))`;
const APPROX_WORDS = '(?:more\\s+than|above|fewer\\s+than|less\\s+than|upwards\\s+of|just\\s+over|just\\s+under|in\\s+excess\\s+of|over|under|at\\s+least|no\\s+fewer\\s+than|no\\s+less\\s+than|up\\s+to|as\\s+many\\s+as|as\\s+much\\s+as|as\\s+high\\s+as|at\\s+most|nearly|almost|about|around|roughly|approximately|some|an\\s+estimated|estimated|close\\s+to|perhaps|possibly|maybe|' + WITHIN + ')';
// Whole words only: "six" must not match the start of "sixty".
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)(?![\\p{L}])';
// "one hundred and twenty": "and" only after a scale word ("four and six thousand" is a range).
// ("a" only before a scale: "a hundred", "a dozen"; "a five-day truce" is five days.)
const WORD_NUMBER = `(?:(?:a|an)\\s+(?=(?:hundred|thousand|million|billion|dozen)(?![\\p{L}])))?${NUMBER_WORD}(?:[\\s-]+(?:(?<=(?:hundred|thousand|million|billion)\\s{1,3})and\\s+)?${NUMBER_WORD})*`;
// "more than an hour", "nearly a decade": after an approximation, "a" before a unit of time is one.
// ("about", "around" and "roughly" only before "ago", "later" or a stop: "about a year in the life of…" is
// no span; nor "about a second attack", nor "under a year-long siege".)
// The half after a unit: "a year and a half" (not "three years and a half million people").
const HALF_AFTER = String.raw`\s+and\s+an?\s+half(?![\p{L}-])(?!\s+(?:million|billion|thousand|dozen)(?![\p{L}]))`;
const A_UNIT_OF_TIME =
  `(?:(?<=\\b(?:more\\s{1,3}than|over|just\\s{1,3}over|nearly|almost|at\\s{1,3}least|less\\s{1,3}than|up\\s{1,3}to|within|close\\s{1,3}to)\\s{1,3})(?:a|an)(?=\\s+(?:minute|hour|day|week|fortnight|month|year|decade)(?![\\p{L}‐‑-]))` +
  `|(?<=\\b(?:about|around|roughly)\\s{1,3})(?:a|an)(?=\\s+(?:minute|hour|day|week|fortnight|month|year|decade)(?:\\s+(?:ago|later|earlier|before|after)\\b|\\s*[,.;)])))` +
  // "a year and a half", "the last month and a half": one and a half of the unit, wherever it stands.
  `|(?:a|an)(?=\\s+(?:minute|hour|day|week|fortnight|month|year|decade)${HALF_AFTER})` +
  // "a year ago": one, counted back.
  `|(?<![\\p{L}])(?:a|an)(?=\\s+(?:day|week|month|year|decade)\\s+ago(?![\\p{L}]))`;
// "1,000", and "1 000" with a space (or a narrow one) between groups of three, as some agencies write it.
// "2 1/2 years", "2½": a half written as a fraction. "1.200.000": dots between groups of three
// (read by parseOne).
const DIGITS = '\\d{1,3}(?:\\s+1/2|½)(?![\\d/])|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d.,])|\\d{1,3}(?:\\.\\d{3}){2,}(?![\\d.,])|\\d+(?:\\.\\d+)?';
// (Agencies' abbreviations too: "$5Bln", "7 mln".)
// ("5m", "$500m": millions, written against the digits, unless a place follows: "500m from the border".)
// What follows metres written "m" (with a space before it: "500 m over the border"), not millions:
// a place's noun after a preposition, a direction or a dimension ("6.5m inside Syria", "1m over the
// past two years" are millions; so is a glued "500m", whose digits the unit cannot follow).
const METRES_PLACE = String.raw`\s+(?:(?:from|away\s+from|over|into|beyond|inside|behind|across)\s+(?:the|a|an)\s+(?:border|frontier|front\s*line|frontline|town|city|village|base|building|site|camp|river|road|highway|line|wall|area|checkpoint|position)s?|away|east|west|north|south|north-?east|north-?west|south-?east|south-?west|long|high|deep|wide|tall)(?![\p{L}-])`;
// A scale word ending a figure's words, or "m" against its digits.
const SCALE_AT_END = /\s*(?:million|billion|trillion|thousand|bn|mn|bln|mln)$|(?<=\d)m$/i;
// (An amount in a currency is millions whatever follows: "£100m over three years".)
const SCALE = `(?:\\s*(?:million|billion|trillion|thousand|bn|mn|bln|mln)(?![\\p{L}])|(?<=\\d)m(?![\\p{L}\\d])(?:(?<=(?:\\$|£|€|USD\\s?|EUR\\s?)[\\d.,]+m)|(?!${METRES_PLACE})))`;
const CURRENCY = '(?:US\\s?\\$|\\$|€|£|USD\\s?|EUR\\s?)';
// "Hundreds of thousands" is a figure wherever it stands ("has killed hundreds of thousands.");
// "thousands of civilians", or on its own before a verb: "millions have been displaced".
const VAGUE =
  '(?:(?:tens|hundreds)\\s+of\\s+(?:thousands|millions|billions)(?![\\p{L}])' +
  '|(?:several|a\\s+few)\\s+(?:dozen|hundred|thousand|million)(?![\\p{L}])' +
  '|(?:thousands|hundreds|millions|dozens|scores|tens)(?!\\s+of\\s+(?:thousands|millions|billions|trillions)(?![\\p{L}]))(?=\\s+of\\s|\\s+(?:have|has|had|were|are|more|others|fled|died|die|dying|perished|remain|still|killed|wounded|injured|dead|displaced|forced|reported\\s+(?:dead|killed|wounded|injured))\\b)' +
  // "killing at least 30 people and injuring dozens", "displaced millions", "forced millions to flee",
  // "uprooted thousands"; "driven millions from their homes" (not "driven millions into poverty").
  '|(?<=\\b(?:kill|kills|killing|injure|injures|injuring|wound|wounds|wounding|killed|injured|wounded|displacing|displaced|forced|forcing|uprooted|uprooting)\\s{1,3})(?:dozens|hundreds|thousands|scores|millions)(?![\\p{L}])' +
  '|(?<=\\b(?:driven|drove|driving)\\s{1,3})(?:dozens|hundreds|thousands|scores|millions)(?=\\s+(?:from|out\\s+of)\\s+(?:their\\s+homes|the\\s+country|Syria)\\b))';
// "half a million", "a half-million", "a quarter of a million", "three quarters of a million".
// "one and a half million" whole, never its "a half million".
const HALF = '(?:(?:half\\s+an?|(?<!\\band\\s{1,3})an?\\s+half[\\s-]|(?:one|two|three|four|five|\\d{1,3})\\s+and\\s+an?\\s+half\\s+|(?:an?|one|three)[\\s-]+quarters?\\s+of\\s+an?)\\s*(?:million|billion)(?![\\p{L}]))';
const ONE_NUMBER = `(?:${CURRENCY})?(?:${DIGITS}|${HALF}|half\\s+a\\s+dozen(?![\\p{L}])|${WORD_NUMBER}|${A_UNIT_OF_TIME})${SCALE}?`;

// (Skipping ahead by what a figure can open with: a digit, a currency's sign, or the first letters
// of an approximation's, a number's or a vague figure's word.)
const QUANTITY_OPENS = String.raw`(?=\d|[$€£]|an?[\s-]+(?:hu|th|mi|bi|do|fe|ha|qu|ho|da|we|fo|mo|ye|de|es)|us\s?\$|usd|eur|more|abo|fewe|less|upwa|just|in\s+ex|over|unde|at\s+(?:le|mo)|no\s+(?:fe|le)|up\s+to|as\s+(?:ma|mu|hi)|nearl|almo|arou|roug|appr|some|esti|clos|perh|poss|mayb|withi|one|two|thre|four|five|six|seve|eigh|nine|ten|elev|twe|thir|fift|fort|hund|thou|mill|bill|doze|scor|half)`;
const QUANTITY = new RegExp(
  `${QUANTITY_OPENS}${B}(?:(?<approx>${APPROX_WORDS})\\s+)?(?:(?<vague>${VAGUE})|(?<first>${ONE_NUMBER})(?:(?:(?<!(?:19|20)\\d\\d)\\s*(?:-|–|to)\\s*|(?<=(?:19|20)\\d\\d)(?:[-–]|\\s+to\\s+(?=(?:19|20)\\d\\d(?!\\d))))(?<second>${ONE_NUMBER}))?(?<pct>\\s*(?:%|per\\s?cent${E}))?)`,
  'giu',
);

// (Skipping ahead by the first three letters: a third of the time over 100k words.)
const ORDINAL = new RegExp(
  `(?=fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe|\\d)${B}(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\\d{1,2}(?:st|nd|rd|th))\\s+(year|anniversary)${E}`,
  'giu',
);
const ORDINAL_VALUES = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];


// Of the same people: no other clause ("where 15 people were killed") between.
// What a strike did to those it names right after: "kills scores of fleeing civilians", "injuring one child".
// (A threat is no toll: "threatened to execute 20 hostages", "vowed to behead 3".)
const KILLED_BEFORE = /\b(?:kill|kills|killed|killing|massacred|(?<!\b(?:to|will|would|could|may|might)\s)(?:execute|crucify|behead)|executes|executed|executing|crucif(?:ies|ied|ying)|behead(?:s|ed|ing)|wounding|injuring|(?:shot|shoot|shoots|shooting)\s+dead)\s+$/i;
// What a total is brought up to: "bringing the total number of posts up to 35" (not "the death
// toll stands at 40, but up to 60 more…").
const TOTAL_BEFORE = /\b(?:bring|brings|brought|bringing|take|takes|took|taking|push(?:es|ed|ing)?|raise[sd]?|raising)\s+(?:the\s+|its\s+|their\s+)?(?:(?:death|overall|civilian|casualty|final)\s+)?(?:total|toll|tally|number)\b(?:(?!\b(?:but|while|said|says|say|fear|fears|feared|warn|warns|warned|expect|expects|expected|more)\b)[^.;:,\d]){0,80}$/iu;
// A headline's "Claims": "Air Strike on School Claims 11 Children" (not "the group claimed 3").
const HEADLINE_CLAIMS = /\b(?:Claims|Claimed)\s+$/;
// What an attack or a war "claimed" is a toll: "air strikes near Manbij claimed more than 100 civilians"
// (not "Erdogan claimed 3.5 million refugees were living in Turkey", nor "Turkey, which has waged a
// war against the PKK, claimed…": nothing between the event and the verb but its own words).
const LIVES_CLAIMED = /\b(?:strikes?|airstrikes?|air\s+raids?|raids?|attacks?|blasts?|bombings?|explosions?|shelling|bombardment|fighting|clashes|war|conflict|violence)\b(?:(?!\b(?:which|who|that|since|as)\b)[^.;:,]){0,50}\bclaimed\s+(?:(?:more\s+than|over|at\s+least|nearly|some|about|around)\s+)?$/i;
// (With a breakdown between, and an adverb: "163 refugees, including 15 women and 31 children, were allegedly killed".)
// (Places joined by "and" are words of the figure's own: "98 evacuees from the towns of Fuaa and Kafraya were killed".)
const KILLED_AFTER = /^(?:,\s+including\s+[^,.;]{1,50},)?(?:\s+(?!(?:where|who|which|that|when|while|after|as|but|say|says|said|told|report|reported|many|most|some|their|relatives)\b)[\p{L}-]+){0,9}?\s+(?:were|was|have\s+been|had\s+been|being)\s+(?:\p{L}+ly\s+)?(?:killed|wounded|injured|massacred|executed)\b/iu;
const killedAfter = (after: string) => {
  const m = KILLED_AFTER.exec(after);
  return !!m && !/\sand\s+\p{Ll}/u.test(m[0]);
};
// (Each part of the breakdown: "including 1,463 children and 1,127 women".)
// ("claimed more than 300000 lives including some 87000 civilians": lives claimed too.)
const TOLL_BEFORE_INCLUDING = /\b(?:kill(?:s|ed|ing)?|dead|died|deaths|wounded|injured|(?:claimed|claiming|cost|costing|taken|took)\s+(?:the\s+)?(?:(?:more\s+than|at\s+least|some|about|nearly|over)\s+)?(?:[\d,.]+\s+|many\s+|hundreds\s+of\s+|thousands\s+of\s+)?lives)\b(?:(?!\b(?:have|has|had)\s+been\b|\b(?:forced|fled|flee|fleeing|displaced|where|which|who|whose)\b)[^.;]){0,90}\bincluding\s+(?:at\s+least\s+|some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?(?:\d[\d,.]*(?:\s+(?!(?:who|which|that|were|was)\b)[\p{L}-]+){1,3}(?:\s*,\s*|\s+and\s+))*$/iu;
const AGE_AFTER = /^[\s-]*old\b/i;
const OR_MORE = /^\s+or\s+more\b/i;
const LEAST_AFTER = /^\s+at\s+least(?=\s*(?:[,.;)]|$|\s+(?:were|was|have|had|are|is|died|killed|dead|wounded|injured)\b))/i;
// (Not a verb with its own figure: "left 12 dead and injured 30 others".)
const AND_HURT = /^\s*(?:&|and)\s+(?:injured|wounded)(?:\s+(?:people|civilians))?\b(?!\s+(?:\d|(?:dozens|scores|hundreds|thousands|tens|others|more|several|many|some|one|two|three|four|five|six|seven|eight|nine|ten)\b))/i;
// A figure and what it counts right before: "a total of 300 refugees over 5 years" (not "killed
// 300,000 people in over five years", "The 2011 uprising has lasted over five years").
const FIGURE_BEFORE = /(?<![\p{L}\p{N},.])(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s+(?:million|thousand))?(?:\s+(?!(?:in|for|of|and|after|lasted|held|out|has|have|had|was|were|is|are|been)\b)\p{L}[\p{L}-]*){1,2}\s+$/u;
const AGO = /^\s+ago(?![\p{L}])/u;
const AGO_UNITS = new Set(['day', 'week', 'month', 'year', 'decade']);
// A year's part before it: "late 2012", "mid-2018", "the summer of 2013". A season is its months,
// in Syria's hemisphere ("the summer of 2013": June to August); winter, which runs into the next
// year, only the year. Not a season that a name holds ("the Arab Spring of 2011", "Arab spring"),
// nor "fall" as a noun of what fell ("the regime's fall 2024"): it follows a word of time.
const YEAR_PART_BEFORE = /(?:\b(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+|(?<!\b(?!(?:In|The|This|Last|By|Since|Until|During|From|Of|Early|Late|And|But|Through|Throughout)\b)\p{Lu}[\p{L}’'-]*\s+)(?<![’']s\s+)(?:\b(?:[Tt]he|[Tt]his|[Ll]ast)\s+)?\b((?:[Ss]ummer|[Ss]pring|[Aa]utumn|[Ww]inter)|(?<=\b(?:the|in|of|by|since|until|during|this|last|early|late|and)\s+)fall)\s+(?:of\s+)?)$/u;
const SEASON_YEAR_ENDS = /^(?:\s*(?:[,.;:)]|$)|\s+(?:the|a|an|when|and|it|its|their|his|her|this|that|there|\p{Lu}))/u;
const SEASON_MONTHS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11] };
// A war's age is its length: "Syria's six-year-old conflict".
// (Not a person's: "a 9-year-old war refugee", "the 12-year-old war orphan".)
const WAR_AFTER_AGE = /^[\s-]*old[\s-]+(?:civil[\s-]+)?(?:war|conflict|crisis|uprising|revolution|insurgency|siege)(?![\p{L}-])(?![\s-]+(?:refugees?|orphans?|victims?|survivors?|veterans?|widows?|amputees?|child(?:ren)?|boys?|girls?|brides?|patients?|photographers?|reporters?)(?![\p{L}]))/iu;
// Also an age bracket: "children under 5", "men over 60".
// What may follow a year that ends its phrase: a stop, a clause's next word, a name.
const YEAR_ENDS_PHRASE = /^(?:\s*(?:[,.;:)]|$)|\s+(?:the|a|an|when|and|it|its|their|his|her|this|that|these|there|some|most|all|only|more|refugees|\p{Lu}))/u;
// An age set off by commas after a name, before what the person did or is: "Abu Ahmed, 45, said",
// "Mohammed, 12, was killed" (not a toll by place: "Aleppo, 45, Idlib, 12"; "In Aleppo, 45, including…").
const AGE_SET_OFF_BEFORE = /(?<=\p{Lu}[\p{L}\p{M}’'.-]*),\s*$/u;
// (Nor a place's toll: "Aleppo, 95, the highest of any province".)
const PLACE_SET_OFF_BEFORE = new RegExp(`(?:${SYRIAN_PLACES.source}|\\b(?:province|governorate|city|town|district))\\s*,\\s*$`, 'iu');
// (Not a speaker named right after it: "Aleppo, 120, the Observatory said"; though a description
// may hold one's words: "35, a mother who told AFP she lost her son".)
const AGE_SET_OFF_AFTER = /^\s*,\s*(?!(?:the|a|an)\s+(?:(?!\b(?:who|that|which)\b)[^,.;:]){0,40}?\b(?:said|says|reported|told)\b)(?:was|is|has|had|said|says|told|recalled|added|explained|described|fled|lost|lives|lived|who|whose|a|an|the|his|her|from|and\s+(?:his|her|their))\b/;
const AGE_BEFORE = /\b(?:aged|age\s+of|ages\s+of|(?:children|boys|girls|kids|infants|babies|minors|men|women|people|those)\s+(?:aged\s+)?(?:under|over|below|above|younger\s+than|older\s+than))\s+$/i;
// Words after "one" and a unit that make it a span of time: "One day later".
const SPAN_AFTER = /^[\s-]*(?:hour|day|week|month|year)s?\s+(?:later|earlier|after|before|ago)\b/i;
// Words before "one" and a unit that do: "a one-week pause", "in one month".
const TIME_SPAN_BEFORE = /\b(?:a|an|in|within|for|after|over|during|of|past|last|lasted|lasting|lasts|first|next|than|only|just|about|nearly|almost)\s+$/i;
// A bomb's weight class: "2,000 lb bombs". (Tonnes of aid or of chemicals are amounts a text may be checked on.)
const WEIGHT_AFTER = /^[\s-]*(?:lb|lbs|pounds?|kg)[\s-]+(?:\p{Ll}+\s+)?(?:bombs?|munitions|warheads?)(?![\p{L}])/iu;
const STAMP_AFTER = /^\s+\d{1,2}\.\d{1,2}\.\d{4}/;
const AREA_AFTER = /^[\s-]*(?:square|sq\.?)\s*(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?)|^\s*(?:km2|km²|m2|m²)(?![\p{L}\p{N}])/iu;

// The half of "two and a half kilometres" before its unit, and of "a year and a half" after it.
const HALF_THEN_UNIT = /^\s+and\s+an?\s+half(?=[\s-]+(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?![\p{L}]))/iu;
const HALF_AFTER_UNIT = new RegExp(`^${HALF_AFTER}`, 'iu');
// ("20 times over the past week", "4 times the next day", "5 times a day" are how often.)
const MULTIPLE_AFTER = /^\s+times\s+(?:as|more|less|fewer|larger|bigger|higher|greater|smaller|lower|worse|better|faster|slower|cheaper|deadlier|stronger|wider|longer|over(?!\s+(?:the|a|\d|past|last|several))|than|the(?!\s+(?:next|following|previous|same|past|last|first)\b)|that|what|its|their|his|her)\b/i;
// A multiple after a verb of growth: "prices have risen 10 times since 2011".
const GROWTH_BEFORE = /\b(?:risen|rose|rise|rises|grown|grew|grow|grows|increased|increases|multiplied|jumped|soared|doubled|fallen|fell|dropped|declined)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?$/i;
const UNIT_AFTER: Array<[RegExp, ClaimKind, string]> = [
  // "dozens of kilometres", "hundreds of metres": vague distances too.
  [/^[\s-]*(?:of\s+)?(?:km|kms|kilomet(?:re|er)s?)(?![\p{L}])/iu, 'distance', 'km'],
  // ("mi" in lower case, not a helicopter's type: "Two Mi-17s".)
  [/^[\s-]*(?:of\s+)?(?:[Mm]iles?|MILES?|(?:mi|MI)(?![-‐‑]?\d))(?![\p{L}])/u, 'distance', 'mile'],
  [/^[\s-]*(?:of\s+)?met(?:re|er)s?(?![\p{L}])/iu, 'distance', 'metre'],
  // "m" for metres only where a place follows ("500 m over the border"): "5m" is as often millions.
  [new RegExp(`^[\\s-]*m(?=${METRES_PLACE})`, 'u'), 'distance', 'metre'],
  // ("four to five more days": a span still to come.)
  // ("six consecutive days", "three straight weeks": in a row.)
  [/^[\s-]*(?:(?:more|additional|further|extra|consecutive|continuous|successive|straight|full)\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?![\p{L}])/iu, 'duration', ''],
  // "millions of dollars": a vague amount of money.
  // A weight is counted in its unit: "1,300 tonnes of chemical agents", "Over 5 Tonnes of Aid".
  [/^[\s-]*(?:of\s+)?(?:tonnes?|tons?|metric\s+tons|kilograms?|kg)(?![\p{L}])/iu, 'count', 'tonne'],
  // How often a thing was done: "used chemical weapons 136 times" (a multiple is no figure: MULTIPLE_AFTER).
  // (Not the noun of "Since 2011 times have changed".)
  [/^\s+(?:times|Times|TIMES)(?![\p{L}])(?!\s+(?:have|has|are|were|had|change|changed)\b)/u, 'count', 'time'],
  [/^[\s-]*(?:of\s+)?(?:(?:US|U\.S\.|American|Syrian|Turkish|Lebanese|Egyptian|Jordanian|Iraqi|Iranian|British|Saudi|Qatari|Kuwaiti|Canadian|Australian|Russian)\s+)?(?:dollars?|euros?|pounds?(?: sterling)?|lira|liras|dinars?|rials?|riyals?|rubles?|roubles?|usd|syp|tl)(?![\p{L}])/iu, 'money', ''],
];

// The noun a number counts, up to three words on: "216,000 civilians", "one million Syrian refugees",
// "120 Daesh (banned in Russia) militants" (an aside in brackets after one of the three).
const COUNTED = /^(?:\s+of)?(?:\s+(?!(?:in|on|at|to|from|by|for|with|and|or|was|were|is|are|have|has|had|who|which|that|when|where|while|since|after|before|during|several|dozens?|hundreds?|thousands?|millions?|\d)\b)[\p{L}’'-]+(?:\s+\([^()\d]{1,30}\))?){0,3}?\s+(refugees?|asylum[\s-]seekers|displaced|idps|evacuees|dead|deaths|casualties|victims|bodies|fatalities|killed|wounded|injured|civilians|people|persons|individuals|children|women|men|residents|soldiers|fighters|troops|militants|rebels|members|syrians|kurds|families|households|inhabitants|protesters|prisoners|detainees|migrants|workers|citizens|homes|houses|buildings|strikes|airstrikes|air strikes|attacks|raids|lives|martyrs|injuries|gunmen|attackers|assailants|bombers|personnel|marines|sailors|pilots|policemen|commandos|paratroopers|servicemen|mercenaries|schoolchildren|pupils|students|babies|infants|girls|boys)(?![\p{L}])/iu;

const NOUN_KIND: Record<string, ClaimKind | undefined> = {
  refugee: 'refugees', refugees: 'refugees', 'asylum seekers': 'refugees', 'asylum-seekers': 'refugees',
  displaced: 'displacement', idps: 'displacement', evacuees: 'displacement',
  dead: 'casualties', deaths: 'casualties', casualties: 'casualties', victims: 'casualties', bodies: 'casualties',
  fatalities: 'casualties', killed: 'casualties', wounded: 'casualties', injured: 'casualties', lives: 'casualties',
  // The dead as the text's sources name them ("51 martyrs"), and the wounded as a count of injuries.
  martyrs: 'casualties', injuries: 'casualties',
};

// The look back for fighters follows the "were" it guards, so it is tried only where "were" is.
const CASUALTY_WORDS = /\b(?:kill|kills|killed|killing|die|died|dies|dying|dead|death|deaths|massacred?|slain|slaughtered|wounded|wounding|injured|injuring|execute|executes|executed|executing|beheaded|beheading|perished|lost\s+(?:their\s+)?lives|martyred|(?:cost|costing|claimed|claiming|claims|took|taken|taking)\s+(?:the\s+)?lives|(?:lost|destroyed|eliminated|neutrali[sz]ed)(?=\s+(?!(?:contact|touch|track)\s+with\b|with\b)(?:(?:dozens|hundreds|thousands|scores|tens)\s+of\s+|[\d,.]+\s+of\s+(?:its|their|his|her|our)\s+|(?!of\b)[^\s(]+\s+|\([^()]{1,30}\)\s+){0,4}(?:soldiers|fighters|troops|men|members|militants|terrorists|gunmen|insurgents|jihadists|rebels|personnel|leaders|commanders)\b)|(?:were|was|been)(?<=(?:fighters|militants|terrorists|gunmen|insurgents|jihadists)\b[^.;]{0,60}\b(?:were|was|been))\s+(?:destroyed|eliminated|neutrali[sz]ed)|casualt(?:y|ies)|toll|fatalities|bodies|corpses|carnage)\b/gi;
// Those who attacked or took part, as opposed to those an attack hit, and what they did.
const ATTACKERS = /\b(?:gunmen|attackers|assailants|bombers)$/i;
// (Not people: "5,000 IDPs", "12 MPs", "40 POWs".)
const TYPE_LETTERS_PLURAL = /^\s+(?!(?:IDP|MP|POW|VIP)['’]?s\b)(\p{Lu}{1,5}(?:-\d{1,3})?(?:['’]s|s)(?![\p{L}\p{N}]))/u;
const HELD_NOUN = /\b(?:prisoners|detainees|captives|inmates|hostages)$/i;
const PARTICIPANTS = new RegExp(ATTACKERS.source.replace('bombers', 'bombers|personnel'), 'i');
const KILLED_WHOM = /^\s+(?:(?:also|then|later)\s+)?(?:killed|shot|wounded|injured)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|several|many|a|an|the)\b/i;
const TAKING_PART = /^\s+(?:(?:also|then|later|had|have|were|was)\s+)?(?:stormed|attacked|attack|opened\s+fire|took\s+part|take\s+part|raided|launched|carried\s+out|blew|(?<=\b(?:had|have|has)\s+)blown|blown\s+(?:themselves|himself|herself)|detonated|infiltrated|deployed|arrived|are\s+stationed|were\s+stationed|serve|served|serving|remain|remained|entered|crossed|drove|driving|took\s+over|seized)\b/i;
// Taken or set free, not killed: "captured 30 soldiers", "rescued 12 people".
const HELD_WORDS = /\b(?:captured|capturing|arrested|arresting|detained|abducted|kidnapped|rescued|freed|released|surrendered|defected|taken prisoner|hostages?|human shields?)\b/gi;

// The plural noun a figure counts, up to three words on: "1,200 trucks", "13 new EU sanctions listings".
const PLURAL_AFTER = /^(?:\s+of(?=\s))?(?:\s+(?!(?:and|or|of|in|on|at|to|by|for|from|with|was|were|is|are|has|have|had|who|whom|which|that|where|when)\b)[\p{L}-]+){0,2}?\s+([a-z][a-z-]{2,}s)(?![\p{L}])/u;
const CAPITAL_PLURAL_AFTER = /^\s+(\p{Lu}[a-z-]{2,}s)(?![\p{L}])/u;

// What is counted, when it is not people: a count of these is never a toll or an exodus ("destroyed 12 tanks", "three air strikes").
const MODEL_COUNTED = /^\s+(\p{Lu}[\p{L}]{0,3}-\d{1,3}[\p{L}\d]*)(?![\p{L}\d-])/u;
const THINGS = /^(?:strikes|airstrikes|attacks|raids|homes|houses|buildings|vehicles|tanks|trucks|lorries|buses|cars|missiles|rockets|shells|mortars|bombs|barrels|villages|towns|cities|positions|checkpoints|hospitals|schools|ambulances|cannons|weapons|guns|aircraft|jets|planes|helicopters|drones|tunnels|bases|sites|areas|convoys|sorties|operations|points|groups|factions|targets|brigades|battalions|organisations|organizations|parties|countries|states|nations|provinces|districts|neighbourhoods|neighborhoods|pieces|humvees|facilities|installations|depots|warehouses|bridges|ships|boats|vessels|wells|refineries|roads|launchers|sides|assaults|offensives|stages|camps|flights|missions|rounds|munitions|projectiles|grenades|mines|bullets|explosives|devices|shops|markets|mosques|churches|clashes|battles|incidents|explosions|blasts|bombings|ambushes|skirmishes|firefights|tents|shelters|dens|hideouts|lairs|businesses|communities|programmes|programs|permits|spaces|categories|centres|centers|carriers|machineguns|machine-guns|landmines)$/i;
// Words that end the search for a thing counted behind modifiers: people, verbs, prepositions.
// (Nor a participle, nor those counted: "8 terrorists and destroying two cannons", "3.6 million refugees if European nations".)
const NOT_A_MODIFIER = /^(?:people|civilians|children|women|men|persons|others|refugees|fighters|troops|soldiers|militants|rebels|terrorists|jihadists|members|officials|journalists|workers|their|its|his|her|our|killed|wounded|injured|dead|died|in|on|at|by|if|or|but|as|with|for|against|than|into|over|under|near|across|were|was|are|is|have|has|had|from|to|of|the|a|an|who|which|that|overnight|yesterday|today|so|far|now|already|more|[\p{L}-]+(?:ing|ed))$/iu;

/**
 * A thing counted behind up to three modifiers: "two mortar rounds", "40 rocket and mortar
 * shells", "4 Syrian Towns"; its words and where they end in `after`.
 */
function modifiedThing(after: string): { words: string; end: number } | null {
  const words = [...matches(/[\p{L}-]+/gu, /^(?:\s+[\p{L}-]+){1,6}/u.exec(after)?.[0] ?? '')].map((w) => ({ text: w[0], end: w.index + w[0].length, at: w.index }));
  // (Of a vague figure too: "tens of rocket and mortar shells".)
  if (words[0]?.text === 'of') words.shift();
  // A thing right after the figure is read as before ("30 tanks", "20 rounds of artillery strikes").
  if (!words[0] || THINGS.test(words[0].text)) return null;
  for (let i = 1; i < words.length && i <= 3; i++) {
    const previous = words[i - 1]!.text;
    if (NOT_A_MODIFIER.test(previous) && previous !== 'and') return null;
    const word = words[i]!;
    if (!THINGS.test(word.text)) continue;
    // A capitalised thing in running text is a name's word: "several dozen Special Operations troops".
    const next = words[i + 1];
    if (/^\p{Lu}/u.test(word.text) && next && /^\p{Ll}/u.test(next.text)) return null;
    // The last of things run together is the one counted: "33 chemical weapons attacks".
    let last = i;
    while (words[last + 1] && THINGS.test(words[last + 1]!.text) && last + 1 - i < 2) last++;
    return { words: after.slice(words[0]!.at, words[last]!.end).replace(/\s+/g, ' '), end: words[last]!.end };
  }
  return null;
}
// A figure's words up to a verb of saying: the number of those who said it.
const CLAUSE_OPENS = /(?:^|[,;:(“"]|\b(?:and|but|while|the|The))\s*$/;
// (No people counted before them, and no "reported missing": "15 rebels activists said", "12 officers reported killed".)
const SPEAKERS_COUNTED = /^(?:\s+(?!(?:the|a|an|it|its|and|were|was|are|have|had|has|who|killed|died|dead|wounded|injured|rebels|fighters|civilians|soldiers|troops|militants|people|children|women|men)\b)(?:(?:\p{L}\.)+|[\p{L}’'-]+)){0,3}\s+(?:officials|sources|witnesses|activists|residents|diplomats|doctors|medics|monitors|officers|commanders|lawmakers|analysts|experts|agencies|journalists|reporters|spokesmen|spokespeople)\s+(?:said|say|says|told|reported(?!\s+(?:missing|killed|dead|wounded|injured|captured|detained))|added|stated)\b/u;
const DISPLACEMENT_WORDS = /\b(?:flee|fled|flees|fleeing|displaced|displacing|displacement|uprooted|evacuated|evacuating|evacuation|evacuations|exodus|migrating|forced from their homes|(?<=\b(?:forced|forcing|driven|drove|driving|chased|pushed)\b[^.;]{0,60})(?:out of|from) (?:their homes|the country|Syria)|left their homes|homeless)\b/gi;
// Leaving a place named: "500 people left Madaya", "3000 people leaving Foua" (not "left 20 dead"),
// unless to do something elsewhere ("70 individuals had left Finland (for Syria) to join…", "to
// become…"). The place and its purpose are read after the verb, in a few words.
const LEFT_A_PLACE = /\b(?:left|leaving)\s+(?=\p{Lu}\p{Ll})/gu;
const PLACE_LEFT = /^\p{Lu}\p{Ll}[\p{L}’'-]*(?:[ \t]+\p{Lu}[\p{L}’'-]*){0,3}/u;
// (Going somewhere is no such purpose: "left Madaya to reach government areas".)
const LEFT_TO_DO = /^[^.;]{0,40}?\bto\s+(?!(?:the|a|an|their|its|safety|camps?|shelters?|reach|go|seek|escape|flee|find|head|travel|move|return|get)\b)\p{Ll}/u;

/** Characters between a figure and the nearest place its clause says people left, as `nearest` counts them. */
function nearestPlaceLeft(text: string, from: number, to: number, start: number, end: number): number {
  let best = Infinity;
  const window = text.slice(from, to);
  for (const m of matches(LEFT_A_PLACE, window)) {
    const at = from + m.index + m[0].length;
    const place = PLACE_LEFT.exec(text.slice(at, at + 60))![0];
    if (LEFT_TO_DO.test(text.slice(at + place.length, at + place.length + 60))) continue;
    const s = from + m.index;
    const e = at + place.length;
    best = Math.min(best, gap(s, e, start, end));
  }
  return best;
}

// Fighters who leave a place withdraw; they are not displaced: "300 soldiers left Palmyra".
const COMBATANTS = /\b(?:soldiers|troops|fighters|militants|gunmen|rebels|jihadists|insurgents|forces)\b/i;
// Nor are they, prisoners or firms refugees abroad.
const NOT_REFUGEES = new RegExp(COMBATANTS.source.replace('forces', 'forces|personnel|prisoners|detainees|inmates|companies|firms|businesses|students|vehicles|trucks'), 'i');
const REFUGEE_WORDS = /\b(?:refugees?|asylum)\b/gi;

// Capitalised words that may stand before a number without making it part of a name.
const NOT_A_NAME = new Set([
  'in', 'on', 'since', 'by', 'until', 'from', 'the', 'about', 'over', 'some', 'more', 'nearly', 'at', 'around',
  'up', 'during', 'after', 'before', 'as', 'of', 'for', 'between', 'and', 'or', 'but', 'with', 'only', 'almost',
  'all', 'another', 'least', 'than', 'to', 'killed', 'kill', 'of', 'by', 'among', 'an', 'a', 'its', 'their',
  'roughly', 'approximately', 'just', 'fewer', 'less', 'under', 'estimated', 'those', 'these', 'some', 'most',
  'when', 'while', 'every', 'each', 'through',
  // Days and time words before a figure, in text that lost its commas: "On Sunday 11 civilians".
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight',
  'meanwhile', 'also', 'now', 'then', 'overall', 'altogether', 'earlier', 'later',
]);

/** True when the number at `start` is part of a name ("Rai News 24", "Resolution 2254", "Su-24", "M5"). */
function partOfName(text: string, start: number, end: number, sentenceStart: number): boolean {
  const before = text[start - 1];
  if (isWordChar(before)) return true;
  // ("F-16", "Su-24"; not a year's "mid-2012".)
  if ((before === '-' || before === '‑') && /[\p{L}]/u.test(text[start - 2] ?? '') && !(/\bmid[-‑]$/i.test(text.slice(Math.max(0, start - 5), start)) && isYear(text.slice(start, end)))) return true;
  const after = text[end];
  // "5G", "9th", "4x4" are not figures; "30km" is.
  if (after !== undefined && /[\p{L}]/u.test(after) && !GLUED_DISTANCE.test(text.slice(end, end + 48))) return true;
  // Nor a document's number: "2012/Doc.1/Rev.2".
  if (/^\/\p{L}/u.test(text.slice(end, end + 2))) return true;
  if (/^:\d/.test(text.slice(end, end + 2)) || /:$/.test(text.slice(start - 1, start))) return true;
  const prev = text.slice(Math.max(sentenceStart, start - 40), start).match(/([\p{L}][\p{L}\p{M}.’'-]*)\s+$/u);
  if (!prev) return false;
  // People counted right after it, or a headline's harm: a figure, even after a name, in text
  // without commas ("according to the Observatory for Human Rights 20 people died", "English Six Killed").
  const peopleAfter = text.slice(end, end + 32).replace(DEMONYM_FIRST, '');
  // (A number in words names no channel: "According to the Observatory three Syrian officers were
  // killed" is a toll, "France 24 journalists" a channel's.)
  const inWords = /^\p{L}/u.test(text.slice(start, end));
  if ((PEOPLE_AFTER.test(peopleAfter) || (inWords && MORE_PEOPLE_AFTER.test(peopleAfter)) || HEADLINE_HARM_AFTER.test(text.slice(end, end + 24))) && !NUMBERED.test(prev[1]!)) return false;
  // A distance after a place: "near Jayrud 60 kilometres from Damascus".
  if (DISTANCE_AFTER.test(text.slice(end, end + 14)) && !NUMBERED.test(prev[1]!)) return false;
  const word = prev[1]!;
  const wordStart = start - prev[0].length;
  // Also at the start of a sentence: "Resolution 2254 calls for..." names a resolution.
  if (!/^\p{Lu}/u.test(word) || wordStart < sentenceStart) return false;
  // (Nor a possessive that lost its apostrophe: "in Syrias five-year civil war".)
  if (NOT_A_NAME.has(word.toLowerCase()) || /[’']s$/.test(word) || GLUED_POSSESSIVE.test(word)) return false;
  // A headline's verb: "Bombardment Kills 20 Civilians", "Clashes Leave 30 Dead".
  if (!NUMBERED.test(word) && (headlineVerb(word) || HEADLINE_FIGURE_VERB.test(word))) return false;
  if (MONTH_WORD.test(word)) return false;
  // "Summit 2016", "World Cup 2018": a year after an event's name is still a date, but not the
  // number of a document, a road or a unit ("Resolution 2043", "Route 2000").
  if (/^(?:19|20)\d\d$/.test(text.slice(start, end)) && !NUMBERED.test(word)) return false;
  return true;
}

const MONEY_AFTER = UNIT_AFTER.find(([, kind]) => kind === 'money')![0];
const GLUED_POSSESSIVE = /^(?:Syria|Turkey|Russia|Iran|Iraq|Israel|Lebanon|Jordan|America|Britain|France|Germany|Assad|Putin|Erdogan|Aleppo|Idlib)s$/;
// A distance's unit against its digits: "30km", "500m from the border" (not "5G", "9th", "$4m").
const GLUED_DISTANCE = new RegExp(`^(?:kms?(?![\\p{L}])|m(?=${METRES_PLACE}))`, 'iu');
const DISTANCE_AFTER = /^[\s-]*(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)(?![\p{L}])/iu;
// (A headline's harm too, in title case or after "+": "Idlib 35+ dead", "English Six Killed"; not "Covid 19 killed".)
// (One person, when the harm follows: "Monitor One woman was killed".)
const PEOPLE_AFTER = /^(?:\+\s*(?:dead|killed|wounded|injured)\b|\+?\s+(?:people|civilians|persons|children|women|men|soldiers|fighters|troops|militants|rebels|refugees|residents|migrants|families|protesters|detainees|prisoners)\b|\s+(?:woman|man|child|boy|girl|civilian|soldier|person|fighter)\s+(?:was|has\s+been|had\s+been|died)\b)/i;
const MORE_PEOPLE_AFTER = /^\s+(?:officers|policemen|terrorists|gunmen|jihadists|journalists|doctors|workers|students)\b/i;
// A nationality before those counted, in capitals as written: "Raqqa Ten Syrian civilians were killed".
// (Or a group's letters: "Firat News Agency 10 IS militants were killed".)
const DEMONYM_FIRST = /^\s+(?:\p{Lu}\p{Ll}+(?:an|ish|ese|i)|\p{Lu}{2,6})(?=\s)/u;
// (With who they were, in one word: "34 Terrorists Killed".)
// (Two words only when the second is a plural, those harmed: "6 ISIS Bombers Killed", not "Su 24 Jet Pilot Killed".)
const HEADLINE_HARM_AFTER = /^\s+(?:\p{Lu}[\p{Ll}\p{Lu}]+\s+(?:\p{Lu}\p{Ll}+s\s+)?)?(?:Dead|Killed|Wounded|Injured)\b/u;

/** A figure that begins a name: "the Six Day War", "the 18 March Division", "the March 14 Alliance". */
const startsName = (text: string, end: number) => /^[\s-]+(?:War|Division|Brigade|Battalion|Regiment|Movement|Revolution|Front|Offensive|Uprising|Martyrs|Alliance|Coalition)(?![\p{L}])/u.test(text.slice(end, end + 14));
/** A date that names a political camp: "the 14 March alliance", "8 March parties". */
const namesACamp = (text: string, end: number) => /^\s+(?:alliance|coalition|camp|bloc|parties|movement)(?![\p{L}])/u.test(text.slice(end, end + 14));

// What happens in a year, up to two words on: "the 2018 missile strikes", "2022 cross-border airstrikes".
const YEAR_OF_EVENT = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:convention|treaty|strikes?|airstrikes?|attacks?|offensives?|war|battles?|elections?|uprising|revolution|massacres?|bombings?|ceasefire|truce|agreement|deal|talks|summit|conference|crisis|protests|operation|campaign|invasion|coup|earthquake|referendum|resolution|sanctions|siege|clashes|escalation|withdrawal|intervention|incursion|raid|raids)\b/iu;

const isYear = (s: string) => /^(?:19|20)\d{2}$/.test(s.trim());

/** "at 0914", "(updated 1723 GMT": a time of day written as four digits, not a count. */
function clockTime(text: string, start: number, first: string | undefined): boolean {
  if (!first || !/^\d{4}$/.test(first) || +first.slice(0, 2) > 23 || +first.slice(2) > 59) return false;
  if (first.startsWith('0')) return true;
  // "around 1130 am", "1430 GMT": a time whatever comes before it.
  if (/^\s*(?:am|pm|a\.m\.|p\.m\.|GMT|UTC)(?![\p{L}])/iu.test(text.slice(start + 4, start + 10))) return true;
  const before = text.slice(Math.max(0, start - 10), start);
  const after = text.slice(start + 4, start + 12);
  if (/\b(?:updated|at)\s+$/i.test(before) && (/^\s*(?:GMT|UTC|local|hrs|h\b)/i.test(after) || /updated\s+$/i.test(before))) return true;
  // "at about 1330 on the viaduct": "at" a time, then where or what, and no noun counted.
  const lead = text.slice(Math.max(0, start - 40), start);
  return /\bat\s+(?:about|around|approximately)\s+$/i.test(lead) && !/\b(?:stood|stands|stand|standing|put|puts|placed|toll|number|total|figure|count)\s+at\s+\S+\s+$/i.test(lead) &&
    /^(?:\s+(?:on|in|at|local|when|as)\b|\s*[,.;)])/i.test(after);
}

const HEADLINE_FIGURE_VERB = /^(?:(?:Kill|Leave|Left|Wound|Injure|Displace|Reach|Top|Pass|Exceed|Hit)(?:s|es)?|Killing|Killed|Leaving|Wounding|Injuring)$/;

const NUMBERED = /^(?:liwa|resolution|resolutions|article|articles|paragraph|section|chapter|room|flight|route|road|highway|number|no\.?|model|version|unit|platoon|regiment|brigade|division|battalion|squadron|vision|agenda|plan|code|law|decree|order|protocol|annex|item|line|gate|building|block|street|st\.?|avenue|zone|sector|level|grade|class|type|mark|series|channel|page|volume|vol\.?|issue)$/i;

const ESTIMATE_BEFORE = /\b(?:estimated\s+(?:that(?:\s+there\s+(?:are|were|was|is))?|at|to\s+be(?:\s+worth)?)|estimates?\s+that)\s+$/i;
const ESTIMATE_AFTER = /^\s+(?:estimated|approximate)\b/i;
const AT_LEAST_BEFORE = /\b(?:a\s+minimum\s+of|at\s+least\s+at)\s+$/i;
const MORE_THAN_BEFORE = /\b(?:exceeds?|exceeded|exceeding|surpass(?:es|ed|ing)?|tops|topped)\s+$/i;
// (What will "not exceed" a figure is at most that: "will not exceed 1,000 personnel".)
const NOT_BEFORE = /\b(?:not|never|cannot|can't|won't|doesn't|didn't|mustn't|shouldn't)\s+(?:(?!(?:only|just|merely|simply)\b)\p{L}+\s+)?$/iu;

function approximationAround(before: string, after: string): Approximation {
  if (AT_LEAST_BEFORE.test(before)) return 'at-least';
  const more = MORE_THAN_BEFORE.exec(before);
  if (more) return NOT_BEFORE.test(before.slice(0, more.index)) ? 'up-to' : 'more-than';
  return ESTIMATE_BEFORE.test(before) || ESTIMATE_AFTER.test(after) ? 'about' : 'exact';
}

function approximation(words: string | undefined): Approximation {
  if (!words) return 'exact';
  const w = words.replace(/\s+/g, ' ');
  for (const [re, a] of APPROX) if (re.test(w)) return a;
  return 'about';
}

// Currencies by their ISO 4217 code where the words name one country's; a dollar or "$" alone is
// the US dollar, as in English news. "Pounds" or "lira" alone may be Syria's, Turkey's or
// Britain's: they keep their word.
const CURRENCY_CODES: Record<string, string> = {
  $: 'USD', us$: 'USD', usd: 'USD', dollar: 'USD', 'us dollar': 'USD', 'american dollar': 'USD',
  '€': 'EUR', eur: 'EUR', euro: 'EUR',
  '£': 'GBP', 'british pound': 'GBP', 'pound sterling': 'GBP', 'pounds sterling': 'GBP', 'british pounds sterling': 'GBP',
  'syrian pound': 'SYP', 'syrian lira': 'SYP', syp: 'SYP',
  'turkish lira': 'TRY', tl: 'TRY',
  'lebanese pound': 'LBP', 'lebanese lira': 'LBP',
  'egyptian pound': 'EGP', 'jordanian dinar': 'JOD', 'iraqi dinar': 'IQD', 'iranian rial': 'IRR', 'iranian riyal': 'IRR',
  'saudi riyal': 'SAR', 'qatari riyal': 'QAR', 'kuwaiti dinar': 'KWD', 'canadian dollar': 'CAD', 'australian dollar': 'AUD',
  'russian rouble': 'RUB', 'russian ruble': 'RUB',
};

/** A money unit as written ("Syrian pounds", "US $", "liras") as its currency's code, or its word in the singular. */
function currencyUnit(written: string): string {
  const words = written.trim().toLowerCase().replace(/^of\s+/, '').replace(/^u\.s\.\s*/, 'us ').replace(/\s+(?=\$)/, '').replace(/\s+/g, ' ');
  const singular = words.replace(/s$/, '');
  // (Another country's word the list lacks keeps the currency's word alone: "Turkish pounds" are pounds.)
  return CURRENCY_CODES[words] ?? CURRENCY_CODES[singular] ?? singular.split(' ').pop()!.replace(/^ruble$/, 'rouble');
}

/**
 * The value of one number as written. `decimals`: a share, an amount or a rate ("2.317 percent",
 * "2.955 lira") keeps its decimals, where "4.000 rebels" and "18.000" are thousands written with
 * dots, as in much of Europe.
 */
function parseOne(raw: string, decimals = false): { value: number; currency: string | undefined; words: boolean } | null {
  let s = raw.trim();
  const sign = /^(?:US\s?\$|\$|€|£|USD\s?|EUR\s?)/i.exec(s)?.[0];
  const currency = sign ? currencyUnit(sign) : undefined;
  if (sign) s = s.slice(sign.length);
  const part = s.match(/^(?:(half)\s+an?|an?\s+(half)[\s-]|(one|two|three|four|five|\d{1,3})\s+and\s+an?\s+half\s+|(an?|one|three)[\s-]+quarters?\s+of\s+an?)\s*(million|billion)$/i);
  if (part) {
    const whole = part[3] ? (/^\d/.test(part[3]) ? Number(part[3]) : ['one', 'two', 'three', 'four', 'five'].indexOf(part[3].toLowerCase()) + 1) : 0;
    const share = part[1] || part[2] || part[3] ? whole + 0.5 : part[4]!.toLowerCase() === 'three' ? 0.75 : 0.25;
    return { value: share * (part[5]!.toLowerCase() === 'million' ? 1e6 : 1e9), currency, words: true };
  }
  const scale = s.match(SCALE_AT_END);
  let factor = 1;
  if (scale) {
    const w = scale[0].trim().toLowerCase();
    factor = w === 'thousand' ? 1e3 : w === 'million' || w === 'mn' || w === 'mln' || w === 'm' ? 1e6 : w === 'trillion' ? 1e12 : 1e9;
    s = s.slice(0, s.length - scale[0].length);
  }
  if (/^half\s+a\s+dozen$/i.test(s)) return { value: 6 * factor, currency, words: true };
  const half = /^(\d+)(?:\s+1\/2|½)$/.exec(s);
  if (half) return { value: (Number(half[1]) + 0.5) * factor, currency, words: false };
  // Three digits after each dot, with no scale word and no share: thousands, not decimals.
  if (!decimals && factor === 1 && /^\d{1,3}(?:\.\d{3})+$/.test(s)) return { value: Number(s.replace(/\./g, '')), currency, words: false };
  if (/^\d/.test(s)) return { value: Number(s.replace(/[,\s]/g, '')) * factor, currency, words: false };
  // "a thousand", "a million": one of the scale.
  const v = /^an?$/i.test(s.trim()) && factor > 1 ? 1 : parseNumberWords(s);
  return v === null ? null : { value: v * factor, currency, words: true };
}

/**
 * Whether the date's own clause is told in the past ("Russia stepped up its support
 * on September 30", "clashes erupted on 21 February"): a past verb of its own, not one of saying
 * ("…, the envoy said") nor a participle ("a conference backed by the UN opens on April 5"),
 * with nothing that looks ahead ("will", "is expected to") in the words around it.
 */
function toldInThePast(text: string, sentence: Segment, start: number, end: number): boolean {
  const before = text.slice(Math.max(sentence.start, start - 50), start);
  const after = text.slice(end, Math.min(sentence.end, end + 50));
  // The date's clause: from the comma before it to the comma after it; for a date that opens its
  // sentence ("In May, the army took Palmyra"), the clause after that comma too.
  const opens = /^\s*(?:\p{Lu}\p{Ll}*\s+)?(?:(?:early|mid|late)[\s-]+)?$/u.test(text.slice(sentence.start, start)) && /^,/.test(after);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1) + ' ' + (opens ? after.slice(1).split(/[,;:]/)[0] : after.split(/[,;:]/)[0]);
  const around = text.slice(Math.max(sentence.start, start - 60), Math.min(sentence.end, end + 60));
  return !AHEAD.test(around) && TOLD_PAST.test(clause);
}
/**
 * Whether the date's sentence tells it in the past perfect, before it and within a few words
 * ("the army had raided it with tanks on 3 April", "had already been captured by the rebels, on
 * 10 June"), with no clause that moves on between ("had left, and on 3 April the army…").
 */
function toldAsBefore(text: string, sentence: Segment, start: number): boolean {
  const before = text.slice(Math.max(sentence.start, start - 90), start);
  const had = [...matches(PAST_PERFECT, before)].pop();
  return !!had && !MOVES_ON.test(before.slice(had.index + had[0].length));
}
const PAST_PERFECT = /\bhad\s+(?:(?:already|once|long|previously|earlier|also|just|first|been)\s+)*\p{Ll}{2,}(?:ed|en|wn|ne|ht|lt|pt|ck|un|ok)\b/gu;
// (Nor a finite verb of the main clause: "The rebels, who had seized it, were driven out on 10 April".)
const MOVES_ON = /\b(?:but|and|when|while|until|then|since|which|who|that|were|was|is|are)\b|[;:]/;
const FUTURE = String.raw`will|would|shall|plans?|planned|planning|scheduled|expected|due|next|upcoming|coming|set\s+to|is\s+to|are\s+to|to\s+be|to\s+begin|to\s+start|to\s+hold|to\s+resume`;
const AHEAD = new RegExp(`\\b(?:${FUTURE}|until|deadline)\\b`, 'i');
/** Words of the future alone, for a date after "until": "will last until the end of April". */
const TIME_AHEAD = new RegExp(`\\b(?:${FUTURE})\\b`, 'i');
// (Not a present passive: "elections are held", "Syrians are called".)
const TOLD_PAST = /\b(?:was|were|had|began|took|fell|struck|went|came|met|fled|left|won|lost|(?<!\b(?:is|are|am|be|being)\s+(?:(?:\p{Ll}+ly|again|still|also|now|often)\s+)?)(?:held|(?!(?:said|reported|announced|stated|added|claimed)\b)\p{Ll}{3,}ed(?!\s+by\b)))\b/u;

/** Characters between a span (s, e) and a figure (start, end): none where they overlap. */
const gap = (s: number, e: number, start: number, end: number) => (e <= start ? start - e : s >= end ? s - end : 0);

/** Nearest distance (in characters) from [start, end) to a match of `re` inside [from, to). */
function nearest(text: string, re: RegExp, from: number, to: number, start: number, end: number): number {
  let best = Infinity;
  const window = text.slice(from, to);
  for (const m of matches(re, window)) {
    const s = from + m.index;
    const e = s + m[0].length;
    const d = gap(s, e, start, end);
    if (d < best) best = d;
  }
  return best;
}

// Abroad, for those who fled Syria: refugees there, not displaced within it. (Its neighbours and
// the usual lands of asylum by name; a Syrian place is a displacement.)
const ABROAD = String.raw`(?:abroad|overseas|the\s+country|(?:neighbou?ring|other|nearby|foreign)\s+countries|Turkey|Lebanon|Jordan|Iraq|Egypt|Europe|Germany|Greece|Sweden|Austria|Armenia|Libya|Cyprus|Bulgaria|Hungary|the\s+EU|the\s+European\s+Union)(?![\p{L}]|[’']s\b|\s+(?:north|south|east|west|side)\b)`;
// ("five others arrested": held, not a toll, though "killed" stands just before; those who
// remain, are trapped or holed up, or returned home are where they are, unless the words after
// say otherwise: "remain displaced", "trapped … were evacuated", "holed up … were killed"; the
// hurt and the hospitalised are harmed, "slightly" or "badly", but not those sanctions hurt most.)
const OWN_PREDICATE = new RegExp(String.raw`^(?:\s+(?:and|&)\s+(?:their|his|her)\s+[\p{L}-]+(?=\s+(?:(?:are|were|remain)\s+)?(?:still\s+)?(?:trapped|under\s+(?:the\s+)?(?:rubble|debris))\b)|,\s+(?:including|among\s+them)\s+[^,.;]{1,40},|\s+(?:including|trying\s+to|attempting\s+to|seeking\s+to)\s+[^,.;:]{1,120}?(?<!\b(?:who|which|that))(?=\s+(?:were|was|have|had|are|suffered|sustained|died)\s))?(?:\s+of\s+them)?\s+(?:(?:others|more)\s+)?(?:(?:have|has|had|were|was|are|is|been|being|reportedly|reported|also|now|still|remain|remains|remained|stay|stayed|believed\s+to\s+have|said\s+to\s+have|thought\s+to\s+have|slightly|lightly|seriously|badly|severely|critically|mortally)\s+)*(?:(killed|died|dead|wounded|injured|hurt(?!\s+(?:most|hardest|worst|by\s+(?:the\s+)?(?:sanctions|crisis|prices|inflation|cuts|economy|economic|war\s+economy)))|hospitali[sz]ed|executed|hanged|massacred|assassinated|martyred|(?:suffered|sustained)\s+(?:from\s+)?(?:(?:serious|severe|minor|light|critical|various|multiple|moderate)\s+)?(?:suffocation|injuries|wounds|burns|breathing\s+difficulties|respiratory\s+problems)|(?:fallen|fell)\s+victims?|among\s+the\s+(?:victims|dead|killed|casualties|wounded|injured))|(sought\s+(?:refuge|asylum)|(?:fled|escaped)\s+(?:[^,.;]{1,40}?\s+)?(?:to\s+)?(?:become|as)\s+refugees|(?:found|taken|took)\s+(?:refuge\s+abroad|asylum)|(?:found|sought|taken|took)\s+(?:refuge|shelter)\s+in\s+${ABROAD}|(?:fled|escaped)\s+(?:from\s+[^,.;]{1,30}?\s+)?(?:to|into)\s+${ABROAD}|(?:fled|left)\s+(?:abroad|the\s+country(?![’']s\b))(?![^.;]{0,30}\bto\s+(?:join|fight|travel|become)\b)|crossed\s+(?:the\s+border\s+)?into\s+${ABROAD}|crossed\s+the\s+border\s+from\s+Syria\b|(?:were|was|been)\s+registered\s+in\s+${ABROAD})|(displaced|fled|uprooted|evacuated|forced\s+(?:to\s+flee|from\s+their\s+homes|out\s+of\s+their\s+homes))|(arrested|captured|detained|abducted|kidnapped|escaped|survived|left\s+without|gone\s+missing|went\s+missing|missing(?![^.;]{0,40}\b(?:found\s+dead|killed|dead|bodies)\b)|managed\s+to\s+(?:flee|escape)|(?:remain|remains|remained|stay|stayed)(?!\s+(?:internally\s+)?(?:displaced|uprooted|refugees|homeless))|trapped(?![^.;]{0,40}\b(?:evacuated|displaced|fled))|(?:holed\s+up|returned\s+(?:home|to))(?![^.;]{0,60}\b(?:were|was)\s+(?:\p{L}+ly\s+)?(?:killed|wounded|injured|executed)\b)|(?<=\b(?:still|remain|remains|remained|are|is|were|was)\s+)under\s+(?:the\s+)?(?:rubble|debris)))\b`, 'iu');

const TOLL_IS = /\b(?:(?:number|toll|tally)\s+of\s+(?:the\s+)?(?:victims|dead|deaths|fatalities|casualties|people\s+killed|those\s+killed)|death\s+toll|toll)\b(?:[^.;:]{0,50}?|(?:(?!\b(?:and|number|displaced|refugees|fled|returned)\b)[^.;:,\d]){51,130}?)\s(?:is|was|stands\s+at|stood\s+at|rose\s+to|reached|climbed\s+to|has\s+risen\s+to|had\s+risen\s+to)\s+$/i;

// With up to two words that say whose ("one U.S. soldier", "one Turkish soldier", "one more
// civilian", "one SARC staff member"), or one of several ("one of the civilians"); case-sensitive,
// so that those are capitalised ("One day the soldier" is none).
const PERSON_NOUN = '(?:person|civilian|child|woman|man|soldier|fighter|rebel|member|staff\\s+member|resident|journalist|policeman|boy|girl|national|citizen|commander|officer|militant|worker|volunteer|medic|doctor|nurse|student|teacher|guard|pilot|activist)';
const ONE_OF = `\\s+of\\s+(?:them|those|which|whom)\\b|\\s+of\\s+(?:the|their)(?:\\s+\\p{Lu}[\\p{L}-]+|\\s+(?:injured|wounded))?\\s+(?:${anyCase('(?:people|children|women|men)')}|${anyCase(PERSON_NOUN)}s)\\b`;
const ONE_NAMED = `(?:\\s+(?:(?:\\p{Lu}\\.){2,3}|\\p{Lu}[\\p{L}-]+|more|other|further|opposition|government|pro-government|regime|rebel|army|police|local|young|unarmed))?(?:\\s+\\p{Lu}[\\p{L}-]+)?\\s+${anyCase(PERSON_NOUN)}\\b`;
const ONE_PERSON = `(?:${ONE_OF}|${ONE_NAMED})`;
const BEEN = `\\s+${anyCase('(?:was|were|got|has\\s+been|had\\s+been)')}`;
// Killed with no one after it: "a soldier killed two protesters" is who killed, not who was killed
// (but "One person killed 16 others injured" is a headline's two tolls).
const KILLED_NO_OBJECT = `${anyCase('(?:killed|wounded|injured)')}(?!\\s+(?:a|an|the|his|her|their|its|him|them|several|dozens|scores|hundreds|many|some)\\b|\\s+(?:at\\s+least\\s+)?(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\\b(?!\\s+(?:others|more|injured|wounded|hurt)\\b))`;
// One of several only with its verb: "one of the civilians was wounded"; "one of those killed was a
// journalist" is one of the dead already counted.
const ONE_KILLED = new RegExp(`^(?:(?:${ONE_OF})(?:${BEEN}\\s+${anyCase('(?:killed|dead|wounded|injured)')}|\\s+${anyCase('(?:died|dead)')})|${ONE_NAMED}(?:${BEEN}\\s+${anyCase('(?:killed|dead|wounded|injured)')}|\\s+${anyCase('(?:died|dead)')}|\\s+${KILLED_NO_OBJECT}))\\b`, 'u');
const ONE_AFTER_KILLING = new RegExp(`^${ONE_PERSON}(?![’']s)`, 'u');
// Before a verb right before a figure, what makes the verb another's: a passive ("were killed"), or
// another figure ("14 people were killed 25 wounded", "A woman killed 30 injured").
const OWNED_VERB = new RegExp(`(?:\\b(?:were|was|been|being|are|is)|(\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|(?:a|an)(?=\\s+${PERSON_NOUN}\\b)))(?:\\s+[\\p{L}-]+)?)\\s+$`, 'iu');
const PEOPLE_AT_END = /\b(?:people|persons|civilians|children|women|men|boys|girls|soldiers|fighters|members|residents|rebels|troops)$/i;
// What is said of a person named after a figure: a verb of their own, and the harm done to them
// ("…and a child was injured", "…and one was killed").
const OWN_VERB_AFTER = /^\s+(?:was|were|is|are|has|had|have|got|died|dies)\b/i;
const SHARED_HARM_AFTER = /^\s+(?:(?:was|were|is|are|has|had|have|been|got|reportedly|also)\s+)*(killed|dead|died|wounded|injured|hurt)\b/i;
const DEATH_WORD = /\b(?:kill|killed|killing|dead|died|death|deaths)\b/i;
const HARM_BEFORE = /\b(?:kill|kills|killed|killing|dead|died|death|deaths|wound|wounded|wounding|injure|injured|injuring)\b/gi;
const AND_ONE_MORE = new RegExp(`^\\s+and\\s+(?:a|an|one)\\s+(?:(?:young|elderly|old|little)\\s+)?(?:${PERSON_NOUN}|baby|infant|teenager)\\b(?![’']s)`, 'iu');
// "A woman was killed", "killing a child": the article is the figure there.
const A_PERSON = /(?<![\p{L}\p{N}])(?:[Aa]n?|[Aa]nother)(?=\s)/gu;
// Where the death itself is named before the person: "claiming the life of one person", "the killing of one person".
const DEATH_OF_BEFORE = /\b(?:(?:claim|claims|claimed|claiming|took|taking|cost|costing)\s+the\s+(?:life|lives)|the\s+(?:killing|death))\s+of\s+$/i;

/** "one civilian was killed", "killing one child": a figure, though "one" alone seldom is; the person's words. */
function oneCasualty(text: string, start: number, end: number): string | null {
  const after = text.slice(end, end + 60);
  // "leaving one person dead" is the first case: the person's state is said after it.
  const before = text.slice(Math.max(0, start - 30), start);
  const killed = ONE_KILLED.test(after) || ((KILLED_BEFORE.test(before.slice(-16)) || DEATH_OF_BEFORE.test(before)) && ONE_AFTER_KILLING.test(after));
  if (killed) return ONE_AFTER_KILLING.exec(after)![0];
  // The first of a toll's parts, its harm said after the last: "a Turkish officer, 3 militants, and 2 SDF fighters were killed";
  // or a part of a toll after "including": "killed 16 civilians including at least one child".
  const first = ONE_AFTER_KILLING.exec(after);
  // (Not in an aside whose own predicate is another: "four, including an officer, were captured".)
  const asideThen = first && /^,\s+(?:were|was|have\s+been|had\s+been)\s+(\p{L}+)/u.exec(text.slice(end + first[0].length, end + first[0].length + 40));
  if (first && TOLL_BEFORE_INCLUDING.test(text.slice(Math.max(0, start - 120), start)) && !(asideThen && !/^(?:killed|wounded|injured)$/i.test(asideThen[1]!))) return first[0];
  if (first && LIST_THEN_HARM.test(text.slice(end + first[0].length, end + first[0].length + 160))) return first[0];
  // The last of a toll's parts, its people named before: "Two soldiers were wounded and one was killed".
  return SHARED_HARM_AFTER.test(after) && PARTS_BEFORE.test(text.slice(Math.max(0, start - 80), start)) ? '' : null;
}
const LIST_THEN_HARM = /^(?:,\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+[^,.;:]{1,40}?)*,?\s+and\s+(?:\d+|one|an?|two|three|four|five|six|seven|eight|nine|ten)\s+[^,.;:]{1,40}?(?:\s+(?:were|have\s+been|had\s+been|reportedly|also))+\s+(?:killed|wounded|injured)\b/i;
const PARTS_BEFORE = /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|scores))\s+[\p{L}\s-]*?\b(?:killed|wounded|injured|died|dead)\b[^.;:\d]*?,?\s+and\s+$/iu;

/** Whether the figure at `start` is what a toll is said to be ("the death toll reached 330"). */
const tollBefore = (text: string, sentence: Segment, start: number) => TOLL_IS.test(text.slice(Math.max(sentence.start, start - 170), start));

const JOINED_NUMBER = new RegExp(`^\\s+(or|and)\\s+(${ONE_NUMBER})${E}`, 'iu');
const PERCENT_NEXT = /^\s*(?:%|per\s?cent(?![\p{L}]))/iu;
/**
 * The number joined to a figure by "or" ("five or six") or by "and" ("between 500 and 1,300"),
 * right after it: the whole joined text, and the number. A share written once after both ("20
 * or 30 per cent", "between 20 and 30%") is both's: the joined text then takes it in.
 */
function joinedNumber(text: string, end: number, conjunction: 'or' | 'and'): { length: number; number: string; share: boolean } | null {
  const m = JOINED_NUMBER.exec(text.slice(end, end + 40));
  if (!m || m[1]!.toLowerCase() !== conjunction) return null;
  const share = PERCENT_NEXT.exec(text.slice(end + m[0].length, end + m[0].length + 40));
  return { length: m[0].length + (share?.[0].length ?? 0), number: m[2]!, share: share !== null };
}
/** Whether "A or B" is one range: B above A and within three times it. */
function orRange(first: string, second: string): boolean {
  const [a, b] = [parseOne(first)?.value, parseOne(second)?.value];
  return a !== undefined && b !== undefined && b > a && b <= 3 * a;
}

function pageCounter(text: string, start: number, end: number): boolean {
  // Only digits with no separator or scale ("(600,000)" after a country is the number it hosts),
  // and none with a predicate of its own ("(SOHR) 25 Were Killed").
  if (!/^\d{1,4}$/.test(text.slice(start, end)) || OWN_PREDICATE.test(text.slice(end, end + 170))) return false;
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 16);
  // In brackets after a title-case heading and before the page's next item ("Rises (1881) Related",
  // "Jordan (3)]"), not a breakdown ("children (12) and women (9)", "Aleppo (120), Idlib (85)").
  return (/\p{Lu}[\p{L}’'-]*\s*\(\s*$/u.test(before) && /^\s*\)(?:\s*\]|\s+(?:\p{Lu}|\d))/u.test(after)) || (/(?:\.\.\.|…|(?<![\d.,])\d{1,3}|\))\s*$/.test(before) && /^\s+\p{Lu}/u.test(after));
}

const PART_OF_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|all|most|some|none|half))\s+of\s+(?:the|its|their|his|her)\s+$/i;
// (In a relative clause or a participle after the whole; "died" alone is the part's: "2 of the 3 crew died".)
const WHOLE_HARMED = /^(?:\s+[\p{L}-]+){0,3}?\s+(?:(?:who|that|which)\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:killed|died|wounded|injured)|killed|wounded|injured)\b/iu;
const RELATIVE_OPENS = /,\s+(?:where|which|who|whose)\b/g;
const PARTICIPLE_OF_OBJECT = /^\s+(?:displaced|uprooted|evacuated|trapped|arrested|detained|captured|abducted|kidnapped)\b/;
const FIGURE_KILLED_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an))\s+[\p{L}-]+\s+(?:killed|wounded|injured)\s+$/iu;
// "Victims include 8 children": the parts of a toll.
const VICTIMS_INCLUDE = /\bvictims\s+(?:include|included|including)\s+(?:at\s+least\s+)?$/i;
const AT_RISK_AFTER = /^[^.;]{0,40}?\b(?:at\s+risk|in\s+danger|under\s+threat)\s+of\s+(?:being\s+)?(?:displacement|displaced|eviction|evicted)\b/i;

// What opens a sentence that gives a toll's parts: "Among them were", "Of them,", "They included".
export const PARTS_OPENER = /^\s*(?:Among\s+(?:them|those|the\s+(?:dead|victims|killed))|Of\s+(?:them|these|those|the\s+dead)|(?:They|These|Those|The\s+(?:dead|victims))\s+includ(?:ed|e))(?:\s+(?:were|are|was))?[\s,:]*(?:(?:at\s+least|some|about|around|nearly|more\s+than)\s+)?(?:\d[\d,.]*(?:\s+[\p{L}-]+){1,3}(?:\s*,\s*|\s+and\s+))*$/iu;
const CONTACT_LOST_BEFORE = /\b(?:(?:contact|touch)\s+(?:was|were|has\s+been|had\s+been)\s+lost|lost\s+(?:contact|touch))\s+with\s+(?:(?:at\s+least|about|around|some|more\s+than|nearly)\s+)?$/i;
const EVACUATION_WORDS = /\b(?:evacuat\w*|besieged|left\s+(?:the\s+)?(?:town|city|area|enclave|district|\p{Lu})|left\s+for|departed|out\s+of|deal|agreement|surrender\w*)/iu;
const CARRIED_BEFORE = /\b(?:bus(?:es)?|convoys?)\s+(?:(?:was|were)\s+)?carrying\s+(?:(?:at\s+least|about|around|some|more\s+than|nearly)\s+)?$/i;
const REFUGE_IN_RELATIVE = new RegExp(String.raw`^(?:\s+(?!(?:including|among)\b)[\p{L}-]+){0,3}?,?\s+(?:who|that)\s+(?:(?:have|has|had)\s+)?(?:(?:sought|found|taken|took)\s+(?:refuge|asylum|shelter)(?:\s+in)?|(?:fled|escaped)\s+(?:to|into))\s+${ABROAD}`, 'iu');
const WHOLE_HARM_BEFORE = /\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing)|left|leaving)\s+(?:(?:at\s+least|more\s+than|some|about|nearly)\s+)?$/i;
const PART_HARMED_AFTER = /^(?:\s+(?!(?:were|was|are|is|have|has|had|been|being|killed|wounded|injured|hurt|dead)\b)[\p{L}-]+){0,3}?,?\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|several|a\s+few|many|most)\s+of\s+(?:which|whom|them)\s+(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?(?:killed|died|wounded|injured)\b/iu;
/**
 * The kind an `OWN_PREDICATE` match gives the people it is said of (`counted`, the figure's
 * words): harmed, gone abroad (not troops, prisoners or firms that cross or are registered
 * abroad: "200 Turkish soldiers crossed into Iraq"), displaced, or else held or counted.
 */
function predicateKind(own: RegExpExecArray, counted: string): ClaimKind {
  return own[1] ? 'casualties' : own[2] ? (NOT_REFUGEES.test(counted) ? 'count' : 'refugees') : own[3] ? 'displacement' : 'count';
}

/**
 * Whether the sentence `before` gives a toll larger than `part`, and no figure of the displaced
 * or of refugees that "them" might be instead. Figures are added in text order after the dates:
 * read back from the last, a few at most.
 */
function partOfTollBefore(claims: readonly RawClaim[], before: Segment, part: number): boolean {
  let toll = false;
  for (let i = claims.length - 1, read = 0; i >= 0 && read < 40; i--, read++) {
    const c = claims[i]!;
    if (c.kind === 'date' || c.start >= before.end) continue;
    if (c.start < before.start) break;
    if (c.kind === 'displacement' || c.kind === 'refugees') return false;
    if (c.kind === 'casualties' && (c.high ?? c.value) > part) toll = true;
  }
  return toll;
}

/** Types a count from the words around it: the figure's own verb, else the nearest casualty, displacement or refugee word. */
function kindFromContext(text: string, sentence: Segment, start: number, end: number): ClaimKind {
  // Those out of contact are not a toll ("contact was lost with 25 rebels"); those a bus or a convoy carries away are evacuees.
  const justBefore = text.slice(Math.max(sentence.start, start - 40), start);
  if (CONTACT_LOST_BEFORE.test(justBefore)) return 'count';
  if (CARRIED_BEFORE.test(justBefore) && !NOT_REFUGEES.test(text.slice(start, end + 30)) && EVACUATION_WORDS.test(text.slice(Math.max(sentence.start, start - 150), Math.min(sentence.end, end + 150)))) return 'displacement';
  // A part of them harmed is not the whole: "572 military personnel, one of which was killed"
  // (unless the whole is a toll's part: "the death of 35, including 26 servicemen, 8 of whom…").
  // (Nor when the whole's own harm is told: "The blast wounded 35 people, two of whom died", "35 people wounded, …".)
  if (PART_HARMED_AFTER.test(text.slice(end, Math.min(sentence.end, end + 80))) && !/\b(?:including|among\s+them)\s+$/i.test(text.slice(Math.max(sentence.start, start - 16), start)) && !WHOLE_HARM_BEFORE.test(text.slice(Math.max(sentence.start, start - 30), start))) return 'count';
  // The figure's own verb first: "280,000 have been killed and millions have been displaced".
  let own = OWN_PREDICATE.exec(text.slice(end, Math.min(sentence.end, end + 170)));
  // (A companion's fate is not the figure's where a killing verb is the figure's own: "killed 12
  // fighters and their relatives are still trapped"; but "1 child killed 6 children & their mother
  // still under rubble", the verb the figure before's.)
  if (own && /^\s+(?:and|&)\s/.test(own[0]) && KILLED_BEFORE.test(text.slice(Math.max(sentence.start, start - 16), start)) && !FIGURE_KILLED_BEFORE.test(text.slice(Math.max(sentence.start, start - 40), start))) own = null;
  // (A participle after those a killing verb takes tells who they were: "killing and wounding
  // dozens of people evacuated from two villages".)
  if (own && PARTICIPLE_OF_OBJECT.test(own[0]) && KILLED_BEFORE.test(text.slice(Math.max(sentence.start, start - 16), start))) own = null;
  if (own) return predicateKind(own, text.slice(start, end + own.index));
  // Those who went abroad, told in a relative clause: "five million who have sought refuge in neighbouring countries".
  const abroad = REFUGE_IN_RELATIVE.exec(text.slice(end, Math.min(sentence.end, end + 120)));
  // (Not fighters, nor those whose own verb follows: "120 ISIS fighters who fled to Turkey were arrested".)
  const afterRelative = abroad ? OWN_PREDICATE.exec(text.slice(end + abroad[0].length, Math.min(sentence.end, end + abroad[0].length + 120))) : null;
  if (afterRelative) return predicateKind(afterRelative, text.slice(start, end));
  if (abroad && !NOT_REFUGEES.test(text.slice(start, end + abroad[0].length))) return 'refugees';
  // The figure a toll is said to be ("the number of victims in the explosion is at least 70"),
  // or what a strike killed ("kills scores of fleeing civilians").
  const before = text.slice(Math.max(sentence.start, start - 16), start);
  if (tollBefore(text, sentence, start) || KILLED_BEFORE.test(before) || HEADLINE_CLAIMS.test(before) || LIVES_CLAIMED.test(text.slice(Math.max(sentence.start, start - 80), start)) || VICTIMS_INCLUDE.test(text.slice(Math.max(sentence.start, start - 30), start))) return 'casualties';
  // Stay inside the clause: stop at semicolons and at the sentence's edges. Semicolons are
  // looked for within the window only, so a text without any stays linear.
  const windowStart = Math.max(sentence.start, start - 90);
  const windowEnd = Math.min(sentence.end, end + 90);
  const lead = text.slice(windowStart, start);
  const from = windowStart + lead.lastIndexOf(';') + 1;
  // A death before a relative clause that holds the figure is not its: "killed six people in
  // Maarat al-Numan, where aid groups feed 20,000 residents".
  const relative = [...matches(RELATIVE_OPENS, lead)].pop();
  const harmFrom = relative ? Math.max(from, windowStart + relative.index + relative[0].length) : from;
  const semicolon = text.slice(end, windowEnd).indexOf(';');
  const to = semicolon === -1 ? windowEnd : end + semicolon;
  const scored: Array<[number, ClaimKind]> = [
    [nearest(text, CASUALTY_WORDS, harmFrom, to, start, end), 'casualties'],
    [Math.min(nearest(text, DISPLACEMENT_WORDS, from, to, start, end), COMBATANTS.test(text.slice(start, end)) ? Infinity : nearestPlaceLeft(text, from, to, start, end)), 'displacement'],
    [nearest(text, REFUGEE_WORDS, from, to, start, end), 'refugees'],
    [nearest(text, HELD_WORDS, from, to, start, end), 'count'],
  ];
  scored.sort((a, b) => a[0] - b[0]);
  // Those at risk of it are not yet displaced: "put millions of people at risk of displacement".
  if (scored[0]![1] === 'displacement' && AT_RISK_AFTER.test(text.slice(end, to))) return 'count';
  return scored[0]![0] < Infinity ? scored[0]![1] : 'count';
}

export function extractClaims(text: string, sentences: Segment[]): RawClaim[] {
  const claims: RawClaim[] = [];
  const sentenceOf = (offset: number) => sentences[segmentAt(sentences, offset)] ?? { start: 0, end: text.length };

  for (const { re, parts } of DATE_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const date = parts(m);
      const cue = /(since|last|earlier in|until|till)\s+(?:(?:early|mid|late)[\s-]+|the\s+(?:start|end|beginning|middle)\s+of\s+)?$/i.exec(text.slice(Math.max(0, m.index - 36), m.index));
      // ("until" only where nothing says the time is ahead: "will last until the end of April".)
      if (date && cue && !(/^(?:until|till)$/i.test(cue[1]!) && TIME_AHEAD.test(text.slice(Math.max(sentenceOf(m.index).start, m.index - 60), Math.min(sentenceOf(m.index).end, m.index + 60))))) date.past = true;
      if (date && cue && /^last$/i.test(cue[1]!)) date.last = true;
      if (date && date.year === undefined && date.month !== undefined && /^,?\s+(?:of\s+)?last\s+year\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) date.lastYear = true;
      if (date && date.year === undefined && date.month !== undefined && toldInThePast(text, sentenceOf(m.index), m.index, m.index + m[0].length)) date.pastTense = true;
      if (date && date.year === undefined && date.month !== undefined && toldAsBefore(text, sentenceOf(m.index), m.index)) date.before = true;
      if (!date || (date.month !== undefined && date.month < 1) || !dayInMonth(date)) continue;
      // (A full date begins no name: "17-08-2016 Martyrs as Terrorists Shell Aleppo" is a dateline.)
      if (!(date.day !== undefined && date.year !== undefined) && (startsName(text, m.index + m[0].length) || namesACamp(text, m.index + m[0].length))) continue;
      const value = date.year ?? date.decade ?? 0;
      claims.push({ start: m.index, end: m.index + m[0].length, kind: 'date', value, approx: date.decade ? 'about' : 'exact', date });
    }
  }

  for (const m of matches(ORDINAL, text)) {
    const word = m[1]!.toLowerCase();
    const n = /^\d/.test(word) ? parseInt(word, 10) : ORDINAL_VALUES.indexOf(word) + 1;
    claims.push({ start: m.index, end: m.index + m[0].length, kind: 'duration', value: n, unit: m[2]!.toLowerCase(), approx: 'exact', ordinal: true });
  }

  const taken = removeOverlaps(claims);
  const isTaken = (s: number, e: number) => overlapsAny(taken, s, e);

  for (const m of matches(QUANTITY, text)) {
    const g = m.groups!;
    const numberStart = m.index + (g.approx ? m[0].indexOf(g.vague ?? g.first!, g.approx.length) : 0);
    let start = m.index;
    let end = m.index + m[0].length;
    if (isTaken(numberStart, end)) continue;
    const sentence = sentenceOf(numberStart);
    // (A vague figure names nothing: "SOHR Tens killed".)
    if ((!g.vague && partOfName(text, numberStart, end, sentence.start)) || clockTime(text, numberStart, g.first)) continue;
    // Not a figure of the kinds read here: a time ("7 a.m."), a multiple ("three times as many",
    // "ten times the size"), a family ("a mother of five"), a proportion ("three out of four Turks", "two out of every three days").
    const after = text.slice(end, end + 12);
    if (/^\s*(?:a\.m\.|p\.m\.|am|pm)(?![\p{L}])/iu.test(after) || MULTIPLE_AFTER.test(text.slice(end, end + 24)) || (/^\s+times\b/i.test(after) && GROWTH_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index)))) continue;
    // Nor a weight: "2,000 lb bombs", "a kilogram (two pounds) of sugar".
    if (WEIGHT_AFTER.test(after) || (/^\s*pounds?\b/i.test(after) && /\b(?:kilograms?|kilos?|kg)\s*\(\s*$/i.test(text.slice(Math.max(0, m.index - 16), m.index)))) continue;
    if (/\b(?:mother|father|parent|grandmother|grandfather)\s+of\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // Nor a time zone's offset: "2037 UTC+3".
    if (/\b(?:UTC|GMT)[ \t]?[+−–-][ \t]?$/.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (/^\s+out\s+of\s/i.test(after) || /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s+out\s+of\s+(?:every\s+)?$/i.test(text.slice(Math.max(0, m.index - 22), m.index))) continue;
    // Who speaks is no figure: "Two U.S. officials said", "three witnesses told Reuters".
    // Only where the speakers open a clause: "the toll reached 330 overnight civil defence
    // sources told…" is a toll in text that lost its commas.
    if (SPEAKERS_COUNTED.test(text.slice(end, end + 60)) && CLAUSE_OPENS.test(text.slice(Math.max(sentence.start, m.index - 8), m.index))) continue;
    // Eight digits or more with no separator and nothing after: a number that identifies (a
    // photo's, a phone's, a file's), no count ("Syria: two years of tragedy (8642756918)").
    if (/^\d{8,}$/.test(m[0]) && !/^\s*\p{L}/u.test(after)) continue;
    // Nor a number alone in a table's cell, which only its column's heading explains ("| Homs –
    // Ghouta | 12,634 |" is a population).
    if (/\|[ \t]*$/.test(text.slice(Math.max(0, m.index - 16), m.index)) && /^[ \t]*\|/.test(after)) continue;

    let value: number;
    let high: number | undefined;
    let kind: ClaimKind | undefined;
    let unit: string | undefined;
    let approx = approximation(g.approx);
    // What a total is brought "up to" is what it reaches, counting what the total names: "bringing
    // the total number of posts up to 35".
    const totalReached = approx === 'up-to' && /^up\s+to$/i.test(g.approx!.trim()) && TOTAL_BEFORE.test(text.slice(Math.max(sentence.start, m.index - 120), m.index));
    if (totalReached) approx = 'exact';
    // "35+ dead": at least that many.
    const plus = text[end] === '+' && !g.vague && !g.pct;
    if (plus) {
      end += 1;
      if (approx === 'exact') approx = 'at-least';
    }
    // "took over three villages": the verb's "over" when places or positions follow, not "more
    // than" ("took over 400,000 lives" is).
    if (g.approx && /^over$/i.test(g.approx) && /\b(?:take|takes|took|taken|taking|hand|hands|handed|handing|turn|turns|turned|turning|won|win|wins)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index)) &&
      /^\s+(?:[\p{L}-]+\s+){0,2}?(?:villages|towns|cities|positions|areas|neighbou?rhoods|districts|hills|bases|checkpoints|sites|points|buildings|seats|provinces)\b/iu.test(text.slice(end, end + 40))) {
      approx = 'exact';
      start = numberStart;
    }
    let bareWords = false;
    if (g.vague) {
      value = VAGUE_VALUES[g.vague.toLowerCase().replace(/\s+/g, ' ')] ?? 0;
      approx = 'vague';
    } else {
      // "a million" is no figure of its own inside "a third of a million" or "a million and a half".
      if (/^an?\s/i.test(g.first!) && (/\b(?:thirds?|quarters?|fifths?|tenths?|fractions?)\s+of\s+$/i.test(text.slice(Math.max(0, numberStart - 16), numberStart)) || /^\s+and\s+an?\s+half\b/i.test(text.slice(end, end + 14)))) continue;
      // A share, an amount or a rate keeps three decimals ("2.955 lira", "$1.250"): see parseOne.
      // (Not ending in a nought, which no one writes as a decimal: "3.000 Syrian pounds", "1.500 pounds".)
      const decimals = Boolean(g.pct) || ((/^\s*(?:US\s?\$|\$|€|£)/.test(g.first!) || MONEY_AFTER.test(text.slice(end, end + 30))) && !/0$/.test(g.first!.trim()));
      // ("an hour", "a decade" after an approximation: one of the unit; see A_UNIT_OF_TIME.)
      const first = /^an?$/i.test(g.first!.trim()) ? { value: 1, currency: undefined, words: true } : parseOne(g.first!, decimals);
      // Nothing counts as nought: "0 0 0" is a page's share counters.
      if (!first || (first.value === 0 && !g.pct)) continue;
      value = first.value;
      if (g.second) {
        const second = parseOne(g.second, decimals);
        if (second) high = second.value;
      }
      if (first.currency) {
        kind = 'money';
        unit = first.currency;
      }
      if (g.pct) kind = 'percentage';
      // "100 percent fabricated", "100% sure": a manner of speaking, no share of anything.
      if (g.pct && value === 100 && !g.approx && !g.second && WHOLLY_AFTER.test(text.slice(end, end + 24))) continue;
      // "one" alone is a pronoun far more often than a figure; not before a person it says was
      // killed or wounded ("one civilian was killed", "leaving one person dead", "killing one child"),
      // nor before a unit after words that make it a span ("a one-week pause", "in one month"; not "One day the soldier…").
      // ("One day later": the words after it make it a span too.)
      const spanOfTime = UNIT_AFTER.some(([unit]) => unit.test(after)) && ((TIME_SPAN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || TIME_SPAN_BEFORE.test(text.slice(Math.max(0, numberStart - 12), numberStart))) || SPAN_AFTER.test(after));
      // "one kilometre" is a distance wherever it stands; "one or two days" is a range.
      const distance = UNIT_AFTER.some(([unit, k]) => k === 'distance' && unit.test(after));
      const orSecond = joinedNumber(text, end, 'or');
      if (first.words && /^one$/i.test(g.first!.trim()) && !spanOfTime && !distance && !(orSecond && orRange(g.first!, orSecond.number)) && !HALF_THEN_UNIT.test(text.slice(end, end + 40))) {
        const person = oneCasualty(text, m.index, end);
        if (person !== null) claims.push({ start: m.index, end: end + person.length, kind: 'casualties', value: 1, approx, counts: person.trim() });
        continue;
      }
      bareWords = first.words && value < 20 && (!g.approx || /^(?:perhaps|possibly|maybe)$/i.test(g.approx.trim()));
    }

    // A dozen is a round number: "another dozen were wounded", "two dozen".
    if (approx === 'exact' && /dozen/i.test(g.first ?? '')) approx = 'about';
    // "between 500 and 1,300": one range, not two figures.
    let secondText = g.second;
    if (high === undefined && !g.vague && /\bbetween\s+$/i.test(text.slice(Math.max(0, numberStart - 8), numberStart))) {
      const and = joinedNumber(text, end, 'and');
      const second = and ? parseOne(and.number, and.share) : null;
      if (and && second && second.value > value) {
        high = second.value;
        secondText = and.number;
        end += and.length;
        if (and.share) kind = 'percentage';
      }
    }
    // "between 3 and 4 million", "3-4 million": the scale written once is both ends'.
    const sharedScale = secondText ? SCALE_AT_END.exec(secondText) : null;
    if (high !== undefined && sharedScale && !SCALE_AT_END.test(g.first ?? '') && !/\d,\d{3}|\d{4}/.test(g.first ?? '')) {
      value = parseOne(`${g.first!.trim()}${sharedScale[0]}`)?.value ?? value;
    }
    // "200–300,000", "10-15,000 fighters": the thousands written once are both ends'.
    if (high !== undefined && value < 1000 && high >= 1000 && /^\d{1,3}$/.test(g.first?.trim() ?? '') && /^\d{1,3}(?:,\d{3})+$/.test(secondText?.trim() ?? '')) {
      let scaled = value;
      while (scaled * 1000 <= high) scaled *= 1000;
      value = scaled;
    }
    // "five or six": one figure of that many or so; "20 or 30 per cent" one share (not "23,604 or
    // 76%", nor "2012 or 2011").
    const or = high === undefined && !g.vague && !g.pct ? joinedNumber(text, end, 'or') : null;
    if (or && orRange(g.first!, or.number)) {
      high = parseOne(or.number, or.share)!.value;
      secondText = or.number;
      end += or.length;
      if (or.share) kind = 'percentage';
    }
    // "2016–17": the second year's century is the first's.
    if (high !== undefined && high < 100 && !g.pct && isYear(g.first!) && /^\d{2}$/.test(secondText?.trim() ?? '') && high > value % 100 && high - (value % 100) <= 10) {
      high += value - (value % 100);
      secondText = String(high);
    }
    // "between 2011 and 2015", "(2013–2014)": a span of years.
    if (high !== undefined && !g.approx && isYear(g.first!) && isYear(secondText ?? '')) {
      claims.push({ start: numberStart, end, kind: 'date', value, high, approx: 'exact', date: { year: value } });
      continue;
    }
    // "two and a half kilometres": the half before the unit.
    const halfThenUnit = high === undefined && !kind ? HALF_THEN_UNIT.exec(text.slice(end, end + 40)) : null;
    if (halfThenUnit) {
      value += 0.5;
      end += halfThenUnit[0].length;
    }
    const rest = text.slice(end, Math.min(text.length, end + 60));
    // Nor is an area ("1,400 square kilometres", "50 km2").
    if (AREA_AFTER.test(rest)) continue;
    // Nor a clock time before a page's date stamp ("1924 16.05.2017").
    if (isYear(g.first ?? '') && STAMP_AFTER.test(rest)) continue;
    if (!kind) {
      for (const [re, k, u] of UNIT_AFTER) {
        const um = rest.match(re);
        if (um) {
          kind = k;
          // The unit's own word, without "more", "full" or "consecutive" before it.
          unit = u || (k === 'money' ? currencyUnit(um[0].replace(/^[\s-]+/, '')) : um[0].replace(/^[\s-]+(?:of\s+)?(?:(?:us|u\.s\.|american|more|additional|further|extra|consecutive|continuous|successive|straight|full)\s+)?/i, '').toLowerCase().replace(/s$/, ''));
          end += um[0].length;
          break;
        }
      }
    }
    // "a year and a half", "three years and a half": the half after it.
    const unitThenHalf = high === undefined && (kind === 'duration' || kind === 'distance') && !halfThenUnit ? HALF_AFTER_UNIT.exec(text.slice(end, end + 32)) : null;
    if (unitThenHalf) {
      value += 0.5;
      end += unitThenHalf[0].length;
    }
    // An age ("a 30-year-old", "aged 45", "under the age of 18", "Abu Ahmed, 45, said") is no figure of the kinds read here.
    // (The words after first: rarely an age's, and cheap to read from their start.)
    const setOffBefore = text.slice(Math.max(0, numberStart - 40), numberStart);
    const ageSetOff = !kind && /^\d{1,3}$/.test(g.first?.trim() ?? '') && value <= 110 && AGE_SET_OFF_AFTER.test(text.slice(end, end + 60)) && AGE_SET_OFF_BEFORE.test(setOffBefore) && !PLACE_SET_OFF_BEFORE.test(setOffBefore);
    if (ageSetOff || ((kind === 'duration' && AGE_AFTER.test(text.slice(end, end + 8)) && !(WAR_AFTER_AGE.test(text.slice(end, end + 40)) && !/\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, numberStart - 4), numberStart)))) || AGE_BEFORE.test(text.slice(Math.max(0, numberStart - 32), numberStart)) && !(kind === 'duration' && !AGE_AFTER.test(text.slice(end, end + 8))))) continue;
    let counts: string | undefined;
    // A year with words before its verb is a date: "the 2013 attack killed", "in 2019 killed".
    const yearBeforeVerb = !kind && !g.vague && !g.approx && high === undefined && isYear(g.first!) &&
      (/\b(?:in|since|during|until)\s+(?:(?:early|mid|late)[\s-]+)?$/i.test(text.slice(Math.max(0, numberStart - 14), numberStart)) ||
        /^\s+(?!(?:people|men|women|children|personnel|police)\b)\p{L}+(?<!s)\s+(?:killed|kill|kills|killing|left|wounded|injured|displaced)\b/iu.test(text.slice(end, end + 40)));
    // A year before what happened in it: "the 2018 missile strikes", a heading's "2022 cross-border
    // airstrikes"; not people counted ("the 2000 fighters", in copy without thousands separators).
    const yearOfThing = !kind && !g.vague && !g.approx && high === undefined && isYear(g.first!) &&
      ((/(?:(?:^|\n)[ \t#*=]*|\b(?:the|a|an|its|their|his|her|this|that)\s+)$/i.test(text.slice(Math.max(0, numberStart - 8), numberStart)) &&
        YEAR_OF_EVENT.test(text.slice(end, end + 40))) ||
        // Or one a new sentence follows, in text that lost its full stops: "as of 2020 The Regional Refugee…".
        (/^\s+(?:The|A|An|In|On|It|This|These|Those|Its|Their)\s/.test(text.slice(end, end + 8)) && /\b(?:as\s+of|by|in|since|until|from|of|during)\s+$/i.test(text.slice(Math.max(0, numberStart - 10), numberStart))));
    // A year after its part is a time, whatever follows ("By mid-2012 the rebels…", "in the summer of
    // 2013 killed hundreds", "At the beginning of 2015 the Syrian troops…", not "half of 2000
    // residents"); after "by",
    // "until" or "till" when no one counted follows ("By 2015 refugees numbered…"; not "joined by
    // 2000 fighters", "back by 2000 metres"); and "Up to 2018," opening a sentence.
    const yearAsTime = !kind && !g.vague && high === undefined && isYear(g.first!) &&
      ((!g.approx && (/\b(?:early|mid|late)[\s-]+$|\b(?:summer|spring|autumn|fall|winter|beginning|start|end|middle|outset|course|(?:first|second|latter)\s+half)\s+of\s+$/i.test(text.slice(Math.max(0, numberStart - 20), numberStart)) ||
        // (Without "of", only where the year ends its phrase: "This summer 2000 refugees returned" counts refugees.)
        (/\b(?:summer|spring|autumn|fall|winter)\s+$/i.test(text.slice(Math.max(0, numberStart - 8), numberStart)) && SEASON_YEAR_ENDS.test(text.slice(end, end + 16))))) ||
        (!g.approx && /\b(?:by|until|till)\s+$/i.test(text.slice(Math.max(0, numberStart - 8), numberStart)) && !/\b\p{L}+(?:ed|en)\s+by\s+$/iu.test(text.slice(Math.max(0, numberStart - 24), numberStart)) && YEAR_ENDS_PHRASE.test(text.slice(end, end + 16))) ||
        (/^up\s+to\s/i.test(text.slice(m.index, numberStart)) && !text.slice(sentence.start, m.index).trim() && /^\s*,/.test(text.slice(end, end + 3))));
    if (yearOfThing || yearAsTime) {
      claims.push({ start: numberStart, end: numberStart + 4, kind: 'date', value, approx: 'exact', date: { year: value } });
      continue;
    }
    // A population is no count of the displaced or the dead: "a pre-war population of 1.5 million".
    if (!kind && /\bpopulation\s+of\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) kind = 'count';
    const behindModifiers = !kind && !yearBeforeVerb && !isYear(g.first ?? '') ? modifiedThing(text.slice(end, Math.min(sentence.end, end + 60))) : null;
    if (behindModifiers) {
      counts = behindModifiers.words;
      end += behindModifiers.end;
      kind = 'count';
    }
    // Things named by their type's letters in the plural are counted, not a toll: "2 BMP's were destroyed", "3 T-72s".
    const typed = !kind && !yearBeforeVerb ? TYPE_LETTERS_PLURAL.exec(text.slice(end, end + 16)) : null;
    if (typed) {
      counts = typed[1]!;
      end += typed[0].length;
      kind = 'count';
    }
    // Machines named by their model are things counted: "12 Su-25", "At least four Su-24".
    const model = !kind && !g.vague && !(isYear(g.first!) && !g.approx) ? MODEL_COUNTED.exec(text.slice(end, end + 24)) : null;
    if (model) {
      counts = model[1]!;
      end += model[0].length;
      kind = 'count';
    }
    if (!kind && !yearBeforeVerb) {
      let cm = text.slice(end, Math.min(sentence.end, end + 60)).match(COUNTED);
      // After a verb of harm, one before the next figure is that figure's: "Kurds kill 83 Injured 100"
      // (not "6 Killed 12 Wounded").
      if (cm && /^(?:killed|wounded|injured)$/i.test(cm[1]!) && /^\s+\d/.test(text.slice(end + cm[0].length, end + cm[0].length + 4)) && /\b(?:kill|kills|killing|wound|wounds|wounding|injure|injures|injuring)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) cm = null;
      const thing = cm && /^(?:\s+of)?\s+([\p{L}-]+)/u.exec(cm[0]);
      if (thing && THINGS.test(thing[1]!)) {
        // "two groups killed", "dozens of buses carrying refugees": what is counted comes first.
        counts = thing[1]!;
        end += thing[0].length;
        kind = 'count';
      } else if (cm) {
        counts = cm[0].replace(/^\s*(?:of\s+)?/, '').trim();
        end += cm[0].length;
        kind = NOUN_KIND[cm[1]!.toLowerCase()];
        // Lives saved are no toll.
        if (kind === 'casualties' && /^lives$/i.test(cm[1]!) && /\bsav(?:e|ed|es|ing)\b[^.;]{0,20}$/i.test(text.slice(Math.max(0, start - 30), start))) kind = 'count';
        // Evacuees or refugees who "were killed", or whom a strike "killed", are a toll.
        if ((kind === 'displacement' || kind === 'refugees') && (killedAfter(text.slice(end, Math.min(sentence.end, end + 70))) || KILLED_BEFORE.test(text.slice(Math.max(sentence.start, m.index - 16), m.index)))) kind = 'casualties';
      }
    }
    // A four-digit number with nothing counted is a year: "since 2012", "in 2011"; not after
    // "over" or "about" ("over 2000 fighters"), nor before a plural after a comma or a sentence's
    // start, where no preposition, article or possessive makes it a year ("As of 2018, 2000
    // officers were in Syria"; not "in 2011 protests erupted", "Syria's 2014 elections").
    const pluralAfter = /^\s+([a-z]+)/.exec(text.slice(end, end + 24))?.[1];
    const countsPeople = !!pluralAfter && isPluralNoun(pluralAfter) && /(?:^|[,;:.!?]\s*)$/.test(text.slice(Math.max(0, numberStart - 4), numberStart));
    if (!kind && !counts && !g.vague && !g.approx && high === undefined && isYear(g.first!) && !countsPeople) {
      claims.push({ start: numberStart, end: numberStart + 4, kind: 'date', value, approx: 'exact', date: { year: value } });
      continue;
    }
    if (!kind && !counts) {
      // Any plural noun right after the number says what is counted: "1,200 trucks".
      // A plural noun up to three words on says what is counted: "13 new EU sanctions listings".
      // "Dozens of buses": a vague figure's "of" too. Things are counted whatever the tagger makes of them ("77 targets").
      const ahead = text.slice(end, Math.min(sentence.end, end + 50));
      // A capitalised plural only when nothing else is counted and it names things ("400 Humvees"),
      // not people ("400 Americans") nor a place before the thing ("12 Homs neighbourhoods").
      const lower = ahead.match(PLURAL_AFTER);
      const capital = lower ? null : ahead.match(CAPITAL_PLURAL_AFTER);
      const plural = lower ?? (capital && THINGS.test(capital[1]!) ? capital : null);
      // (Not a headline's next verb: "kills 12 wounds 50".)
      if (plural && !(/^(?:kills|wounds|injures)$/i.test(plural[1]!) && /^\s*\d/.test(text.slice(end + plural[0].length, end + plural[0].length + 3))) && (THINGS.test(plural[1]!) || (plural === lower && isPluralNoun(text.slice(start, end) + plural[0])))) {
        counts = plural[1];
        end += plural[0].length;
      }
    }
    // Those who attack or take part, said to do so right after the figure, are counted, not a
    // toll: "six gunmen stormed a restaurant", "572 military personnel took part, one of whom
    // was killed" (but "the deaths of 923 medical personnel", "Russia has lost 112 personnel").
    if (!kind && counts && PARTICIPANTS.test(counts) && TAKING_PART.test(text.slice(end, Math.min(sentence.end, end + 40)))) kind = 'count';
    // Attackers who killed are counted, not the toll: "three suicide bombers killed at least two people".
    if (!kind && counts && ATTACKERS.test(counts) && KILLED_WHOM.test(text.slice(end, Math.min(sentence.end, end + 40)))) kind = 'count';
    // A part of a toll: "killed 14 people, including three children fleeing the fighting".
    const countsThings = !!counts && THINGS.test(counts.split(/\s+/).pop()!);
    // (A part set off by a dash only as "N of them": "including some 87000 civilians - 15000 of them children".)
    const beforeToll = text.slice(Math.max(sentence.start, start - 120), start);
    const dashedPart = /\s[-–—]\s+$/.test(beforeToll) && /^[\d,.]+\s+of\s+(?:them|whom)\b/.test(text.slice(numberStart, numberStart + 24));
    if (!kind && !countsThings && TOLL_BEFORE_INCLUDING.test(dashedPart ? beforeToll.replace(/\s[-–—]\s+$/, ', ') : beforeToll)) kind = 'casualties';
    // Or in the sentence after the toll: "…counted 21,452 dead. Among them were 5,261 children and 2,777 women".
    if (!kind && !countsThings && start - sentence.start <= 120 && PARTS_OPENER.test(text.slice(sentence.start, start))) {
      const before = sentences[segmentAt(sentences, sentence.start) - 1];
      if (before && partOfTollBefore(claims, before, value)) kind = 'casualties';
    }
    // A number that counts nothing and stands in no sentence of its own is a page's counter: alone
    // in brackets ("Islamic State Rises (1881)"), or between other counters and a capitalised word
    // ("... 43 Topic", "(180) 0 54 The Kurdish-led").
    if (!kind && !counts && !unit && !g.approx && !g.vague && high === undefined && pageCounter(text, numberStart, end)) continue;
    // Nor is a list's number: "1. persons in need of protection" at a line's start, after a line
    // that ended its sentence, introduced the list or was its item before (not a figure a wrapped
    // line begins with).
    if (!g.approx && !g.vague && high === undefined && value < 100 && /^[.)][ \t]/.test(text.slice(end, end + 2)) && /(?:^|[.:;!?][ \t]*\n|\n[ \t]*\n|(?:^|\n)[ \t]*\d{1,2}[.)][ \t][^\n]*\n)[ \t]*$/.test(text.slice(Math.max(0, numberStart - 200), numberStart))) continue;
    // The whole a part of it is taken from is counted, not harmed: "2 of the 3 crew died".
    // (Unless the whole was harmed too, in its own words: "nearly half of the 138,202 fighters
    // killed", "three of the 25 people who died".)
    if (!kind && PART_OF_BEFORE.test(text.slice(Math.max(sentence.start, numberStart - 24), numberStart)) && !WHOLE_HARMED.test(text.slice(end, Math.min(sentence.end, end + 50)))) kind = 'count';
    if (!kind) kind = countsThings ? 'count' : kindFromContext(text, sentence, start, end);
    // Those held are not displaced, whatever camps are told beside them: "10,000 ISIL prisoners and
    // more than 100,000 … displaced persons in several camps".
    if ((kind === 'displacement' || kind === 'refugees') && counts && HELD_NOUN.test(counts)) kind = 'count';
    // Families are no toll of people: "executed six families of rebel fighters".
    if (kind === 'casualties' && counts && /\b(?:families|households)$/i.test(counts)) kind = 'count';
    // A count in words under twenty is most often no figure of note ("two men", "three hospitals"); "Fifty-nine cruise missiles" is.
    if (bareWords && kind === 'count') continue;
    // Sources are no figure of the kinds read here ("seven local sources said"), unless the
    // number is a toll they gave ("the death toll reached 330 civil defence sources said").
    if (counts && /\bsources$/i.test(counts) && !tollBefore(text, sentence, start)) continue;
    // Nor words ("a picture is worth a thousand words").
    if (counts && /^words$/i.test(counts)) continue;
    // Nor a number joined to the word after it, which it describes: "the four-town deal", "a 20-member delegation".
    // ("40-odd people", "1,000-plus fighters" are figures, roughly.)
    if (!counts && !unit && !g.vague && /^[-‐‑]\p{L}/u.test(text.slice(end, end + 2)) && !/^[-‐‑](?:odd|plus|some)(?![-‐‑\p{L}])/iu.test(text.slice(end, end + 7))) continue;
    // A bare number that counts nothing named is not a claim a reader can check.
    if (kind === 'count' && !counts && !unit && (approx === 'exact' || plus) && !g.vague && !totalReached) continue;
    // A verb right before the figure belongs to the claim: "kill 20".
    // Not a passive verb, nor one that follows another figure: those belong to the figure before
    // ("14 people were killed 25 were wounded", "6 killed 22 injured").
    const verb = text.slice(Math.max(sentence.start, start - 40), start).match(/(?:^|\s)((?:kill|kills|killed|killing|displaced|displacing|wounded|injured)\s+)$/i);
    const beforeVerb = verb ? Math.max(0, start - verb[1]!.length - 24) : 0;
    const owner = verb && OWNED_VERB.exec(text.slice(beforeVerb, start - verb[1]!.length));
    // A figure's, not a date's ("on March 30 killed 64 people").
    const ownerAt = owner ? beforeVerb + owner.index : 0;
    const verbOwned = owner && !(owner[1] && (isTaken(ownerAt, ownerAt + 1) || /(?:19|20)\d\d$/.test(text.slice(Math.max(0, ownerAt - 3), ownerAt + 1))));
    if (verb && !verbOwned && (kind === 'casualties' || kind === 'displacement')) start -= verb[1]!.length;
    if (startsName(text, end)) continue;
    // Approximate by the words around it: "It is estimated that 300,000", "98,353 estimated
    // unregistered refugees", "a minimum of 580,000", "exceeds 3.5 million", "put the toll at least at 85".
    if (approx === 'exact' && !g.vague) approx = approximationAround(text.slice(Math.max(sentence.start, m.index - 40), m.index), text.slice(m.index + m[0].length, m.index + m[0].length + 14));
    // "88 Killed & Injured", "hundreds of dead and injured people": the figure counts both.
    const andHurt = kind === 'casualties' && /\b(?:killed|dead)$/i.test(text.slice(start, end)) ? AND_HURT.exec(text.slice(end, end + 24)) : null;
    if (andHurt) end += andHurt[0].length;
    // "125 terrorists at least were killed": after what it counts.
    // (Not "15 students at least twice a week", nor "5 civilians at least three of them children".)
    if (approx === 'exact' && high === undefined && counts && LEAST_AFTER.test(text.slice(end, end + 30))) approx = 'at-least';
    // "200,000 or more Syrians": at least that many.
    const orMore = OR_MORE.exec(text.slice(end, end + 12));
    if (orMore && approx === 'exact' && high === undefined) {
      approx = 'at-least';
      end += orMore[0].length;
    }
    // "accept 30,000 refugees over two years": a period the figure before it is spread over, not more than it.
    if (kind === 'duration' && approx === 'more-than' && /^over$/i.test(g.approx?.trim() ?? '') && FIGURE_BEFORE.test(text.slice(Math.max(sentence.start, m.index - 50), m.index))) approx = 'exact';
    claims.push({ start, end, kind, value, high, unit, approx, counts });
  }
  // "killing five women and a child": one toll of six (not where the one has a predicate of
  // their own, "and a soldier was arrested", nor after a vague figure).
  const grown: RawClaim[] = [];
  for (const c of claims) {
    if (c.kind !== 'casualties' || c.high !== undefined || c.approx === 'vague' || !PEOPLE_AT_END.test(text.slice(c.start, c.end))) continue;
    const more = AND_ONE_MORE.exec(text.slice(c.end, c.end + 40));
    const after = more ? text.slice(c.end + more[0].length, c.end + more[0].length + 40) : '';
    // (A harm said after the one is theirs: the same as the toll's, or no toll of one more.)
    const harm = SHARED_HARM_AFTER.exec(after)?.[1];
    const own = [...matches(HARM_BEFORE, text.slice(Math.max(0, c.start - 30), c.end))].pop()?.[0];
    const sameHarm = harm !== undefined && (own === undefined || DEATH_WORD.test(harm) === DEATH_WORD.test(own));
    if (more && !(OWN_VERB_AFTER.test(after) && !sameHarm)) {
      c.end += more[0].length;
      c.value += 1;
      grown.push(c);
    }
  }
  grown.sort((a, b) => a.start - b.start);
  for (const m of matches(A_PERSON, text)) {
    const end = m.index + m[0].length;
    const person = isTaken(m.index, end) || overlapsAny(grown, m.index, end) ? null : oneCasualty(text, m.index, end);
    if (person) claims.push({ start: m.index, end: end + person.length, kind: 'casualties', value: 1, approx: 'exact', counts: person.trim() });
  }
  // A span of time "ago" is counted back from the article's date: "since the war erupted five years ago".
  for (const c of claims) {
    if (c.kind !== 'duration' || c.high !== undefined || !Number.isInteger(c.value) || !AGO_UNITS.has(c.unit ?? '')) continue;
    const ago = AGO.exec(text.slice(c.end, c.end + 8));
    if (ago) Object.assign(c, { end: c.end + ago[0].length, ago: true });
  }
  // A year's part before it is the date's: "late 2012", "mid-2018", "the summer of 2013".
  for (const c of claims) {
    if (c.kind !== 'date' || c.date?.month !== undefined || c.date?.year === undefined || c.end - c.start !== 4) continue;
    const part = YEAR_PART_BEFORE.exec(text.slice(Math.max(0, c.start - 20), c.start));
    if (!part) continue;
    c.start -= part[0].length;
    const months = part[1] ? SEASON_MONTHS[part[1].toLowerCase()] : undefined;
    if (months) c.date = { ...c.date, month: months[0], lastMonth: months[1], season: true };
  }
  // A conversion in brackets is as approximate as the figure it converts: "within 16 kilometres (10 miles)".
  claims.sort((a, b) => a.start - b.start);
  for (let i = 1; i < claims.length; i++) {
    const [first, twin] = [claims[i - 1]!, claims[i]!];
    if (twin.approx === 'exact' && first.approx !== 'exact' && first.kind === twin.kind && first.unit !== twin.unit && /^\s*\(\s*$/.test(text.slice(first.end, twin.start))) twin.approx = first.approx;
  }
  // A day and month that name a camp are no date and no count: "the 14 March parties", "the 8 March alliance".
  for (let i = claims.length - 1; i >= 0; i--) {
    const c = claims[i]!;
    if (DAY_MONTH_NAME.test(text.slice(c.start, c.start + 40))) claims.splice(i, 1);
  }
  const markup = [...matches(NOT_PROSE, text)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return removeOverlaps(markup.length ? claims.filter((c) => !overlapsAny(markup, c.start, c.end)) : claims);
}

// A picture's markup or an address in the text holds no claim: "![SDF in Baghuz, 12 February
// 2019](…/SDF_in_Baghuz%2C_12_February_2019.png)", where "%2C" would read as 2%; nor a wiki
// picture's file name ("[[File:Idlib Governorate (June 15 2013).svg|thumb|…"), whose caption is prose,
// nor a wiki link's hidden target ("[[Timeline of …#October 2019: …|By the end of October]]").
// Nor does a page's copyright line ("Copyright © 2018 TRT World", its sign garbled or not), nor the
// title of a work in italics ("*7 Days in Syria* (2015)": the year after it is its own).
const DAY_MONTH_NAME = /^\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:parties|party|alliance|coalition|camp|movement|bloc|forces|groups)\b/i;
const NOT_PROSE = /!\[[^\]\n]{0,300}\]\([^)\s]{0,500}\)|\bhttps?:\/\/[^\s)\]]+|\[\[(?:File|Image):[^|\]\n]{0,300}|\[\[[^|\]\n]{0,300}\||(?:\b(?:[Cc]opyright|COPYRIGHT)\s*(?:[©\uFFFD]{1,2}|\([Cc]\))?|©)\s*(?:(?:19|20)\d\d\s*[-–]\s*)?(?:19|20)\d\d|(?<![*\p{L}\p{N}])\*(?![*\s])[^*\n]{2,80}?(?<![*\s])\*(?=\s*\((?:19|20)\d\d)/gu;

/** Months by number, for display. */
export function monthName(month: number): string {
  const m = MONTH_NAMES[month - 1] ?? '';
  return m.charAt(0).toUpperCase() + m.slice(1);
}

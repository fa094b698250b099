import { describe, expect, it } from 'vitest';
import { describeAnalysisDate, formatClaimValue, formatDateValue } from '../../../components/format';
import { claim } from './fixtures';

describe('formatClaimValue', () => {
  it('writes numbers with thousands separators and their approximation', () => {
    expect(formatClaimValue(claim({ value: 216000, approx: 'more-than' }))).toBe('more than 216,000');
    expect(formatClaimValue(claim({ value: 1_000_000, approx: 'up-to' }))).toBe('up to 1,000,000');
    expect(formatClaimValue(claim({ value: 4500, approx: 'about' }))).toBe('about 4,500');
    expect(formatClaimValue(claim({ value: 12, approx: 'exact' }))).toBe('12');
  });

  it('shows vague figures by their word, not the stand-in number', () => {
    expect(formatClaimValue(claim({ value: 2000, approx: 'vague', text: 'thousands of families' }))).toBe('thousands (vague)');
    expect(formatClaimValue(claim({ value: 20000, approx: 'vague', text: 'Tens of  thousands of people' }))).toBe('tens of thousands (vague)');
    expect(formatClaimValue(claim({ kind: 'money', value: 2e8, approx: 'vague', text: 'hundreds of millions of dollars' }))).toBe('hundreds of millions (vague)');
    expect(formatClaimValue(claim({ kind: 'money', value: 2e11, approx: 'vague', text: 'hundreds of billions of dollars' }))).toBe('hundreds of billions (vague)');
    expect(formatClaimValue(claim({ value: 20, approx: 'vague', text: 'tens of terrorists' }))).toBe('tens (vague)');
  });

  it('writes ranges, units and percentages', () => {
    expect(formatClaimValue(claim({ kind: 'distance', value: 15, high: 20, unit: 'km', approx: 'exact' }))).toBe('15–20 km');
    expect(formatClaimValue(claim({ kind: 'distance', value: 20, unit: 'mile', approx: 'exact' }))).toBe('20 miles');
    expect(formatClaimValue(claim({ kind: 'distance', value: 600, unit: 'metre', approx: 'about' }))).toBe('about 600 metres');
    expect(formatClaimValue(claim({ kind: 'duration', value: 3, unit: 'year', approx: 'exact' }))).toBe('3 years');
    expect(formatClaimValue(claim({ kind: 'duration', value: 1, unit: 'week', approx: 'exact' }))).toBe('1 week');
    expect(formatClaimValue(claim({ kind: 'percentage', value: 40, approx: 'about' }))).toBe('about 40%');
    expect(formatClaimValue(claim({ kind: 'percentage', value: 15, high: 20.5, approx: 'exact' }))).toBe('15%–20.5%');
  });

  it('writes an amount with its currency, by name where the text says whose it is', () => {
    expect(formatClaimValue(claim({ kind: 'money', value: 5e6, unit: 'USD', approx: 'exact' }))).toBe('5,000,000 US dollars');
    expect(formatClaimValue(claim({ kind: 'money', value: 5000, unit: 'SYP', approx: 'more-than' }))).toBe('more than 5,000 Syrian pounds');
    expect(formatClaimValue(claim({ kind: 'money', value: 1e9, high: 2e9, unit: 'EUR', approx: 'exact' }))).toMatch(/^1,000,000,000\s?–\s?2,000,000,000 euros$/u);
    expect(formatClaimValue(claim({ kind: 'money', value: 3e6, unit: 'lira', approx: 'exact' }))).toBe('3,000,000 lira');
    expect(formatClaimValue(claim({ kind: 'money', value: 1, unit: 'pound', approx: 'exact' }))).toBe('1 pound');
  });

  it('writes tonnes and counts of times in the plural', () => {
    expect(formatClaimValue(claim({ kind: 'count', value: 1300, unit: 'tonne', approx: 'exact' }))).toBe('1,300 tonnes');
    expect(formatClaimValue(claim({ kind: 'count', value: 136, unit: 'time', approx: 'exact' }))).toBe('136 times');
  });

  it('takes plural forms from the messages, by the upper bound', () => {
    expect(formatClaimValue(claim({ kind: 'duration', value: 1, unit: 'minute', approx: 'exact' }))).toBe('1 minute');
    expect(formatClaimValue(claim({ kind: 'duration', value: 1, high: 2, unit: 'decade', approx: 'up-to' }))).toBe('up to 1–2 decades');
  });

  it('writes dates in the interface language, and says when the year is missing', () => {
    expect(formatClaimValue(claim({ kind: 'date', value: '2019-10-09', approx: 'exact' }))).toBe('9 October 2019');
    expect(formatClaimValue(claim({ kind: 'date', value: '--10-09', approx: 'exact' }))).toBe('9 October (year not stated)');
    expect(formatDateValue('--03')).toBe('March (year not stated)');
    expect(formatDateValue('1980s')).toBe('1980s');
    expect(formatClaimValue(claim({ kind: 'date', value: '2016', high: 2017, approx: 'exact' }))).toBe('2016–2017');
    expect(formatDateValue(2011)).toBe('2011');
    expect(formatDateValue('2018-09')).toBe('September 2018');
  });

  it('writes a range of days once, with its month and year', () => {
    expect(formatClaimValue(claim({ kind: 'date', value: '2016-07-13', until: '2016-07-17', approx: 'exact' }))).toMatch(/^13\s?–\s?17 July 2016$/u);
    expect(formatClaimValue(claim({ kind: 'date', value: '--06-22', until: '--06-23', approx: 'exact' }))).toMatch(/^22\s?–\s?23 June \(year not stated\)$/u);
  });

  it('writes a range into a later month, and a range of months, once', () => {
    expect(formatClaimValue(claim({ kind: 'date', value: '2016-06-30', until: '2016-07-02', approx: 'exact' }))).toMatch(/^30 June\s?–\s?2 July 2016$/u);
    expect(formatClaimValue(claim({ kind: 'date', value: '2015-06', until: '2015-08', approx: 'exact' }))).toMatch(/^June\s?–\s?August 2015$/u);
    expect(formatClaimValue(claim({ kind: 'date', value: '2015-12-30', until: '2016-01-02', approx: 'exact' }))).toMatch(/^30 December 2015\s?–\s?2 January 2016$/u);
    expect(formatClaimValue(claim({ kind: 'date', value: '2012-05', until: '2015-12', approx: 'exact' }))).toMatch(/^May 2012\s?–\s?December 2015$/u);
    // A date counted back ("five years ago") is about that date.
    expect(formatClaimValue(claim({ kind: 'date', value: '2011', approx: 'about' }))).toBe('about 2011');
    // (A decade says it is rough itself: "1980s", not "about 1980s".)
    expect(formatClaimValue(claim({ kind: 'date', value: '1980s', approx: 'about' }))).toBe('1980s');
  });
});

describe('describeAnalysisDate', () => {
  it('says where the date came from', () => {
    expect(describeAnalysisDate({ date: '2019-10-20', dateSource: 'input' })).toBe('20 October 2019 (article date)');
    expect(describeAnalysisDate({ date: '2019-10', dateSource: 'knowledge' })).toBe('October 2019 (estimated from the events it refers to)');
    expect(describeAnalysisDate({ date: '2019', dateSource: 'text' })).toBe('2019 (estimated from dates in the text)');
    expect(describeAnalysisDate({ date: null, dateSource: null })).toBe('Date unknown: described as of today');
  });
});

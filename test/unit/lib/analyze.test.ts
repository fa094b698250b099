/**
 * The whole analysis, through createAnalyzer, on short texts written for these tests (and, when it
 * is present, on the seed article the project started from, read from the shared corpus).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileNames } from '../../../lib/text/spans';
import { createAnalyzer } from '../../../lib/analyze';
import { mergeAnalyses } from '../../../lib/merge';
import { knowledge } from '../../../lib/knowledge';
import type { Analysis, AnalysisInput, ClaimFinding } from '../../../lib/types';

const analyzer = createAnalyzer(knowledge);
const analyze = (input: AnalysisInput, force = false) => analyzer.analyze(input, { force });

const ids = (a: Analysis) => a.actors.map((x) => x.id);
const contextIds = (a: Analysis) => a.context.map((x) => x.id);
/** The dates read in a text, each as written, its value and the end of its range. */
const dates = (text: string, date: string | null = '2016-07-05') => analyze({ text, date }, true).claims.filter((c) => c.kind === 'date').map((c) => [c.text, c.value, c.until ?? null]);

/** The one claim whose text is `span`. */
function claim(a: Analysis, span: string): ClaimFinding {
  const found = a.claims.filter((c) => c.text === span);
  expect(found.map((c) => c.text), `claims: ${JSON.stringify(a.claims.map((c) => c.text))}`).toEqual([span]);
  return found[0]!;
}

/** Every span the analysis hands back must select exactly its text. */
function expectSpansMatch(a: Analysis, text: string) {
  for (const actor of a.actors) {
    expect(actor.mentions.length, actor.id).toBeGreaterThan(0);
    for (const m of actor.mentions) expect(text.slice(m.start, m.end), actor.id).toBe(m.text);
  }
  for (const c of a.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
}

const sourcesOf = (id: string) => {
  const e = [...knowledge.events, ...knowledge.statistics].find((x) => x.id === id);
  return e ? e.sources.map((s) => s.url) : [];
};

// Written for these tests: an article on Idlib and the Turkish operation of October 2019.
const ARTICLE = `Turkey and Russia traded accusations over Idlib on Friday as Syrian government forces, backed by Russian air strikes, pressed their offensive against rebels in the northwest of Syria.

Under the Sochi memorandum, signed by Recep Tayyip Erdogan and Vladimir Putin on 17 September 2018, a demilitarized zone was to separate the two sides. Ankara says Damascus has broken the deal; Moscow says Turkey never removed the hardline fighters of Hayat Tahrir al-Sham (HTS).

Turkey launched Operation Peace Spring against the YPG on October 9, and ended it after deals with the United States and Russia. Ankara regards the YPG as a Syrian offshoot of the PKK.

More than 200,000 people have fled their homes in Idlib this month, according to the UN. The war, now in its ninth year, has left the province crowded with displaced families.`;

const SOCHI = (date: string) =>
  `Russia and Turkey signed the Sochi memorandum on Idlib on ${date}, creating a demilitarized zone between Syrian government forces and rebels in the province. Since then the ceasefire has broken down again and again, and Syrian troops backed by Russian jets have pushed into the south of Idlib.`;

const PEACE_SPRING =
  'Turkey launched Operation Peace Spring against the YPG in northeast Syria. Operation Peace Spring began on October 9, and the Kurdish fighters pulled back after Washington and Moscow struck deals with Ankara. The war, now in its ninth year, has uprooted millions of Syrians.';

// Written for these tests: texts that are not about the Syrian war.
const SPORTS =
  'The home side won the cup final 3-1 on Saturday after two late goals. More than 40,000 fans watched the match, and the coach said his players had fought like a war machine all season.';
const IRAQ =
  'Insurgents attacked a police station in Baghdad on Tuesday, killing 12 officers, Iraqi officials said. US troops in Iraq were put on alert after the attack, and militants in Falluja clashed with Iraqi forces.';
const LEBANON_2005 =
  'Syria said on Monday it would withdraw its troops from Lebanon after weeks of protests in Beirut. Syrian forces have been stationed in Lebanon since 1976, and opposition leaders in Beirut said the withdrawal must be complete before elections. Damascus denied any role in the killing.';

describe('analyze: an article about the war', () => {
  const a = analyze({ text: ARTICLE, date: '2019-12-27' });

  it('is relevant, with the article date as given', () => {
    expect(a.relevant).toBe(true);
    expect(a.score).toBeGreaterThan(0.5);
    expect(a.signals.length).toBeGreaterThan(0);
    expect(a.date).toBe('2019-12-27');
    expect(a.dateSource).toBe('input');
    expect(a.knowledgeAsOf).toBe(knowledge.meta.as_of);
  });

  it('finds the actors, capitals included', () => {
    expect(ids(a)).toEqual(
      expect.arrayContaining([
        'turkey',
        'russia',
        'syria',
        'ypg',
        'pkk',
        'hts',
        'recep-tayyip-erdogan',
        'vladimir-putin',
        'united-states',
        'united-nations',
        'syrian-arab-army',
      ]),
    );
    const turkey = a.actors.find((x) => x.id === 'turkey')!;
    expect(turkey.mentions.map((m) => m.text)).toEqual(['Turkey', 'Ankara', 'Turkey', 'Turkey', 'Ankara']);
    expect(a.actors.find((x) => x.id === 'russia')!.mentions.map((m) => m.text)).toContain('Moscow');
    expect(a.actors.find((x) => x.id === 'syria')!.mentions.map((m) => m.text)).toContain('Damascus');
    expect(turkey).toMatchObject({ name: 'Turkey', kind: 'state', known: true });
    // Most-mentioned first.
    for (let i = 1; i < a.actors.length; i++) expect(a.actors[i - 1]!.mentions.length).toBeGreaterThanOrEqual(a.actors[i]!.mentions.length);
  });

  it('checks the claims against the knowledge file', () => {
    const sochi = claim(a, '17 September 2018');
    expect(sochi).toMatchObject({ kind: 'date', value: '2018-09-17', verdict: 'consistent', facts: ['sochi-memorandum-2018'] });
    expect(sochi.sources).toEqual(sourcesOf('sochi-memorandum-2018'));
    expect(sochi.sources.length).toBeGreaterThan(0);

    expect(claim(a, 'October 9')).toMatchObject({ kind: 'date', value: '2019-10-09', verdict: 'consistent', facts: ['operation-peace-spring'] });

    const fled = claim(a, 'More than 200,000 people');
    expect(fled).toMatchObject({ kind: 'displacement', value: 200000, approx: 'more-than', verdict: 'consistent' });
    expect(fled.facts.length).toBeGreaterThan(0);
    for (const f of fled.facts) expect(knowledge.statistics.find((s) => s.id === f)?.kind).toBe('displacement');
    expect(fled.attributedTo).toBe('the UN');

    expect(claim(a, 'ninth year')).toMatchObject({ kind: 'duration', value: 9, verdict: 'consistent', facts: ['syrian-uprising-2011'] });
    for (const c of a.claims) expect(c.explanation.length, c.text).toBeGreaterThan(5);
  });

  it('gives the background the article assumes', () => {
    expect(contextIds(a)).toEqual(
      expect.arrayContaining(['sochi-memorandum-2018', 'operation-peace-spring', 'russia-turkey-memorandum-2019', 'us-turkey-joint-statement-2019']),
    );
    // Nothing after the article's date is background it assumes.
    for (const c of a.context) {
      const e = knowledge.events.find((x) => x.id === c.id);
      if (e) expect(e.date <= '2019-12-27', c.id).toBe(true);
    }
    for (let i = 1; i < a.context.length; i++) expect(a.context[i - 1]!.score).toBeGreaterThanOrEqual(a.context[i]!.score);
  });

  it('keeps the YPG-PKK framing in the background when the article uses its words (dated article)', () => {
    // Product bug: "a Syrian offshoot of the PKK" triggers ypg-pkk-link, but the 12 context places are
    // taken by seven overlapping Idlib displacement statistics, so the framing is dropped.
    expect(contextIds(a)).toContain('ypg-pkk-link');
  });

  it('has a card for every known actor, checked fact and context entry', () => {
    const needed = new Set([...a.actors.filter((x) => x.known).map((x) => x.id), ...a.claims.flatMap((c) => c.facts), ...contextIds(a)]);
    for (const id of needed) expect(a.entries[id], id).toBeDefined();
    expect(a.entries['sochi-memorandum-2018']!.type).toBe('event');
    expect(a.entries['turkey']!.type).toBe('actor');
  });

  it('returns spans that slice to their text', () => {
    expectSpansMatch(a, ARTICLE);
  });
});

describe('analyze: dates of events', () => {
  it('confirms the Sochi memorandum dated 17 September 2018', () => {
    const a = analyze({ text: SOCHI('17 September 2018'), date: '2019-12-27' });
    expect(a.relevant).toBe(true);
    expect(claim(a, '17 September 2018')).toMatchObject({ value: '2018-09-17', verdict: 'consistent', facts: ['sochi-memorandum-2018'] });
  });

  it('says a wrong year for it differs, and names the fact', () => {
    const a = analyze({ text: SOCHI('17 September 2017'), date: '2019-12-27' });
    const c = claim(a, '17 September 2017');
    expect(c.verdict).toBe('differs');
    expect(c.value).toBe('2017-09-17');
    expect(c.facts).toEqual(['sochi-memorandum-2018']);
    expect(c.explanation).toContain('2018');
  });

  it('says a wrong day for it differs', () => {
    const c = claim(analyze({ text: SOCHI('27 September 2018'), date: '2019-12-27' }), '27 September 2018');
    expect(c.verdict).toBe('differs');
    expect(c.facts).toEqual(['sochi-memorandum-2018']);
  });

  it('fills the year of "October 9" from the event it speaks of', () => {
    const a = analyze({ text: PEACE_SPRING, date: '2019-12-27' });
    expect(claim(a, 'October 9')).toMatchObject({ kind: 'date', value: '2019-10-09', verdict: 'consistent', facts: ['operation-peace-spring'] });
  });

  it('counts "the war, now in its ninth year" from 2011 to the article\'s date', () => {
    const late2019 = claim(analyze({ text: PEACE_SPRING, date: '2019-12-27' }), 'ninth year');
    expect(late2019).toMatchObject({ kind: 'duration', value: 9, verdict: 'consistent', facts: ['syrian-uprising-2011'] });
    const in2023 = claim(analyze({ text: PEACE_SPRING, date: '2023-01-01' }), 'ninth year');
    expect(in2023.verdict).toBe('differs');
    expect(in2023.facts).toEqual(['syrian-uprising-2011']);
    // Before the anniversary in March 2020 the war was still in its ninth year; after it, in its tenth.
    expect(claim(analyze({ text: PEACE_SPRING, date: '2020-02-01' }), 'ninth year').verdict).toBe('consistent');
    expect(claim(analyze({ text: PEACE_SPRING, date: '2020-06-01' }), 'ninth year').verdict).toBe('differs');
  });

  it('infers an undated article\'s date from the events it confirms (dateSource "knowledge")', () => {
    const a = analyze({ text: PEACE_SPRING });
    expect(a.date).toBe('2019-10-09');
    expect(a.dateSource).toBe('knowledge');
    expect(claim(a, 'ninth year').verdict).toBe('consistent');
  });

  it('infers it from a full date in the text when the knowledge file does not confirm one (dateSource "text")', () => {
    const text =
      'On 3 March 2016, shelling of rebel-held districts of Aleppo killed dozens of people, a monitor in Syria said. Syrian troops and allied militias pressed on with the siege of the city.';
    const a = analyze({ text });
    expect(a.relevant).toBe(true);
    expect(a.date).toBe('2016-03-03');
    expect(a.dateSource).toBe('text');
  });

  it('leaves the date unknown when nothing tells it', () => {
    const text = 'Syrian rebels in Idlib said Syrian army shelling had hit their positions as the offensive went on and more fighters were killed.';
    const a = analyze({ text });
    expect(a.relevant).toBe(true);
    expect(a.date).toBeNull();
    expect(a.dateSource).toBeNull();
  });

  it('normalises a timestamp given as the article date', () => {
    const a = analyze({ text: PEACE_SPRING, date: '2019-12-27T10:30:00Z' });
    expect(a.date).toBe('2019-12-27');
    expect(a.dateSource).toBe('input');
  });
});

describe('analyze: background of the transition after 2024', () => {
  const SWEIDA =
    'Government forces withdrew from Sweida after a week of fighting. The Sweida clashes between Druze and Bedouin fighters ' +
    'drew Israeli strikes on Damascus, and a ceasefire was announced. Syria said the violence must be investigated.';

  it('brings the Sweida violence and the strikes on Damascus to an article of that week', () => {
    const a = analyze({ text: SWEIDA, date: '2025-07-22' });
    expect(a.relevant).toBe(true);
    expect(contextIds(a)).toEqual(expect.arrayContaining(['sweida-violence-2025', 'israeli-strikes-damascus-2025']));
  });

  it('explains the name when an article calls the president by his nom de guerre', () => {
    const text =
      'Jolani met the Syrian foreign minister in Damascus on Monday. The HTS leader told fighters in Idlib and Aleppo that ' +
      'Syrian forces would protect minorities after the fall of Assad, as the Syrian war entered a new phase.';
    const a = analyze({ text, date: '2025-03-10' });
    expect(contextIds(a)).toContain('jolani-versus-sharaa');
  });

  it('explains the nom de guerre only to articles written once he had dropped it', () => {
    const text =
      'Jolani, the HTS leader, told fighters in Idlib and Aleppo that the Syrian war against Assad would go on, ' +
      'as Syrian forces and Russian aircraft struck the province.';
    expect(contextIds(analyze({ text, date: '2018-06-01' }))).not.toContain('jolani-versus-sharaa');
    expect(contextIds(analyze({ text, date: '2025-06-01' }))).toContain('jolani-versus-sharaa');
  });

  it('explains the contested labels of 2025 to articles of that time, and not to older ones', () => {
    const text =
      'Syrian security forces fought regime remnants on the coast near Latakia, the Defence Ministry said, while monitors ' +
      'reported killings of Alawite civilians. In Sweida, the National Guard in Sweida said Israel had pledged to protect the Druze.';
    const ids = contextIds(analyze({ text, date: '2025-09-01' }));
    expect(ids).toEqual(expect.arrayContaining(['remnants-of-the-former-regime', 'outlaw-groups-sweida', 'israel-protecting-the-druze']));
    const older = contextIds(analyze({ text, date: '2015-06-01' }, true));
    for (const id of ['remnants-of-the-former-regime', 'outlaw-groups-sweida', 'israel-protecting-the-druze']) expect(older).not.toContain(id);
  });

  it('never brings them to an article written before they happened', () => {
    const a = analyze({ text: SWEIDA, date: '2024-06-01' }, true);
    expect(contextIds(a)).not.toContain('sweida-violence-2025');
    expect(contextIds(a)).not.toContain('israeli-strikes-damascus-2025');
  });

  const ALEPPO_2026 =
    'Syrian government forces took Sheikh Maqsoud in Aleppo after days of fighting with the Kurdish-led SDF, and more than ' +
    '150,000 people fled their homes. The army then entered Deir Hafer and advanced towards Raqqa. In Damascus, President ' +
    'Ahmed al-Sharaa met the US envoy, and Mazloum Abdi said the January 18 agreement was signed to stop the bloodshed in Syria.';

  it('brings the fighting in Aleppo and the January agreement to an article of January 2026, and checks their figures', () => {
    const a = analyze({ text: ALEPPO_2026, date: '2026-01-25' });
    expect(contextIds(a)).toEqual(expect.arrayContaining(['aleppo-sheikh-maqsoud-clashes-2026', 'sdf-ceasefire-integration-agreement-january-2026']));
    const fled = claim(a, 'more than 150,000 people');
    expect(fled.verdict).toBe('consistent');
    // Each counter's figure, attributed: the UN's and the Aleppo governorate's.
    expect(fled.facts).toEqual(expect.arrayContaining(['aleppo-displacement-ocha-2026-01-09', 'aleppo-displacement-aleppo-governorate-2026-01-10']));
    expect(claim(a, 'January 18').verdict).toBe('consistent');
  });

  it('does not date a Sheikh Maqsoud of earlier years to the 2026 fighting', () => {
    const a = analyze({ text: ALEPPO_2026, date: '2016-11-20' }, true);
    expect(contextIds(a)).not.toContain('aleppo-sheikh-maqsoud-clashes-2026');
    expect(claim(a, 'more than 150,000 people').facts ?? []).not.toContain('aleppo-displacement-ocha-2026-01-09');
  });
});

describe('analyze: counts of people checked against the statistics of need and of the missing', () => {
  const TEXT =
    'The war in Syria has left 16.7 million people in need of humanitarian assistance, the United Nations said in Damascus. ' +
    'The Syrian Network for Human Rights says 111,000 people remain forcibly disappeared since 2011. ' +
    'About 5,000 people attended a rally in Idlib on Friday.';
  const a = analyze({ text: TEXT, date: '2024-03-22' });

  it('finds a figure of people in need consistent with that year\'s count', () => {
    const c = claim(a, '16.7 million people');
    expect(c.verdict).toBe('consistent');
    expect(c.facts[0]).toBe('people-in-need-syria-2024');
    expect(c.sources.length).toBeGreaterThan(0);
  });

  it('checks a count of the disappeared against the counts of the disappeared, not the count of need in the sentence before', () => {
    const c = claim(a, '111,000 people');
    expect(c.verdict).toBe('consistent');
    expect(c.facts).toContain('snhr-forcibly-disappeared-2022');
    expect(c.facts.some((id) => id.startsWith('people-in-need'))).toBe(false);
  });

  it('leaves a count with no such phrase in its sentence unchecked', () => {
    expect(claim(a, 'About 5,000 people').verdict).toBe('not-in-knowledge');
  });

  it('checks only counts of people: prisons are not the disappeared', () => {
    const b = analyze({ text: 'Investigators in Damascus found 14 prisons where people had been forcibly disappeared, the Syrian Network for Human Rights said.', date: '2024-12-20' }, true);
    expect(b.claims.length).toBeGreaterThan(0);
    for (const c of b.claims) expect(c.verdict, c.text).not.toBe('differs');
  });
});

describe('analyze: refugees who returned', () => {
  it('checks a count of refugees said to have returned against the counts of returns', () => {
    const a = analyze({
      text: 'More than 1.2 million refugees have returned to Syria since the fall of Assad, UNHCR said in Damascus. Turkey still hosts 2.5 million Syrian refugees under temporary protection.',
      date: '2025-12-10',
    });
    const returned = claim(a, 'More than 1.2 million refugees');
    expect(returned.verdict).toBe('consistent');
    expect(returned.facts[0]).toBe('refugee-returns-2025-12');
    // A sentence with no word of return is checked against the refugees abroad, never the returns.
    expect(claim(a, '2.5 million Syrian refugees').facts.some((id) => id.includes('returns'))).toBe(false);
  });

  it('ties a phrase of return only to the figure it follows', () => {
    const a = analyze({ text: 'Turkey still hosts 2.4 million Syrian refugees, while 1.2 million refugees have returned to Syria since the fall of Assad.', date: '2025-12-10' });
    expect(claim(a, '2.4 million Syrian refugees').facts.some((id) => id.includes('returns'))).toBe(false);
    expect(claim(a, '1.2 million refugees').facts[0]).toBe('refugee-returns-2025-12');
  });
});

describe('analyze: the spellings of Syrian places', () => {
  // From the third audit: a suicide bombing in Hasakeh was judged no Syria story, for its spelling.
  it('reads Hasakeh, Hassakeh and Qamishlo as Syrian places', () => {
    const text = 'A suicide bomber killed 20 people at a wedding in Hasakeh on Monday, the monitor said. Kurdish forces control most of the province of Hassakeh, near Qamishlo.';
    expect(analyze({ text, title: 'Bomb kills 20 at wedding in Hasakeh', date: '2016-10-03' }).relevant).toBe(true);
  });
});

describe('analyze: texts about something else', () => {
  const cases: Array<[string, AnalysisInput]> = [
    ['a sports report', { text: SPORTS, date: '2019-12-27' }],
    ['an Iraq-only story', { text: IRAQ, date: '2004-11-02' }],
    ['an Iraq-only story without a date', { text: IRAQ }],
    ['a Syria-Lebanon story of 2005', { text: LEBANON_2005, date: '2005-03-07' }],
  ];
  for (const [what, input] of cases) {
    it(`leaves ${what} alone`, () => {
      const a = analyze(input);
      expect(a.relevant).toBe(false);
      expect(a.actors).toEqual([]);
      expect(a.claims).toEqual([]);
      expect(a.context).toEqual([]);
      expect(a.entries).toEqual({});
    });
  }

  it('says why a pre-war text is left out', () => {
    expect(analyze({ text: LEBANON_2005, date: '2005-03-07' }).signals.join(' ')).toMatch(/before 2011/);
  });

  it('weighs Syria by its name alone, whether the text names the state or the land', () => {
    // The state named and the land named weigh the same: neither counts twice.
    const state = analyze({ text: 'Syria accused Turkey of shelling. Clashes killed 12 soldiers near the border, officials said.', date: '2016-07-10' });
    const land = analyze({ text: 'Rockets fired from a region of Syria hit Kilis. Clashes killed 12 soldiers near the border, officials said.', date: '2016-07-10' });
    expect(state.signals.filter((s) => s.startsWith('Syria '))).toEqual([]);
    expect(state.score).toBe(land.score);
  });

  it('analyses anyway with force: true', () => {
    const a = analyze({ text: IRAQ, date: '2004-11-02' }, true);
    expect(a.relevant).toBe(false);
    expect(ids(a)).toContain('united-states');
    expect(a.claims.find((c) => c.text.startsWith('killing 12'))).toMatchObject({ kind: 'casualties', value: 12 });
    expectSpansMatch(a, IRAQ);

    const b = analyze({ text: LEBANON_2005, date: '2005-03-07' }, true);
    expect(ids(b)).toContain('syria');
    expect(b.claims.map((c) => c.text)).toContain('1976');
  });
});

describe('analyze: figures of a later period', () => {
  it('gives no count of a period that began after the article as background for its figure', () => {
    const text = 'The Syrian Network for Human Rights said more than 1,200 civilians were killed in Syria this year.';
    const in2019 = claim(analyze({ text, date: '2019-12-27' }, true), 'more than 1,200 civilians');
    const statistics = new Map(knowledge.statistics.map((s) => [s.id, s]));
    for (const id of in2019.facts) expect(statistics.get(id)?.window.from ?? '', id).not.toMatch(/^20(?:2[0-9])/);
    expect(in2019.facts.some((id) => id.startsWith('snhr-civilian-deaths-202'))).toBe(false);
    const in2024 = claim(analyze({ text, date: '2024-12-20' }, true), 'more than 1,200 civilians');
    expect(in2024.facts).toContain('snhr-civilian-deaths-2024');
  });

  // Audit: "More than 400000 people have been killed" in April 2017 was only related, to three later monitor tallies.
  it('shows first the count that agrees, one of the article\'s time though newer ones rank above it', () => {
    const text = 'More than 400000 people have been killed and millions more displaced since the Syrian conflict erupted in 2011.';
    const found = claim(analyze({ text, date: '2017-04-15' }, true), 'More than 400000 people');
    expect([found.verdict, found.facts[0]]).toEqual(['consistent', 'syria-deaths-un-envoy-2016-04']);
  });

  // Audit: a count to October 2015, one of whose sources is dated by its year alone, backed a report of February 2015.
  it('reads a source dated by its year alone as out no earlier than its count\'s period ends that year', () => {
    const text = 'The Violations Documentation Center said the death toll has reached at least 110,000 people killed since March 2011.';
    expect(claim(analyze({ text, date: '2015-02-23' }, true), 'at least 110,000 people').facts).not.toContain('vdc-deaths-2011-2015');
    expect(claim(analyze({ text, date: '2015-11-10' }, true), 'at least 110,000 people').facts).toContain('vdc-deaths-2011-2015');
  });
});

describe('analyze: an office at the date its sentence gives', () => {
  // Product bug: "the Secretary of State's statement of 20 October 2017" in a later article named the later holder.
  it('names the holder at a full date written in the sentence, else at the article\'s date', () => {
    const text = 'The US secretary of state\'s statement of 20 October 2017 welcomed the capture of Raqqa. The US secretary of state spoke again on Monday.';
    const a = analyze({ text, date: '2019-12-27' }, true);
    const holderOf = (nth: number) => a.actors.find((x) => x.mentions.some((m) => m.start === [...text.matchAll(/US secretary of state/g)][nth]!.index))?.id;
    expect([holderOf(0), holderOf(1)]).toEqual(['rex-tillerson', 'mike-pompeo']);
  });
});

describe('analyze: from a second reading', () => {
  const at = (text: string, date: string) => analyzer.analyze({ text, date }, { force: true });

  it('reads nothing inside a web address, and no sentence ends at its dots', () => {
    // From the fifth audit: marks on image addresses in a page's text.
    const text =
      'Putin met Assad in Sochi. ![Talks](https://upload.example.org/file/Vladimir_Putin_and_Bashar_al-Assad_(2017-11-20).jpg?) See www.example.org/Turkey-2019 for more.';
    const a = at(text, '2017-11-21');
    expect(a.actors.flatMap((x) => x.mentions.map((m) => text.slice(m.start, m.end))).sort()).toEqual(['Assad', 'Putin']);
    expect(a.claims.map((c) => c.text)).toEqual([]);
  });

  it('takes no date of another clause for an office\'s date', () => {
    const a = at('The UN secretary-general said the conflict, which began in March 2011, had killed hundreds of thousands.', '2019-04-10');
    expect(a.actors.map((x) => x.id)).toContain('antonio-guterres');
  });

  it('keeps a source named with commas whole, and a report\'s year in it', () => {
    expect(claim(at('According to Syrian state media, 15 soldiers were killed.', '2019-04-10'), '15 soldiers').attributedTo).toBe('Syrian state media');
    expect(claim(at('According to a 2019 UN report, 11.7 million people need aid.', '2019-04-10'), '11.7 million people').attributedTo).toBe('a 2019 UN report');
  });

  // From the audit: in text without commas the source ran on ("monitors with high-level diplomatic
  // talks…"), and a figure right after a name was taken for part of it ("Human Rights 20 people").
  it('ends a source without commas where a new clause or a figure begins', () => {
    const talks = at('At least 45 people have been killed in Aleppo according to monitors with high-level talks failing to curb the bloodshed', '2016-10-17');
    expect(claim(talks, 'At least 45 people').attributedTo).toBe('monitors');
    const vague = at('According to independent monitors hundreds of thousands of civilians have been killed', '2016-10-17');
    expect(claim(vague, 'hundreds of thousands of civilians').attributedTo).toBe('independent monitors');
    const named = at('According to the Syrian Observatory for Human Rights 20 people died', '2016-10-17');
    expect(claim(named, '20 people').attributedTo).toBe('the Syrian Observatory for Human Rights');
    // A speaker at the sentence's end with the day it spoke ("… UNICEF said Wednesday").
    const day = at('The strikes killed 22 children and six teachers the UN children agency UNICEF said Wednesday.', '2016-10-17');
    expect(claim(day, 'killed 22 children').attributedTo).toBe('the UN children agency UNICEF');
  });

  /** Who the analysis says a figure of a one-sentence text is from. */
  const speaker = (text: string, span: string, date = '2016-10-17') => claim(at(text, date), span).attributedTo;

  it('reads a speaker written with "U.S." or "U.N." whole, and ends it where what was said or a clause begins', () => {
    // From the fifth audit: each speaker was cut at a dot, ran on, or began in the clause before.
    expect(speaker('Air strikes killed 20 civilians on Friday, the U.S. military said.', 'killed 20 civilians')).toBe('the U.S. military');
    expect(speaker('At least 210,000 people have died since March 2011, according to the U.N. refugee agency.', 'At least 210,000 people')).toBe('the U.N. refugee agency');
    expect(speaker('"The toll has risen to 21 including three children," said the Observatory adding the toll was likely to rise.', '21 including three children')).toBe('the Observatory');
    expect(speaker('The attack came as the Syrian Observatory for Human Rights said 48 people were killed.', '48 people')).toBe('the Syrian Observatory for Human Rights');
    // "According to figures compiled by X", "to information handed over … by X": X, however long the way there.
    expect(speaker('Six people died, according to information handed over to the Russian Reconciliation Center in Syria by the local council of Afrin.', 'Six people')).toBe(
      'the local council of Afrin',
    );
    expect(speaker('According to independent monitors hundreds of thousands of civilians have been killed, mostly by the regime.', 'hundreds of thousands of civilians')).toBe('independent monitors');
    expect(speaker('According to a report by the Syrian Network for Human Rights published on Wednesday, strikes killed 649 civilians.', 'killed 649 civilians')).toBe(
      'the Syrian Network for Human Rights',
    );
    // A long clause after "says" is what was said, not who said it.
    expect(speaker('Fri 07 Apr 2017 Homs governor says U.S. attack caused deaths but does not see big human losses.', '07 Apr 2017', '2017-04-07')).toBeUndefined();
  });

  it('finds who estimated, found or confirmed a figure, and who made the study or the poll', () => {
    // From the fifth audit: none of these had a speaker.
    expect(speaker('The UN estimated that 400,000 people had died.', '400,000 people')).toBe('The UN');
    expect(speaker('A study by the Syrian Center for Policy Research found that 470,000 people had died.', '470,000 people')).toBe('the Syrian Center for Policy Research');
    expect(speaker('A poll published by Levada showed that 49 percent backed the campaign.', '49 percent')).toBe('Levada');
    // A heading, another sentence or an aside before the speaker is not the speaker.
    expect(speaker('## Spain\nAn ICCT report said 139 people had left.', '139 people')).toBe('An ICCT report');
    expect(speaker('**Norway** – Norway said it would take 8,000 refugees.', '8,000 refugees')).toBe('Norway');
  });

  it('marks a person the file lacks where the text names them again by surname alone', () => {
    const mentions = (text: string, id: string) => at(text, '2016-05-01').actors.find((x) => x.id === id)?.mentions.map((m) => m.text);
    // From the fifth audit: the later "Olmert", "Barazi", "Jundi" were not marked.
    expect(mentions('Aid worker David Haines was seized in Syria. Haines said he was well. Later Haines was moved.', 'name:david-haines')).toEqual(['David Haines', 'Haines', 'Haines']);
    // Not a name another word of which runs on, a surname that is a common word or a given name, nor a father's name.
    expect(mentions('Tom Brown visited Syria. Brown said so; the Haines Foundation paid.', 'name:tom-brown')).toEqual(['Tom Brown']);
    expect(mentions('Prince Bandar bin Sultan met Syrian rebels. Sultan said so.', 'name:bandar-bin-sultan')).toEqual(['Bandar bin Sultan']);
  });

  it('marks a person the file knows by a surname it does not list alone, or a middle initial, and a family as no one person', () => {
    const mentions = (text: string, id: string) => at(text, '2016-09-01').actors.find((x) => x.id === id)?.mentions.map((m) => m.text);
    // From a reading of the corpus: the later "Defence Minister Işık" was nobody; "James Franklin Jeffrey" was a name the file lacked.
    expect(mentions('Turkish Defence Minister Fikri Işık said Syria was safe. Two days later, Işık said the rebels were fighting.', 'fikri-isik')).toEqual(['Fikri Işık', 'Işık']);
    expect(mentions('Lt. Gen. Stephen J. Townsend met Turkish officials.', 'stephen-townsend')).toEqual(['Stephen J. Townsend']);
    expect(mentions('Ayman Alloush said Syria was safe. The Alloush familys four-decade rule ended.', 'name:ayman-alloush')).toEqual(['Ayman Alloush']);
  });

  it('keeps what a second reading of the fifth audit\'s rules found they broke', () => {
    const a = (text: string, date: string | undefined = '2016-03-04') => analyzer.analyze({ text, date }, { force: true });
    const kinds = (text: string) => a(text).claims.map((c) => [c.text, c.kind]);
    const ids = (text: string, date?: string) => a(text, date).actors.map((x) => x.id).sort();
    const days = (text: string) => analyzer.analyze({ text }, { force: true }).claims.filter((c) => c.kind === 'date').map((c) => c.value);
    // Those who took part are counted only where the text says they took part.
    expect(kinds('Physicians for Human Rights documented the deaths of 923 medical personnel.')).toEqual([['923 medical personnel', 'casualties']]);
    expect(kinds('Russia has lost 112 military personnel in Syria.')).toEqual([['112 military personnel', 'casualties']]);
    // A year of another clause, or a birth, gives no year to a day.
    expect(days('On 1 March 2016 the army shelled the town. The commander, born in 1971, was killed on 5 March.')).toEqual(['2016-03-01', '1971', '2016-03-05']);
    // A year that dates something else does not move an office to another holder.
    expect(ids('The U.S. president on Tuesday criticised the nuclear deal signed in 2015.', '2018-05-10')).toContain('donald-trump');
    expect(a('The Russian president, Mr Putin, said 30 militants were killed.', '2018-05-10').actors.find((x) => x.id === 'vladimir-putin')?.mentions.map((m) => m.text)).toEqual(['Russian president', 'Putin']);
    // Long names after "said", "U.S." before a capital, what was said after the speaker.
    expect(a('At least 25 fighters were killed, said the director of the Syrian Observatory for Human Rights.').claims[0]?.attributedTo).toBe('the director of the Syrian Observatory for Human Rights');
    expect(a('The strikes killed 30 militants, said U.S. Central Command.').claims[0]?.attributedTo).toBe('U.S. Central Command');
    expect(a('The raid killed 30 militants, said the U.S. military in a statement.').claims[0]?.attributedTo).toBe('the U.S. military');
    expect(a('Turkey as well as Russia said 30 people were killed in the strike.').claims[0]?.attributedTo).toBe('Turkey as well as Russia');
    expect(a('According to a survey by Gallup in 2016, 60 percent of refugees wanted to return.').claims.map((c) => c.attributedTo)).toEqual(['Gallup', 'Gallup']);
    // Capitalised words before "one … soldier" only; reported missing is no saying.
    expect(kinds('One day the soldier was killed by a sniper near Homs.')).toEqual([]);
    expect(kinds('The 12 officers reported missing were found dead in Homs.')).toEqual([['12 officers', 'casualties']]);
    // States acting stay marked.
    expect(ids('The border dispute between Turkey and Russia deepened. Much of Russia\'s firepower was aimed at the rebels.')).toEqual(['russia', 'turkey']);
    expect(ids('Turkey border guards shot dead 3 refugees. The Russia-brokered border deal collapsed.')).toEqual(['russia', 'turkey']);
    expect(ids("Israel's northern command struck. Turkey's Western allies objected.")).toEqual(['israel', 'turkey']);
    expect(ids('The statement by _Hezbollah_ said 12 fighters were killed.')).toEqual(['hezbollah']);
  });

  it('counts no one who speaks: "Two U.S. officials said"', () => {
    const a = at('Two U.S. officials said 30 fighters died in the raid. The death toll reached 330 overnight civil defence sources told reporters.', '2016-09-24');
    expect(a.claims.map((c) => c.text)).toEqual(['30 fighters', '330']);
    expect(claim(a, '30 fighters').attributedTo).toBe('Two U.S. officials');
  });

  it('finds the speaker at the end of a long sentence that lost its commas, and after "reported" a figure of any length', () => {
    const late = at('At least 25 civilians were killed in air strikes on rebel-held areas of Aleppo on Saturday the Syrian Observatory for Human Rights said.', '2016-09-24');
    expect(claim(late, 'At least 25 civilians').attributedTo).toBe('the Syrian Observatory for Human Rights');
    expect(claim(late, 'At least 25 civilians').attributedActorId).toBe('syrian-observatory-for-human-rights');
    expect(speaker('Nusra killed six militants who were defending the base said Observatory director Rami Abdel Rahman.', 'killed six militants')).toBe('Observatory director Rami Abdel Rahman');
    // What else was said may follow: "…, the ministry said, adding that…".
    expect(speaker('At least six people were killed in the strike, the Russian Defense Ministry said, adding that two jets took part.', 'At least six people')).toBe('the Russian Defense Ministry');
    // The day it was said is no speaker; a date that heads a long sentence is its dateline's.
    expect(speaker('Five jihadists were killed in the raid, a monitoring group said on Thursday.', 'Five jihadists')).toBe('a monitoring group');
    expect(speaker('Saturday 6 Aug 2016 At least ten civilians were killed in air strikes on the rebel-held town of Atareb in Aleppo province a monitor said.', '6 Aug 2016', '2016-08-06')).toBeUndefined();
    expect(speaker('The Syrian Observatory reported 23 civilians killed in Aleppo.', '23 civilians')).toBe('The Syrian Observatory');
    // A year reported is no figure of the one who reported it; a word that only begins like a month is no date.
    expect(speaker('Police in Syria reported 2016 as the deadliest year.', '2016', '2017-01-10')).toBeUndefined();
    const separatists = 'At least 30 Kurdish separatists were killed in clashes with the army in the mountains near the border in Hakkari province over the weekend the Turkish army said.';
    expect(speaker(separatists, 'At least 30 Kurdish separatists')).toBe('the Turkish army');
  });

  it('names the one quoted "as saying", the accuser, the body whose report or statement it is, a breakdown\'s toll\'s speaker, and no one for "claimed responsibility for"', () => {
    const quoted = at('SANA quoted a source at Aleppo Police Command as saying that two women were killed in Aleppo.', '2016-10-17');
    expect(claim(quoted, 'two women').attributedTo).toBe('a source at Aleppo Police Command');
    expect(claim(quoted, 'two women').attributedActorId).toBe('syrian-ministry-of-interior');
    // Only for what was quoted: a later speaker's figure is that speaker's.
    expect(speaker('SANA quoted a police source as saying the blast was caused by a gas leak, but the Syrian Observatory said 12 people were killed.', '12 people')).toBe('the Syrian Observatory');
    expect(speaker('Al Jazeera quoted Rami Abdel Rahman, head of the Observatory, as saying 12 people were killed.', '12 people')).toBe('Rami Abdel Rahman, head of the Observatory');
    expect(speaker('The Islamic State on Monday claimed responsibility for a suicide bombing that killed more than 30 rebels in Syria.', 'killed more than 30 rebels')).toBeUndefined();
    // Audit 43: the one quoted at the sentence's end, after the figure; not past another saying.
    expect(speaker('Since March Nusra Front has recruited 3000 new militants AP quoted SOHR as saying.', '3000 new militants')).toBe('SOHR');
    expect(speaker('Fighting killed 30 people, AP quoted SOHR as saying on Monday.', 'killed 30 people')).toBe('SOHR');
    expect(speaker('The army said it killed 30 militants, but AP quoted SOHR as saying.', 'killed 30 militants')).toBe('The army');
    // Audit 43: "the report", "the statement" as the body that spoke just before, or as written.
    expect(speaker("Syria's official news agency SANA reported on Wednesday that jets hit al-Bab. The report said at least 70 militants were killed.", 'at least 70 militants')).toBe("Syria's official news agency SANA");
    expect(speaker('The report said 40 people were killed.', '40 people')).toBe('The report');
    // Audit 43: a toll's breakdown in the next sentence is the toll's speaker's; with no speaker, no one's.
    expect(speaker('Airstrikes killed 35 people in Hass, the Syrian Observatory for Human Rights said. Among the dead were 22 children.', '22 children')).toBe('the Syrian Observatory for Human Rights');
    expect(speaker('Airstrikes killed 35 people in Hass. Among the dead were 22 children.', '22 children')).toBeUndefined();
    // A state's officials at the end of a clause that ran on without a comma.
    expect(speaker('Thousands of troops are launching an attack to capture the Manbij pocket following weeks of quiet preparations US officials told Reuters.', 'Thousands of troops')).toBe('US officials');
    expect(speaker('Thousands of troops arrived in the Manbij pocket after weeks of quiet talks in Qamishli officials said.', 'Thousands of troops')).not.toBe('Qamishli officials');
    // And the accuser's count of what the accused did: "accused … of likely dropping bombs … three times".
    expect(speaker('Human Rights Watch on Monday accused Syrian government forces of likely dropping bombs containing nerve agents at least three times.', 'at least three times')).toBe('Human Rights Watch');
    expect(speaker('Amnesty accused Russia of targeting hospitals in attacks that killed 20 civilians.', 'killed 20 civilians')).toBe('Amnesty');
  });

  it('reads "claimed the lives of" as a toll, not a saying', () => {
    expect(claim(at('The bombing claimed the lives of 23 civilians.', '2019-04-10'), '23 civilians').attributedTo).toBeUndefined();
  });

  it('finds a day range that holds the event\'s date consistent with it', () => {
    expect(claim(at('The Sochi memorandum was signed on 16-17 September 2018 after talks.', '2019-04-10'), '16-17 September 2018').verdict).toBe('consistent');
  });

  it('gives a range of days both its ends, in the year read for its first', () => {
    // Left for later in the twenty-seventh audit: "Between 13 and 17 July" was the 13th alone.
    const between = claim(at('Between 13 and 17 July, at least 40 people were killed in Aleppo.', '2016-07-20'), '13 and 17 July');
    expect([between.value, between.until]).toEqual(['2016-07-13', '2016-07-17']);
    expect(claim(at('The truce held from 12 to 19 September 2016.', '2019-04-10'), '12 to 19 September 2016').until).toBe('2016-09-19');
    expect(claim(at('Fighting raged on 3 May.', '2016-07-20'), '3 May').until).toBeUndefined();
  });

  it('takes no day its month does not have', () => {
    const days = analyze({ text: 'Aid arrived on 30 February 2016 and on 31 April, and again on 29 February 2016.', date: '2016-07-20' }, true).claims.map((c) => c.value);
    expect(days).toEqual(['2016-02', '2016-02-29']);
  });

  it('gives both ends of a range the scale written once, and weighs the range', () => {
    const c = claim(at('Between 3 and 4 million Syrian refugees live in Turkey, the UN says.', '2019-04-10'), '3 and 4 million Syrian refugees');
    expect([c.value, c.high]).toEqual([3_000_000, 4_000_000]);
  });

  it('takes no dateline day for another attack\'s', () => {
    const text = 'BEIRUT, Aug 23 (Reuters) - The Syrian opposition said the chemical attack in Ghouta on Wednesday killed 1,300 people.';
    expect(claim(at(text, '2013-08-23'), 'killed 1,300 people').verdict).not.toBe('differs');
  });

  it('weighs a count of fighters against a count of combatants', () => {
    const text = 'Around 1,000 combatants were killed on both sides in north-eastern Syria, the Observatory said.';
    expect(claim(at(text, '2026-01-22'), 'Around 1,000 combatants').verdict).toBe('consistent');
  });
});

describe('analyze: bodies named after a state', () => {
  // Product bug: "MMC" went unmarked in a text that had named "the Manbij Military Council (MMC)".
  it('reads a body the text spells out its own way as the one whose letters it gives in brackets', () => {
    const a = analyzer.analyze({ text: 'Turkey says the PYD and its armed wing Peoples Protection Forces (YPG) are one with the PKK in Syria.', date: '2016-10-17' }, { force: true });
    expect(a.actors.find((x) => x.id === 'ypg')?.mentions.map((m) => m.text)).toEqual(['Peoples Protection Forces', 'YPG']);
    expect(a.actors.some((x) => !x.known && /Protection/.test(x.name))).toBe(false);
  });

  it('reads an abbreviation a text gives a name in brackets wherever the text uses it', () => {
    const a = analyze({ text: '15 Manbij Military Council (MMC) fighters were killed; seven MMC fighters fled, Syria (AFP) reported.', date: '2017-01-10' }, true);
    expect(a.actors.find((x) => x.id === 'manbij-military-council')?.mentions.map((m) => m.text)).toEqual(['Manbij Military Council', 'MMC', 'MMC']);
    expect(a.actors.find((x) => x.id === 'syria')?.mentions.map((m) => m.text)).toEqual(['Syria']);
    // With a hyphen or an ampersand in it, too.
    const b = analyze({ text: 'The Manbij Military Council (M-MC) and the Syrian Democratic Forces (S&DF) spoke; M-MC and S&DF fighters fled.', date: '2017-01-10' }, true);
    expect(b.actors.find((x) => x.id === 'manbij-military-council')?.mentions.map((m) => m.text)).toEqual(['Manbij Military Council', 'M-MC', 'M-MC']);
    expect(b.actors.find((x) => x.id === 'sdf')?.mentions.map((m) => m.text)).toEqual(['Syrian Democratic Forces', 'S&DF', 'S&DF']);
  });

  it('reads letters the file gives another body as the one the text defines them for', () => {
    const a = analyze({ text: 'The Syrian National Coalition (SNC) met in Istanbul. The SNC said 20 people died.', date: '2014-01-10' }, true);
    expect(a.actors.map((x) => [x.id, x.mentions.map((m) => m.text)])).toEqual([['syrian-national-coalition', ['Syrian National Coalition', 'SNC', 'SNC']]]);
    // Also after a possessive whose apostrophe was lost.
    const b = analyze({ text: 'Hisham Marwah the Syrian National Coalitions (SNC) vice-president said the SNC would attend.', date: '2014-01-10' }, true);
    expect(b.actors.find((x) => x.id === 'syrian-national-coalition')?.mentions.map((m) => m.text)).toEqual(['Syrian National Coalition', 'SNC', 'SNC']);
    // Without the definition the file's reading stands.
    expect(analyze({ text: 'The SNC said 20 people died in Homs.', date: '2012-01-10' }, true).actors.map((x) => x.id)).toEqual(['syrian-national-council']);
  });

  // Product bug: "the Washington Post" was a mention of the United States, "the Jordan Times" of Jordan.
  it('reads a body whose name begins with a state\'s or a capital\'s as that body', () => {
    const a = analyze({ text: 'The Jordan Times and the Washington Post reported that the Damascus Military Council had joined the SDF, and Syria protested.', date: '2017-01-10' }, true);
    expect(a.actors.filter((x) => x.known).map((x) => x.id).sort()).toEqual(['sdf', 'syria', 'washington-post']);
    expect(a.actors.filter((x) => !x.known).map((x) => x.name).sort()).toEqual(['Damascus Military Council', 'Jordan Times']);
  });
});

describe('analyze: what a figure is compared with', () => {
  // Product bug: one strike's toll was said to differ from the war's ("100% below it, 13 against 306,887").
  it('in a text whose date is only estimated, sets a year\'s deaths beside a toll only where that year is named', () => {
    const undated = (text: string) => analyzer.analyze({ text }, { force: true });
    // From the fifth audit: Airwars' tolls since 2014 were set beside (and one called consistent with) 2023's deaths.
    const since = undated('The report came out in March 2024. It was read widely. By August 2022, Airwars estimated that 1,100 civilians were killed in Syria by coalition strikes.');
    expect(claim(since, '1,100 civilians')).toMatchObject({ verdict: 'not-in-knowledge', facts: [] });
    const year = undated('The report came out in March 2024. It was read widely. In 2023, 1,032 civilians were killed in Syria, the Syrian Network for Human Rights said.');
    expect(claim(year, '1,032 civilians')).toMatchObject({ verdict: 'consistent', facts: ['snhr-civilian-deaths-2023'] });
  });

  it('dates an event by a year alone only where the year\'s sentence names it, or says what kind of thing the year dates', () => {
    const verdicts = (text: string) => analyzer.analyze({ text, date: '2019-05-01' }, { force: true }).claims.map((c) => [c.text, c.verdict, c.facts.join(',')]);
    // From the fifth audit: a year matched any event of that year named the sentence before.
    expect(verdicts('The siege of Kobani drew wide attention in Turkey. In 2014, the number of refugees there swelled.')).toEqual([['2014', 'not-in-knowledge', '']]);
    expect(verdicts('The siege of Kobani began in 2014.')).toEqual([['2014', 'consistent', 'siege-of-kobani-2014-2015']]);
    // A month and year stay dated by the event named the sentence before.
    expect(verdicts('The siege of Kobani drew wide attention in Turkey. It ended in January 2015.')).toEqual([['January 2015', 'consistent', 'siege-of-kobani-2014-2015']]);
  });

  it('gives a day without its year the year the narrative moved to, the one its sentence names, or the page\'s subject\'s', () => {
    const values = (text: string, date?: string) => analyzer.analyze({ text, date }, { force: true }).claims.filter((c) => c.kind === 'date').map((c) => [c.text, c.value]);
    // From the fifth audit: each day was given a later year.
    const history = 'On 5 March 2017, rebels attacked.\n\nAt the beginning of summer 2012, shelling began. On 17 September, aircraft fired.\n\nTensions escalated in summer 2015 with the 20 July bombing. On 21 July, a soldier was killed. He was expelled in 1998 by the government. On 26 July, talks began.';
    expect(values(history)).toEqual([
      ['5 March 2017', '2017-03-05'],
      ['summer 2012', '2012-06'],
      ['17 September', '2012-09-17'],
      ['summer 2015', '2015-06'],
      ['20 July', '2015-07-20'],
      ['21 July', '2015-07-21'],
      ['1998', '1998'],
      ['26 July', '2015-07-26'],
    ]);
    expect(values('The **2016 Khanasir offensive** was an operation.\n\nOn 21 February, it began. It ended by 12 February 2017.')).toContainEqual(['21 February', '2016-02-21']);
    // A numeric date whose order does not show is the article's own day when it is that day either way.
    expect(values('04-03-2016 Air strikes hit Idlib. On 05-06-2016 more followed.', '2016-03-04')).toEqual([
      ['04-03-2016', '2016-03-04'],
      ['05-06-2016', '2016'],
    ]);
  });

  it('compares no incident\'s toll with the war\'s', () => {
    const text = 'Air strikes on a market in Idlib killed 13 civilians on Tuesday, rescuers said. Civilians killed in the conflict number in the hundreds of thousands.';
    const c = claim(analyze({ text, date: '2019-12-27' }, true), 'killed 13 civilians');
    expect([c.verdict, c.facts]).toEqual(['not-in-knowledge', []]);
  });

  // Product bugs from the audit: air strikes near Khan Sheikhoun set beside its sarin toll; a November
  // 2017 toll checked against tallies of 2018; SCPR's figure checked against SOHR's though the sentence names SCPR.
  it('sets no toll of another attack at an incident\'s place beside that incident\'s toll', () => {
    const c = claim(analyze({ text: 'At least 13 civilians died in air strikes on villages around Khan Sheikhoun, the monitor said.', date: '2017-10-20' }, true), 'At least 13 civilians');
    expect(c.facts).toEqual([]);
    expect(claim(analyze({ text: 'The sarin attack on Khan Sheikhoun killed 86 people, the monitor said.', date: '2017-04-10' }, true), 'killed 86 people').verdict).toBe('consistent');
  });

  it('takes an incident\'s month and year named beside a toll for what happened there', () => {
    const c = claim(analyze({ text: 'The attack killed 1,400 people in Ghouta in August 2013.', date: '2013-09-01' }, true), 'killed 1,400 people');
    expect(c.verdict).toBe('consistent');
  });

  it('keeps a trigger phrase with words beside its figure ("120-hour pause", "59 Tomahawk")', () => {
    expect(claim(analyze({ text: 'Turkey agreed to a 120-hour pause in its offensive.', date: '2019-10-18' }, true), '120-hour').verdict).toBe('consistent');
    expect(claim(analyze({ text: 'The US fired 59 Tomahawk missiles at a Syrian air base in April 2017.', date: '2017-04-08' }, true), 'April 2017').verdict).toBe('consistent');
  });

  it('checks a running toll against the tallies out by the article\'s date, and first against the counter it names', () => {
    const late = claim(analyze({ text: 'More than 330000 people have been killed in Syria since 2011, the Syrian Observatory said.', date: '2017-11-02' }, true), 'More than 330000 people');
    expect(late.facts.filter((id) => id.startsWith('syria-deaths-sohr-2018'))).toEqual([]);
    const scpr = claim(analyze({ text: 'The Syrian Center for Policy Research put the death toll of the war at more than 470000.', date: '2016-06-11' }, true), 'more than 470000');
    expect(scpr.facts[0]).toBe('syria-deaths-scpr-2015');
  });

  it('compares no count of the wounded with counts of the dead', () => {
    const text = 'The war has killed more than 500,000 people, and 490,000 people were wounded in the war, the monitor said.';
    const c = claim(analyze({ text, date: '2019-12-27' }, true), '490,000 people');
    expect(c.facts).toEqual([]);
    // Nor of those treated.
    const treated = 'The sarin attack on Khan Shaykhun killed 86 people on Tuesday and dozens more have received treatment for convulsions.';
    expect(claim(analyze({ text: treated, date: '2017-04-06' }, true), 'dozens').facts).toEqual([]);
  });

  it('sets a count of one group beside a toll that names that group, and never weighs it against the whole', () => {
    const text = 'The sarin attack on Khan Shaykhun killed 21 children, doctors said.';
    const c = claim(analyze({ text, date: '2017-04-06' }, true), 'killed 21 children');
    expect(c.verdict).toBe('related');
    expect(c.facts).toContain('khan-shaykhun-2017-deaths-snhr');
    expect(c.explanation).toContain('32 children');
    // (It agrees with the toll's own figure for that group, which is shown first.)
    const agrees = claim(analyze({ text: text.replace('21', '32'), date: '2017-04-06' }, true), 'killed 32 children');
    expect([agrees.verdict, agrees.facts[0]]).toEqual(['consistent', 'khan-shaykhun-2017-deaths-snhr']);
    // A toll whose description names no soldiers is no background for a count of soldiers.
    expect(claim(analyze({ text: text.replace('children', 'soldiers'), date: '2017-04-06' }, true), 'killed 21 soldiers').facts).toEqual([]);
  });

  it('ties an attack\'s toll to an attack of other years only when that year is named beside it', () => {
    const later = 'In 2015 a chemical attack on a village in Ghouta killed 30 people, activists said.';
    expect(claim(analyze({ text: later, date: '2015-06-01' }, true), 'killed 30 people').facts.filter((id) => id.startsWith('ghouta-2013'))).toEqual([]);
    const recalled = 'The 2013 chemical attack on Ghouta killed 1,400 people, according to the United States.';
    expect(claim(analyze({ text: recalled, date: '2018-04-10' }, true), 'killed 1,400 people').facts).toContain('ghouta-2013-deaths-us-government');
  });
});

describe('analyze: figures checked against the tally of their day', () => {
  it('checks a running death toll against the tally published nearest the article, not a later one', () => {
    const text = 'Syria\'s war has killed more than 280,000 people since it began in 2011, the monitor said.';
    const c = claim(analyze({ text, date: '2016-06-06' }, true), 'killed more than 280,000 people');
    expect(c.verdict).toBe('consistent');
    expect(c.facts[0]).toBe('syria-deaths-sohr-2016-05');
    expect(c.facts).not.toContain('syria-deaths-ohchr-2021');
  });

  it('sets a toll within the spread of the counters\' own figures beside them, and says it differs from none', () => {
    const text = 'Doctors in the Damascus suburbs put the death toll of the Ghouta chemical attack at 494.';
    const c = claim(analyze({ text, date: '2013-08-22' }, true), '494');
    expect(c.verdict).toBe('related');
  });

  it('checks a count of one place only where that place is named beside it', () => {
    const idlib = 'More than 200,000 people have fled their homes in Idlib this month, according to the UN.';
    expect(claim(analyze({ text: idlib, date: '2019-12-27' }, true), 'More than 200,000 people').facts.length).toBeGreaterThan(0);
    const elsewhere = 'More than 200,000 people have fled their homes near the Turkish border this month, according to the UN.';
    for (const id of claim(analyze({ text: elsewhere, date: '2019-12-27' }, true), 'More than 200,000 people').facts) {
      expect(knowledge.statistics.find((s) => s.id === id)?.place, id).not.toMatch(/Idlib/);
    }
  });

  it('takes a toll beside another day for another attack\'s', () => {
    const text = 'The sarin attack near Khan Shaykhun on March 30 killed 64 people, rights groups said.';
    const c = claim(analyze({ text, date: '2017-05-02' }, true), 'killed 64 people');
    expect(c.facts.filter((id) => id.startsWith('khan-shaykhun'))).toEqual([]);
  });
});

// Product bug: in undated pages, days without a year took the year estimated for the whole page
// ("On 13 May 2015 ... On 14 May" was 2016-05-14), and timelines' year headings were ignored.
describe('analyze: the year of a date written without one', () => {
  const valueOf = (a: Analysis, span: string) => a.claims.find((c) => c.text === span)?.value;
  // 1,050 characters: each day is within reach of the one before, not of the first.
  const filler = ' The fighting went on in the town and its countryside for many days.'.repeat(15);

  it('reads each day of an undated narrative onward from the last day it dated', () => {
    const text = `On 28 December 2015, the offensive began.${filler} On 3 January, the army shelled the town.${filler} On 30 May, it withdrew.`;
    const a = analyze({ text }, true);
    expect([valueOf(a, '3 January'), valueOf(a, '30 May')]).toEqual(['2016-01-03', '2016-05-30']);
    // A narrative that steps back a few days stays in its year; and a day far on in the page is
    // still read from the narrative, not from the page's latest date.
    const back = analyze({ text: `On 14 February 2019, the assault began.${filler} On 12 February, leaflets had been dropped.${filler.repeat(8)} On 1 March, it resumed. A memorial opened in 2022.` }, true);
    expect([valueOf(back, '12 February'), valueOf(back, '1 March')]).toEqual(['2019-02-12', '2019-03-01']);
  });

  it('begins an undated page\'s narrative in the year its title or lead gives, and gives two months the year written once', () => {
    const lead = analyze({ text: '2016 Khanasir offensive\nThe 2016 Khanasir offensive was a military operation. On 21 February, the offensive was launched. On 29 February, the road reopened.' }, true);
    expect([valueOf(lead, '21 February'), valueOf(lead, '29 February')]).toEqual(['2016-02-21', '2016-02-29']);
    // "since 2011" in a lead is no year of the narrative.
    const since = analyze({ text: 'The war has gone on since 2011. On 21 February, a convoy was hit. On 3 March 2016, talks resumed.' }, true);
    expect(valueOf(since, '21 February')).toBe('2016-02-21');
    // Nor is a year the lead merely mentions ("began in 2011").
    expect(valueOf(analyze({ text: 'Siege of Madaya\nThe Syrian civil war began in 2011. On 7 January, aid arrived. On 11 January 2016, more came.' }, true), '7 January')).toBe('2016-01-07');
    // No 29 February but in a leap year.
    expect(valueOf(analyze({ text: 'The town had fallen in 2013. On 29 February, the road reopened.', date: '2017-03-10' }, true), '29 February')).toBe('2016-02-29');
    expect(valueOf(analyze({ text: 'The siege began during July and August 2013.', date: '2018-03-01' }, true), 'July')).toBe('2013-07');
  });

  it('keeps a narrative\'s year across a month it looks back to, and follows a month that moves it on', () => {
    // A day the narrative would put months ahead, in the flashback's month, is the flashback's.
    const inFlashback = analyze({ text: `On 10 June 2016, rebels advanced.${filler} Earlier, in February 2016, the army had besieged the area. On 15 February, it shelled the market. On 20 June 2016, talks began.` }, true);
    expect(valueOf(inFlashback, '15 February')).toBe('2016-02-15');
    const flashback = analyze({ text: `On 10 March 2016, rebels advanced.${filler} The town had first fallen in February 2015. On 24 March, the army attacked.` }, true);
    expect(valueOf(flashback, '24 March')).toBe('2016-03-24');
    const onward = analyze({ text: `On 10 March 2016, rebels advanced.${filler} In January 2017 talks began. On 24 March, the army attacked.` }, true);
    expect(valueOf(onward, '24 March')).toBe('2017-03-24');
    // A new paragraph (a section, a list's next item) may go back: its month moves the narrative.
    const section = analyze({ text: 'On 30 November 2016, the siege ended.\n\n* Deaths were reported in June 2015.\n* Barrel bombs fell in July in al-Bab.' }, true);
    expect(valueOf(section, 'July')).toBe('2015-07');
    // A month alone begins a narrative as well as a day does.
    expect(valueOf(analyze({ text: 'In February 2015 the siege began. On 24 February, the army attacked.' }, true), '24 February')).toBe('2015-02-24');
    // An aside in brackets does not move it; a period alone in brackets, the time of what it follows, does.
    const aside = analyze({ text: 'In March 2016 the army retook Palmyra (losing it in December and retaking it again in 2017). On 24 March the army entered the citadel.' }, true);
    expect(valueOf(aside, '24 March')).toBe('2016-03-24');
    const period = analyze({ text: 'The Idlib clashes (January–March 2017) pitted two coalitions against each other. After 7 February, a third joined.' }, true);
    expect(valueOf(period, '7 February')).toBe('2017-02-07');
  });

  it('reads the days under a timeline\'s year heading in that year', () => {
    const a = analyze({ text: 'Attacks in the east\n## 2019\n* 16 January – a bombing in Manbij.\n* 20 December – an attack near Hajin.\n## 2020\n* 5 March – clashes.' }, true);
    expect([valueOf(a, '16 January'), valueOf(a, '20 December'), valueOf(a, '5 March')]).toEqual(['2019-01-16', '2019-12-20', '2020-03-05']);
  });

  it('reads a report\'s day without a year, told in the past, as before the report, and one reported or scheduled as its own year\'s', () => {
    expect(valueOf(analyze({ text: 'Talks resume in Geneva on September 20, the UN envoy said.', date: '2016-09-11' }, true), 'September 20')).toBe('2016-09-20');
    expect(valueOf(analyze({ text: 'A donor conference backed by the UN opens in Brussels on April 5.', date: '2017-03-20' }, true), 'April 5')).toBe('2017-04-05');
    // From the third audit: Russia's air campaign of 30 September 2015, in a July 2016 article, was read as 2016.
    expect(valueOf(analyze({ text: 'Russia stepped up its support on September 30 when it began an air campaign.', date: '2016-07-13' }, true), 'September 30')).toBe('2015-09-30');
    expect(valueOf(analyze({ text: 'The talks are expected to resume on September 30.', date: '2016-07-13' }, true), 'September 30')).toBe('2016-09-30');
  });

  it('reads a report\'s day without a year in the past rather than months ahead', () => {
    expect(valueOf(analyze({ text: 'On 21 February, violent clashes erupted.', date: '2016-09-11' }, true), '21 February')).toBe('2016-02-21');
    expect(valueOf(analyze({ text: 'The talks resume on 20 September.', date: '2016-09-11' }, true), '20 September')).toBe('2016-09-20');
  });

  it('reads no date in the name of an alliance', () => {
    expect(analyze({ text: 'The March 14 Alliance and the 8 March alliance met.', date: '2013-01-10' }, true).claims).toEqual([]);
  });
});

describe('analyze: background that did not exist yet', () => {
  // From the third audit: the framing of HTS as a designated group was shown on a 2013 article.
  it('shows no framing before its own start', () => {
    const text = 'The al-Qaeda linked Nusra Front fighters attacked the town.';
    expect(analyze({ text, date: '2013-06-01' }, true).context.map((c) => c.id)).not.toContain('hts-designation');
    expect(analyze({ text: 'The al-Qaeda linked HTS fighters attacked the town.', date: '2019-06-01' }, true).context.map((c) => c.id)).toContain('hts-designation');
  });
});

describe('analyze: a page\'s back matter, and a history without a date', () => {
  // Product bugs from the audit: the years of a "See also" list were set beside the battles they
  // name; a May 2019 figure in an undated history was related to a count of October 2019.
  it('reads the rest of a page after a "See also:" note at the head of a section', () => {
    const a = analyze({ text: 'Rebels advanced on 3 May 2016.\nSee also:\nBattle of Aleppo (2012-2016)\nOn 5 May 2016, government strikes killed 20 people.' }, true);
    expect(a.claims.map((c) => c.text)).toContain('killed 20 people');
  });

  it('reads no claim and no background in a page\'s back matter', () => {
    const a = analyze({ text: 'Rebels took the village on 3 May 2016, killing 20 people.\n\n## See also\n* Battle of Aleppo (2012–2016)\n* Siege of Kobanî (2014)' }, true);
    expect(a.claims.map((c) => c.text)).toEqual(['3 May 2016', 'killing 20 people']);
    expect(a.context).toEqual([]);
  });

  it('relates a figure of an undated page to a count only by the count\'s own words beside it', () => {
    const text = 'On 6 May 2019, government forces shelled Kafr Nabudah. The United Nations said that 30,000 people had been made homeless. In October 2019, Turkey launched an offensive in northeast Syria, and thousands were displaced.';
    expect(claim(analyze({ text }, true), '30,000 people')).toMatchObject({ kind: 'displacement', verdict: 'not-in-knowledge' });
  });
});

describe('analyze: what a date is compared with', () => {
  // Product bug: a dateline and dates inside an event's span were said to differ from the event's date.
  it('says no date inside an event\'s span differs from it', () => {
    const text = 'On 6 June 2017 the battle of Raqqa entered the old city, and coalition jets struck the area.';
    expect(claim(analyze({ text, date: '2017-06-10' }, true), '6 June 2017').verdict).not.toBe('differs');
  });

  it('says no date differs from an event named far from it, or nearer another date', () => {
    const far = 'On 3 March 2019 shelling resumed across the south of the province and many families fled north toward the border, long after the Sochi memorandum.';
    expect(claim(analyze({ text: far, date: '2019-03-05' }, true), '3 March 2019').verdict).not.toBe('differs');
    const nearer = 'Talks on 3 March 2019 went back to the Sochi memorandum of 17 September 2018.';
    expect(claim(analyze({ text: nearer, date: '2019-03-05' }, true), '3 March 2019').verdict).not.toBe('differs');
  });

  it('says a date beside an attack or a battle is related to it, never that it differs, and a date years off is of another', () => {
    const strikes = claim(analyze({ text: 'Israeli airstrikes on 7 January 2025 hit an arms depot near the airport, the army said.', date: '2025-01-08' }, true), '7 January 2025');
    expect([strikes.verdict, strikes.facts]).toEqual(['related', ['israeli-strikes-december-2024']]);
    expect(strikes.explanation).toContain('8 December 2024');
    // Product bug: strikes of 2017 were "related" to those of December 2024, clashes of 2016 to those of 2026.
    const earlier = claim(analyze({ text: 'Israeli airstrikes on 7 May 2017 hit an arms depot near the airport, the army said.', date: '2017-05-08' }, true), '7 May 2017');
    expect([earlier.verdict, earlier.facts]).toEqual(['not-in-knowledge', []]);
  });

  // Product bug: a seven-day truce in a draft resolution was "related" to Resolution 2118 on chemical weapons.
  it('relates a figure only to the terms of an accord the text names, and known by the article\'s date', () => {
    const truce = claim(analyze({ text: 'Russia vetoed a draft UN Security Council resolution calling for a 7-day cease-fire in Aleppo.', date: '2016-10-08' }, true), '7-day');
    expect([truce.verdict, truce.facts]).toEqual(['not-in-knowledge', []]);
    // A distance is no term of the 2019 memorandum in a 2017 report naming its parties.
    const far = claim(analyze({ text: 'Russia and Turkey agreed a deal: forces would stay 30 km from the town.', date: '2017-10-20' }, true), '30 km');
    expect(far.facts).toEqual([]);
  });

  it('counts "will enter its fifth year" as the year about to begin', () => {
    const text = 'The war in Syria will enter its fifth year next month, the monitor said.';
    expect(claim(analyze({ text, date: '2015-02-18' }, true), 'fifth year').verdict).toBe('consistent');
    expect(claim(analyze({ text: 'The war in Syria is in its fifth year, the monitor said.', date: '2015-02-18' }, true), 'fifth year').verdict).toBe('differs');
  });

  // Audit: "Syria's six-year civil war" in April 2017 was "Nothing in the knowledge file", though "fifth year" is checked.
  it('checks how long the war had lasted at the article\'s date, and only Syria\'s war', () => {
    const date = '2017-04-15';
    const lasted = (text: string, span: string) => {
      const c = claim(analyze({ text, date }, true), span);
      return [c.verdict, c.facts, c.explanation];
    };
    expect(lasted("Syria's six-year civil war has seen several such deals.", 'six-year')).toEqual([
      'consistent',
      ['syrian-uprising-2011'],
      "Syrian uprising began in March 2011: at the article's date it had lasted 6 years and 1 month.",
    ]);
    expect(lasted('The war has been raging in Syria for more than five years.', 'more than five years')[0]).toBe('consistent');
    expect(lasted("Syria's five-year-old conflict goes on.", 'five-year')[0]).toBe('related');
    expect(lasted("Syria's three-year-old conflict goes on.", 'three-year')[0]).toBe('differs');
    // Not another country's war, not the first years of it, not a battle's fighting.
    expect(lasted('Syria backed Iraq in the eight-year war with Iran.', 'eight-year')[0]).toBe('not-in-knowledge');
    expect(lasted("Syria's Kurds are caught up in Turkey's 35-year war with the PKK.", '35-year')[0]).toBe('not-in-knowledge');
    // (Reading of the change: an event the sentence names is no start of the war; nor is a verb of lasting another clause's.)
    expect(lasted("The Caesar Act targets those who profited from Syria's six-year war.", 'six-year')[1]).toEqual(['syrian-uprising-2011']);
    expect(lasted('The war raged on as families lived in camps in Syria for five years.', 'five years')[0]).toBe('not-in-knowledge');
    expect(lasted("Syria's war, which has raged for more than six years, goes on.", 'more than six years')[0]).toBe('consistent');
    expect(lasted('Qatar funded the Syrian rebels over the first two years of the civil war.', 'two years')[0]).toBe('not-in-knowledge');
    expect(lasted('The army took the Syrian town after two months of fighting.', 'two months')[0]).toBe('not-in-knowledge');
    // The war the Syrian state has waged, told in a clause of its own; not another's.
    expect(lasted('He condemned the war the Assad regime has waged against our people in Syria for over six years.', 'over six years')[0]).toBe('consistent');
    expect(lasted('In Syria, Turks recall the war that the PKK has waged against Turkey for 35 years.', '35 years')[0]).toBe('not-in-knowledge');
    // An operation that has ended lasted to its end: the siege of Kobani, September 2014 to January 2015.
    expect(lasted('The four-month siege of Kobani ended in January 2015.', 'four-month').slice(0, 2)).toEqual(['consistent', ['siege-of-kobani-2014-2015']]);
  });

  it('says a signing date differs only a year off at most: further, it is another accord', () => {
    expect(claim(analyze({ text: SOCHI('17 September 2017'), date: '2019-12-27' }), '17 September 2017').verdict).toBe('differs');
    expect(claim(analyze({ text: SOCHI('17 September 2014'), date: '2019-12-27' }), '17 September 2014').verdict).toBe('related');
  });

  it('reads the year of a date without one from the last full date before it, in a text without a date', () => {
    const text = 'The siege began on 15 March 2014 when rebels cut the road to the base. On 4 April, they shelled the base again, and on 9 April the garrison asked for help. The base fell in December 2015.';
    const a = analyze({ text }, true);
    expect(claim(a, '4 April').value).toBe('2014-04-04');
    expect(claim(a, '9 April').value).toBe('2014-04-09');
    // With the article's own date, a date without its year is of the article's year.
    expect(claim(analyze({ text, date: '2015-04-20' }, true), '4 April').value).toBe('2015-04-04');
  });

  it('says where the year of a date written without one was read from', () => {
    const text = 'The siege began on 15 March 2014 when rebels cut the road to the base. On 4 April, they shelled the base again.';
    const undated = analyze({ text }, true);
    expect(claim(undated, '4 April').yearFrom).toBe('text');
    expect(claim(undated, '15 March 2014').yearFrom).toBeUndefined();
    expect(claim(analyze({ text, date: '2015-04-20' }, true), '4 April').yearFrom).toBe('article');
    // On a page without a date, the date estimated from its text is no date of the article's own.
    const estimated = analyze({ text: 'On 4 April, they shelled the base again. The base fell in December 2015.' }, true);
    expect(claim(estimated, '4 April')).toMatchObject({ value: '2015-04-04', yearFrom: 'text' });
    // A day that agrees with an event takes the event's year.
    const spring = analyze({ text: 'Turkey launched Operation Spring Shield against Syrian government forces in Idlib on 1 March.', date: '2020-03-05' }, true);
    expect(claim(spring, '1 March')).toMatchObject({ verdict: 'consistent', value: '2020-03-01', yearFrom: 'event' });
    // With nothing to read a year from, none is given, and none is said to be read.
    const none = analyze({ text: 'On 4 April, they shelled the base again, rebels in Idlib said.' }, true);
    expect(claim(none, '4 April')).toMatchObject({ value: '--04-04' });
    expect(claim(none, '4 April').yearFrom).toBeUndefined();
  });

  it('keeps a forecast published before the period it counts', () => {
    const text = 'The United Nations said on Wednesday that 15.3 million people in Syria will require humanitarian assistance in 2023, the highest number since the war began.';
    expect(claim(analyze({ text, date: '2022-12-14' }, true), '15.3 million people')).toMatchObject({ verdict: 'consistent', facts: ['people-in-need-syria-2023'] });
  });
});

describe('analyze: attribution', () => {
  it('ties a claim to "according to X"', () => {
    const a = analyze({ text: ARTICLE, date: '2019-12-27' });
    expect(claim(a, 'More than 200,000 people').attributedTo).toBe('the UN');
  });

  it('ties a claim to "…, X said."', () => {
    const text =
      'Air strikes on a market in Idlib killed 20 civilians on Monday, the Syrian Observatory for Human Rights said. Russian and Syrian jets have bombed the rebel-held province for weeks.';
    const a = analyze({ text, date: '2019-12-27' });
    expect(claim(a, 'killed 20 civilians')).toMatchObject({ kind: 'casualties', value: 20, attributedTo: 'the Syrian Observatory for Human Rights' });
  });

  it('ties a quoted claim to its speaker with straight quotation marks too', () => {
    const said = (text: string, figure: string) => claim(analyzer.analyze({ text, date: '2017-05-01' }, { force: true }), figure);
    expect(said('"At least 30 civilians were killed in the strikes," said Rami Abdel Rahman.', 'At least 30 civilians').attributedTo).toBe('Rami Abdel Rahman');
    // A quotation closed before the figure does not speak for it.
    expect(said('"We will respond," he said. At least 30 civilians were killed, said Rami Abdel Rahman.', 'At least 30 civilians').attributedTo).toBe('Rami Abdel Rahman');
  });

  it('takes the speaker, not a time or a place run into it, in text without commas', () => {
    // Product bug: the speakers were "on Wednesday a monitoring group" and "In Daraa al-Balad the military source".
    const said = (text: string, figure: string) => claim(analyzer.analyze({ text, date: '2017-05-01' }, { force: true }), figure);
    expect(said('On Wednesday a monitoring group said 12 people were killed in Idlib.', '12 people').attributedTo).toBe('a monitoring group');
    expect(said('In Daraa al-Balad the military source said 40 militants were killed.', '40 militants').attributedTo).toBe('the military source');
    expect(said('Shelling resumed and it was said 40 militants were killed.', '40 militants').attributedTo).toBeUndefined();
  });

  it('gives the page\'s own date no source, and finds the speaker after a date run into it', () => {
    const said = (text: string, figure: string) => claim(analyzer.analyze({ text, date: '2017-05-01' }, { force: true }), figure).attributedTo ?? null;
    const dateline = 'Published 12 March 2016 At least 20 people were killed in Homs according to the Observatory.';
    expect(said(dateline, '12 March 2016')).toBeNull();
    expect(said(dateline, 'At least 20 people')).toBe('the Observatory');
    expect(said('Published 12 March 2016 Syrian army says 20 rebels were killed in Homs.', '20 rebels')).toBe('Syrian army');
    expect(said('Some 12 activists said 20 rebels were killed.', '20 rebels')).toBeNull();
  });

  it('takes the subject of "X reported" as a figure\'s source, never a passive\'s', () => {
    const said = (text: string, figure: string) => claim(analyzer.analyze({ text, date: '2017-05-01' }, { force: true }), figure).attributedTo ?? null;
    expect(said('The Syrian Observatory for Human Rights reported that at least 69 civilians had been killed.', 'at least 69 civilians')).toBe('The Syrian Observatory for Human Rights');
    expect(said('The SDF reported the deaths of 37 fighters.', '37 fighters')).toBe('The SDF');
    expect(said('The toll reported by the monitor rose to 50 dead.', '50 dead')).toBeNull();
    expect(said('It was reported that 20 people died.', '20 people')).toBeNull();
    expect(said('TRT World reported over 50 militants were killed.', 'over 50 militants')).toBe('TRT World');
    expect(said('The Syrian Observatory for Human Rights reported on Friday that 40 people were killed.', '40 people')).toBe('The Syrian Observatory for Human Rights');
    // "reported" as a participle names no one.
    expect(said('Heavy fighting reported near Aleppo killed 12 soldiers.', 'killed 12 soldiers')).toBeNull();
    expect(said('The reported 20 deaths could not be verified.', '20 deaths')).toBeNull();
    expect(said('Last updated 14:32 GMT The ministry said 20 rebels were killed.', '20 rebels')).toBe('The ministry');
  });

  it('reads a pronoun speaker as the known actor that spoke in the sentence or two before, if it can be that pronoun', () => {
    const said = (text: string, figure: string) => {
      const c = claim(analyzer.analyze({ text, date: '2017-05-01' }, { force: true }), figure);
      return [c.attributedTo ?? null, c.attributedActorId ?? null];
    };
    expect(said('The ICRC said on Friday it was working in Aleppo. “We reached 20,000 people,” it said.', '20,000 people')).toEqual(['The ICRC', 'icrc']);
    expect(said('Sergei Lavrov said talks would go on. More than 300 fighters were killed, he said.', 'More than 300 fighters')).toEqual(['Sergei Lavrov', 'sergei-lavrov']);
    // "it" is no person, "he" no body; a speaker the file does not know stands for nothing.
    expect(said('Sergei Lavrov said talks would go on. More than 300 fighters were killed, it said.', 'More than 300 fighters')).toEqual([null, null]);
    expect(said('The ICRC said it was working in Aleppo. Another 40 people died, he said.', '40 people')).toEqual([null, null]);
    expect(said('Activists said the town fell. Another 40 people died, it said.', '40 people')).toEqual([null, null]);
    // The nearest speaker decides: an unknown one after a known one stands for nothing.
    expect(said('The ICRC said it was working. Local activists said the road was cut. Another 40 people died, it said.', '40 people')).toEqual([null, null]);
  });

  // The file's phrases written with an apostrophe were matched only in text that had lost it.
  it("finds the file's phrases written with an apostrophe, with or without it in the text", () => {
    const read = (text: string, date: string) => {
      const a = analyzer.analyze({ text, date }, { force: true });
      return [a.claims.map((c) => [c.text, c.verdict]), a.context.map((c) => c.id)];
    };
    expect(read("Since Assad's ouster in December 2024, refugees have returned.", '2025-03-01')).toEqual([[['December 2024', 'consistent']], ['fall-of-assad-2024']]);
    expect(read('Assad regained ground thanks to Russia’s intervention in 2015.', '2017-04-16')).toEqual([[['2015', 'consistent']], ['russian-intervention-2015']]);
    expect(read('Assad regained ground thanks to Russias intervention in 2015.', '2017-04-16')[0]).toEqual([['2015', 'consistent']]);
  });

  // From the ninth audit: speakers after a clause run on without commas, after a long aside, or of a toll given or counted.
  it('reads the speaker at the end of a clause run on without commas, after a relative clause, and of a toll given or counted', () => {
    const by = (text: string) => analyzer.analyze({ text, date: '2017-04-16' }, { force: true }).claims.map((c) => [c.text, c.attributedTo ?? null]);
    expect(by('At least 68 children were among the 126 people killed in the attack the Syrian Observatory for Human Rights said updating a previous toll of 112 dead.')).toEqual([
      ['At least 68 children', 'the Syrian Observatory for Human Rights'],
      ['126 people', 'the Syrian Observatory for Human Rights'],
      ['112 dead', 'the Syrian Observatory for Human Rights'],
    ]);
    expect(by('At least 109 of the dead were evacuees the Britain-based monitoring group said while the rest were aid workers.')).toEqual([['At least 109 of the dead', 'the Britain-based monitoring group']]);
    expect(by('The Observatory which relies on a network of sources inside Syria said hundreds of people were also wounded.')).toEqual([['hundreds of people', 'The Observatory']]);
    expect(by('The British-based Observatory gave a toll of 36 dead among them 15 children.')).toEqual([
      ['36 dead', 'The British-based Observatory'],
      ['15 children', 'The British-based Observatory'],
    ]);
    expect(by('The Syrian Observatory counted 24 dead in the blast.')).toEqual([['24 dead', 'The Syrian Observatory']]);
    expect(by('Rockets hit a house killing three brothers and injuring a fourth SANA said.')).toEqual([['killing three brothers', 'SANA']]);
    expect(by('Rescuers rushed dozens of injured to the nearby Azaz hospital one witness said.')).toEqual([['dozens of injured', 'one witness']]);
    expect(by('According to the British-based SOHR those killed in the attack include 14 children.')).toEqual([['14 children', 'the British-based SOHR']]);
    expect(by('"Two patients were killed in the attack," the charity said in a statement.')).toEqual([['Two patients', 'the charity']]);
    // What claimed lives is no speaker, nor a pronoun that counted.
    expect(by('Air strikes last week near Manbij claimed more than 100 civilians including children.').map(([, who]) => who)).toEqual([null]);
    expect(by('U.N. investigators said in September they had documented 33 chemical attacks.')).toContainEqual(['33 chemical attacks', 'U.N. investigators']);
  });

  // From the tenth audit.
  it('reads the speaker of deaths documented, of a toll given with an adjective, a name after an object, and past a clause of the figure\'s', () => {
    const by = (text: string) => analyzer.analyze({ text, date: '2017-04-16' }, { force: true }).claims.map((c) => [c.text, c.attributedTo ?? null]);
    expect(by('The SOHR documented the deaths of 5 SDF fighters in the clashes.')).toEqual([['5 SDF fighters', 'The SOHR']]);
    expect(by('The Syrian Observatory gave a lower toll of eight civilians killed.')).toEqual([['eight civilians', 'The Syrian Observatory']]);
    expect(by('Terrorists killed a child with a rocket shelling SANA news agency reported.')).toEqual([['a child', 'SANA news agency']]);
    expect(by('Air strikes killed 31 civilians Friday including 10 when their bus was hit the civil defence said.')).toEqual([
      ['killed 31 civilians', 'the civil defence'],
      ['10', 'the civil defence'],
    ]);
  });

  it('reads the speaker of "with X saying" as X', () => {
    const by = (text: string) => analyzer.analyze({ text, date: '2016-06-12' }, { force: true }).claims.map((c) => [c.text, c.attributedTo ?? null]);
    expect(by('Helicopters struck the town with the SOHR saying they had dropped at least 20 barrel bombs.')).toEqual([['at least 20 barrel bombs', 'the SOHR']]);
    expect(by('The town was shelled, with activists saying 12 people were killed.')).toEqual([['12 people', 'activists']]);
  });

  // From the twentieth audit.
  it('reads a speaker described at length, one whose verb shares the subject, "with X reporting", "which it estimates" and its own losses', () => {
    const by = (text: string) => analyzer.analyze({ text, date: '2019-08-01' }, { force: true }).claims.map((c) => [c.text, c.attributedTo ?? null]);
    expect(by('The pro-opposition Syrian Observatory for Human Rights (SOHR) war monitor reported that at least 69 civilians were killed.')).toEqual([
      ['at least 69 civilians', 'The pro-opposition Syrian Observatory for Human Rights (SOHR) war monitor'],
    ]);
    // (Not a headline run into it: its capitalised connective opens the next sentence.)
    expect(by('Thousands tortured to death by Syrian regime Meanwhile a human rights group said more than 12000 people have been tortured.')).toEqual([
      ['more than 12000 people', 'a human rights group'],
    ]);
    expect(by('Turkey reported no fatalities, but stated that three Turkish soldiers had been injured.')).toEqual([['three Turkish soldiers', 'Turkey']]);
    expect(by('Clashes continued, with Syrian state media reporting one civilian was killed.')).toEqual([['one civilian', 'Syrian state media']]);
    expect(by('The United States accused Damascus of the attack, which it estimates killed 1429 people.')).toEqual([['killed 1429 people', 'The United States']]);
    expect(by('The Syrian Army said it had killed 15 rebels, while losing 11 servicemen.')).toEqual([
      ['killed 15 rebels', 'The Syrian Army'],
      ['11 servicemen', 'The Syrian Army'],
    ]);
    expect(by('According to a source the attack was beaten back with the rebels losing 25 fighters.')).toEqual([['25 fighters', 'a source']]);
    expect(by('Hezbollah said the road was open, as according to them 12 bodies were recovered.').map(([, who]) => who)).not.toContain('them');
    expect(by('According to US journalist Geneive Abdo writing in September 2011, Iran sent equipment.')).toEqual([['September 2011', 'US journalist Geneive Abdo']]);
  });

  it('brings no background from words that open a longer name, and weighs "have died in the war" and "a war that has claimed" against the war\'s tallies', () => {
    const named = analyze({ text: 'The Syrian Revolution General Commission said 20 people were killed in Ariha on Friday in a barrel bomb attack.', date: '2015-05-01' }, true);
    expect(named.context.map((c) => c.id)).toEqual([]);
    expect(analyze({ text: 'The White Helmets, a group of rescue workers, said 12 people were killed in the strike on Aleppo. Syrian regime forces shelled the town.', date: '2016-10-19' }).context.map((c) => c.id)).toEqual(['white-helmets', 'regime-vs-government']);
    const died = analyze({ text: 'Russian jets pounded Aleppo. More than 300000 people have died in the war, the monitor said.', date: '2016-10-19' }, true);
    // (Not a city's toll: "have died in the Syrian city of Aleppo".)
    const city = analyze({ text: 'At least 4,500 people have died in the Syrian city of Aleppo since July, the Observatory said.', date: '2012-11-04' }, true);
    expect(claim(city, 'At least 4,500 people').verdict).toBe('not-in-knowledge');
    expect(claim(died, 'More than 300000 people').verdict).toBe('consistent');
    const claimed = analyze({ text: 'The offensive went on in a five-year war that has claimed over 300000 lives.', date: '2016-10-19' }, true);
    expect(claim(claimed, 'over 300000 lives').verdict).toBe('consistent');
  });

  // From the twenty-first audit.
  it('reads a speaker after "said in a new toll", an agency that "reports" at the end, a toll owned to, and no conjunction or bracket in a speaker', () => {
    const by = (text: string) => analyzer.analyze({ text, date: '2016-11-21' }, { force: true }).claims.map((c) => [c.text, c.attributedTo ?? null]);
    expect(by('Rocket attacks killed 17 militants a monitoring group said in a new toll.')).toEqual([['killed 17 militants', 'a monitoring group']]);
    expect(by('A total of 21 people were killed in such attacks Anadolu Agency reports.')).toEqual([['21 people', 'Anadolu Agency']]);
    // (Not a name run into "reports" that is no agency's: "…backing from Saudi Arabia Reuters reports" is Reuters'.)
    expect(by('The group was formed in 2013 and receives backing from Saudi Arabia Reuters reports.')).toEqual([['2013', 'Reuters']]);
    expect(by('The coalition acknowledged the deaths of 735 civilians.')).toEqual([['735 civilians', 'The coalition']]);
    expect(by('New Zealand has admitted 83 refugees.')).toEqual([['83 refugees', null]]);
    expect(by('But activists say coalition strikes have killed hundreds of civilians.')).toEqual([['killed hundreds of civilians', 'activists']]);
    expect(by('The villages lie three kilometres (two miles) east of Dabiq the Turkish army said in a statement.')).toEqual([
      ['three kilometres', 'the Turkish army'],
      ['two miles', 'the Turkish army'],
    ]);
    expect(by('The Observatory - which relies on a network of sources - said 12 people were killed.')).toEqual([['12 people', 'The Observatory']]);
    // The dateline that opens a text is no one's, though the sentence goes on to cite someone.
    expect(by('Monday 21 November 2016 One child was killed in the raid according to a human rights group.')).toEqual([
      ['21 November 2016', null],
      ['One child', 'a human rights group'],
    ]);
  });

  // From the twenty-second audit.
  it('reads a speaker that points out, one given with when it spoke, a subject that goes on "reporting", and no event or pronoun as one', () => {
    const by = (text: string) => analyzer.analyze({ text, date: '2016-06-01' }, { force: true }).claims.map((c) => [c.text, c.attributedTo ?? null]);
    expect(by('The source pointed out that 3 other persons were injured.')).toEqual([['3 other persons', 'The source']]);
    expect(by('Rockets killed 23 civilians on Thursday activists reported on Friday morning.')).toEqual([['killed 23 civilians', 'activists']]);
    expect(by('The U.N. in August said that more than 191000 people had been killed.')).toContainEqual(['more than 191000 people', 'The U.N.']);
    expect(by('On Sunday Associated Press said Nusra Front had recruited 3000 new militants.')).toEqual([['3000 new militants', 'Associated Press']]);
    expect(by('Cross-border fire from Syria has claimed 21 lives.')).toEqual([['21 lives', null]]);
    expect(by('The British-based SOHR had differing numbers, reporting 135 fatalities.')).toEqual([['135 fatalities', 'The British-based SOHR']]);
    expect(by('According to report ISIS has executed around 367 people.')).toEqual([['around 367 people', 'report']]);
    // (A report by a named body is that body's.)
    expect(by('According to a report by the Syrian Network for Human Rights published on Wednesday, strikes have killed 649 civilians.')).toEqual([
      ['killed 649 civilians', 'the Syrian Network for Human Rights'],
    ]);
  });

  // From a reading of the twenty-second audit's change.
  it('gives no figure to the sentence\'s subject past another\'s saying, nor a speaker to a headline or a fragment', () => {
    const by = (text: string) => analyzer.analyze({ text, date: '2016-03-04' }, { force: true }).claims.map((c) => [c.text, c.attributedTo ?? null]);
    expect(by('Turkey shelled Kurdish positions on Sunday, Kurdish officials said, reporting 15 fighters killed.')).toEqual([['15 fighters', null]]);
    expect(by('Israel struck targets near Damascus, Syrian state media reported, and said 5 soldiers were killed.')).toEqual([['5 soldiers', null]]);
    expect(by('Regime Helicopters Drop Barrel Bombs on Daraya Suburb Near Damascus The Syrian Network said 20 civilians were killed.')).toEqual([['20 civilians', 'The Syrian Network']]);
    expect(by('Twenty people were killed in Idlib on Sunday Anadolu Agency reports.')).toEqual([['Twenty people', 'Anadolu Agency']]);
    expect(by('According to the report Amnesty International issued on Tuesday, 13,000 prisoners were hanged.')).toEqual([['13,000 prisoners', 'Amnesty International']]);
    expect(by('According to a UN panel investigating the attack, 30 people died in Khan Sheikhoun.')).toEqual([['30 people', 'a UN panel investigating the attack']]);
    expect(by('2015 was the deadliest year for children, UNICEF said.')).toEqual([['2015', 'UNICEF']]);
  });

  // From the twenty-third audit.
  it('reads the speaker after the day a clause tells of, and the short forms a page uses for the groups it named', () => {
    const by = (text: string) => analyzer.analyze({ text, date: '2016-03-04' }, { force: true }).claims.map((c) => [c.text, c.attributedTo ?? null]);
    expect(by('At least 22 people were killed in the blasts on Tuesday state media said.')).toEqual([['At least 22 people', 'state media']]);
    const a = analyze({ text: 'The Levant Front and Jaysh al-Islam fought. The LF besieged the town, and the JaI fighters withdrew.', date: '2017-03-04' }, true);
    expect(a.actors.filter((x) => x.id === 'levant-front' || x.id === 'jaysh-al-islam').flatMap((x) => x.mentions.map((m) => m.text)).sort()).toEqual(['JaI', 'Jaysh al-Islam', 'LF', 'Levant Front']);
  });

  it('counts the Assad regime, though not the word Syria twice, as evidence of the topic', () => {
    const a = analyze({ text: 'The Assad regime bombed rebel-held districts again on Monday. Regime warplanes killed dozens as the Assad regime\'s allies shelled the town. Assad regime forces then advanced under air cover.', date: '2016-03-04' });
    expect(a.relevant).toBe(true);
  });

  it('weighs a toll against the war\'s tallies though the wounded are counted after it', () => {
    const a = analyze({ text: 'According to a new report the conflict has claimed the lives of over 470000 people injured 1.9 million others.', date: '2016-02-11' }, true);
    expect(claim(a, 'over 470000 people').verdict).toBe('consistent');
  });

  it('ties a claim to "X said (that) …" when the figure is in the clause X reports, not after a "but" or a comma', () => {
    const said = (text: string, figure: string) => claim(analyzer.analyze({ text, date: '2019-05-01' }, { force: true }), figure);
    expect(said('The Syrian Observatory for Human Rights said at least 20 civilians were killed.', 'at least 20 civilians').attributedTo).toBe(
      'The Syrian Observatory for Human Rights',
    );
    expect(said('Erdogan said on Sunday that Turkey could not absorb another 3 million refugees.', '3 million refugees').attributedTo).toBe('Erdogan');
    expect(said('Russia said the strikes hit only terrorists but monitors counted 30 civilians dead.', '30 civilians').attributedTo).toBe('monitors');
    expect(said('Officials said the road was closed, and 12 people were hurt.', '12 people').attributedTo).toBeUndefined();
  });

  it('reads the speaker of "X said …" from the clause the figure is in, never a name used as a verb or the date of the saying', () => {
    const said = (text: string) => analyzer.analyze({ text, date: '2019-10-20' }, { force: true }).claims.map((c) => [c.text, c.attributedTo ?? null, c.attributedActorId ?? null]);
    expect(said('Russia said 20 rebels were killed while Turkey said 35 soldiers died.')).toEqual([
      ['20 rebels', 'Russia', 'russia'],
      ['35 soldiers', 'Turkey', 'turkey'],
    ]);
    expect(said('Twenty people died in Idlib and the health ministry said 5 more were wounded.')[1]).toEqual(['5', 'the health ministry', null]);
    expect(said('Damascus has repeatedly said the country needs 400 billion dollars for reconstruction.')).toEqual([['400 billion dollars', 'Damascus', 'syria']]);
    expect(said('Abu Said was killed along with 20 other fighters.')).toEqual([['20 other fighters', null, null]]);
    expect(said('Erdogan said on 9 October 2019 that the operation had begun.')).toEqual([['9 October 2019', null, null]]);
  });

  it('takes no place named inside an attribution for its speaker, and reads a short form the text resolved', () => {
    const source = (text: string) => analyzer.analyze({ text, date: '2019-10-20' }, { force: true }).claims[0]!;
    expect(source('Air strikes killed 15 people, according to the Britain-based monitor.').attributedActorId).toBeUndefined();
    expect(source('Air strikes killed 15 people, the UK-based monitor said.').attributedActorId).toBeUndefined();
    expect(source('Shelling killed 9 people, according to a resident of Damascus.').attributedActorId).toBeUndefined();
    expect(source('Igor Konashenkov spoke on Monday. Konashenkov said 20 militants were killed.')).toMatchObject({ attributedTo: 'Konashenkov', attributedActorId: 'igor-konashenkov' });
  });

  it('names the actor the file knows in a figure\'s attribution, with its card, and none for a source it does not know', () => {
    const a = analyzer.analyze(
      {
        text: 'At least 12 civilians were killed in Idlib, according to state news agency SANA. Another 7 people died in Aleppo, a local doctor said.',
        date: '2017-05-01',
      },
      { force: true },
    );
    const sana = a.claims.find((c) => c.text.includes('12 civilians'))!;
    expect(sana).toMatchObject({ attributedTo: 'state news agency SANA', attributedActorId: 'sana' });
    expect(a.entries['sana']).toMatchObject({ title: 'Syrian Arab News Agency', subtitle: 'News outlet' });
    const doctor = a.claims.find((c) => c.text.includes('7 people'))!;
    expect(doctor.attributedTo).toBe('a local doctor');
    expect(doctor.attributedActorId).toBeUndefined();
  });

  it('leaves a claim without a speaker unattributed', () => {
    const a = analyze({ text: PEACE_SPRING, date: '2019-12-27' });
    expect(claim(a, 'October 9').attributedTo).toBeUndefined();
  });
});

describe('analyze: properties', () => {
  const inputs: AnalysisInput[] = [
    { text: ARTICLE, date: '2019-12-27' },
    { text: ARTICLE },
    { text: PEACE_SPRING, date: '2023-01-01' },
    { text: SOCHI('17 September 2017') },
  ];

  it('returns spans that slice to their text, for every input', () => {
    for (const input of inputs) expectSpansMatch(analyze(input, true), input.text);
    expectSpansMatch(analyze({ text: IRAQ }, true), IRAQ);
  });

  it('is deterministic: the same input twice, or on a second analyzer, gives the same output', () => {
    const other = createAnalyzer(knowledge);
    for (const input of inputs) {
      const first = analyze(input);
      expect(analyze(input)).toEqual(first);
      expect(other.analyze(input)).toEqual(first);
    }
  });

  it('does not change the knowledge file it was given', () => {
    const before = JSON.stringify(knowledge);
    analyze({ text: ARTICLE, date: '2019-12-27' });
    expect(JSON.stringify(knowledge)).toBe(before);
  });

  it('copes with an empty text', () => {
    const a = analyze({ text: '' });
    expect(a.relevant).toBe(false);
    expect(a.claims).toEqual([]);
    expect(analyze({ text: '' }, true).claims).toEqual([]);
  });
});

// The seed article the project was started from (late December 2019). Read, never copied.
const SEED_PATH = '/work/shared/corpus/seed-article.txt';
const seedExists = existsSync(SEED_PATH);
const SEED_SKIP_REASON = `seed article not found at ${SEED_PATH}`;

describe(`the seed article${seedExists ? '' : ` (skipped: ${SEED_SKIP_REASON})`}`, () => {
  const text = seedExists ? readFileSync(SEED_PATH, 'utf8') : '';
  const undated = seedExists ? analyze({ text }) : (null as unknown as Analysis);
  const dated = seedExists ? analyze({ text, date: '2019-12-27' }) : (null as unknown as Analysis);

  const CLAIM_TEXTS = [
    'thousands of innocent civilians',
    'September 2018',
    'more than 216,000 civilians',
    'October 9',
    'one million Syrian refugees',
    '1980s',
    'October 22',
    '2011',
    '2012',
    'ninth year',
    'kill 20',
  ];
  const CONSISTENT = ['September 2018', 'October 9', 'October 22', '1980s', '2011', '2012', 'ninth year'];
  const CONTEXT = ['sochi-memorandum-2018', 'ypg-pkk-link', 'us-turkey-joint-statement-2019', 'russia-turkey-memorandum-2019', 'operation-peace-spring'];

  for (const [label, get] of [
    ['undated', () => undated],
    ['dated 2019-12-27', () => dated],
  ] as const) {
    describe(label, () => {
      it.skipIf(!seedExists)('is relevant', () => {
        expect(get().relevant).toBe(true);
      });

      it.skipIf(!seedExists)('finds the actors, and marks Moscow, Ankara and Damascus as governments', () => {
        const a = get();
        expect(ids(a)).toEqual(
          expect.arrayContaining([
            'turkey',
            'russia',
            'united-states',
            'syria',
            'iran',
            'recep-tayyip-erdogan',
            'vladimir-putin',
            'bashar-al-assad',
            'ypg',
            'pkk',
            'hts',
            'al-qaeda',
            'united-nations',
            'syrian-response-coordination-group',
          ]),
        );
        const mentions = (id: string) => a.actors.find((x) => x.id === id)!.mentions.map((m) => m.text);
        expect(mentions('russia')).toContain('Moscow');
        expect(mentions('turkey')).toContain('Ankara');
        expect(mentions('syria')).toContain('Damascus');
        // "talks … in Moscow" is a place, not the government.
        const inMoscow = text.indexOf('in Moscow') + 3;
        expect(a.actors.flatMap((x) => x.mentions).some((m) => m.start === inMoscow)).toBe(false);
      });

      it.skipIf(!seedExists)('finds the claims', () => {
        const texts = get().claims.map((c) => c.text);
        for (const t of CLAIM_TEXTS) expect(texts.some((c) => c.includes(t)), `a claim containing "${t}" in ${JSON.stringify(texts)}`).toBe(true);
      });

      it.skipIf(!seedExists)('makes no claim of the number in "Rai News 24"', () => {
        const at = text.indexOf('Rai News 24');
        expect(at).toBeGreaterThan(0);
        const end = at + 'Rai News 24'.length;
        expect(get().claims.filter((c) => c.start < end && at < c.end)).toEqual([]);
      });

      it.skipIf(!seedExists)('finds the dates and the war\'s year consistent with the knowledge file', () => {
        const a = get();
        for (const t of CONSISTENT) {
          const c = a.claims.find((x) => x.text === t || (t.length > 4 && x.text.includes(t)));
          expect(c, t).toBeDefined();
          expect(c!.verdict, `${t}: ${c!.explanation}`).toBe('consistent');
          expect(c!.facts.length, t).toBeGreaterThan(0);
          expect(c!.sources.length, t).toBeGreaterThan(0);
        }
        const byText = (t: string) => a.claims.find((x) => x.text === t)!;
        expect(byText('October 9').facts).toEqual(['operation-peace-spring']);
        expect(byText('October 22').facts).toEqual(['russia-turkey-memorandum-2019']);
        expect(byText('September 2018').facts).toEqual(['sochi-memorandum-2018']);
        expect(byText('2011').facts).toEqual(['syrian-uprising-2011']);
      });

      it.skipIf(!seedExists)('returns spans that slice to their text', () => {
        expectSpansMatch(get(), text);
      });
    });
  }

  it.skipIf(!seedExists)('undated: infers a date in October 2019 from the deals it confirms', () => {
    expect(undated.dateSource).toBe('knowledge');
    expect(undated.date).toMatch(/^2019-10-/);
  });

  it.skipIf(!seedExists)('undated: gives the background the article assumes', () => {
    expect(contextIds(undated)).toEqual(expect.arrayContaining(CONTEXT));
  });

  // Product bug: with its date, the context list (12 places) fills with near-duplicate December 2019
  // displacement statistics and drops ypg-pkk-link and us-turkey-joint-statement-2019.
  (seedExists ? it : it.skip)('dated 2019-12-27: gives the background the article assumes', () => {
    expect(contextIds(dated)).toEqual(expect.arrayContaining(CONTEXT));
  });

  it.skipIf(!seedExists)('gives the same analysis twice', () => {
    expect(analyze({ text, date: '2019-12-27' })).toEqual(dated);
  });
});

describe('mergeAnalyses: a page analysed in parts', () => {
  const analyzer = createAnalyzer(knowledge);
  it('joins the actors, claims and background of the parts', () => {
    const first = analyzer.analyze({ text: 'Turkey and Russia agreed the Sochi memorandum on 17 September 2018 for Idlib in Syria, after weeks of war.', date: '2019-12-27' }, { force: true });
    const later = analyzer.analyze({ text: 'Later, Turkey said 30 civilians were killed in Idlib, and Hezbollah sent fighters to Syria.', date: '2019-12-27' }, { force: true });
    const merged = mergeAnalyses(first, later);
    expect(merged.actors.find((a) => a.id === 'turkey')!.mentions).toHaveLength(2);
    expect(merged.actors.map((a) => a.id)).toContain('hezbollah');
    expect(merged.claims).toHaveLength(first.claims.length + later.claims.length);
    expect(merged.context.map((c) => c.id)).toContain('sochi-memorandum-2018');
    expect(merged.relevant).toBe(first.relevant || later.relevant);
  });
});

describe('analyze: background, as the fourth audit found it', () => {
  const at = (text: string, date: string) => analyzer.analyze({ text, date }, { force: true });
  it('reads a trigger written with "U.S." or "US" in either form', () => {
    const withdrawal = 'President Trump decided to pull U.S. troops out of northern Syria before the Turkish offensive, the White House said.';
    expect(contextIds(at(withdrawal, '2019-10-08'))).toContain('us-withdrawal-announcement-2019');
  });

  it('reads "U.S.-backed" as the trigger "us-backed" does', () => {
    const text = 'Turkey opposes a U.S.-backed Syrian Democratic Forces, which Ankara calls the Syrian wing of the PKK, east of the Euphrates in Syria.';
    expect(contextIds(at(text, '2017-05-01'))).toContain('sdf-partner-vs-terrorist');
  });

  it('takes no end of an event after the article for a year the article writes', () => {
    const text = 'At least 130 medical facilities in Aleppo have been targeted by airstrikes since the beginning of 2016 during the Battle of Aleppo, MSF said in Syria.';
    expect(claim(at(text, '2016-11-21'), '2016').verdict).not.toBe('consistent');
    // Written after the battle ended, the same year is its end; so with the article's month or year only.
    expect(claim(at(text, '2017-02-01'), '2016').verdict).toBe('consistent');
    expect(claim(at(text, '2016-12'), '2016').verdict).toBe('consistent');
  });
});

describe('analyze: as the sixth audit found it', () => {
  const at = (text: string, date?: string) => analyzer.analyze({ text, date }, { force: true });

  // Some forty FA-KES articles date the war's start in words no trigger has: "since the conflict
  // began with anti-government protests in March 2011", "a violent unrest since mid-March 2011".
  it('reads the start of the war however the sentence tells it, and a day of the month the file gives', () => {
    for (const text of [
      'More than 300000 people have been killed in Syria since the conflict began with anti-government protests in March 2011.',
      'Syria was hit by a violent unrest since mid-March 2011.',
      'Nationwide protests against President Bashar al-Assad began on 15 March 2011.',
    ]) {
      const date = at(text, '2016-10-14').claims.find((c) => c.kind === 'date')!;
      expect(date.verdict, text).toBe('consistent');
      expect(date.facts).toEqual(['syrian-uprising-2011']);
    }
    // Only as agreeing: another date beside those words is of something else, not a claim about the start.
    expect(claim(at('Since the war began, rebels took Aleppo in July 2012.', '2016-10-14'), 'July 2012').verdict).toBe('not-in-knowledge');
  });

  // A map's caption, "…the siege of Kobanî, 2014:" above its dates, had pushed some fifty days of the
  // narrative into 2015 ("1 March" after "26 September" read as the next year's).
  it('takes a year that ends its line with a colon as the year of the days below it', () => {
    const text = 'On 26 September, ISIL troops captured a hill near Kobanî.\n\nMap of the siege of Kobanî, 2014:\n\n1 March 18 September 24 September\n\nOn 27 September, coalition planes bombed the area around Kobanî.';
    const a = at(text);
    expect(claim(a, '1 March').value).toBe('2014-03-01');
    expect(claim(a, '27 September').value).toBe('2014-09-27');
  });

  // The tally a figure was checked against fell out of the background for two others beside it.
  it('shows first the statistic a figure agrees with, not those only beside it', () => {
    const a = at('More than 300000 people have been killed in Syria since the conflict began, the Observatory said.', '2016-10-14');
    expect(claim(a, 'More than 300000 people').facts[0]).toBe('syria-deaths-sohr-2016-09');
    const statistics = new Set(knowledge.statistics.map((s) => s.id));
    expect(contextIds(a).filter((id) => statistics.has(id))[0]).toBe('syria-deaths-sohr-2016-09');
  });

  // States marked where they are places: "rebel-held areas of Syrias Aleppo", "fleeing to Turkey",
  // "the Syria-Turkey Free Trade Zone", "Syria's largest city", "the border crossing with Turkey".
  it('reads a state as a place where it fills a place, and as the state where it acts', () => {
    const text =
      'Jets pounded rebel-held areas of Syrias Aleppo on Monday. Shells hit central neighborhoods of Damascus. Refugees were fleeing to Turkey. ' +
      'Peshmerga crossed into Syria via Turkey. The army seized the Syria-Turkey Free Trade Zone on the Damascus-Aleppo international road. ' +
      'Aleppo was Syria’s largest city. Rebels took the border crossing with Turkey. Turkey sent troops and Syria’s army attacked.';
    const a = at(text, '2016-10-14');
    const states = a.actors.filter((x) => x.id === 'syria' || x.id === 'turkey').flatMap((x) => x.mentions.map((m) => m.start));
    expect(states.sort((x, y) => x - y)).toEqual([text.indexOf('Turkey sent'), text.indexOf('Syria’s army')]);
  });

  // "Syrias", "Assads" and "Coalitions" were marked with the possessive's "s", the name run on.
  it('marks a name whose possessive lost its apostrophe without the "s", and reads its letters after it', () => {
    const a = at('Assads rule and Syrias army were condemned by the Syrian National Coalitions (SNC) leader. The SNC met in Istanbul.', '2016-10-14');
    expect(a.actors.flatMap((x) => x.mentions.map((m) => m.text))).toEqual(expect.arrayContaining(['Assad', 'Syria', 'Syrian National Coalition', 'SNC']));
    expect(a.actors.find((x) => x.id === 'syrian-national-coalition')!.mentions).toHaveLength(3);
  });
});

describe('analyze: speakers, offices and ranges, as the sixth audit found them', () => {
  const at = (text: string, date?: string) => analyzer.analyze({ text, date }, { force: true });
  const by = (text: string, figure: string, date = '2016-10-14') => claim(at(text, date), figure).attributedTo;

  // "…nine women said Observatory director Rami Abdel Rahman. At least 36 civilians … he said" had no speaker.
  it('reads "he said" as the person the sentence before named after its verb, in text without commas too', () => {
    const text = 'Among the dead were nine women said Observatory director Rami Abdel Rahman. At least 36 civilians were killed in raids on Aleppo province he said.';
    expect(by(text, 'At least 36 civilians')).toBe('Observatory director Rami Abdel Rahman');
    // A person the file lacks, named with a title written short, is one too.
    const doctor = 'Six people died in Daraa, said Dr. Farid al-Asfar. Another 20 were wounded in Daraa, he said.';
    expect(by(doctor, 'Six people')).toBe('Dr. Farid al-Asfar');
    expect(by(doctor, '20')).toBe('Dr. Farid al-Asfar');
  });

  // "…a hospital staff told RIA Novosti" gave RIA Novosti; "SOHR which closely monitors the fighting
  // in Syria said" gave "the fighting in Syria".
  it('takes who told, not who was told, and the speaker before a clause that describes it', () => {
    expect(by('Six people were killed in Damascus, a hospital staff told RIA Novosti.', 'Six people')).toBe('a hospital staff');
    expect(by('SOHR which closely monitors the fighting in Syria said 40 people died in Idlib.', '40 people')).toBe('SOHR');
    expect(by('The ministry, which runs the camps in Syria, said 30 people fled Idlib.', '30 people')).toBe('The ministry');
  });

  // A long clause without commas may end with the speaker: "an attack which killed dozens of
  // people in Idlib … Turkeys health ministry said" kept its speaker, and the next sentence's "It".
  it('keeps a speaker that ends a long clause opened by "which"', () => {
    const text = 'Turkey says tests point to sarin exposure. Tests on victims of an attack which killed dozens of people in Syrias Idlib province point to sarin Turkeys health ministry said on Thursday. It said 31 people hurt in the attack were being treated in Turkish hospitals.';
    expect(by(text, '31 people', '2017-04-06')).toBe('Turkey');
  });

  // In a list, one item's "according to X" spoke for every item: its sentence ran on over them.
  it('reads each item of a list as its own sentence, without its bullet or emphasis', () => {
    const text = 'Allegations in Aleppo, Syria:\n * *Middle East Monitor* reported 14 deaths in June 2015.\n * CNN-IBN wrote about barrel bombs causing the death of 35.\n * According to the *Violations Documentation Center*, attacks in Aleppo peaked at 107 attacks per month.\n';
    const a = at(text);
    expect(claim(a, '14 deaths').attributedTo).toBe('Middle East Monitor');
    expect(claim(a, '35').attributedTo).toBe('CNN-IBN');
    expect(claim(a, '107 attacks').attributedTo).toBe('the Violations Documentation Center');
  });

  // "William Hague, the British Foreign Minister, said" was Boris Johnson; "The United States
  // Ambassador to the United Nations, Samantha Power criticized" was nobody at a date between holders.
  it('takes the person named in apposition before or after an office, whoever the file has in it at the date', () => {
    const ids = (text: string, date: string) => at(text, date).actors.map((x) => [x.id, x.mentions.map((m) => m.text)]);
    expect(ids('William Hague, the British Foreign Minister, said the regime must go.', '2019-06-01')).toContainEqual(['william-hague', ['William Hague', 'British Foreign Minister']]);
    expect(ids('The United States Ambassador to the United Nations, Samantha Power criticized Russia.', '2019-06-01')).toContainEqual([
      'samantha-power',
      ['United States Ambassador to the United Nations', 'Samantha Power'],
    ]);
  });

  // In a history without a date, "In July 2016 … counteroffensives in September" was September 2015,
  // consistent with Russia's intervention: a day the narrative dates agrees only with an event of its year.
  it('checks a day the narrative dates only against an event of that year', () => {
    const a = at('In July 2016, government forces besieged eastern Aleppo. Rebel forces launched unsuccessful counteroffensives in September and October, as Russian air strikes in Syria continued.');
    expect(claim(a, 'September').value).toBe('2016-09');
    expect(claim(a, 'September').verdict).not.toBe('consistent');
  });

  // "Between 29 January and 14 March 2013" gave 2017-01-29 in a page without a date.
  it('gives the first day of a range the year written after its last', () => {
    const a = at('Rebels shelled Aleppo between 29 January and 14 March 2013. Strikes hit Aleppo on 10 August and 6 September 2016. It rained in Aleppo between 29 December and 3 January 2014.');
    // (A range after "between" is one date now, its first day of the year written after its last.)
    expect(claim(a, '29 January and 14 March 2013')).toMatchObject({ value: '2013-01-29', until: '2013-03-14' });
    expect(claim(a, '10 August').value).toBe('2016-08-10');
    expect(claim(a, '29 December and 3 January 2014')).toMatchObject({ value: '2013-12-29', until: '2014-01-03' });
  });

  // "a five-day ceasefire" was only related to the 120-hour pause, and its span took in "a";
  // "killed 20 militants over the past two days" was related to an accord named elsewhere.
  it('reads a term in another unit as the same term, and relates a duration only to an accord its sentence names', () => {
    const text = 'Turkey and the US agreed on 17 October to a five-day ceasefire in Syria. In Kobani the YPG killed 20 militants over the past two days.';
    const a = at(text, '2019-10-20');
    expect(claim(a, 'five-day')).toMatchObject({ verdict: 'consistent', facts: ['us-turkey-joint-statement-2019'] });
    expect(claim(a, 'two days').verdict).toBe('not-in-knowledge');
    // The depth of a zone stays related to an accord the article names elsewhere.
    const zone = at('Russia and Turkey signed the Sochi memorandum on Idlib. Fighters must leave a demilitarised zone 12 km deep.', '2018-10-01');
    expect(claim(zone, '12 km')).toMatchObject({ verdict: 'related', facts: ['sochi-memorandum-2018'] });
  });

  // "500 Syrian pounds" was a count; "2,000 lb bombs" a count of 2,000; "a kilogram (two pounds)" money.
  it('reads a currency named by its country as money, and a weight as no figure', () => {
    const a = at('In Aleppo, bread rose to 500 Syrian pounds. Bombers over Syria carried 2,000 lb bombs. A kilogram (two pounds) of sugar cost $21 in Aleppo.', '2016-10-14');
    expect(claim(a, '500 Syrian pounds').kind).toBe('money');
    expect(a.claims.map((c) => c.text)).toEqual(['500 Syrian pounds', '$21']);
  });

  // "Karima Bennoune.webm", "Defense Units" out of "Kurdish People's Defense Units", two cards for
  // "the Patriotic Union of Kurdistan (PUK)" and "the PUK" (a body the file then lacked), and "Syria"
  // inside "the Future Syria Party".
  it('reads names whole: past a possessive that is part of them, without a file extension, with the letters the text gives them', () => {
    const a = at("The Kurdish People's Defense Units (YPG) issued a statement in Kobani. The Euphrates Islamic Liberation Front (EILF) said so; the EILF sent fighters. Hevrin Khalaf of the Future Syria Party was killed; Syria condemned the killing. Video: Maryam Namazie and Karima Bennoune.webm", '2016-10-14');
    const marks = (id: string) => a.actors.find((x) => x.id === id)?.mentions.map((m) => m.text);
    expect(marks('ypg')).toEqual(["Kurdish People's Defense Units", 'YPG']);
    expect(marks('name:euphrates-islamic-liberation-front')).toEqual(['Euphrates Islamic Liberation Front', 'EILF', 'EILF']);
    expect(marks('name:karima-bennoune')).toEqual(['Karima Bennoune']);
    expect(marks('syria')).toEqual(['Syria']);
  });

  // Left from the sixth audit: "the newspaper Al-Watan" was no one, "the news agency Sana" not SANA.
  it('reads a publication named after the word for it, and links one the file knows in capitals', () => {
    const a = at('The newspaper Al-Watan said so. The official Syrian news agency Sana quoted a source in Aleppo.', '2016-10-14');
    expect(a.actors.map((x) => [x.id, x.mentions.map((m) => m.text)])).toEqual(
      expect.arrayContaining([
        ['name:al-watan', ['Al-Watan']],
        ['sana', ['Sana']],
      ]),
    );
  });

  // "Laila Kiki of The Syria Campaign" was one body the file lacked, once "Syria" inside it was no longer the state.
  it('reads a person of a body as two names', () => {
    const a = at('Laila Kiki of The Syria Campaign noted with concern that Syria was bombed.', '2016-10-14');
    expect(a.actors.map((x) => x.id)).toEqual(expect.arrayContaining(['name:laila-kiki', 'name:syria-campaign']));
  });

  // "YPG spokesman Nouri Mahmoud", "Author Diana Darke" were nobody.
  it('reads a person after a role written in lower case, or an author', () => {
    const a = at('YPG spokesman Nouri Mahmoud denied the claim in Syria. Author Diana Darke has written about Aleppo.', '2016-10-14');
    expect(a.actors.map((x) => x.id)).toEqual(expect.arrayContaining(['name:nouri-mahmoud', 'name:diana-darke']));
  });

  // From the ninth audit: Syria was the state wherever it was named.
  it('reads a state named as the land flown over, left, reached or addressed as a place, and one that acts as the state', () => {
    const marked = (a: Analysis, id: string) => a.actors.find((x) => x.id === id)?.mentions.map((m) => m.text) ?? [];
    const syria = (text: string) => marked(at(text, '2016-10-14'), 'syria');
    const places = [
      'A Russian helicopter was shot down over Syria on Monday.',
      'Russia deployed warplanes to Syria last year.',
      'The vehicles were pulled out of Syria after two weeks.',
      'A strike near Manbij Syria may have killed civilians.',
      'Smoke rises in the Idlib province Syria June 12 2016.',
      'A car bomb went off in the market area of Shahil, Syria - 10 kilometers from the town.',
      'Syria rebel infighting kills 45 fighters.',
      'Death toll in bomb attack on Syria evacuees hits 43.',
    ];
    for (const text of places) expect(syria(text), text).toEqual([]);
    const alsoPlaces = [
      '30 ISIL militants were killed in clashes with Kurds in NE Syria.',
      'The M4 highway spans through most of Syria.',
      'Much of the cargo was heading for Syria.',
      'A gas attack hit Syrias rebel-held Idlib province.',
    ];
    for (const text of alsoPlaces) expect(syria(text), text).toEqual([]);
    expect(marked(at('Damascus has been the scene of heavy fighting in recent days.', '2016-10-14'), 'syria')).toEqual([]);
    // (Audit: nor is a capital declared a zone: "Alloush said Damascus was now considered a 'military zone'".)
    expect(marked(at("Zahran Alloush said Damascus was now considered a 'military zone'.", '2015-01-25'), 'syria')).toEqual([]);
    expect(marked(at('Damascus was considered a key ally of Moscow.', '2015-01-25'), 'syria')).toEqual(['Damascus']);
    const acting = ['Russia has influence over Syria.', 'Syria attacks rebels in Idlib.', 'The rebels were backed by Hezbollah, Syria', 'Syria sent a warning to Turkey.'];
    for (const text of acting) expect(syria(text), text).toEqual(['Syria']);
    expect(marked(at('Strikes hit Aleppo Russia has accused Belgium of the raid.', '2016-10-14'), 'russia')).toEqual(['Russia']);
    expect(marked(at('Homs governor says U.S. attack caused deaths in Syria.', '2017-04-07'), 'united-states')).toEqual(['U.S.']);
    expect(marked(at('Fighters cut the highway between the city and Damascus.', '2017-01-20'), 'syria')).toEqual([]);
  });

  // "Ansar al-Tawhid" and "Ajnad al-Kavkaz" were nobody before the file had them: no word of theirs says "group" in English.
  it('reads a name that opens with the Arabic word for a group, brigade or army as a body, and two joined by "and" as two', () => {
    const a = at('Hurras al-Din, Jaysh al-Ababil and Ansar al-Haqq rejected the deal in Idlib. Ajnad al-Sham fought in Latakia. Liwa al-Fateh and Liwa Ahrar Helfaya shelled the area.', '2018-10-14');
    expect(a.actors.filter((x) => x.id.startsWith('name:')).map((x) => [x.id, x.kind])).toEqual(
      expect.arrayContaining([
        ['name:jaysh-al-ababil', 'organisation'],
        ['name:ansar-al-haqq', 'organisation'],
        ['name:ajnad-al-sham', 'organisation'],
        ['name:liwa-al-fateh', 'organisation'],
        ['name:liwa-ahrar-helfaya', 'organisation'],
      ]),
    );
    // "Hayat" is also a woman's name: no body.
    expect(at('She said that Hayat Boumeddiene, wanted by French authorities, was in Syria.', '2019-03-14').actors.find((x) => x.id === 'name:hayat-boumeddiene')?.kind).not.toBe('organisation');
  });

  // From the ninth audit: names run together, descriptors read as names, a village read as a person.
  it('reads no body in nationalities joined before a noun or a nationality before a medium, two names around "and the", and a village before its province as a place', () => {
    const names = (text: string) => at(text, '2017-01-20').actors.map((x) => x.id);
    expect(names('A base housing US and French Special Forces near Deir ez-Zor was hit.')).toEqual(['united-states']);
    expect(names('The Russian and Syrian Air Forces targeted ISIL positions.').filter((id) => id.startsWith('name:'))).toEqual([]);
    expect(names('He said so in a phone interview with Lebanese TV station al-Mayadeen.')).toEqual([]);
    expect(names('Activists claimed that Turkey and the Syrian Government provide support.')).toEqual(expect.arrayContaining(['turkey', 'syria']));
    expect(names('Forces arrested an ISIS militant in Mahamida near Abu Khashab, Deir ez-Zor.')).toEqual(['isis']);
  });

  it('reads a person after a lower-case role even when a place word ends the name, a surname with its article, and a time after a name as no part of it', () => {
    const ids = (text: string) => at(text, '2016-10-14').actors.map((x) => [x.id, x.mentions.map((m) => m.text)]);
    expect(ids('It prompted outrage from UNICEF director James Hill in Syria.')).toContainEqual(['name:james-hill', ['James Hill']]);
    expect(ids('Qamishli resident Suleiman Youssef told reporters in Syria.')).toContainEqual(['name:suleiman-youssef', ['Suleiman Youssef']]);
    expect(ids('Civil defence official Leys al-Faris said 36 were killed in Idlib. "We are looking for survivors" al-Faris said. The al-Faris family fled.')).toContainEqual(['name:leys-al-faris', ['Leys al-Faris', 'al-Faris']]);
    expect(ids('Pope Francis on Sunday urged an end to the war in Syria.')).toContainEqual(['pope-francis', ['Pope Francis']]);
  });

  it('reads a person in a given name and a place\'s word after a capitalised office, or before "said"; not at a place', () => {
    const ids = (text: string) => at(text, '2016-10-14').actors.map((x) => [x.id, x.mentions.map((m) => m.text)]);
    // From the forty-third audit: the UNICEF head was marked as UNICEF alone ("Anthony Lake", whom the file now knows).
    expect(ids('UNICEF Executive Director James Hill said the attack in Syria was an outrage.')).toContainEqual(['name:james-hill', ['James Hill']]);
    expect(ids('James Hill said the attack in Syria was an outrage.')).toContainEqual(['name:james-hill', ['James Hill']]);
    expect(ids('UNICEF Executive Director Anthony Lake said the attack in Syria was an outrage.')).toContainEqual(['anthony-lake', ['Anthony Lake']]);
    expect(ids('The talks in Syria failed, said James Hill.')).toContainEqual(['name:james-hill', ['James Hill']]);
    expect(ids('The talks in Syria failed, according to James Hill.')).toContainEqual(['name:james-hill', ['James Hill']]);
    expect(ids('Crowds gathered in George Square, said witnesses in Syria.').map((x) => x[0])).not.toContain('name:george-square');
    expect(ids('They met at Victoria Lake on Sunday, far from Syria.').map((x) => x[0])).toEqual([]);
  });

  // "said Redur Khalil, one of the spokespersons of the YPG" was nobody: no title before him.
  it('reads a person whose role an aside gives right after the name, but not a place or a group', () => {
    const a = at('"This must stop," said Redur Khalil, one of the spokespersons of the YPG in Syria. Shervan Derwish, official spokesperson of the council, denied it.', '2016-10-14');
    expect(a.actors.map((x) => x.id)).toEqual(expect.arrayContaining(['name:redur-khalil', 'name:shervan-derwish']));
    const not = at('In the assault on Baghuz Fawqani, SDF spokesman Mustafa Bali said. Shafi Armar, a member of the Indian Mujahideen, was the chief of its unit in Syria. Eastern Ghouta, a rebel commander said, was shelled.', '2019-03-14');
    expect(not.actors.map((x) => x.id).filter((id) => /baghuz|mujahideen|ghouta/.test(id))).toEqual([]);
  });
});

describe("analyze: as a reading of the sixth audit's change found it", () => {
  const at = (text: string, date?: string) => analyzer.analyze({ text, date }, { force: true });
  const marked = (a: Analysis, id: string) => a.actors.find((x) => x.id === id)?.mentions.map((m) => m.text) ?? [];

  // A list's cue read "in Idlib continued and" as a list of places, and the state after it as one.
  it('keeps a state acting after "in X …, and", and reads the places of a list, entering, schools and a sermon as places', () => {
    const acting = at('Strikes in Idlib continued and Russia denied any role. Fighting in Aleppo intensified, Turkey said. Rebels fired from the town, Syria said.', '2016-10-14');
    expect(acting.actors.map((x) => x.id)).toEqual(expect.arrayContaining(['russia', 'turkey', 'syria']));
    const places = at('Protests were held in London, Gaza City, and Amman. Iranian militias are entering Syria. Damascus schools closed after the Tehran sermon. Much of Russia’s Aleppo bombing hit hospitals.', '2016-12-20');
    expect(places.actors.filter((x) => ['jordan', 'syria', 'iran'].includes(x.id))).toEqual([]);
    // Only Syria's own towns make its possessive a place: Russia's bombing is Russia's.
    expect(marked(places, 'russia')).toEqual(['Russia']);
    expect(marked(at('Jets pounded rebel-held areas of Syria’s Aleppo.', '2016-10-14'), 'syria')).toEqual([]);
  });

  // "since March" in a 2012 report was read as March 2011 and called consistent with the uprising.
  it('reads the words of the war’s start only for a date that has its year', () => {
    const a = at('The fighting in Aleppo has continued since March, activists said.', '2012-10-01');
    expect(claim(a, 'March')).toMatchObject({ value: '2012-03', verdict: 'not-in-knowledge' });
  });

  // "Russia said the strikes hit Islamic State targets. It said 30 militants were killed." gave the
  // second figure to "the strikes hit Islamic State targets in Raqqa".
  it('reads "it said" as the one who spoke before, not as what that one said', () => {
    const a = at('Russia said the strikes hit Islamic State targets in Raqqa. It said 30 militants were killed in Raqqa.', '2016-10-14');
    expect(claim(a, '30 militants').attributedTo).toBe('Russia');
  });

  // "In Eastern Ghouta, the Syrian president, …" and "the Iranian foreign minister, Turkish diplomats"
  // had lost their offices to a name that was none.
  it('keeps the holder at the date where the words in apposition name no one who held the office', () => {
    const ids = at('In Eastern Ghouta, the Syrian president, who visited troops there, said 20 rebels died. Lavrov met the Iranian foreign minister, Turkish diplomats and Syrian envoys in Moscow.', '2016-10-14').actors.map((x) => x.id);
    expect(ids).toEqual(expect.arrayContaining(['bashar-al-assad', 'mohammad-javad-zarif']));
  });

  // "A soldier killed two protesters" made the soldier a toll of one; "One of those killed was a
  // journalist" one more death.
  it('counts one person as killed only where the text says that person was', () => {
    const a = at('A soldier killed two protesters in Homs. One of those killed was a journalist, the Observatory said. One of them was killed later in Homs.', '2016-10-14');
    expect(a.claims.filter((c) => c.kind === 'casualties').map((c) => c.text)).toEqual(['two protesters', 'One of them']);
    // A headline's two tolls without commas stay two: "One person killed 16 others injured".
    const headline = at('One person killed 16 others injured in Aleppo. A woman killed 30 injured in Deir Ezzor.', '2016-10-14');
    expect(headline.claims.map((c) => c.text)).toEqual(['One person', '16 others injured', 'A woman', '30 injured']);
  });

  // "a five-day ceasefire" matched the 120-hour pause but showed no term.
  it('shows the term a duration in another unit matched', () => {
    const a = at('Turkey and the US agreed on 17 October to a five-day ceasefire in Syria.', '2019-10-20');
    expect(claim(a, 'five-day').explanation).toMatch(/120/);
  });

  // Untested parts of the change: a body the file lacks that holds a state's name, a buffer strip's
  // depth, dinars, and a group's name after a role.
  it('reads a state inside a body the file lacks, a strip’s depth, dinars, and a group after a role', () => {
    expect(marked(at('Members of the Free Syria Movement said 20 people died; Syria denied it.', '2016-10-14'), 'syria')).toEqual(['Syria']);
    const strip = at('Russia and Turkey signed the Sochi memorandum on Idlib. Fighters must leave a buffer strip 15 km deep.', '2018-10-01');
    expect(claim(strip, '15 km').facts).toEqual(['sochi-memorandum-2018']);
    expect(claim(at('The smugglers asked 5,000 Iraqi dinars per person from Syria.', '2016-10-14'), '5,000 Iraqi dinars').kind).toBe('money');
    expect(at('Its spokesman said a commander Liwa al-Quds said so in Aleppo.', '2016-10-14').actors.some((x) => x.kind === 'person' && x.name === 'Liwa al-Quds')).toBe(false);
  });
});

describe('analyze: speakers and figures the sixth audit found, a last pass', () => {
  const at = (text: string) => analyzer.analyze({ text, date: '2016-10-14' }, { force: true });

  // "SOHR said … had attacked the column, killing 14 people" had no speaker.
  it('names who said past a comma before the toll of what the clause’s verb did, and no further', () => {
    expect(claim(at('SOHR said Turkish war planes had attacked the column in Syria, killing 14 people.'), 'killing 14 people').attributedTo).toBe('SOHR');
    expect(claim(at('The Observatory said a car bomb hit Azaz in Syria, leaving 30 people dead.'), '30 people').attributedTo).toBe('The Observatory');
    // A comma before another clause still ends what was said, as does an "and" that opens one.
    expect(claim(at('The army said it shelled Idlib, 20 soldiers died in Syria.'), '20 soldiers').attributedTo).toBeUndefined();
    expect(claim(at('Russia said it would halt its strikes on Aleppo and hours later jets hit a market in Idlib, killing 40 people.'), 'killing 40 people').attributedTo).toBeUndefined();
    // What ends a speaker's words is no part of them: "The Russians had on Saturday said…", "It further stated…".
    expect(claim(at('The Russians had on Saturday said that 1000 fighters entered Aleppo in Syria.'), '1000 fighters').attributedTo).toBe('The Russians');
    expect(claim(at('Sergei Shoigu further said that 20 soldiers died in Syria.'), '20 soldiers').attributedTo).toBe('Sergei Shoigu');
  });

  // The Iraqi KDP's card was given to "the Kurdistan Democratic Party of Syria", a party of its own.
  it('reads no other party inside "the Kurdistan Democratic Party of Syria", nor the state', () => {
    const a = at('The Kurdistan Democratic Party of Syria said 20 members were arrested in Qamishli. The KDP of Masoud Barzani met in Erbil.');
    expect(a.actors.find((x) => x.id === 'kdp')?.mentions.map((m) => m.text)).toEqual(['KDP']);
    expect(a.actors.some((x) => x.id === 'syria')).toBe(false);
  });

  // "more than a thousand people" was no figure: "a" before "thousand" was read as nothing.
  it('reads "a thousand" and "a million" as one of the scale', () => {
    expect(claim(at('The shelling in Aleppo killed more than a thousand people.'), 'killed more than a thousand people')).toMatchObject({ value: 1000, approx: 'more-than' });
    expect(claim(at('A million people fled Aleppo in Syria.'), 'A million people').value).toBe(1_000_000);
    // Not the idiom: "a picture is worth a thousand words"; not inside "a third of a million" or "a million and a half".
    expect(at('A picture from Aleppo is worth a thousand words.').claims).toEqual([]);
    expect(at('About a third of a million people fled Aleppo. A million and a half Syrians are refugees.').claims).toEqual([]);
  });
});

describe('analyze: as the seventh audit found it', () => {
  const at = (text: string, date?: string) => analyzer.analyze({ text, date }, { force: true });
  const by = (a: Analysis, span: string) => claim(a, span).attributedTo ?? null;

  it('reads who reported a figure in words, and a speaker in lower case without "the"', () => {
    const a = at('SANA reported four rebels were killed in Idlib. Later, state media claimed that nine rebels died in Ariha. Two more rebels were killed in Saraqib, opposition sources reported.', '2012-07-01');
    expect(by(a, 'four rebels')).toBe('SANA');
    expect(by(a, 'nine rebels')).toBe('state media');
    expect(by(a, 'Two more rebels')).toBe('opposition sources');
  });

  it('takes no time for a speaker, and no counted people either', () => {
    const a = at('Several days before the Russian Defense Ministry announced that 49 other terrorists were killed in Idlib. Air raids hit an area outside the zone in Idlib killing nine children and 14 others local activists have reported.', '2016-10-14');
    expect(by(a, '49 other terrorists')).toBe('the Russian Defense Ministry');
    expect(by(a, '14')).toBe('local activists');
  });

  it('reads "per" before a name as "according to", a toll placed by someone, and the person after a role', () => {
    const a = at('Five SDF troops were wounded in Baghuz, per the SDF. The battle killed 1,736 fighters (per SOHR) in all. Zouhir al-Shimale placed the death toll from the air raids on Aleppo at 50. Some 3000 people left Foua at dawn, head of the Britain-based monitoring group Rami Abdel Rahman told AFP. It cost 400 dollars per person in Idlib.', '2019-03-01');
    expect(by(a, 'Five SDF troops')).toBe('the SDF');
    expect(by(a, 'killed 1,736 fighters')).toBe('SOHR');
    expect(by(a, '50')).toBe('Zouhir al-Shimale');
    expect(by(a, 'Some 3000 people')).toBe('Rami Abdel Rahman');
    expect(by(a, '400 dollars')).toBeNull();
  });

  it('gives what was reported to every figure of its list, past a breakdown and a thousands separator', () => {
    const a = at('The Observatory said 13 IS militants, including five suicide attackers, and six SDF fighters were killed in Baghuz. The same group reported that another 10 rebels were killed while 15 others were wounded in Idlib. SOHR reported 1,400 people had left Baghuz, including dozens of suspected IS militants.', '2019-03-01');
    expect(['five suicide attackers', 'six SDF fighters', '15', 'dozens of suspected IS militants'].map((f) => by(a, f))).toEqual(['The Observatory', 'The Observatory', 'The same group', 'SOHR']);
    expect(by(at('Officials in Idlib said the road was closed, and 12 people were hurt.', '2019-03-01'), '12 people')).toBeNull();
  });

  it('reads a quotation a verb of saying opens as what was said, and no "for its part" in a speaker', () => {
    const a = at('Trump tweeted "The U.S. will soon control 100% of ISIS territory" on Friday. The minister said: "We lost 12 soldiers in Idlib." For its part the Syrian Observatory said 14 residents of Idlib were killed.', '2019-03-01');
    expect([by(a, '100%'), by(a, '12 soldiers'), by(a, '14 residents')]).toEqual(['Trump', 'The minister', 'the Syrian Observatory']);
    const b = at('Turkish President Erdoğan, speaking in Baku, said: "We are announcing a safe area 444 km from west to east." President Erdoğan also said more.', '2019-10-20');
    expect(by(b, '444 km')).toBe('Turkish President Erdoğan');
  });

  it('reads two names joined by "and" as speaking together, and no place or toll before the "and"', () => {
    const a = at('SDF and Coalition officials stated that around 500 people had surrendered. Serbia and Macedonia announced that just 580 refugees a day would be allowed in.', '2019-03-01');
    expect([by(a, 'around 500 people'), by(a, '580 refugees')]).toEqual(['SDF and Coalition officials', 'Serbia and Macedonia']);
    const b = at('In Aleppo and Idlib activists said 12 people died. Fighting killed 20 people and Coalition officials said 40 were wounded.', '2019-03-01');
    expect([by(b, '12 people'), by(b, '40')]).toEqual(['Idlib activists', 'Coalition officials']);
  });

  // From the eighth audit: a page's account told again from June, after a lead that ran to September, was read a year on.
  it('keeps a narrative told again from an earlier day in its year, but turns the year where the text goes on past its end', () => {
    const a = at('The 2016 Aleppo campaign began in late June 2016. By early September, the army had closed the gap.\n\n## The campaign\n\nOn 25 June, the army advanced north of the city. On 7 July, it reached the Castello Road. The offensive ended on 13 December 2016.');
    expect([claim(a, '25 June').value, claim(a, '7 July').value]).toEqual(['2016-06-25', '2016-07-07']);
    const b = at('On 29 December 2016, the army entered the last district. On 2 January, the first buses left.');
    expect(claim(b, '2 January').value).toBe('2017-01-02');
    // From a reading of the change: a siege that runs into the next spring.
    const c = at('On 20 December 2012, rebels besieged the base. On 10 March, after a long siege, the base fell to the rebels.');
    expect(claim(c, '10 March').value).toBe('2013-03-10');
  });

  it('shows a framing for its common phrase only where the actors it is about are named, and reads a chemical weapon attack', () => {
    expect(contextIds(at('Al Qaeda\'s Syrian offshoot the Nusra Front took Idlib in 2015.', '2016-03-01'))).not.toContain('ypg-pkk-link');
    expect(contextIds(at('Ankara calls the YPG the Syrian offshoot of a group it fights at home.', '2016-03-01'))).toContain('ypg-pkk-link');
    expect(contextIds(at('Some 80 people were killed in a chemical weapon attack in Idlib, activists said.', '2017-04-05'))).toContain('chemical-attack-attribution');
  });

  it('reads speakers as the eighth audit found them: an adverb before, a clause run in, two bodies, a statement', () => {
    const a = at('Elsewhere the Syrian Observatory reported that 12 people were killed. Last month 1200 civilians were killed the Syrian Network for Human Rights claimed including 192 children.', '2016-10-01');
    expect([by(a, '12 people'), by(a, '192 children')]).toEqual(['the Syrian Observatory', 'the Syrian Network for Human Rights']);
    const b = at('Raids killed at least 84 civilians including children the monitor and a civil defence official said. At least 27 children were killed, the statement read.', '2016-10-13');
    expect([by(b, 'killed at least 84 civilians'), by(b, 'At least 27 children')]).toEqual(['the monitor and a civil defence official', 'the statement']);
    expect(by(at('Shelling killed the commander and a spokesman said 12 died.', '2016-10-13'), '12')).toBe('a spokesman');
  });

  it('joins speakers only where they open the clause, past a time, through a list', () => {
    const a = at('Turkish jets struck the army and the monitor said 30 soldiers were killed. Shelling killed 12 civilians near the police and a civil defence official said.', '2016-10-13');
    expect([by(a, '30 soldiers'), by(a, 'killed 12 civilians')]).toEqual(['the monitor', 'a civil defence official']);
    const b = at('Yesterday Russia and Turkey said 30 civilians were killed. Russia, Iran and Turkey said 31 civilians were killed.', '2016-10-13');
    expect([by(b, '30 civilians'), by(b, '31 civilians')]).toEqual(['Russia and Turkey', 'Russia, Iran and Turkey']);
  });

  it('joins no opener, no object and no clause into speakers, and reads a list with a serial comma', () => {
    const a = at('However, Russia and Turkey said 30 civilians were killed. Near Aleppo, Russia and Turkey said 31 civilians were killed. Russia, Iran, and Turkey said 32 civilians were killed.', '2016-10-13');
    expect([by(a, '30 civilians'), by(a, '31 civilians'), by(a, '32 civilians')]).toEqual(['Russia and Turkey', 'Russia and Turkey', 'Russia, Iran, and Turkey']);
    expect(by(at('Now Russia and Turkey said 34 civilians were killed. Shelling killed 12 civilians as Turkey attacks the army and a local official said.', '2016-10-13'), '34 civilians')).toBe('Russia and Turkey');
    expect(by(at('Shelling killed 12 civilians as Turkey attacks the army and a local official said.', '2016-10-13'), 'killed 12 civilians')).toBe('a local official');
    const b = at('The jets struck Idlib and a few days later the ministry said 33 civilians were killed. Shelling killed 12 civilians as rebels ambushed the army and a local official said. 35 civilians were killed, a spokesman who was asked the question said.', '2016-10-13');
    expect([by(b, '33 civilians'), by(b, 'killed 12 civilians'), by(b, '35 civilians')]).toEqual(['the ministry', 'a local official', 'a spokesman who was asked the question']);
  });

  it('keeps a retelling from months back in its year, weighing what falls after the text\'s latest date', () => {
    const a = at('On 20 September 2015 the army captured the town after a long offensive. The offensive began on 2 March, when rebels were driven from the hills.');
    expect(claim(a, '2 March').value).toBe('2015-03-02');
    // An undated account whose latest date is where it stands runs on.
    const b = at('The offensive began on 1 November 2015. It ended on 1 April, when the last rebels left.');
    expect(claim(b, '1 April').value).toBe('2016-04-01');
    // A section of its own goes back as such words do.
    const c = at('By 27 June 2015 some 164 people had been killed in the town.\n\n## Tomb operation\nTurkish troops crossed the border to the tomb. Its success was announced 22 February by the prime minister.');
    expect(claim(c, '22 February').value).toBe('2015-02-22');
  });

  it('reads a month told in the past in the report\'s own month as that month', () => {
    const a = at('The UN said it had been granted access to 19 besieged areas by the end of June. Fighting had begun in June.', '2016-06-12');
    expect(a.claims.filter((c) => c.kind === 'date').map((c) => c.value)).toEqual(['2016-06', '2016-06']);
  });

  it('reads a month after "since the start of", and one opening a sentence before a comma, in the past', () => {
    const a = at('Since the start of April, 300 people have been killed in Aleppo. In May, the army took Palmyra.', '2016-03-04');
    expect([claim(a, 'April').value, claim(a, 'May').value]).toEqual(['2015-04', '2015-05']);
    // Not a present passive, nor what lasts "until" a time ahead; but "until" a time past is past.
    const b = at('In May, parliamentary elections are usually held across Syria. The ceasefire will last until the end of April.', '2016-03-04');
    expect([claim(b, 'May').value, claim(b, 'April').value]).toEqual(['2016-05', '2016-04']);
    expect(claim(at('The siege lasted until the end of April.', '2016-03-04'), 'April').value).toBe('2015-04');
  });

  it('takes no passive with an adverb for a speaker', () => {
    expect(by(at('It was initially estimated that IS still had around 400 fighters in Baghuz.', '2019-03-01'), 'around 400 fighters')).toBeNull();
  });

  // A history without a date: "3 April" after "21 June 2012" was April 2013, and every day after it a year late.
  it('reads a day told in the past perfect as before the narrative\'s day, or just after it', () => {
    const a = at('On 21 June 2012, rebels held the town of Taftanaz in Idlib. The army had raided it with tanks on 3 April. On 26 June, the army shelled it. On 26 January 2015, the YPG began to retake Kobani. The U.S. confirmed that the city had been cleared of ISIL on 27 January.');
    expect(claim(a, '3 April').value).toBe('2012-04-03');
    expect(claim(a, '26 June').value).toBe('2012-06-26');
    expect(claim(a, '27 January').value).toBe('2015-01-27');
  });
});

describe('analyze: dates checked as the seventh audit found them', () => {
  const at = (text: string, date?: string) => analyzer.analyze({ text, date }, { force: true });

  it('checks a month an operation began in against its start, when its first party begins it', () => {
    const a = at('Russia began carrying out strikes in Syria in September 2015, one year after the United States began its air campaign there.', '2016-06-06');
    expect(claim(a, 'September 2015').verdict).toBe('consistent');
    expect(claim(a, 'September 2015').facts).toEqual(['russian-intervention-2015']);
  });

  it('checks no year that dates another name: in brackets after it, or between "the" and it', () => {
    const a = at('Hezbollah fought in the Battle of Aleppo from 2012. It fought in the Battle of Aleppo and the Battle of Zabadani (2012). Its men in the Battle of Aleppo met at the 2012 London conference. Attacks followed the 2012 Houla massacre.');
    expect(a.claims.filter((c) => c.kind === 'date').map((c) => [c.text, c.verdict])).toEqual([
      ['2012', 'consistent'],
      ['2012', 'not-in-knowledge'],
      ['2012', 'not-in-knowledge'],
      ['2012', 'consistent'],
    ]);
  });

  it('checks no report\'s own dateline', () => {
    const a = at('Air strikes in Idlib kill 20 Monitor Reuters Sunday 12 Jun 2016 Air strikes by Syrian or Russian jets killed 20 people in Idlib, the Observatory said, as Russian air strikes went on.', '2016-06-12');
    expect(claim(a, '12 Jun 2016').verdict).toBe('not-in-knowledge');
  });
});

describe('analyze: background the seventh audit found out of place', () => {
  it('brings a framing only to an article that names one of those it is about', () => {
    const city = analyzer.analyze({ text: 'Syrian government forces hold a foothold in a security zone in the centre of Hasakah city.', date: '2016-08-20' }, { force: true });
    expect(city.context.map((c) => c.id)).not.toContain('safe-zone');
    const border = analyzer.analyze({ text: 'Turkey wants a safe zone in northern Syria free of the YPG.', date: '2019-08-20' }, { force: true });
    expect(border.context.map((c) => c.id)).toContain('safe-zone');
  });
});

describe('analyze: names the seventh audit found', () => {
  const at = (text: string) => analyzer.analyze({ text, date: '2016-10-14' }, { force: true });
  const marks = (a: Analysis) => a.actors.flatMap((x) => x.mentions.map((m) => `${x.id}:${m.text}`));

  it('marks no state inside another name, before a currency or joined to a longer place name', () => {
    const a = at('On Tuesday the UK Parliament debated Syria. The Damascus Falcons fought near Aleppo. Smugglers in Idlib wanted 400 U.S. dollars. The Île-de-France attacks were recalled. The Times of Israel newspaper reported it. Damascus Says No.');
    expect(marks(a).sort()).toEqual(['name:uk-parliament:UK Parliament', 'syria:Damascus', 'syria:Syria', 'times-of-israel:The Times of Israel']);
  });

  it('takes no place named after the word for it, or before mountains, for a person', () => {
    const a = at('Strikes hit the Abu al-Zain mountains in Aleppo and the Syrian Air Force base at Abu al-Thuhur.');
    expect(marks(a)).toEqual(['syrian-arab-air-force:Syrian Air Force']);
  });
});

describe("analyze: as a reading of the seventh audit's change found it", () => {
  const at = (text: string, date?: string) => analyzer.analyze({ text, date }, { force: true });
  const date = (text: string, span: string, d?: string) => {
    const c = claim(at(text, d), span);
    return [c.value, c.verdict, c.facts];
  };
  const by = (text: string, span: string) => claim(at(text, '2019-01-01'), span).attributedTo ?? null;
  const ids = (text: string) => at(text, '2019-01-01').actors.map((a) => a.id);

  it('checks a month an operation began in only where the sentence names no operation, and a dateline only as such', () => {
    expect(date('Turkey launched Operation Olive Branch in August 2016.', 'August 2016', '2020-01-01')[1]).toBe('not-in-knowledge');
    expect(date('On Saturday, 14 April 2018, the US, Britain and France launched joint strikes on Syria.', '14 April 2018', '2019-01-01')[1]).toBe('consistent');
    expect(date('Thousands fled the 2018 Turkish offensive on the Kurdish enclave of Afrin, known as Olive Branch.', '2018', '2020-01-01')).toEqual(['2018', 'consistent', ['operation-olive-branch']]);
  });

  it('reads no month in a surname, and a day told in a relative clause\'s past perfect in the main clause\'s year', () => {
    expect(at('Theresa May in 2018 authorised British strikes on Syria.', '2019-01-01').claims.map((c) => c.text)).toEqual(['2018']);
    expect(date('On 1 February 2016 the army launched an offensive on the town in Idlib. The rebels, who had seized it, were finally driven out on 10 April.', '10 April')[0]).toBe('2016-04-10');
  });

  it('reads "per" as a source only before one, and no event as who put a toll', () => {
    expect(by('Turkey receives 3,000 euros per Syrian refugee it hosts, according to the Observatory.', '3,000 euros')).toBe('the Observatory');
    expect(by('Turkey set up 12 observation posts in Idlib per the Astana Agreement.', '12 observation posts')).toBeNull();
    expect(by('Another air strike on Sunday put the death toll in Idlib at 60.', '60')).toBeNull();
    expect(by('In 2014 the UN said 191,000 people had been killed in Syria.', '191,000 people')).toBe('the UN');
  });

  it('keeps a state that pounds a city, a capital before a weekday, and no publication in "daily Kurdish rallies"', () => {
    expect(ids('Russia pounds rebel-held districts of Aleppo as talks stall.')).toContain('russia');
    expect(ids('Moscow Thursday accused Washington of shielding the Nusra Front in Syria.')).toContain('russia');
    expect(ids('Protesters held daily Kurdish rallies in Qamishli.')).toEqual([]);
    expect(ids('Ms Sana told reporters in Aleppo the shelling had stopped.')).not.toContain('sana');
  });

  it('reads approximate figures joined to their word, combatants leaving as no displaced, and a rate\'s decimals', () => {
    expect(claim(at('Air strikes killed 40-odd people in Douma on Sunday.', '2018-03-01'), 'killed 40').kind).toBe('casualties');
    expect(claim(at('Some 300 soldiers left Palmyra as the jihadists advanced.', '2016-05-01'), 'Some 300 soldiers').kind).toBe('count');
    expect(claim(at('About 70 people had left Finland for Syria to join the jihadists.', '2016-05-01'), 'About 70 people').kind).toBe('count');
    expect(claim(at('In Syria the dollar traded at 2.955 lira on Friday.', '2016-05-01'), '2.955 lira').value).toBe(2.955);
  });
});

describe("analyze: as a second reading of the seventh audit's change found it", () => {
  const at = (text: string) => analyzer.analyze({ text, date: '2018-06-04' }, { force: true });
  const ids = (text: string) => at(text).actors.map((a) => a.id);

  it('reads a dateline with a comma after its weekday, "per" before a people\'s officials, and people leaving to reach safety', () => {
    expect(claim(at('Sunday, 15 April 2018 - The US, Britain and France struck Barzeh with missiles.'), '15 April 2018').explanation).toBe("The report's own date.");
    expect(claim(at('Ten people were killed in Idlib, per Syrian state media.'), 'Ten people').attributedTo).toBe('Syrian state media');
    expect(claim(at('Some 4,000 people left Madaya on Wednesday to reach government areas.'), 'Some 4,000 people').kind).toBe('displacement');
  });

  it('reads a month-day date after a name\'s number, "late July in 2016", and no figure in "the 10-plus-year war"', () => {
    expect(claim(at('Turkey shot down the Russian Su-24 November 24, 2015 near the border.'), 'November 24, 2015').value).toBe('2015-11-24');
    expect(claim(at('Residents fled Aleppo in late July in 2016.'), 'late July in 2016').value).toBe('2016-07');
    expect(at('The 10-plus-year war in Syria goes on.').claims).toEqual([]);
  });

  it('reads a currency after a state as no state, European thousands before a currency as thousands, and media after an adjective', () => {
    expect(ids('A fighter in Syria is paid ten US dollars a day. Iran rials are worthless in Damascus.')).toEqual([]);
    expect(claim(at('Some 3.000 Syrian pounds were paid to each family in Aleppo.'), 'Some 3.000 Syrian pounds').value).toBe(3000);
    expect(ids('The government daily Al-Thawra said 15 soldiers were killed in Syria.')).toContain('name:al-thawra');
  });

  it('reads a former office as no name, an airbase\'s name as a place, and an abstract noun after a title as no one', () => {
    expect(ids('Ex-President Ahmed Hamdan said 30 people died in Syria.')).toContain('name:ahmed-hamdan');
    expect(ids('Rebels in Syria shelled the airbase of Abu al-Zuhur. General Leadership was praised.')).toEqual([]);
  });
});

// A reading of the ninth audit's change found each of these wrong.
describe("analyze: as a reading of the ninth audit's change found it", () => {
  const at = (text: string) => analyzer.analyze({ text, date: '2016-03-04' }, { force: true });
  const ids = (text: string) => at(text).actors.map((x) => x.id);
  const figures = (text: string) => at(text).claims.map((c) => [c.text, c.kind, c.attributedTo ?? null]);

  it('keeps a state that acts, speaks, owns, backs or receives as the state, after an address or a comma', () => {
    const acting: Array<[string, string]> = [
      ['In Aleppo province, Turkey-backed rebels seized two villages.', 'turkey'],
      ['In Hama countryside, Russia said 30 militants were killed.', 'russia'],
      ['Rebels shelled Aleppo, Syria said.', 'syria'],
      ["Government forces entered Douma, Syria's army said.", 'syria'],
      ["However, Russia – Assad's main ally – blocked the resolution.", 'russia'],
      ['Meanwhile, Iran (which backs Assad) sent more fighters.', 'iran'],
      ['U.S. war planes struck Islamic State positions.', 'united-states'],
      ['The Russia peace plan was rejected by the opposition.', 'russia'],
      ['Russia shipped missiles to Iran last year.', 'iran'],
      ['Erdogan squeezed concessions out of Russia.', 'russia'],
    ];
    for (const [text, id] of acting) expect(ids(text), text).toContain(id);
    expect(ids('Moscow dispatched reinforcements to Syria.')).not.toContain('syria');
  });

  it('reads no village before a speaker as a person, no opposition army as the regime\'s, and a person described by a place as a person', () => {
    expect(ids('Government forces shelled Kafr Zita, a rebel commander said.')).toEqual([]);
    expect(ids("Russian jets bombed Kafr Nabl, the group's spokesman said 12 people were killed.")).toEqual([]);
    expect(ids('Free Syria Army fighters took the hill.')).toEqual(['free-syrian-army']);
    expect(ids('The New Syria Army was trained by the US.')).not.toContain('syrian-arab-army');
    expect(ids('The message came from Ahmad Primo, Aleppo-based activist.')).toEqual(['name:ahmad-primo']);
    expect(ids('Lebanese military analyst Elias Hanna said 300 fighters had crossed the border.')).not.toContain('lebanese-armed-forces');
  });

  it('reads no person\'s age as a war\'s length, no claim as a toll but lives an attack claimed, and no number of a name as a toll', () => {
    expect(figures('A 9-year-old war refugee from Aleppo was treated. A 4-year-old siege survivor was pulled out.')).toEqual([]);
    expect(figures('Rebuilding will cost tens of billions of dollars.')).toEqual([['tens of billions of dollars', 'money', null]]);
    expect(figures('Erdogan claimed 3.5 million refugees were living in Turkey.')).toEqual([['3.5 million refugees', 'refugees', 'Erdogan']]);
    expect(figures('The regime claimed a soldier had defected.')).toEqual([]);
    expect(figures('Covid 19 killed dozens of doctors in Idlib.').map(([text]) => text)).toEqual(['dozens of doctors']);
    expect(figures('Troops at Base 46 killed three rebels.').map(([text]) => text)).toEqual(['three rebels']);
    expect(figures('[[File:Destroyed tank in Azaz 2012.jpg]] Rebels took the town. [[Image:Homs 45 killed.jpg]]')).toEqual([]);
  });

  it('keeps a breakdown in brackets and a bracket before its own predicate as figures', () => {
    expect(figures('The dead included children (12) and women (9), the Observatory said.')).toEqual([
      ['12', 'casualties', 'the Observatory'],
      ['9', 'casualties', 'the Observatory'],
    ]);
    expect(figures('Civilians killed by province: Aleppo (120), Idlib (85), Hama (40).').length).toBe(3);
    expect(figures('The Observatory (SOHR) 25 Were Killed In Aleppo').map(([text]) => text)).toEqual(['25']);
  });

  it('reads no speaker out of a town, a place\'s population or a clause, and a whole name after an ordinal', () => {
    expect(figures('A car bomb exploded in Azaz which has been held by rebels since 2012 the Syrian Observatory said 12 people were killed.')[1]).toEqual(['12 people', 'casualties', 'the Syrian Observatory']);
    expect(figures('Jets struck a hospital run by MSF which has worked in the area for years the charity said 12 staff were killed.')).toEqual([['12', 'casualties', 'the charity']]);
    expect(figures('The camp counts 10,000 residents. Idlib counts some 3 million people.').map(([, , who]) => who)).toEqual([null, null]);
    expect(figures('Rebels behind the attack claimed 40 soldiers were killed.')).toEqual([['40 soldiers', 'casualties', 'Rebels behind the attack']]);
    expect(figures('At least 30 people were killed in a raid on a market activists said 12 of them were children.')[1]).toEqual(['12', 'casualties', 'activists']);
    expect(figures('Rockets hit a house in Azaz and injured a second SANA reported that three brothers were killed.')).toEqual([['three brothers', 'casualties', 'SANA']]);
    expect(figures('The UN said the convoy was hit. It documented 12 attacks on aid workers.')).toEqual([['12 attacks', 'count', 'The UN']]);
  });
});

// A second reading of the ninth and tenth audits' change found each of these wrong.
describe("analyze: as a second reading of the audits' change found it", () => {
  const at = (text: string, date = '2016-06-12') => analyzer.analyze({ text, date }, { force: true });
  const ids = (text: string) => at(text).actors.map((x) => x.id);
  const figures = (text: string) => at(text).claims.map((c) => [c.text, c.kind, c.attributedTo ?? null]);

  it('reads those who remain displaced as displaced, and those who took refuge in a school as no refugees', () => {
    expect(figures('Some 6.1 million people remain displaced inside Syria, the UN said.')).toEqual([['Some 6.1 million people', 'displacement', 'the UN']]);
    expect(figures('About 200 families took refuge in a nearby school.')[0]![1]).toBe('count');
    expect(figures('More than 2 million Syrians have fled abroad since 2011.')[0]![1]).toBe('refugees');
  });

  it('keeps a state that owns a medium, acts after a province without a comma, or has an aside, and a person captured', () => {
    expect(ids("Iran's state-controlled Press TV said 30 militants were killed.")).toContain('iran');
    expect(ids('In Idlib province, Turkey – a backer of the rebels – has set up 12 observation posts.')).toContain('turkey');
    expect(ids('In Idlib province Turkey has set up 12 observation posts.')).toContain('turkey');
    expect(ids('Government forces captured Tlass Zaza, a senior rebel commander, on Tuesday.')).toContain('name:tlass-zaza');
    expect(ids('Mohammed al-Faris, a doctor in Idlib, said 20 were killed. Al-Faris said the hospital was hit twice.')).toEqual(['name:mohammed-al-faris']);
    expect(at('Mohammed al-Faris, a doctor in Idlib, said 20 were killed. Al-Faris said the hospital was hit twice.').actors[0]!.mentions.length).toBe(2);
  });

  it('reads the speaker of a war monitor, past a clause that ends in a place, and none out of an object', () => {
    expect(figures('The Britain-based war monitor claimed 30 soldiers were killed.')).toEqual([['30 soldiers', 'casualties', 'The Britain-based war monitor']]);
    expect(figures('Rami Abdulrahman who runs the Observatory from a house in Coventry said 30 people were killed.')[0]![2]).toBe('Rami Abdulrahman');
    expect(figures('Five civilians died in an attack on a crowded market activists said.')).toEqual([['Five civilians', 'casualties', 'activists']]);
    expect(figures('Residents returning after the town was retaken said 30 bodies were found.')[0]![2]).toBe('Residents returning after the town was retaken');
  });

  it('reads "up to" as a ceiling unless a total is brought up to it, "last June" as a year back, and no month in confidence in May', () => {
    expect(at('The death toll stands at 40, but up to 60 more people may be buried under the rubble.').claims.find((c) => c.text.startsWith('up to'))?.approx).toBe('up-to');
    expect(at('Rebels seized the town last June.').claims[0]!.value).toBe('2015-06');
    expect(at('Earlier in April the Kurdish fighters took the dam.', '2017-04-20').claims[0]!.value).toBe('2017-04');
    expect(at('Conservative MPs lost confidence in May and her government.').claims).toEqual([]);
    expect(at('Fighting escalated in the Arab Spring of 2011.').claims.map((c) => c.text)).toEqual(['2011']);
  });

  it("finds a phrase the file writes both with and without an apostrophe in either spelling", () => {
    const framing = (text: string) => at(text, '2016-10-01').context.map((c) => c.id);
    expect(framing("The Ba'athist regime bombed the town in Syria.")).toContain('regime-vs-government');
    expect(framing('The Baathist regime bombed the town in Syria.')).toContain('regime-vs-government');
  });
});

describe('what the seventeenth audit found', () => {
  const a = (text: string, date = '2016-11-12') => analyzer.analyze({ text, date }, { force: true });
  const speaker = (text: string, span: string) => claim(a(text), span).attributedTo;

  it('finds the speaker after a phrase quoted without a comma, of "It warned that", and of a list\'s later figures', () => {
    expect(speaker('Nearly 174500 people in Douma are resorting to "coping strategies" the UN said.', 'Nearly 174500 people')).toBe('the UN');
    expect(speaker('The Syrian Observatory for Human Rights said 20 people were killed. It warned that 30 more were wounded.', '30')).toBe('The Syrian Observatory for Human Rights');
    expect(speaker('ISIL claimed to have killed six Syrian soldiers, five Russian soldiers and two tanks.', 'five Russian soldiers')).toBe('ISIL');
    // A whole sentence quoted before the speaker is no phrase of the figure's sentence.
    expect(speaker('Air raids kill 11 civilians "At least 11 civilians died in the raids," the monitor said.', 'kill 11 civilians')).toBeUndefined();
  });

  it('checks a toll the war "has claimed", and no accord of other days by its parties alone', () => {
    const toll = claim(a('According to the United Nations the war has claimed more than 191000 lives.', '2014-10-10'), 'more than 191000 lives');
    expect(toll.verdict).not.toBe('not-in-knowledge');
    // "The September 12 truce" is no accord of 14 September 2013 that the same parties made.
    const week = claim(a('The September 12 truce brokered by Russia and the United States collapsed less than a week after it was endorsed.'), 'less than a week');
    expect(week.verdict).toBe('not-in-knowledge');
  });

  it('reads the state\'s regime army and its rival\'s "regime" as the file\'s, and a spelling of a brigade', () => {
    expect(ids(a('An agreement between the opposition and Syrian regime army was reached. It is backed by the Israeli regime.'))).toEqual(expect.arrayContaining(['syrian-arab-army', 'israel']));
    expect(a('Video: Liwa al-Fatemiyoun marching.').actors.find((x) => x.id === 'fatemiyoun-brigade')?.mentions.map((m) => m.text)).toEqual(['Liwa al-Fatemiyoun']);
  });

  it('weighs a figure the sentence dates against a count of that time only, and reads no "since 2015" as Russia\'s intervention', () => {
    const egypt = claim(a('As of August 2019, Egypt hosts 130,371 Syrian refugees, up from 114,911 in August 2016.', '2020-01-01'), '130,371 Syrian refugees');
    expect(egypt.verdict).not.toBe('consistent');
    const turkey = claim(a('As of September 2019, Turkey hosts 3.66 million registered Syrian refugees.', '2020-01-01'), '3.66 million registered Syrian refugees');
    expect(turkey.verdict).toBe('consistent');
    const since = a('An estimated 260,000 refugees returned to Syria since 2015.', '2020-01-01');
    expect(contextIds(since)).not.toContain('russian-intervention-2015');
  });

  it('reads nothing in a markup comment the page does not show', () => {
    const hidden = a('Syria said 20 were killed. <!-- Sri Lanka 5,000 refugees --> The talks ended.');
    expect(hidden.claims.map((c) => c.text)).toEqual(['20']);
    expect(ids(hidden)).toEqual(['syria']);
  });

  it('reads a state people go to, pass through or visit, and a capital\'s region or time, as places', () => {
    const marked = (text: string) => a(text).actors.flatMap((x) => x.mentions.map((m) => m.text));
    expect(marked('Hafez al-Assad visited Moscow. Fighters were returning to Russia. Refugees trying to reach Turkey were in transit to Germany.')).toEqual(['Hafez al-Assad']);
    expect(marked('Residents of Damascus heard it in the Damascus region at 00:00 (Damascus time).')).toEqual([]);
    // Nor are a state's letters, read as a place, a body the file lacks.
    expect(marked('242,000 Syrian nationals were living in UAE in 2015.')).toEqual([]);
    // A letter sent to a capital goes to its government.
    expect(ids(a('Turkey warned Damascus, and a letter went to Damascus.')).sort()).toEqual(['syria', 'turkey']);
  });

  it('reads a title and a surname alone as the person the text names in full, and an international body\'s longer name as that other body', () => {
    const maduro = a('Venezuelan President Nicolás Maduro visited. President Maduro defended the decision.');
    expect(maduro.actors.map((x) => [x.id, x.mentions.map((m) => m.text)])).toEqual([['name:nicolás-maduro', ['Nicolás Maduro', 'Maduro']]]);
    const un = a('The United Nations Supervision Mission in Syria (UNSMIS) withdrew; the UN and Red Crescent teams stayed, and the UN Security Council met.');
    expect(un.actors.map((x) => [x.id, x.mentions.map((m) => m.text)]).sort()).toEqual([
      ['name:united-nations-supervision-mission-in-syria', ['United Nations Supervision Mission in Syria', 'UNSMIS']],
      ['un-security-council', ['UN Security Council']],
      ['united-nations', ['UN']],
    ]);
  });
});

describe('what the eighteenth audit found', () => {
  const a = (text: string, date = '2016-10-20') => analyzer.analyze({ text, date }, { force: true });
  const speaker = (text: string, span: string) => claim(a(text), span).attributedTo;
  const marks = (text: string) => a(text).actors.flatMap((x) => x.mentions.map((m) => [x.id, m.text]));

  it('gives what a speaker added the speaker\'s name, and "which it says" the sentence\'s subject', () => {
    expect(speaker('Nine were killed, said Rami Abdel Rahman head of the Syrian Observatory for Human Rights adding that 15 of the wounded were in critical condition.', '15 of the wounded')).toBe('Rami Abdel Rahman head of the Syrian Observatory for Human Rights');
    expect(speaker('The ministry said nine were killed, adding that 15 were wounded.', '15')).toBe('The ministry');
    expect(speaker('Washington accuses the Syrian government of the attack which it says killed more than 1400 people.', 'killed more than 1400 people')).toBe('Washington');
    // Not the object of the verb before "adding", nor a fragment of the sentence's opening words.
    expect(speaker('The army announced a curfew in Raqqa, adding that 12 militants had been killed.', '12 militants')).toBe('The army');
    expect(speaker('The Syrian army released a video which it says showed 30 captured fighters.', '30 captured fighters')).toBeUndefined();
    expect(speaker('Yesterday Russia bombed a convoy, which it says killed 30 militants.', 'killed 30 militants')).toBeUndefined();
  });

  it('reads no actor inside the title of a work, a ship\'s name as no person, and letters of a name given before as that name', () => {
    expect(marks('* *Ladder to Damascus* (2013) * The documentary *Saving Syria\'s Children* aired. Assad spoke.')).toEqual([['bashar-al-assad', 'Assad']]);
    expect(marks('An F/A-18 launched from USS George H.W. Bush shot it down.')).toEqual([]);
    expect(marks('A Syrian Air Force Su-22 was shot down over airstrikes carried out by the SAF against rebels.')).toEqual([['syrian-arab-air-force', 'Syrian Air Force'], ['syrian-arab-air-force', 'SAF']]);
  });

  it('reads Syria\'s possessive of its town as a place, and leaves where a body is based out of its mark', () => {
    expect(marks('100 were killed in shelling of Syrias Aleppo, local authorities said.')).toEqual([]);
    expect(marks('The Britain-based Syrian Observatory for Human Rights said so.')).toEqual([['syrian-observatory-for-human-rights', 'Syrian Observatory for Human Rights']]);
  });

  it('finds who estimated a figure in the passive, in the present, or in a relative clause after the name', () => {
    expect(speaker('Lebanon hosts 1.5 million Syrians estimated by UNHCR in December 2020.', '1.5 million Syrians')).toBe('UNHCR');
    expect(speaker('Russian officials estimate that as of January 2019, 112 soldiers have been killed.', '112 soldiers')).toBe('Russian officials');
    expect(speaker('Turkey was criticised by Amnesty International, which also claims Turkey has forcibly returned thousands of Syrian refugees.', 'thousands of Syrian refugees')).toBe('Amnesty International');
    // A date after "according to" is no part of the name.
    expect(speaker('According to Steve Rosenberg of the BBC in June 2012, 300 advisers were there.', '300 advisers')).toBe('Steve Rosenberg of the BBC');
  });

  it('reads a headline\'s toll with who they were, "Injure Dozens", and a sum in lira written TL', () => {
    expect(a('Senior ISIS Commander 34 Terrorists Killed in Clashes Eastern Aleppo').claims.map((c) => [c.text, c.kind])).toEqual([['34 Terrorists Killed', 'casualties']]);
    expect(a('Twin Bomb Attacks Kill 50 Injure Dozens').claims.map((c) => [c.text, c.kind])).toEqual([['Kill 50', 'casualties'], ['Dozens', 'casualties']]);
    expect(claim(a('Work permit fees are 600 TL a year.'), '600 TL').kind).toBe('money');
  });

  it('reads a state that resists or gives as that state after "from", Assad by his given name once named, and "U.S" with one dot', () => {
    expect(marks('Bashar al-Assad spoke. Unless he acted, Bashar would suffer. The plan met "fierce resistance" from Russia. Militants fought U.S-backed fighters.')).toEqual([
      ['bashar-al-assad', 'Bashar al-Assad'],
      ['bashar-al-assad', 'Bashar'],
      ['russia', 'Russia'],
      ['united-states', 'U.S'],
    ]);
  });
});

describe('what two readings of the seventeenth and eighteenth audits\' change found', () => {
  const a = (text: string, date = '2016-12-20') => analyzer.analyze({ text, date }, { force: true });
  const verdict = (text: string, span: string, date?: string) => claim(a(text, date), span).verdict;
  const kinds = (text: string) => a(text).claims.map((c) => [c.text, c.kind]);
  const marks = (text: string) => a(text).actors.flatMap((x) => x.mentions.map((m) => [x.id, m.text]));

  it('takes a date as a figure\'s own only in its clause, and calls no figure different that a count agrees with', () => {
    expect(verdict('Jordan now has 298,000 registered refugees, up from a few thousand in 2011.', '298,000 registered refugees', '2013-03-20')).toBe('consistent');
    expect(verdict('The Observatory, set up in 2006, said 310,000 people have been killed in the war.', '310,000 people')).toBe('consistent');
    // A battle's toll "claimed" is no war's.
    expect(verdict('The battle for Aleppo claimed the lives of 31,500 people, the monitor said.', '31,500 people')).not.toBe('differs');
    // A deadline in the sentence does not date the accord otherwise.
    expect(verdict('Under the deal Russia and Turkey reached, heavy weapons must leave a zone 15-20 km deep by 10 October.', '15-20 km', '2018-10-01')).toBe('consistent');
  });

  it('keeps a verb\'s own figure after "dead and", types troops crossing and the country\'s north-west apart from refugees, and reads no "a second" as time', () => {
    expect(kinds('The strike left 12 dead and injured 30 others.')).toEqual([['12 dead', 'casualties'], ['injured 30', 'casualties']]);
    expect(kinds('About 900,000 people fled to the country\'s north-west.')).toEqual([['About 900,000 people', 'displacement']]);
    expect(kinds('Some 200 Turkish soldiers crossed into Iraq.')).toEqual([['Some 200 Turkish soldiers', 'count']]);
    expect(kinds('Western capitals worried about a second chemical attack. Residents lived under a year-long siege.')).toEqual([]);
    expect(claim(a('Some 400 fighters held out for over two months.'), 'over two months').approx).toBe('more-than');
    expect(kinds('Britain changed its line since May and Johnson fell out.')).toEqual([]);
    // A comment left open hides no more than its line.
    expect(kinds('It opens with <!-- here\nThe war has killed 310,000 people.')).toEqual([['killed 310,000 people', 'casualties']]);
  });

  it('reads no surname in a place or a people, no father\'s name for a son, no middle name for another man', () => {
    expect(marks('Patriarch Kirill of Moscow blessed the campaign. Thousands fled to Moscow last year.')).toEqual([['patriarch-kirill', 'Patriarch Kirill of Moscow']]);
    expect(marks('William Hague said sanctions would follow. The case may go to the Hague next year.')).toEqual([['william-hague', 'William Hague']]);
    expect(a('Crown Prince Mohammed bin Salman met Kerry. King Salman later said the kingdom would act.').actors.find((x) => x.id === 'mohammed-bin-salman')?.mentions.map((m) => m.text)).toEqual(['Crown Prince Mohammed bin Salman']);
    expect(a('Mohammed Ahmed al-Bashir, a nurse in Douma, said 10 children died.').actors.map((x) => x.id)).not.toContain('mohammed-al-bashir');
  });

  it('keeps states that receive or are asked, a body without the town it is in, and no letters of a person', () => {
    expect(marks('Washington agreed to return to Iran $1.7 billion. Attempts to reach Turkey for comment failed. The deal gives Iran time.').map(([id]) => id).sort()).toEqual(['iran', 'iran', 'turkey', 'united-states']);
    expect(marks('The Health Ministry in Gaza said 30 people died. The Health Ministry later raised the toll.')).toEqual([['name:health-ministry', 'Health Ministry'], ['name:health-ministry', 'Health Ministry']]);
    expect(a('Turkish President Recep Tayyip Erdogan spoke on Monday. RTE reported that 20 people died.').actors.find((x) => x.id === 'recep-tayyip-erdogan')?.mentions.map((m) => m.text)).not.toContain('RTE');
    expect(marks('NATO Leaders Agree New Rapid Reaction Force\nNATO leaders met in Wales on Friday.')).toEqual([['nato', 'NATO'], ['nato', 'NATO']]);
  });

  it('reads a place in an aside after a role\'s place, and a person after "in the capital", as they are', () => {
    expect(marks('A teacher in the capital, Addis Ababa, said 10 died.')).toEqual([]);
    expect(marks('In the capital Ahmed Hassan, a shopkeeper, said prices had tripled.')).toEqual([['name:ahmed-hassan', 'Ahmed Hassan']]);
    expect(marks('Syria\'s Aleppo offensive has killed 300 civilians, monitors said.')).toEqual([['syria', 'Syria']]);
    expect(marks('Videos show *Hezbollah fighters* entering Qusayr on Monday.')).toEqual([['hezbollah', 'Hezbollah']]);
  });
});

describe('what the nineteenth audit found', () => {
  const a = (text: string) => analyzer.analyze({ text, date: '2016-06-12' }, { force: true });
  it('names a speaker whose saying is dated at the sentence\'s end, and marks a body without who leads it', () => {
    expect(claim(a('The SDF have seized 3 kilometers of territory the Pentagon said on June 9.'), '3 kilometers').attributedTo).toBe('the Pentagon');
    expect(a('Fighting by the Kurdish-led Syrian Democratic Forces went on, backed by the US-led international coalition.').actors.map((x) => [x.id, x.mentions.map((m) => m.text)])).toEqual([
      ['sdf', ['Syrian Democratic Forces']],
      ['us-led-coalition', ['US-led international coalition']],
    ]);
  });

  it('reads an office in apposition after a person the file lacks as that person\'s, not the holder at the date', () => {
    const ids = a('Stephen Harper, the Prime Minister of Canada, said in October 2014 that jets would fly.').actors.map((x) => x.id);
    expect(ids).toContain('name:stephen-harper');
    expect(ids).not.toContain('justin-trudeau');
  });
});

describe('speakers: what the twenty-fourth and twenty-fifth audits found', () => {
  const by = (text: string) => analyzer.analyze({ text, date: '2017-04-20' }, { force: true }).claims.map((c) => [c.text, c.attributedTo ?? null]);

  it('gives a toll to the subject of "putting the toll at", and a report\'s allegation to who published it', () => {
    expect(by('The WHO said in a statement, putting the death toll at at least 70.')).toEqual([['at least 70', 'The WHO']]);
    expect(by('The Syrian Network for Human Rights published a report alleging that 12,783 civilians had been killed.')).toEqual([
      ['12,783 civilians', 'The Syrian Network for Human Rights'],
    ]);
    // (Never the report itself: "a report" is no one when the publisher cannot be read.)
    expect(by('The network, founded in June 2011, published a report alleging that 12,783 civilians were killed.').find(([t]) => t === '12,783 civilians')).toEqual(['12,783 civilians', null]);
  });

  it('keeps a surname\'s particle in the speaker, and takes no claim for a speaker', () => {
    expect(by('More than 130 people were killed in the attack, de Mistura told reporters.')).toEqual([['More than 130 people', 'de Mistura']]);
    expect(by('Over 130 people were killed in the attack UN Special Envoy for Syria Staffan de Mistura said.')).toEqual([['Over 130 people', 'UN Special Envoy for Syria Staffan de Mistura']]);
    expect(by('The claim, which did not mention a wedding, said 40 people had been killed.')).toEqual([['40 people', null]]);
  });
});

describe('tables and file names: what the twenty-fourth audit found', () => {
  const row = '| Afrin | 36,562 | Afrin District | y Syria-flag 1932-58 1961-63.svgFlag of Turkey.svg | See Afrin. |';

  it('reads no actor and no date in a picture\'s file name, and no figure alone in a table\'s cell', () => {
    const text = `The Syrian Democratic Forces held the towns of the north.\n\n${row}\n| Homs – Ghouta | 12,634 | Homs District | In 2012 fighting killed 40 people. |`;
    const a = analyze({ text, date: '2017-03-04' }, true);
    const inRow = (start: number) => start >= text.indexOf('| Afrin') && start < text.indexOf('| Homs');
    expect(a.actors.map((x) => x.id)).toEqual(['sdf']);
    expect(a.actors.flatMap((x) => x.mentions).filter((m) => inRow(m.start))).toEqual([]);
    expect(a.claims.map((c) => c.text)).toEqual(['2012', 'killed 40 people']);
  });

  it('ends a speaker\'s reach at a table\'s cell', () => {
    const by = (text: string) => analyzer.analyze({ text, date: '2017-04-20' }, { force: true }).claims.map((c) => [c.text, c.attributedTo ?? null]);
    expect(by('| Activists reported that up to 200 civilians were killed in the assault. |\n| Homs | On 21 August 2012, the rebels advanced. |')).toEqual([
      ['up to 200 civilians', 'Activists'],
      ['21 August 2012', null],
    ]);
  });

  it('reads a place\'s trigger inside a longer place\'s name as no trigger, but a person\'s after a given name as his', () => {
    const a = analyze({ text: 'An airstrike hit a market in Tariq al-Bab in Aleppo on July 1 2016.', date: '2016-07-02' }, true);
    expect(claim(a, 'July 1 2016').verdict).toBe('not-in-knowledge');
    const b = analyze({ text: 'The US said on 27 October 2019 that its forces had killed Abu Bakr al-Baghdadi.', date: '2019-10-28' }, true);
    expect(b.context.map((c) => c.id)).toContain('baghdadi-killed-2019');
  });
});

describe('speakers and names: what the twenty-sixth audit found', () => {
  const by = (text: string) => analyzer.analyze({ text, date: '2016-07-01' }, { force: true }).claims.map((c) => [c.text, c.attributedTo ?? null]);

  it('reads "put the number of killed at", state TV, a network that reports, and "According to X" without its comma', () => {
    expect(by('The SOHR put the number of killed in the city at 168.')).toEqual([['168', 'The SOHR']]);
    expect(by('ISIL had executed 150 people while state TV reported 400 people had been executed.')).toEqual([
      ['150 people', null],
      ['400 people', 'state TV'],
    ]);
    expect(by('Syrian forces kill 35 terrorists in Damascus countryside Al-Alam News Network reports.')).toEqual([['kill 35 terrorists', 'Al-Alam News Network']]);
    expect(by('According to the Observatory three Syrian officers were killed on Friday.')).toEqual([['three Syrian officers', 'the Observatory']]);
    // (An estimate is no one: "Another estimate put the number at…".)
    expect(by('Another estimate put the number of foreign jihadis at 15,000 by early 2014.').find(([t]) => t === 'early 2014')).toEqual(['early 2014', null]);
  });

  it('reads a capital before a newsroom as a place, an empire as no actor, and the American-led coalition', () => {
    const ids = (text: string) => analyze({ text, date: '2016-07-01' }, true).actors.map((a) => a.id);
    expect(ids('The report was filed by the Amman newsroom of the agency.')).toEqual([]);
    expect(ids('Palmyra linked Persia with the Roman Empire through trade.')).toEqual([]);
    expect(ids('On 22 May, the American-led coalition in Syria conducted one airstrike near Palmyra.')).toEqual(['us-led-coalition']);
  });
});

describe('events told rather than named: what the twenty-fifth and twenty-sixth audits found', () => {
  const verdict = (text: string, figure: string, date = '2019-01-01') => claim(analyze({ text, date }, true), figure).verdict;

  it('agrees a date with an attack its sentence tells of at its place, in the attack\'s own words', () => {
    expect(verdict('Hundreds of civilians died when sarin gas killed them in Ghouta, near Damascus, in August 2013.', 'August 2013')).toBe('consistent');
    // (Not another attack there: strikes are no sarin attack.)
    expect(verdict('Russian strikes on Ghouta in August 2013 were not reported.', 'August 2013')).toBe('not-in-knowledge');
  });

  it('agrees a date with a battle told at its place only with the party that waged it, and never a year alone', () => {
    expect(verdict('ISIL began advancing on Kobani on September 16, 2014, hoping to take it quickly.', 'September 16, 2014')).toBe('consistent');
    expect(verdict('On 5 June 2017, the Tiger Forces continued their advance to Raqqa\'s border.', '5 June 2017')).toBe('not-in-knowledge');
    expect(verdict('ISIL fighters began advancing on Kobani in 2014.', '2014')).toBe('not-in-knowledge');
  });
});

describe('what the twenty-seventh audit found', () => {
  const by = (text: string) => analyzer.analyze({ text, date: '2016-07-01' }, { force: true }).claims.map((c) => [c.text, c.kind, c.attributedTo ?? null]);
  const ids = (text: string) => analyze({ text, date: '2016-07-01' }, true).actors.map((a) => a.id);

  it('reads a capital fired on with words between, or where a bus was bombed, as the city, and a state strikes come from as the state', () => {
    expect(ids('Terrorists fire explosive ammunition on Damascus injuring 3 civilians.')).toEqual([]);
    expect(ids('He was responsible for the Damascus bus bombing.')).toEqual([]);
    expect(ids('The offensive was backed by fierce air strikes from Russia.')).toEqual(['russia']);
  });

  it('counts schoolchildren, reads lives taken without "the" as a toll, and the agency confirming a toll as its speaker', () => {
    expect(by('A suicide bomber killed five people including four schoolchildren.')).toEqual([
      ['killed five people', 'casualties', null],
      ['four schoolchildren', 'casualties', null],
    ]);
    expect(by('The conflict has taken lives of more than 200000 people.')).toEqual([['more than 200000 people', 'casualties', null]]);
    expect(by('A car bomb exploded, with the official SANA news agency confirming at least four people killed.')).toEqual([
      ['at least four people', 'casualties', 'the official SANA news agency'],
    ]);
  });

  it('reads an office that is also a body\'s name as the body, unless a person is named beside it', () => {
    const marks = (text: string) => analyze({ text, date: '2020-01-01' }, true).actors.flatMap((a) => a.mentions.map((m) => [a.id, m.text]));
    expect(marks('Hundreds fled the camp, according to the United Nations High Commissioner for Refugees.')).toEqual([['unhcr', 'United Nations High Commissioner for Refugees']]);
    expect(marks('The UN High Commissioner for Refugees, Filippo Grandi, spoke.')).toEqual([
      ['filippo-grandi', 'UN High Commissioner for Refugees'],
      ['filippo-grandi', 'Filippo Grandi'],
    ]);
  });
});

describe('what a reading of this change found: figures, speakers and verdicts', () => {
  const by = (text: string) => analyzer.analyze({ text, date: '2016-07-01' }, { force: true }).claims.map((c) => [c.text, c.kind, c.attributedTo ?? null]);
  const verdict = (text: string, figure: string) => claim(analyze({ text, date: '2019-01-01' }, true), figure).verdict;

  it('reads a year after "by" as a date only where no one counted follows, and an age bracket only without a span of time', () => {
    expect(by('The rebels were joined by 2000 fighters from Idlib.')).toEqual([['2000 fighters', 'count', null]]);
    expect(by('By 2015 refugees numbered 4 million.')[0]).toEqual(['2015', 'date', null]);
    expect(by('Russian air strikes killed 200 people over 10 days in Idlib.').map((c) => c[0])).toEqual(['killed 200 people', 'over 10 days']);
  });

  it('reads a channel\'s number as no toll, and a breakdown that a relative clause opens as no part of one', () => {
    expect(by('Two France 24 journalists were wounded in Idlib on Sunday.').map((c) => c[0])).toEqual(['Two']);
    expect(by('Air raids killed six people in Maarat al-Numan, where aid groups feed 20,000 residents including 9,000 children.').find((c) => c[0] === '9,000 children')?.[1]).toBe('count');
    expect(by('The blast killed 30 people, including 12 young children, 4 elderly men and 5 women.').map((c) => c[1])).toEqual(['casualties', 'casualties', 'casualties', 'casualties']);
  });

  it('gives a participle\'s toll to a subject that spoke, not one that acted, and no speaker to an estimate or "a number of"', () => {
    expect(by('Israel struck the airport on Friday, putting the death toll at 30.')).toEqual([['30', 'casualties', null]]);
    expect(by('The government placed a number of towns under curfew after 12 people were killed.')).toEqual([['12 people', 'casualties', null]]);
    expect(by('Iraq Body Count put the death toll at 20,000.')[0]![2]).toBe('Iraq Body Count');
    expect(by('A new tally gives the total toll as 500.')).toEqual([['500', 'casualties', null]]);
    expect(by('Rescue workers responding to the attacks gave a higher toll of 23 dead.')[0]![2]).toBe('Rescue workers responding to the attacks');
    expect(by('Turkey says the YPG alleged that 30 civilians died.')[0]![2]).toBe('the YPG');
  });

  it('agrees a battle told at its place at its start only, in one clause with the place, and an attack only in its own words', () => {
    expect(verdict('The SDF launched its offensive on Raqqa on 6 June 2017.', '6 June 2017')).toBe('consistent');
    expect(verdict('The SDF launched its assault on Raqqa in October 2017.', 'October 2017')).toBe('not-in-knowledge');
    expect(verdict('The SDF captured Raqqa in June 2017.', 'June 2017')).toBe('not-in-knowledge');
    expect(verdict('ISIS recaptured Palmyra in December 2016, as Syria\'s army was busy in Aleppo.', 'December 2016')).toBe('not-in-knowledge');
    expect(verdict('Rebels in Douma attacked Damascus with rockets in April 2018.', 'April 2018')).toBe('not-in-knowledge');
    expect(verdict('Fuel and gasoline ran short in Douma in April 2018.', 'April 2018')).toBe('not-in-knowledge');
  });
});

describe('what a reading of this change found: actors, triggers and segments', () => {
  const marks = (text: string, date = '2017-01-01') => analyze({ text, date }, true).actors.flatMap((a) => a.mentions.map((m) => [a.id, m.text]));
  const context = (text: string, date: string) => analyze({ text, date }, true).context.map((c) => c.id);

  it('keeps a capital that speaks, owns or is aimed at as the government, after a list or a cue', () => {
    expect(marks('Militants shelled towns of Aleppo and Idlib, Moscow said, killing 12 civilians.')).toEqual([['russia', 'Moscow']]);
    expect(marks('The rebel offensive against Damascus\'s forces in Hama killed 40 soldiers.')).toEqual([['syria', 'Damascus']]);
    expect(marks('Washington launched a diplomatic offensive against Moscow.').map((m) => m[0]).sort()).toEqual(['russia', 'united-states']);
    expect(marks('Tehran has sought to connect Damascus more closely to its allies.').map((m) => m[0]).sort()).toEqual(['iran', 'syria']);
    expect(marks('Under the deal, Moscow and Ankara police the ceasefire line.').map((m) => m[0]).sort()).toEqual(['russia', 'turkey']);
  });

  it('reads a picture\'s file name quickly, on its own line, without the words of the sentence before it', () => {
    const long = `${'123456789012345 '.repeat(7)}x.png `.repeat(60);
    expect(fileNames(long).length).toBe(60);
    expect(analyze({ text: 'Rebels said 25 people were killed\nstrike-map.png', date: '2016-07-01' }, true).claims.map((c) => c.text)).toEqual(['25 people']);
    expect(marks('Fighters in Latakia | 97%Flag of Hayat Tahrir al-Sham.svgSyria-flag 1932-58 1961-63.svg 3% |')).toEqual([]);
  });

  it('keeps triggers after an article word that opens a sentence or a surname, and after "at" or "as"', () => {
    expect(context('Moscow says its troops are in Syria at the invitation of the Syrian government.', '2017-03-01')).toContain('occupation-vs-presence');
    expect(context('An al-Qaeda-linked alliance controls most of Idlib, where rebels fight the regime.', '2017-03-01')).toContain('hts-designation');
    expect(context('Photos showed President Ahmed al-Sharaa at the White House on Monday.', '2025-11-12')).toContain('sharaa-white-house-visit-2025');
  });

  it('ends a cell before its bar, carries a name on when the text writes a hyphen as a space, and reads a hospital that speaks as a body', () => {
    expect(analyze({ text: '20 people were killed on Monday, the Observatory said | Reuters', date: '2016-07-01' }, true).claims.map((c) => c.attributedTo)).toEqual(['the Observatory']);
    expect(marks('UN Secretary General Ban Ki-moon said 300 people died.')).toContainEqual(['ban-ki-moon', 'Secretary General Ban Ki-moon']);
    expect(marks('The Al-Kindi Hospital said 20 people had died in the shelling.')).toEqual([['name:al-kindi-hospital', 'Al-Kindi Hospital']]);
  });

  it('reads another name a text gives one the file lacks, in brackets or after "also known as", as that one\'s', () => {
    const marks = (text: string) => analyze({ text, date: '2016-07-01' }, true).actors.map((a) => [a.id, a.mentions.map((m) => m.text)]);
    expect(marks('The leader Hassan Soufan ("Abu al-Bara") was named. Abu al-Bara spoke later.')).toEqual([['name:hassan-soufan', ['Hassan Soufan', 'Abu al-Bara', 'Abu al-Bara']]]);
    expect(marks('The Unified Military Council, also known as the Joint Tripartite Military Committee, was formed.')).toEqual([
      ['name:unified-military-council', ['Unified Military Council', 'Joint Tripartite Military Committee']],
    ]);
    // (Not a person's group in brackets.)
    expect(marks('Ahmad Issa (Saraya al-Qadisiya) spoke.').map((m) => m[0])).toEqual(['name:ahmad-issa', 'name:saraya-al-qadisiya']);
  });
});


describe('what the twenty-eighth audit found', () => {
  const marks = (text: string, date = '2016-07-01') => analyze({ text, date }, true).actors.flatMap((a) => a.mentions.map((m) => [a.id, m.text]));
  const by = (text: string, date = '2016-07-01') => analyze({ text, date }, true).claims.map((c) => [c.text, c.kind, c.approx, c.attributedTo ?? null]);

  it('reads the short forms a text gives bodies it named: "the observatory", "SCD", "regime troops", "the Red Crescent"', () => {
    expect(marks('The Syrian Observatory for Human Rights said 20 died. The observatory reported 56 more.').map((m) => m[1])).toEqual(['Syrian Observatory for Human Rights', 'The observatory']);
    expect(marks('An observatory in Chile saw stars.')).toEqual([]);
    expect(marks('The White Helmets said SCD teams rescued five people.').map((m) => m.join(' '))).toEqual(['syria-civil-defence The White Helmets', 'syria-civil-defence SCD']);
    expect(marks('Rebels fought regime troops near Aleppo.')).toEqual([['syrian-arab-army', 'regime troops']]);
    // (Not another ruler's troops.)
    expect(marks('Witnesses saw Tehran regime forces. In Aleppo regime forces advanced. Near the border with Turkey regime forces shelled.').map((m) => m.join(' ')).sort()).toEqual(['iran Tehran', 'syrian-arab-army regime forces', 'syrian-arab-army regime forces']);
    expect(marks('The Kurdish Red Crescent sent teams to Qamishli. Later the Red Crescent said five were hurt.')).toEqual([['kurdish-red-crescent', 'Kurdish Red Crescent'], ['kurdish-red-crescent', 'Red Crescent']]);
    // (Not a state's body, which every state has: "In Damascus, the Foreign Ministry said".)
    expect(marks('The Russian Foreign Ministry protested. In Damascus, the Foreign Ministry said it was wrong.').filter((m) => m[1] === 'Foreign Ministry')).toEqual([['name:foreign-ministry', 'Foreign Ministry']]);
  });

  it('reads a possessive without its apostrophe after a sentence\'s end or an opening adverb, and "the Turkish regime" as the state', () => {
    expect(marks('It would be a prize for Bashar Assad. Russias military intervention has helped.').map((m) => m[0])).toEqual(['bashar-al-assad', 'russia']);
    expect(marks('Rebels were killed in the village. Later SANAs correspondent said a base was hit.')).toEqual([['sana', 'SANA']]);
    expect(marks('He said the Turkish regime still supports the rebels.')).toEqual([['turkey', 'Turkish regime']]);
    // A short form with the possessive's "s" glued on, in copy without apostrophes.
    expect(marks('The Syrian Observatory for Human Rights said 5 died. Rami Abdel Rahman the Observatorys director said so.').map((m) => m[1])).toEqual(['Syrian Observatory for Human Rights', 'Observatory', 'Rami Abdel Rahman']);
    expect(marks('Calls for Syrian regime change grew.')).toEqual([]);
    expect(marks('Huge regime bombs kill 28 in IS-held Syria town.').map((m) => m[0])).toEqual(['isis']);
    // A state those who fled or went reached is a place, one asked for help the state.
    expect(marks('Civilians who fled Tell Abyad to Turkey returned. Fighters had gone to Syria. Ankara went to Russia for help.').map((m) => m.join(' '))).toEqual(['russia Russia', 'turkey Ankara']);
    expect(marks('The captured weapons went to Turkey. This money went to Iran.').map((m) => m[0])).toEqual(['iran', 'turkey']);
    expect(marks('The report, titled Syria in Transition Monitor, was read.')).toEqual([['name:syria-in-transition-monitor', 'Syria in Transition Monitor']]);
    // A unit's number is its name's, a group's and a unit's as a division's.
    expect(marks('The 5th Special Forces Group and the 11th Marine Expeditionary Unit deployed.').map((m) => m[1])).toEqual(['11th Marine Expeditionary Unit', '5th Special Forces Group']);
    expect(marks('The 4th International Crisis Group report said so.').map((m) => m[1])).toEqual(['International Crisis Group']);
  });

  it('reads no name across a state and "in" (a headline run on), but a unit\'s name with "in" whole', () => {
    expect(marks('150 Terrorists Infiltrated Syria from Turkey in Latakia Russian Coordination Center. More came.').map((m) => m[1]).sort()).toEqual(['Latakia Russian Coordination Center', 'Syria']);
    expect(marks('The Jihad in the Path of God Brigade joined. The Manbij Turkmen Brigade joined.').map((m) => m[1])).toEqual(['Jihad in the Path of God Brigade', 'Manbij Turkmen Brigade']);
  });

  it('reads what a total is brought up to as that total, a toll\'s part after "including", and no toll of those under the rubble', () => {
    expect(by('SOHR said the army set up posts, bringing the total number of posts in Idlib up to 35.').find((c) => c[0] === 'up to 35')?.slice(1, 3)).toEqual(['count', 'exact']);
    expect(by('Strikes killed 5, bringing the death toll up to 40.').find((c) => c[0] === 'up to 40')?.slice(1, 3)).toEqual(['casualties', 'exact']);
    expect(by('Raids killed 16 civilians including at least one child, the monitor said.').map((c) => c.slice(0, 3))).toEqual([
      ['killed 16 civilians', 'casualties', 'exact'],
      ['at least one child', 'casualties', 'at-least'],
    ]);
    expect(by('1 child killed 6 children & their mother still under rubble.').map((c) => c.slice(0, 2))).toEqual([
      ['1 child killed', 'casualties'],
      ['6 children', 'count'],
    ]);
    // (But killed under the rubble, and a companion with a predicate of his own, are no such thing.)
    expect(by('Strikes killed 11 civilians under the rubble of their homes.').map((c) => c[1])).toEqual(['casualties']);
    expect(by('Shelling killed 3 soldiers and their commander was captured.').map((c) => c[1])).toEqual(['casualties']);
    expect(by('Air strikes killed 12 fighters and their families were displaced to Idlib.').map((c) => c[1])).toEqual(['casualties']);
    expect(by('Air strikes killed 12 fighters and their relatives are still trapped.').map((c) => c[1])).toEqual(['casualties']);
    expect(by('The blasts raised the death toll and rescuers said up to 50 more people may be buried.')[0]![2]).toBe('up-to');
    // (Nor is "up to" after a number of things, or after another figure, what a total reached.)
    expect(by('The army took a number of villages up to 10 km from the town.')[0]!.slice(1, 3)).toEqual(['distance', 'up-to']);
    expect(by('Strikes raised the death toll to 35 and up to 20 more may die.').find((c) => c[0] === 'up to 20')?.[2]).toBe('up-to');
    // Those who suffered suffocation are hurt, a toll of the harmed.
    expect(by('More than 35 people suffered suffocation after shells with toxic gases hit the area.').map((c) => c[1])).toEqual(['casualties']);
    // "In May" opening a sentence before a figure is the month.
    expect(by('In May more than 60 civilians were killed by barrel bombs.').map((c) => c[0])).toEqual(['May', 'more than 60 civilians']);
  });

  it('names a speaker after what the text calls it, and a pronoun at the end of a clause run on without a comma', () => {
    expect(by('Another group the Local Coordination Committees said 200 people were killed.')[0]![3]).toBe('the Local Coordination Committees');
    const faris = by('A local civil defence official Leys al-Faris said a warplane struck a market. At least 36 people were killed and 50 others injured in the attack he said describing it as a massacre.');
    expect(faris.map((c) => c[3])).toEqual(['A local civil defence official Leys al-Faris', 'A local civil defence official Leys al-Faris']);
    expect(by('The Syrian Observatory said strikes hit Douma. Raids wounded 22 it said.')[0]![3]).toBe('The Syrian Observatory');
    // A headline's source after a colon at its end (not what the colon opens otherwise).
    expect(by('Islamic State killed 270 in Syrian gas field battle: monitor.')[0]![3]).toBe('monitor');
    expect(by('Death toll rises to 50: the tragedy of Aleppo.')[0]![3]).toBeNull();
    expect(by('The air strike killed 9 people: three local council workers.')[0]![3]).toBeNull();
    expect(by('Aid reached Azaz. Shelling killed 7 people on Monday: all aid workers.')[0]![3]).toBeNull();
    expect(by('A group the United States backs said 40 fighters were killed.')[0]![3]).toBe('A group the United States backs');
    // A post embedded in the text is its author's, named after its picture link.
    const post = by('Images were shared online. Horrible scenes 35+ dead & 70+ wounded after the airstrike pic.twitter.com/gySfrHUFpY Charles Lister (@CharlesLister) June 12, 2016. Rescuers said 5 died.');
    expect(post.map((c) => [c[0], c[3]])).toEqual([['35+ dead', 'Charles Lister'], ['70+ wounded', 'Charles Lister'], ['June 12, 2016', null], ['5', 'Rescuers']]);
    // (A speaker inside the post still speaks for it.)
    expect(by('Russia says 30 terrorists were killed in Idlib pic.twitter.com/abc123 — RT (@RT_com) June 12, 2016')[0]![3]).toBe('Russia');
    // (An object is no speaker: "the aid group that supports it said", "treated victims near it said".)
    expect(by('Five medics were killed and a nurse was hurt the aid group that supports it said.')[0]![3]).toBe('the aid group that supports it');
    expect(by('Russia bombed the town. Twenty people were killed in the strike a doctor who treated victims near it said.')[0]![3]).toBe('a doctor who treated victims near it');
  });

  it('dates an offensive\'s heading by the offensive it names, and brings no attack to a text that only names its town', () => {
    const heading = analyze({ text: 'Northwestern Syria offensive (December 2019–March 2020)\nIn late December 2019, the Turkish observation post near Sarman was encircled.', date: '2020-07-01' }, true);
    expect(claim(heading, 'December 2019–March 2020')).toMatchObject({ verdict: 'consistent', facts: ['idlib-offensive-december-2019'] });
    expect(contextIds(analyze({ text: 'Syrian government forces captured Khan Shaykhun in the summer of 2019 during the offensive in Idlib, where Russia and Turkey clashed.', date: '2020-07-01' }, true))).not.toContain('khan-shaykhun-chemical-attack-2017');
    expect(contextIds(analyze({ text: 'The sarin attack on Khan Shaykhun in Idlib killed 89 people, and Syria denied it, the OPCW said.', date: '2017-07-01' }, true))).toContain('khan-shaykhun-chemical-attack-2017');
    // (Audit 42: the attack's words must be near the town, not anywhere on a long page.)
    const table = `Khan Shaykhun | held by the rebels from 2012 to 2019.\n${'Towns changed hands many times over the years. '.repeat(20)}\nVolunteers handed out gas masks in Damascus.`;
    expect(contextIds(analyze({ text: table, date: '2020-07-01' }, true))).not.toContain('khan-shaykhun-chemical-attack-2017');
    // A phrase two agreements share is the one's the article names in its own words or through its related events.
    const idlib = contextIds(analyze({ text: 'Turkey accused Russia of breaking the Sochi agreement as the offensive on Idlib continued and the demilitarized zone collapsed.', date: '2020-03-10' }, true));
    expect([idlib.includes('sochi-memorandum-2018'), idlib.includes('russia-turkey-memorandum-2019')]).toEqual([true, false]);
    const northEast = contextIds(analyze({ text: 'Under the Sochi agreement, Kurdish YPG fighters withdrew from the border strip after Operation Peace Spring.', date: '2019-11-10' }, true));
    expect([northEast.includes('sochi-memorandum-2018'), northEast.includes('russia-turkey-memorandum-2019')]).toEqual([false, true]);
    // A date years before an agreement is not beside it, though it is written next to its phrase.
    const road = analyze({ text: 'Rebels held part of the M4 highway in June 2015. The Moscow protocol of March 2020 set up a corridor along it.', date: '2021-01-01' }, true);
    expect(claim(road, 'June 2015').verdict).toBe('not-in-knowledge');
  });
});

describe('what the thirtieth audit found', () => {
  const marks = (text: string, date = '2016-07-01') => analyze({ text, date }, true).actors.flatMap((a) => a.mentions.map((m) => [a.id, m.text]));
  const by = (text: string, date = '2016-07-01') => analyze({ text, date }, true).claims.map((c) => [c.text, c.kind, c.approx, c.attributedTo ?? null]);

  it('marks no weapon by its letters, and a state body after the state\'s possessive or letters the text gave another name', () => {
    expect(marks('It was shot down by KPV machine gun fire and AAA. He fired an AMRAAM. A CSAR mission saved him.')).toEqual([]);
    expect(marks('According to Russia\'s Ministry of Defence, jets struck. The Russian MoD denied it.').map((m) => m.join(' ')).sort()).toEqual(['russia Russia', 'russian-ministry-of-defence Ministry of Defence', 'russian-ministry-of-defence Russian MoD']);
    expect(marks('Doctors said so. said Silvia Dallatomasina MSFs medical manager of operations.').map((m) => m[0])).toContain('msf');
    expect(marks('Meanwhile Russia\'s Ministry of Defence said jets flew.').map((m) => m[0]).sort()).toEqual(['russia', 'russian-ministry-of-defence']);
    // New spellings: "Peshmarga", the "Syrian Arab Armed Forces".
    expect(marks('Turkey let 150 Peshmarga fighters pass. A Syrian Arab Armed Forces drone fell.').map((m) => m[0]).sort()).toEqual(['peshmerga', 'syrian-arab-army', 'turkey']);
  });

  it('reads no figure in a list\'s number, a helicopter\'s type or the whole a part is of, and a number before a plural as a count', () => {
    expect(by('The categories are:\n1. persons in need of protection\n2. persons with a refugee background')).toEqual([]);
    expect(by('Two Mi-17s were found destroyed. The town is 5 mi away.').map((c) => c[0])).toEqual(['5 mi']);
    expect(by('2 of the 3 crew died.').map((c) => c[0])).toEqual(['2']);
    expect(by('They were nearly half of the 138,202 fighters killed by that point.').map((c) => c[1])).toEqual(['casualties']);
    expect(by('Three of the 25 people who died in the raid were children.').map((c) => c[1])).toEqual(['casualties', 'casualties']);
    expect(by('Airstrikes on Idlib killed\n150. Most were civilians.').map((c) => c[1])).toEqual(['casualties']);
    expect(by('Syria\'s 2014 elections were a sham. The town is 3 MI away.').map((c) => c[1])).toEqual(['date', 'distance']);
    expect(by('As of 2018, 2000 officers of the Quds Force were in Syria. In 2011 protests erupted.').map((c) => [c[0], c[1]])).toEqual([['2018', 'date'], ['2000 officers', 'count'], ['2011', 'date']]);
  });

  it('names a speaker without what the text says it is, run on without commas', () => {
    expect(by('Shelling killed 19 people The Syrian Observatory for Human Rights a Britain-based monitoring group said.')[0]![3]).toBe('The Syrian Observatory for Human Rights');
    expect(by('The Syrian Observatory for Human Rights a Britain-based monitoring group said Friday 19 people died.')[0]![3]).toBe('The Syrian Observatory for Human Rights');
    // "with X recording" names X; a page's date of publication is no one's.
    expect(by('Hospitals were hit, with the UN recording 44 attacks in July. Monitors said 5 died. Date of publication 17 October 2016.').map((c) => c[3])).toEqual(['the UN', 'the UN', 'Monitors', null]);
    // (Not a name the speaker's words follow: "…officers of the Free Syrian Army a monitor said".)
    expect(by('Jihadists have executed 3 officers of the Free Syrian Army a monitor said.')[0]![3]).toBe('a monitor');
  });
});

describe('what the README left for later: appositions and a state body\'s short name', () => {
  const marks = (text: string, date = '2016-07-01') => analyze({ text, date }, true).actors.flatMap((a) => a.mentions.map((m) => [a.id, m.text]));
  const by = (text: string, date = '2016-07-01') => analyze({ text, date }, true).claims.map((c) => [c.text, c.kind, c.approx, c.attributedTo ?? null]);

  it('reads the speaker of a name set off from its verb by a description, before the figure or after it', () => {
    expect(by('Rami Abdulrahman, the head of the Syrian Observatory for Human Rights, said 40 people were killed.')[0]![3]).toBe('Rami Abdulrahman');
    expect(by('The Syrian Observatory for Human Rights, a Britain-based monitor, said 40 people were killed.')[0]![3]).toBe('The Syrian Observatory for Human Rights');
    expect(by('Rami Abdulrahman, head of the Observatory, told AFP that 40 people were killed.')[0]![3]).toBe('Rami Abdulrahman');
    expect(by('Sunday\'s strikes killed 40 people, Rami Abdulrahman, the head of the Observatory, said.')[0]![3]).toBe('Rami Abdulrahman');
    // The description first, then the name: the name speaks.
    expect(by('Another activist group, the Local Coordination Committees, said 40 people were killed.')[0]![3]).toBe('the Local Coordination Committees');
    expect(by('On Monday, a rebel group, Jaish al-Islam, said 40 people were killed.')[0]![3]).toBe('Jaish al-Islam');
    // What was said is "it", and the clause after tells when: no one's figure.
    expect(by('The bishop spoke to the radio. He said it a day after ISIL abducted more than 90 Assyrian Christians.')[0]![3]).toBeNull();
  });

  it('reads no figure in an age set off by commas after a name, but a toll by place', () => {
    expect(by('Abu Ahmed, 45, said 40 people were killed in the strike.').map((c) => [c[0], c[3]])).toEqual([['40 people', 'Abu Ahmed']]);
    expect(by('Mohammed, 12, was killed in the strike on 3 May.').map((c) => c[1])).toEqual(['date']);
    expect(by('Deaths by province: Aleppo, 45, Idlib, 12.').map((c) => c[0])).toEqual(['45', '12']);
  });

  it('reads the end of a state body\'s name as that body close after it, with no state named between', () => {
    expect(marks('The Syrian Air Force struck Douma on Monday. The Air Force said it hit 20 targets.')).toEqual([['syrian-arab-air-force', 'Syrian Air Force'], ['syrian-arab-air-force', 'Air Force']]);
    // (Not after another state's capital, nor where another body's name ends the same way.)
    expect(marks('The Russian Foreign Ministry said the talks failed. In Damascus, the Foreign Ministry said they would go on.').map((m) => m[0]).sort()).toEqual(['name:foreign-ministry', 'russian-foreign-ministry']);
    expect(marks('The Syrian Air Force struck Douma, a raid the Israeli Air Force did not join. The Air Force said it hit 20 targets.').map((m) => m[0])).toContain('name:air-force');
  });
});

describe('what the thirty-second audit found', () => {
  const by = (text: string, date = '2016-07-01') => analyze({ text, date }, true).claims.map((c) => [c.text, c.kind, c.value, c.unit ?? null]);

  it('reads a half with its unit, before it or after it', () => {
    expect(by('The town is two and a half kilometres from the border.')).toEqual([['two and a half kilometres', 'distance', 2.5, 'km']]);
    expect(by('He spent over a year and a half in captivity.')).toEqual([['over a year and a half', 'duration', 1.5, 'year']]);
    expect(by('The war has lasted six and a half years; aid stopped 3 years and a half ago.').map((c) => c[2])).toEqual([6.5, 3.5]);
    // (A year alone, after no approximation, stays no figure.)
    expect(by('Fighting lasted a year before the truce.')).toEqual([]);
  });

  it('reads "m" as metres before a place and as millions against the digits otherwise', () => {
    expect(by('Jets fired three missiles 500 m over the border into Lebanese territory.')).toEqual([['500 m', 'distance', 500, 'metre']]);
    expect(by('The EU gave $500m to Syria, and Britain gave £1.2bn.').map((c) => [c[0], c[1], c[2]])).toEqual([['$500m', 'money', 500_000_000], ['£1.2bn', 'money', 1_200_000_000]]);
    expect(by('Some 5m people fled Syria.')[0]![2]).toBe(5_000_000);
  });

  it('reads one of several harmed as one casualty, and not the several', () => {
    expect(by('Turkey sent 572 military personnel, one of which was killed in an accident.').map((c) => [c[0], c[1], c[2]])).toEqual([['572 military personnel', 'count', 572], ['one of which', 'casualties', 1]]);
    expect(by('One of the injured persons was killed in the incident.').map((c) => c[1])).toEqual(['casualties']);
    // (Unless the several are a toll's part: those killed include them.)
    expect(by('It led to the death of 35 combatants, including 26 soldiers, 8 of whom were killed by mines.').map((c) => c[1])).toEqual(['casualties', 'casualties', 'casualties']);
  });
});

describe('what the thirty-first and thirty-second audits found', () => {
  const marks = (text: string, date = '2016-07-01') => analyze({ text, date }, true).actors.flatMap((a) => a.mentions.map((m) => [a.id, m.text]));
  const kinds = (text: string, date = '2016-07-01') => analyze({ text, date }, true).claims.map((c) => [c.text, c.kind]);

  it('names a person after an office in lower case, or set off after one in capitals', () => {
    expect(marks('Turkish interior minister Süleyman Soylu said the border was closed.')).toEqual([['name:süleyman-soylu', 'Süleyman Soylu']]);
    expect(marks('Erdogan and VP Fuat Oktay condemned it.').map((m) => m[1])).toContain('Fuat Oktay');
    expect(marks('The Minister of Defense of Armenia, Seyran Ohanyan, visited Syria.').map((m) => m[1])).toContain('Seyran Ohanyan');
  });

  it('types those held, back home or sheltering as no toll, and a toll\'s parts after lives claimed or in the next sentence as one', () => {
    expect(kinds('The UN warned of a bloodbath, as about 100,000 rebels and 3,000,000 civilians were holed up in the area.').map((c) => c[1])).toEqual(['count', 'count']);
    expect(kinds('OCHA said that 94,000 civilians have returned to their homes.').map((c) => c[1])).toEqual(['count']);
    expect(kinds('There are at least 10,000 ISIL prisoners and more than 100,000 displaced persons in several camps.').map((c) => c[1])).toEqual(['count', 'displacement']);
    expect(kinds('The war has displaced 11 million people, including around five million who have sought refuge in neighbouring countries.').map((c) => c[1])).toEqual(['displacement', 'refugees']);
    // (Not one the relative clause is of another's: "21 people including Syrians who had taken shelter in Turkey were killed".)
    expect(kinds('A total of 21 people including Syrians who had taken shelter in Turkey were killed.').map((c) => c[1])).toEqual(['casualties']);
    expect(kinds('At least 100 people were hospitalised.').map((c) => c[1])).toEqual(['casualties']);
    expect(kinds('The conflict has claimed more than 300000 lives including some 87000 civilians - 15000 of them children.').map((c) => c[1])).toEqual(['casualties', 'casualties', 'casualties']);
    expect(kinds('The Observatory counted 21,452 dead in Aleppo. Among them were 5,261 children and 2,777 women.').map((c) => c[1])).toEqual(['casualties', 'casualties', 'casualties']);
    expect(kinds('The camp holds 20,000 people. Among them are 5,000 children.').map((c) => c[1])).toEqual(['count', 'count']);
  });

  it('reads "the coalition" as the coalition named last, or as a body named since whose name holds the word', () => {
    expect(marks('Turkey and Qatar have supported the Army of Conquest. The coalition includes the al-Nusra Front.').filter((m) => m[1] === 'The coalition')).toEqual([['jaysh-al-fatah', 'The coalition']]);
    expect(marks('The US-led coalition struck ISIS in Raqqa. The coalition said 20 militants died.').filter((m) => m[1] === 'The coalition')).toEqual([['us-led-coalition', 'The coalition']]);
    expect(marks('Hadi Bahra, the leader of the National Coalition for Syrian Revolutionary and Opposition Forces, called for strikes on ISIS. The coalition is recognized by 20 countries.').filter((m) => m[1] === 'The coalition')).toEqual([['syrian-national-coalition', 'The coalition']]);
  });
});

describe('what the thirty-first audit found: offices on an undated page', () => {
  it('dates an office on a page with no date of its own by the narrative before it, not by the page\'s latest date', () => {
    const text = 'On 6 September 2007 Israeli jets struck a site in Deir ez-Zor. Two days later Turkish media reported finding fuel tanks in Hatay, and the Turkish prime minister spoke to Israel. On 21 March 2018 the UN said 400,000 had died in Syria.';
    const office = (date?: string) => analyze({ text, date }, true).actors.find((a) => a.mentions.some((m) => m.text === 'Turkish prime minister'))?.id;
    expect(office()).toBe('recep-tayyip-erdogan');
    // (A page's own date still dates it.)
    expect(office('2018-03-22')).toBe('binali-yildirim');
  });
});

describe('what the thirty-third audit found', () => {
  const marks = (text: string, date = '2016-07-01') => analyze({ text, date }, true).actors.flatMap((a) => a.mentions.map((m) => [a.id, m.text]));
  const kinds = (text: string, date = '2016-07-01') => analyze({ text, date }, true).claims.map((c) => [c.text, c.kind]);

  it('reads "the observatory" in lower case after a place run on without a comma', () => {
    expect(marks('The Syrian Observatory for Human Rights said so. On Tuesday 11 people were killed in Jisreen the observatory said.').map((m) => m[1])).toContain('the observatory');
  });

  it('marks no actor in a text written before it was founded', () => {
    expect(marks('The death of eight was reported according to Syria TV.', '2016-07-12')).toEqual([['name:syria-tv', 'Syria TV']]);
    expect(marks('The death of eight was reported according to Syria TV.', '2019-01-01')).toEqual([['syria-tv', 'Syria TV']]);
  });

  it('names two bodies speaking together after a clause run on, plain speakers after those counted, and a name after an opening participle\'s clause', () => {
    const by = (text: string) => analyze({ text, date: '2016-07-01' }, true).claims.map((c) => c.attributedTo ?? null);
    expect(by('Four civilians were killed in the strikes a Britain-based monitor and a medical source said.')).toEqual(['a Britain-based monitor and a medical source']);
    expect(by('The toll has risen to 20 with children among the casualties media reported Saturday.')).toEqual(['media']);
    expect(by('Addressing the council Liu said 40 hospitals were hit.')).toEqual(['Liu']);
    expect(by('Speaking to reporters in Geneva Staffan de Mistura said 400,000 had died.')).toEqual(['Staffan de Mistura']);
  });

  it('types the slightly hurt as harmed, those out of contact as no toll, and those a convoy carries as evacuees', () => {
    expect(kinds('Two people were slightly hurt in Nusaybin a witness said.')).toEqual([['Two people', 'casualties']]);
    expect(kinds('Three rebels were killed and contact was lost with 25 rebels after an ambush.').map((c) => c[1])).toEqual(['casualties', 'count']);
    expect(kinds('About 45 buses carrying 3000 people left the besieged towns. The convoy was carrying at least 5000 people out of the enclave.').map((c) => c[1])).toEqual(['count', 'displacement', 'displacement']);
    // (Not soldiers, nor those a bus carries where no one leaves: "a military convoy carrying 50 soldiers", "a bus carrying 30 pilgrims was hit".)
    expect(kinds('A Turkish military convoy carrying 50 soldiers entered Idlib. A bus carrying 30 pilgrims was hit.').map((c) => c[1])).toEqual(['count', 'count']);
  });
});

describe('what the thirty-first to thirty-third audits found: states and capitals as places', () => {
  const marks = (text: string) => analyze({ text, date: '2016-07-01' }, true).actors.map((a) => a.id).sort();

  it('reads a state or a capital as a place after more cues, and after "and" in a list a cue opens', () => {
    expect(marks('Rebels fired rocket and mortar shells at the cities of Damascus and Aleppo.')).toEqual([]);
    expect(marks('Terrorist rocket attacks on Aleppo and Damascus killed 5.')).toEqual([]);
    expect(marks('Refugees fled to neighbouring Iraq and Jordan.')).toEqual([]);
    expect(marks('The jets had to cross Syria; a ship was stopped en route to Syria.')).toEqual([]);
    expect(marks('Clashes in N Syria continue. Militants moved towards the border of Turkey.')).toEqual([]);
    // (Not a state that acts: "Neighbouring Turkey closed its border", "Russia and Damascus agreed".)
    expect(marks('Neighbouring Turkey closed its border. Russia and Damascus agreed a truce.')).toEqual(['russia', 'syria', 'turkey']);
    expect(marks('Refugees returned to Lebanon and Turkey said it would help.')).toEqual(['turkey']);
  });
});

describe('what the thirty-second audit found: names and spellings', () => {
  const marks = (text: string) => analyze({ text, date: '2016-07-01' }, true).actors.flatMap((a) => a.mentions.map((m) => [a.id, m.text]));

  it('names a person with an Arabic article who speaks at a sentence\'s start, not a group whose name opens with its noun', () => {
    expect(marks('Haider al-Abadi said the army would win.')).toEqual([['name:haider-al-abadi', 'Haider al-Abadi']]);
    const kinds = analyze({ text: 'Katibat al-Furqan said 20 died.', date: '2016-07-01' }, true).actors.map((a) => [a.mentions[0]!.text, a.kind]);
    expect(kinds).not.toContainEqual(['Katibat al-Furqan', 'person']);
    expect(analyze({ text: 'Opposition website al-Durrar al-Shamiyyah reported so.', date: '2016-07-01' }, true).actors.map((a) => a.kind)).not.toContain('person');
  });

  it('reads "Israel Air Force" as the Israeli one', () => {
    expect(marks('Israel Air Force jets struck.')).toEqual([['israel-defense-forces', 'Israel Air Force']]);
  });
});

describe('what a reading of this session\'s change found', () => {
  const marks = (text: string, date: string | undefined = '2016-07-01') => analyze({ text, date }, true).actors.flatMap((a) => a.mentions.map((m) => [a.id, m.text]));
  const by = (text: string, date = '2016-07-01') => analyze({ text, date }, true).claims.map((c) => [c.text, c.kind, c.value, c.attributedTo ?? null]);

  it('dates an office on an undated page by a year looked back to no earlier, and by the page\'s estimate where the narrative gives no date before it', () => {
    const holder = (text: string) => analyze({ text }, true).actors.find((a) => a.mentions.some((m) => m.text === 'Syrian president'))?.id;
    expect(holder('On 12 March 2016 government forces shelled Hama. Residents recalled the 1982 massacre in the city. The Syrian president said the army would retake Idlib.')).toBe('bashar-al-assad');
    expect(holder('The Syrian president said the army would retake Idlib. Government forces shelled Hama on 12 March 2016, residents said.')).toBe('bashar-al-assad');
  });

  it('reads no state body\'s short name with an owner right after it, and no founded actor before an undated page\'s estimated date', () => {
    expect(marks('The Syrian Defence Ministry said 20 rebels were killed. The Defence Ministry in Ankara said two soldiers died.').filter((m) => m[1] === 'Defence Ministry')).not.toContainEqual(['syrian-ministry-of-defence', 'Defence Ministry']);
    expect(marks('On 3 May 2014 Syria TV showed footage of the ruined market in Homs.', undefined).map((m) => m[0])).not.toContain('syria-tv');
  });

  it('reads money in millions whatever follows its "m", and the scale of a range at both ends', () => {
    expect(by('Britain pledged £100m over the next three years. The fund received $500m from the EU. Washington poured $50m into the programme. A $500m long-term fund was set up.').filter((c) => c[1] === 'money').map((c) => c[2])).toEqual([100e6, 500e6, 50e6, 500e6]);
    expect(by('Some 3-4m Syrians have fled the country.')[0]!.slice(2, 3)).toEqual([3e6]);
    expect(analyze({ text: 'Some 3-4m Syrians have fled the country.', date: '2016-07-01' }, true).claims[0]!.high).toBe(4e6);
  });

  it('reads no age in a toll by place, and an age before "and her children" or a second description', () => {
    expect(by('Deaths were spread across Aleppo, 1,200, Idlib, 800, and Homs, 300, the monitor said.').map((c) => c[2])).toEqual([1200, 800, 300]);
    expect(by('The highest toll was in Aleppo, 120, the Observatory said.').map((c) => c[2])).toEqual([120]);
    expect(by('Umm Khaled, 35, and her three children were killed.').map((c) => c[0])).toEqual(['three children']);
    expect(by('Umm Mohammed, 38, a mother of four, said 12 people were killed in the raid.')).toEqual([['12 people', 'casualties', 12, 'Umm Mohammed']]);
    expect(by('At least 12 people were killed in the raid, Umm Mohammed, 38, a mother of four, said.')).toEqual([['At least 12 people', 'casualties', 12, 'Umm Mohammed']]);
  });

  it('keeps the whole\'s own harm, the kind of the figure "them" is, and a clause after a dash its own', () => {
    expect(by('At least 35 people were wounded, two of whom died in hospital.').map((c) => c[1])).toEqual(['casualties', 'casualties']);
    expect(by('Some 5,000 people fled the town after strikes killed 12. Among them were 2,000 children.').map((c) => c[1])).toEqual(['displacement', 'casualties', 'count']);
    expect(by('Fighting killed 30 people, including 10 children - 200 residents fled the town.').map((c) => c[1])).toEqual(['casualties', 'casualties', 'displacement']);
    expect(by('About 300 militants holed up in the hospital were killed in the assault.').map((c) => c[1])).toEqual(['casualties']);
    expect(by('About 120 ISIS fighters who fled to Turkey were arrested.').map((c) => c[1])).not.toContain('refugees');
    expect(by('The 12 million people hurt most by the sanctions live in cities.').map((c) => c[1])).toEqual(['count']);
  });

  it('reads one and a half of a unit, and no half that is a half million\'s', () => {
    expect(by('The siege lasted one and a half years.').map((c) => [c[0], c[2]])).toEqual([['one and a half years', 1.5]]);
    expect(by('The siege lasted three years and a half million people were trapped.').map((c) => [c[0], c[2]])).toContainEqual(['three years', 3]);
  });

  it('keeps speakers that the new rules had cut or joined wrongly', () => {
    expect(by('At least 12 people were killed when warplanes bombed positions held by the army and a medical source said.')[0]![3]).toBe('a medical source');
    expect(by('Downing Street said 12 British jets took part in the strikes.')[0]![3]).toBe('Downing Street');
    expect(by('The army said it since September had killed 2,000 militants in Idlib.').map((c) => c[3])).toEqual(['The army', 'The army']);
  });

  it('reads "the coalition" as a body whose name holds the word only within reach of the form itself', () => {
    const far = 'US-led coalition jets struck Raqqa on Monday. The Syrian National Coalition welcomed the strikes. ' + 'Residents described long queues for bread and water in the city. '.repeat(14) + 'The coalition said its jets destroyed 12 targets near the city.';
    expect(marks(far).filter((m) => m[1] === 'The coalition')).toEqual([['us-led-coalition', 'The coalition']]);
  });
});

describe('what the README left for later: ranges of months, counts in words', () => {
  const by = (text: string, date = '2017-10-15') => analyze({ text, date }, true).claims.map((c) => [c.text, c.kind, c.value]);

  it('reads "from June to August" whole (one range, see below) and the first month of "Jan-Feb 2012"', () => {
    expect(by('Rebels attacked the army from June to August.')).toEqual([['June to August', 'date', '2017-06']]);
    expect(by('Clashes from Jan-Feb 2012 killed 40.').slice(0, 2)).toEqual([['Jan', 'date', '2012-01'], ['Feb 2012', 'date', '2012-02']]);
    // (Not a given name: "Jan Egeland said".)
    expect(by('Jan Egeland said 40 died.').map((c) => c[1])).toEqual(['casualties']);
  });

  it('reads a count in words from twenty up, not under it', () => {
    expect(by('Fifty-nine cruise missiles were fired at the base. Thirty trucks entered the town.')).toEqual([['Fifty-nine cruise missiles', 'count', 59], ['Thirty trucks', 'count', 30]]);
    expect(by('Three men were seen near five hospitals.')).toEqual([]);
  });
});

describe('what the README left for later: vehicles by their letters', () => {
  it('counts things named by their type\'s letters in the plural, not a toll, but not people so named', () => {
    const by = (text: string) => analyze({ text, date: '2016-07-01' }, true).claims.map((c) => [c.text, c.kind]);
    expect(by('A rebel tank and 2 BMP\'s were destroyed, and 5 soldiers killed.')).toEqual([['2 BMP\'s', 'count'], ['5 soldiers', 'casualties']]);
    expect(by('The army defused over 988 IEDs and downed 3 UAVs.')).toEqual([['over 988 IEDs', 'count'], ['3 UAVs', 'count']]);
    expect(by('Some 5,000 IDPs arrived in Azaz.')).toEqual([['Some 5,000 IDPs', 'displacement']]);
  });
});

describe('what the thirty-fourth audit found', () => {
  const marks = (text: string, date = '2016-07-06') => analyze({ text, date }, true).actors.flatMap((a) => a.mentions.map((m) => [a.id, m.text]));
  const by = (text: string, date = '2016-07-06') => analyze({ text, date }, true).claims.map((c) => [c.text, c.kind, c.value, c.attributedTo ?? null]);

  it('reads a capital as a place after a misspelt Ghouta or at a road\'s end, and a state\'s name as a given name before a surname', () => {
    expect(marks('Regime forces shelled East Ghota of Damascus. Rebels cut the highway of Daraa to Damascus.').map((m) => m[0])).toEqual(['syrian-arab-army']);
    expect(marks('The YPG announced the death of the volunteer Jordan MacTaggart.').map((m) => m[0])).not.toContain('jordan');
    expect(marks('Jordan closed its border. Jordan Times reported it.')).toContainEqual(['jordan', 'Jordan']);
    // New spellings: "Farsnews", "Jabhat al-Shamiyya".
    expect(marks('Farsnews further reported it. Rebels grouped to form Jabhat al-Shamiyya.').map((m) => m[0]).sort()).toEqual(['fars-news-agency', 'levant-front']);
  });

  it('reads a toll after a name a group\'s letters follow, "June last year", and speakers with an aside', () => {
    expect(by('According to the Kurdish Firat News Agency 10 IS militants were killed.')).toEqual([['10 IS militants', 'casualties', 10, 'the Kurdish Firat News Agency']]);
    expect(by('ISIS declared its caliphate in June last year.', '2015-07-06')).toEqual([['June', 'date', '2014-06', null]]);
    expect(by('At least 20 people were killed, said the SOHR, an independent group which monitors the war.')[0]![3]).toBe('the SOHR');
    expect(by('The SDF leadership, on the other side, claimed that 300 militants were killed.')[0]![3]).toBe('The SDF leadership');
    // (Not what was announced, described after it: "announced the start of the operation, an attempt to…".)
    expect(by('On 9 June, the army announced the start of "Operation Northern Storm", an attempt to retake the city.')[0]![3]).toBeNull();
  });
});

describe('what a second reading of this session\'s change found', () => {
  const marks = (text: string, date: string | undefined = '2016-07-06') => analyze({ text, date }, true).actors.flatMap((a) => a.mentions.map((m) => [a.id, m.text]));
  const by = (text: string, date = '2016-07-06') => analyze({ text, date }, true).claims.map((c) => [c.text, c.kind, c.value, c.attributedTo ?? null]);
  const holder = (text: string, phrase: string, date?: string) => analyze({ text, date }, true).actors.find((a) => a.mentions.some((m) => m.text === phrase))?.id;

  it('reads one aside after a name, and a second only after an age', () => {
    expect(by('Air strikes killed 12 people in Idlib on Sunday, the Syrian Observatory for Human Rights, a Britain-based war monitor, said.')[0]![3]).toBe('the Syrian Observatory for Human Rights');
    expect(by('Meanwhile, the Syrian Observatory for Human Rights, a Britain-based monitor, said 12 people were killed.')[0]![3]).toBe('the Syrian Observatory for Human Rights');
    expect(by('Umm Mohammed, 38, a mother of four, said 12 people were killed in the raid.')[0]![3]).toBe('Umm Mohammed');
  });

  it('dates an office on an undated page by its own year, and by the narrative only where it looks neither back nor ahead', () => {
    expect(holder('Rebels took Jarablus on 12 March 2016. The war had begun on 15 March 2011. The Turkish prime minister said in 2016 that 20 rebels were killed.', 'Turkish prime minister')).toBe('ahmet-davutoglu');
    expect(holder('Rebels took the town of Jarablus on 12 March 2016. The town had been besieged since 5 June 2013. The Turkish prime minister said 20 rebels were killed.', 'Turkish prime minister')).toBe('ahmet-davutoglu');
    expect(holder('Government forces shelled Hama on 3 March 2016. The UN plan calls for elections by 2018. The US president said 12 civilians died.', 'US president')).toBe('barack-obama');
    expect(holder('The Turkish prime minister told the U.N. in September 2013 that Syria was to blame.', 'Turkish prime minister', '2016-03-04')).toBe('recep-tayyip-erdogan');
  });

  it('keeps a state that acts after "and" in a list of places, and after "U.S.", "double-crossing" or the noun "crossing"', () => {
    expect(marks('Thousands of civilians fled to Lebanon and Russia stepped up its bombing of Aleppo.')).toEqual([['russia', 'Russia']]);
    expect(marks('After the fall of Aleppo and Moscow, Ankara and Tehran brokered a truce.').map((m) => m[1])).toContain('Moscow');
    expect(marks('A new U.S. Russia deal was announced.').map((m) => m[0])).toContain('russia');
    expect(marks('Rebels accused Moscow of double-crossing Turkey. Trucks waited at the border crossing Turkey closed.').filter((m) => m[0] === 'turkey')).toHaveLength(2);
    // ("neighbouring" after a cue, whatever its length: "transferred to neighbouring Turkey", "refugees in neighbouring Turkey".)
    expect(marks('Wounded fighters were transferred to neighbouring Turkey. Refugees in neighbouring Turkey number 2.7 million.')).toEqual([]);
  });

  it('keeps a state body\'s short name before "in a statement", and the candidate named within reach of "the coalition"', () => {
    expect(holder('The Syrian Defence Ministry said 20 rebels were killed. The Defence Ministry in a statement later said 12 soldiers died.', 'Defence Ministry', '2016-03-04')).toBe('syrian-ministry-of-defence');
    expect(holder('US-led coalition jets struck Raqqa on Monday. The Syrian National Coalition welcomed the strikes. The coalition said its jets destroyed 12 targets near the city.', 'The coalition', '2016-03-04')).toBe('us-led-coalition');
  });

  it('keeps the whole\'s harm told before it, evacuees only where people leave, ages only of persons, and millions before a country', () => {
    expect(by('The blast wounded 35 people, two of whom died in hospital.').map((c) => c[1])).toEqual(['casualties', 'casualties']);
    expect(by('A bus carrying 40 pilgrims was hit by a roadside bomb that left 12 dead.').map((c) => c[1])).not.toContain('displacement');
    expect(by('Umm Khaled, 35, a mother who told AFP she lost her son, said 12 people died.').map((c) => c[0])).toEqual(['12 people']);
    expect(by('Deaths by province: Aleppo, 95, the highest of any province, and Idlib, 40.').map((c) => c[2])).toEqual([95, 40]);
    expect(by('An estimated 6.5m inside Syria have been displaced.').map((c) => c[2])).toEqual([6.5e6]);
    expect(by('The evacuation took hours but saved many lives, including 40 children.').map((c) => c[1])).not.toContain('casualties');
    expect(by('About 5,000 Syrians who fled to Lebanon have died of cold. About 5,000 Syrians who fled to Turkey have returned home.').map((c) => c[1])).toEqual(['casualties', 'count']);
  });

  it('names no person of a group or an outlet with an Arabic article, and reads the speaker after a weekday or "the fighting"', () => {
    const kinds = (text: string) => analyze({ text, date: '2016-07-01' }, true).actors.map((a) => a.kind);
    expect(kinds('Zaman al-Wasl reported that 12 civilians were killed. Thuwar al-Raqqa said 15 fighters died.')).not.toContain('person');
    expect(by('Speaking on Tuesday Staffan de Mistura said 400,000 people had been killed.')[0]![3]).toBe('Staffan de Mistura');
    expect(by('At least 12 people were killed in the fighting a Britain-based monitor and a medical source said.')[0]![3]).toBe('a Britain-based monitor and a medical source');
  });
});

describe('a distance in metres written against its digits', () => {
  const by = (text: string, date = '2019-10-15') => analyze({ text, date }, true).claims.map((c) => [c.text, c.kind, c.value, c.unit ?? null]);

  it('reads "500m" before a place or a dimension as metres, and keeps other letters against digits out', () => {
    expect(by('Turkish troops stopped 500m from the border.')).toEqual([['500m', 'distance', 500, 'metre']]);
    expect(by('Workers built a wall 3m high along the road.')).toEqual([['3m', 'distance', 3, 'metre']]);
    // (Money before a place is still millions; a network's or a unit's name is no figure.)
    expect(by('Donors sent $500m over the border in aid.').map((c) => [c[0], c[1], c[2]])).toEqual([['$500m', 'money', 500_000_000]]);
    expect(by('The 5G network and the 9th division were cut off.')).toEqual([]);
  });
});

describe('"the Red Cross" after the ICRC is named', () => {
  const marks = (text: string, date = '2016-01-12') => analyze({ text, date }, true).actors.flatMap((a) => a.mentions.map((m) => [a.id, m.text]));

  it('reads it as the ICRC once that is named in full, not a national society', () => {
    expect(marks('The International Committee of the Red Cross said convoys reached Madaya. The Red Cross said 20 trucks entered. The British Red Cross raised funds.')).toEqual([
      ['icrc', 'International Committee of the Red Cross'],
      ['icrc', 'The Red Cross'],
      ['name:british-red-cross', 'British Red Cross'],
    ]);
  });
});

describe('a range of days into a later month', () => {

  it('reads "30 June to 2 July" as one date that runs until its last day', () => {
    expect(dates('Talks were held from 30 June to 2 July in Geneva.')).toEqual([['30 June to 2 July', '2016-06-30', '2016-07-02']]);
    expect(dates('Aid came in on 28 February–3 March 2016.')).toEqual([['28 February–3 March 2016', '2016-02-28', '2016-03-03']]);
    // (Not across a year's end, nor back to an earlier month: two dates then.)
    expect(dates('From 30 December to 2 January the town was shelled.').map((d) => d[0])).toEqual(['30 December', '2 January']);
    expect(dates('Between 4 July and 2 June nothing moved.').map((d) => d[0])).toEqual(['4 July', '2 June']);
    // (Audit 41: the month written first, too.)
    expect(dates('Airstrikes between April 27 and May 18 killed them.')).toEqual([['April 27 and May 18', '2016-04-27', '2016-05-18']]);
    expect(dates('It went on from December 30, 2015 to January 2, 2016.')).toEqual([['December 30, 2015 to January 2, 2016', '2015-12-30', '2016-01-02']]);
    expect(dates('Between July 4 and June 2 nothing moved.').map((d) => d[0])).toEqual(['July 4', 'June 2']);
  });
});

describe('what a reading of the phrase lists as a tree found', () => {
  const context = (text: string, date: string) => analyze({ text, date }, true).context.map((c) => c.id);
  const marks = (text: string, date = '2016-03-04') => analyze({ text, date }, true).actors.flatMap((a) => a.mentions.map((m) => [a.id, m.text]));
  const kinds = (text: string) => analyze({ text, date: '2016-03-04' }, true).claims.map((c) => [c.text, c.kind, c.value, c.high ?? null]);

  it('finds a shorter trigger phrase inside a longer one that is not taken', () => {
    // ("al Jolani" after a capitalised word reads as a longer place name; "Jolani" is still his.)
    expect(context('Israeli officials said HTS Leader al Jolani was a jihadist.', '2025-03-01')).toContain('jolani-versus-sharaa');
    // ("US. Occupation forces" runs across a full stop: the phrase after it stands.)
    expect(context('Damascus condemned the US. Occupation forces must leave, it said.', '2025-03-01')).toContain('occupation-vs-presence');
  });

  it('reads an office written with a hyphen as before', () => {
    expect(marks('The UN secretary-general said aid must reach Madaya.')).toContainEqual(['ban-ki-moon', 'UN secretary-general']);
  });

  it('keeps "A or B per cent" a share, however far the words of the share', () => {
    expect(kinds('About 20 or 30  per cent of the 5,000 residents fled.')[0]).toEqual(['About 20 or 30  per cent', 'percentage', 20, 30]);
  });
});

describe('a share written once after a range', () => {
  const kinds = (text: string) => analyze({ text, date: '2016-03-04' }, true).claims.map((c) => [c.text, c.kind, c.value, c.high ?? null]);

  it('reads "between 20 and 30%" and "20 or 30 per cent" as one share, not a count and a share', () => {
    expect(kinds('Between 20 and 30% of the 5,000 people were killed.')).toEqual([
      ['20 and 30%', 'percentage', 20, 30],
      ['5,000 people', 'casualties', 5000, null],
    ]);
    expect(kinds('Some 20 or 30 per cent of them fled.')).toEqual([['Some 20 or 30 per cent', 'percentage', 20, 30]]);
    // (Not a count and a share that only stand side by side.)
    expect(kinds('Some 23,604 or 76% of the refugees returned.').map((c) => c[1])).toEqual(['refugees', 'percentage']);
  });
});

describe('a range of months', () => {

  it('reads "from June to August 2015" as one date that runs until its last month', () => {
    expect(dates('Fighting raged from June to August 2015 around the town.')).toEqual([['June to August 2015', '2015-06', '2015-08']]);
    expect(dates('Talks ran between March and May 2016.')).toEqual([['March and May 2016', '2016-03', '2016-05']]);
    expect(dates('Aid came in June–August 2014.')).toEqual([['June–August 2014', '2014-06', '2014-08']]);
    // (Without a year only after "from" or "between": "May" may be a name.)
    expect(dates('Theresa May to June voters spoke.').map((d) => d[0])).not.toContain('May to June');
  });
});

describe('a range that agrees with an event by a day or month within it', () => {
  it('reads "September–October 2019" beside Operation Peace Spring as consistent with it', () => {
    const claims = analyze({ text: 'Turkish forces fought the SDF in northeast Syria during Operation Peace Spring in September–October 2019.', date: '2020-01-01' }, true).claims;
    expect(claims.map((c) => [c.text, c.verdict, c.facts])).toEqual([['September–October 2019', 'consistent', ['operation-peace-spring']]]);
  });

  it('reads a range of days into a later month as consistent with an event on its first day', () => {
    const claims = analyze({ text: 'During Operation Spring Shield, from 27 February to 5 March 2020, Turkish drones struck Syrian army positions in Idlib.', date: '2020-04-01' }, true).claims;
    expect(claims.map((c) => [c.text, c.verdict, c.facts])).toEqual([['27 February to 5 March 2020', 'consistent', ['operation-spring-shield']]]);
  });
});

describe('a range of days into the next year', () => {

  it('reads "30 December to 2 January 2016" as one date into the next year, where a year is written', () => {
    expect(dates('Shelling went on from 30 December to 2 January 2016.')).toEqual([['30 December to 2 January 2016', '2015-12-30', '2016-01-02']]);
    expect(dates('Talks ran 30 December 2015 to 3 January 2016.')).toEqual([['30 December 2015 to 3 January 2016', '2015-12-30', '2016-01-03']]);
    expect(dates('Talks ran 30 June 2016 to 2 July 2016.')).toEqual([['30 June 2016 to 2 July 2016', '2016-06-30', '2016-07-02']]);
    // (Both years written, a range may run over more than one.)
    expect(dates('Talks ran 30 December 2014 to 2 January 2016.')).toEqual([['30 December 2014 to 2 January 2016', '2014-12-30', '2016-01-02']]);
    // (Not backwards.)
    expect(dates('Talks ran 30 December 2016 to 2 January 2016.').map((d) => d[0])).toEqual(['30 December 2016', '2 January 2016']);
  });
});

describe('analyze: background of a page without a date', () => {
  it('keeps an event the text names after the date estimated from it: the estimate is only the least the date can be', () => {
    const text = 'Turkey launched Operation Peace Spring against the SDF on 9 October 2019. Days later, the United States and Turkey agreed to a five-day ceasefire to let the SDF withdraw from the safe zone.';
    const undated = analyze({ text }, true);
    expect(undated).toMatchObject({ date: '2019-10-09', dateSource: 'knowledge' });
    expect(contextIds(undated)).toContain('us-turkey-joint-statement-2019');
    // A date the article gives still leaves out what came after it.
    expect(contextIds(analyze({ text, date: '2019-10-12' }, true))).not.toContain('us-turkey-joint-statement-2019');
  });
});

describe('ranges over months and years', () => {

  it('reads a range of months over years as one date', () => {
    expect(dates('Between May 2012 and December 2015, violent incidents killed 200 people.')).toEqual([['May 2012 and December 2015', '2012-05', '2015-12']]);
    expect(dates('From January 2014 to March 2016 the siege went on.')).toEqual([['January 2014 to March 2016', '2014-01', '2016-03']]);
    expect(dates('The clashes (June 2012–April 2013) spread.')).toEqual([['June 2012–April 2013', '2012-06', '2013-04']]);
    // (Not two dates a sentence sets side by side, nor a range that runs backwards.)
    expect(dates('Talks in May 2012 and December 2015 failed.').map((d) => d[0])).toEqual(['May 2012', 'December 2015']);
    expect(dates('Between May 2015 and December 2012 nothing happened.').map((d) => d[0])).toEqual(['May 2015', 'December 2012']);
  });

  it('reads "between" one day and another of a later month as one date', () => {
    expect(dates('Between 29 March and 30 April, teams removed 4,000 devices.')).toEqual([['29 March and 30 April', '2016-03-29', '2016-04-30']]);
    expect(dates('Between 30 September 2015 and 1 August 2016, strikes went on.')).toEqual([['30 September 2015 and 1 August 2016', '2015-09-30', '2016-08-01']]);
    // (Two days joined by "and" without "between" are two dates.)
    expect(dates('Strikes hit on 29 March and 30 April.').map((d) => d[0])).toEqual(['29 March', '30 April']);
  });

  it('reads a season of a year as its months, and checks them against an event', () => {
    expect(dates('In summer 2014 ISIS advanced, and in the autumn of 2015 Russia intervened.')).toEqual([
      ['summer 2014', '2014-06', '2014-08'],
      ['the autumn of 2015', '2015-09', '2015-11'],
    ]);
    // (Winter runs into the next year: its year only.)
    expect(dates('In the winter of 2016 it snowed in Aleppo.')).toEqual([['the winter of 2016', '2016', null]]);
    const ghouta = analyze({ text: 'The Ghouta chemical attack in the summer of 2013 killed hundreds of people.', date: '2016-05-01' }, true);
    expect(claim(ghouta, 'the summer of 2013')).toMatchObject({ verdict: 'consistent', facts: ['ghouta-chemical-attack-2013'] });
    // A season sets a narrative in its year: "In the fall of 2013 … In February, … had been killed" is February 2013.
    const told = analyze({ text: 'In the fall of 2013 a general of the Revolutionary Guards was killed in Syria. In February, another general had been killed near Damascus.' }, true);
    expect(claim(told, 'February').value).toBe('2013-02');
  });

  it('dates a page without a date by the end of its latest range', () => {
    expect(analyze({ text: 'The offensive ran from 26 January to 12 February 2017, when government forces took the town.' }, true).date).toBe('2017-02-12');
  });
});

describe('background phrases read in their place', () => {
  it('brings a framing by its common phrase only beside one of those it is about', () => {
    const far = 'Government forces kept a security zone in the center of Hasakah city after the clashes. Aid groups asked for access.\n\nTalks went on in Geneva. Last year Turkey closed its border crossings, officials said.';
    expect(contextIds(analyze({ text: far, date: '2016-08-20' }, true))).not.toContain('safe-zone');
    const near = 'Turkey wants a security zone along its border with Syria, free of the YPG.';
    expect(contextIds(analyze({ text: near, date: '2016-08-20' }, true))).toContain('safe-zone');
    // "A Syrian offshoot of al-Qaeda" is no offshoot of the PKK.
    const offshoot = 'Al-Qaeda authorised Golani to set up a Syrian offshoot in 2011. Its fighters came from Iraq.\n\nThey fought in Idlib for years. In 2015 the YPG took Tal Abyad from the Islamic State, and Turkey protested.';
    expect(contextIds(analyze({ text: offshoot, date: '2016-08-20' }, true))).not.toContain('ypg-pkk-link');
  });

  it('reads the PKK\'s Syrian wing in the possessive as the framing of the YPG', () => {
    expect(contextIds(analyze({ text: 'The city is in the hands of the PKKs Syrian wing the YPG, Turkish officials said.', date: '2016-08-20' }, true))).toContain('ypg-pkk-link');
  });

  it('takes no war from a compound: "Syrian war planes"', () => {
    expect(contextIds(analyze({ text: 'Hospitals in Idlib were bombed by Russian and Syrian war planes on Monday, MSF said.', date: '2016-08-20' }, true))).not.toContain('syrian-uprising-2011');
    expect(contextIds(analyze({ text: 'The Syrian war has killed 400,000 people since 2011, the UN said.', date: '2016-08-20' }, true))).toContain('syrian-uprising-2011');
  });
});

describe('attribution: who accuses, who received reports', () => {
  const by = (text: string) => analyze({ text, date: '2016-06-01' }, true).claims.map((c) => [c.text, c.attributedTo ?? null]);

  it('gives a toll to who accused another of it, not to the accused', () => {
    expect(by('The Syrian opposition has accused government forces of killing well over 1000 civilians with poison gas.')).toEqual([['over 1000 civilians', 'The Syrian opposition']]);
    expect(by('The opposition blamed the army for the deaths of 40 people in Douma.')).toEqual([['40 people', 'The opposition']]);
    expect(by('Assad was accused of killing 300 people in Hama.')).toEqual([['killing 300 people', null]]);
    // (Not a date of the next sentence run on without its stop.)
    expect(by('Government sources blamed rebel forces for the killings On 8 June 2013 the town fell.')).toEqual([['8 June 2013', null]]);
  });

  it('gives figures to who received reports of them, after a period that opens the sentence', () => {
    expect(by('Over the past year MSF has received reports of at least 71 attacks on 32 health facilities in Syria.')).toEqual([
      ['at least 71 attacks', 'MSF'],
      ['32 health facilities', 'MSF'],
    ]);
    expect(by('In the past two weeks the Syrian Observatory said 30 people died in Idlib.')).toContainEqual(['30 people', 'the Syrian Observatory']);
  });

  // Audit: in copy without commas, "the border with Turkey local sources" and "the battlefield FNA" were the speakers.
  it('takes the speaker, not the object before it, in copy without commas', () => {
    expect(by('At least 20 people were killed at an opposition checkpoint in Azaz close to the border with Turkey local sources said.')).toEqual([['At least 20 people', 'local sources']]);
    expect(by('A car bomb killed 12 people in Azaz close to the border with Turkey local sources said.')).toEqual([['killed 12 people', 'local sources']]);
    expect(by('Militants pulled 20 vehicles back from the battlefield FNA reported.')).toEqual([['20 vehicles', 'FNA']]);
    // (A place after a preposition is no speaker.)
    expect(by('Rebels fired 60 rockets at the city of Aleppo on Friday the army said.')).toEqual([['60 rockets', 'the army']]);
    // (Reading of the change: a people's adjective is the speaker's.)
    expect(by('Twelve civilians died in the town of Al Bab Turkish media said.')).toEqual([['Twelve civilians', 'Turkish media']]);
  });

  // Audit: "a source in the Syrian militia said" gave the militia; "An activist who spoke on condition of anonymity … said" no one.
  it('takes the whole of one of a body, and a speaker a long relative clause describes', () => {
    expect(by('At least ten people were killed after a rocket hit the hospital in Aleppo a source in the Syrian militia said.')).toEqual([['At least ten people', 'a source in the Syrian militia']]);
    expect(by('A convoy of 11 buses left Zabadani for opposition-held territory a military media unit linked to the Hezbollah group said.')).toEqual([['11 buses', 'a military media unit linked to the Hezbollah group']]);
    expect(by('An activist who spoke on condition of anonymity for fear of retribution said some 200 fighters are based near Atmeh.')).toEqual([['some 200 fighters', 'An activist']]);
    expect(by('At least ten people were killed in Aleppo a source in the Syrian militia said.')).toEqual([['At least ten people', 'a source in the Syrian militia']]);
  });

  // Audit: "…, Kommersant said on its website, citing two sources" gave the figures no speaker.
  it('reads the speaker before "said on its website" or "on its Telegram channel"', () => {
    expect(by('Four jets and 10 soldiers were hit by the shelling, Kommersant said on its website, citing two sources.')).toEqual([['10 soldiers', 'Kommersant']]);
    expect(by('Twelve people died in Idlib, the ministry said on its Telegram channel.')).toEqual([['Twelve people', 'the ministry']]);
  });

  // Audit: "31 August 2019 - Militants from X claimed the destruction of a Russian drone" gave the destruction as its source.
  it('takes no object of a subject\'s verb for the speaker after it, but a speaker or a name', () => {
    expect(by('On 31 August 2019 militants from the Fatah al-Mubin operations room claimed the destruction of a Russian drone.')).toEqual([['31 August 2019', null]]);
    expect(by('On 19 September 2019 air defences reported the downing of an enemy drone in the town of Aqraba.')).toEqual([['19 September 2019', null]]);
    expect(by('Some 600000 people live in besieged areas said the UN.')).toEqual([['Some 600000 people', 'the UN']]);
    expect(by('At least 12 people were killed said the Syrian Observatory for Human Rights.')).toEqual([['At least 12 people', 'the Syrian Observatory for Human Rights']]);
    expect(by('Warplanes killed 9 people in raids on Idlib said a member of the White Helmets.')).toEqual([['killed 9 people', 'a member of the White Helmets']]);
  });
});

describe('machines counted by their model', () => {
  // Audit: "Two Su-24s were believed to have been destroyed …, killing at least five" gave a toll of two.
  it('counts aircraft and tanks named by their model as things, not the dead', () => {
    const found = (text: string) => analyze({ text, date: '2016-01-10' }, true).claims.map((c) => [c.text, c.kind, c.counts ?? null]);
    expect(found('Two Su-24s were destroyed on the ground by rebel shelling in Syria, killing at least five.')).toEqual([['killing at least five', 'casualties', null]]);
    expect(found('Russia sent 12 Su-25 and 4 Su-30 jets to Syria.')).toEqual([
      ['12 Su-25', 'count', 'Su-25'],
      ['4 Su-30', 'count', 'Su-30'],
    ]);
    // (Not a year before a model: "In 2012 Su-24 jets flew".)
    expect(found('In 2012 Su-24 jets flew over Syria.')).toEqual([['2012', 'date', null]]);
  });
});

describe('state media in their other forms', () => {
  // Audit: "Syrias state-run news agency" was Syria, "Syrian television" and an "Afp -" dateline unmarked.
  it('reads the state news agency, state television and a news agency in a dateline as themselves', () => {
    const marks = (text: string) => analyze({ text, date: '2017-04-16' }, true).actors.flatMap((a) => a.mentions.map((m) => [m.text, a.id]));
    expect(marks('Afp - Syrias state-run news agency said 44 people died, and Syrian television showed the blast.')).toEqual([
      ['Afp', 'afp'],
      ['Syrias state-run news agency', 'sana'],
      ['Syrian television', 'syrian-state-television'],
    ]);
  });
});

describe('a body the file lacks, named again', () => {
  // Audit: "the Russian news agency Kommersant reported" was marked, ", Kommersant said on its website" later was not.
  it('marks a later mention of a body the file lacks in the same words, not inside another\'s name nor owned by another', () => {
    const text = 'The news agency Kommersant reported that seven planes were hit. Two Su-24 bombers were destroyed, Kommersant said. The Kommersant Media Group owns Kommersant-Vlast.';
    const found = analyze({ text, date: '2018-01-04' }, true).actors.find((a) => a.id === 'name:kommersant');
    expect(found?.mentions.map((m) => m.start)).toEqual([text.indexOf('Kommersant'), text.indexOf('Kommersant said')]);
  });
});

describe('the battle of Aleppo in other words', () => {
  // Audit: "militants based in the eastern part of Aleppo" (November 2016) brought no background.
  it('brings the battle for "the eastern part of Aleppo" and its rebel-held districts', () => {
    const at = (text: string) => contextIds(analyze({ text, date: '2016-11-20' }, true));
    expect(at('Shells fired by militants based in the eastern part of Aleppo killed eight people, state media said.')).toContain('battle-of-aleppo-2012-2016');
    expect(at('Air strikes hit the rebel-held districts of Aleppo again, rescuers said.')).toContain('battle-of-aleppo-2012-2016');
  });
});

describe('the air force in its plural', () => {
  // Audit: "Syrian army air forces" was the army; "Syrian Air Forces" a name the file lacks.
  it('reads "Syrian army air forces" and "Syrian Air Forces" as the air force', () => {
    const marks = analyze({ text: 'With Syrian army air forces, Russian jets flew 468 sorties. Syrian Air Forces losses were high.', date: '2016-08-05' }, true).actors.flatMap((a) => a.mentions.map((m) => [m.text, a.id]));
    expect(marks).toContainEqual(['Syrian army air forces', 'syrian-arab-air-force']);
    expect(marks).toContainEqual(['Syrian Air Forces', 'syrian-arab-air-force']);
    expect(marks.map(([, id]) => id)).not.toContain('syrian-arab-army');
  });
});

describe('an event\'s common phrases beside its places', () => {
  // Audit: "the M4 highway" near Ayn Issa brought the Idlib ceasefire of March 2020; "a strategic
  // highway linking Homs with Deir ez-Zor" the closure of the Damascus-Aleppo M5.
  it('counts a road or a group named in common words only beside one of the event\'s places', () => {
    const at = (text: string) => contextIds(analyze({ text, date: '2020-12-10' }, true));
    expect(at('The Turkish incursion into north-eastern Syria ended short of the M4 highway near Ayn Issa. Russia and Turkey held talks.')).not.toContain('moscow-protocol-2020');
    expect(at('Russia and Turkey agreed joint patrols on the M4 highway. The road runs through Idlib to Latakia.')).toContain('moscow-protocol-2020');
    expect(at('ISIS took Al-Sukhnah, giving it a strategic highway linking Homs with Deir ez-Zor.')).not.toContain('m5-highway-closure');
    expect(at('The army reopened the strategic highway at Saraqib after years of fighting, the Syrian army said.')).toContain('m5-highway-closure');
  });

  // Audit 43: "the suspected sarin attack in Khan Shaykhun" brought the Ghouta attack of 2013.
  it('reads a sarin attack as Ghouta\'s only beside Ghouta', () => {
    const at = (text: string) => contextIds(analyze({ text, date: '2017-04-20' }, true));
    expect(at('Assad said the suspected sarin attack in Khan Shaykhun was fabricated.')).not.toContain('ghouta-chemical-attack-2013');
    expect(at('The sarin attack on Khan Shaykhun, which Damascus denied carrying out, killed 87 people.')).not.toContain('ghouta-chemical-attack-2013');
    expect(at('Four years after the sarin attack in the Damascus suburbs of Ghouta, inspectors returned to Syria.')).toContain('ghouta-chemical-attack-2013');
  });
});

describe('a day tied to an attack once', () => {
  // Audit 43: "the April 4 strike" where the text had named "the April 4 attack on Khan Shaykhun".
  it('is that attack\'s wherever an attack on that day is named again, and only then', () => {
    const text = 'Government forces used nerve agents before an April 4 attack that killed dozens of people, and in a March 30 attack. The April 4 attack on Khan Shaykhun killed 87 people.';
    const a = analyze({ text, date: '2017-04-20' }, true);
    expect(a.claims.filter((c) => c.kind === 'date').map((c) => [c.text, c.verdict, c.facts[0] ?? null])).toEqual([
      ['April 4', 'consistent', 'khan-shaykhun-chemical-attack-2017'],
      ['March 30', 'not-in-knowledge', null],
      ['April 4', 'consistent', 'khan-shaykhun-chemical-attack-2017'],
    ]);
  });
});

describe('background phrases in their other forms', () => {
  // Audit 43: "rebel-held eastern parts of Aleppo", "raids by Russian aircraft", "President Bashar
  // al-Assads regime" each lacked the background entry its other form brings.
  it('brings the battle, the intervention and the word regime\'s framing', () => {
    const at = (text: string) => contextIds(analyze({ text, date: '2016-10-10' }, true));
    expect(at('Some 250,000 people lived in rebel-held eastern parts of Aleppo.')).toContain('battle-of-aleppo-2012-2016');
    expect(at('Raids by Russian aircraft hit several districts of Idlib.')).toContain('russian-intervention-2015');
    // (Not over Ukraine in an article on Syria: the aircraft's phrase needs a Syrian place near.)
    const ukraine = 'Syria\'s war has killed hundreds of thousands since 2011. The world has moved on. In Ukraine, Russian aircraft struck a hospital in Mariupol, officials said. Kyiv said Russian jets also hit Kharkiv.';
    expect(contextIds(analyze({ text: ukraine, date: '2022-03-10' }, true))).not.toContain('russian-intervention-2015');
    expect(at("President Bashar al-Assad's regime has stepped up its air campaign.")).toContain('regime-vs-government');
  });

  it('reads a state\'s mission or envoy to the UN as the state\'s, not the UN', () => {
    // Audit 43: "The Syrian UN mission was not immediately available to comment."
    const ids = (text: string) => analyze({ text, date: '2017-04-12' }, true).actors.map((a) => a.id);
    expect(ids('The Syrian UN mission was not immediately available to comment.')).not.toContain('united-nations');
    expect(ids("Russia's UN envoy Vassily Nebenzia said the vote failed.")).not.toContain('united-nations');
    expect(ids('The UN envoy Staffan de Mistura said talks would resume.')).toContain('united-nations');
    // (Only a state of the file: not a veteran, nor a person's possessive.)
    expect(ids('Veteran UN envoy Lakhdar Brahimi said 40 people were killed.')).toContain('united-nations');
    expect(ids("Kofi Annan's UN mission failed.")).toContain('united-nations');
    // (Nor is the full name left to be read as a name the file lacks.)
    expect(ids("Syria's United Nations ambassador said it.")).not.toContain('name:united-nations');
  });

  it('marks a state\'s air forces in the plural, and the state whose adjective shares the noun', () => {
    const marks = analyze({ text: 'The town was bombed by Syrian and Russian air forces on Sunday.', date: '2019-05-05' }, true).actors.flatMap((a) => a.mentions.map((m) => [m.text, a.id]));
    expect(marks).toContainEqual(['Russian air forces', 'russian-aerospace-forces']);
    expect(marks).toContainEqual(['Syrian', 'syrian-arab-air-force']);
  });
});

describe('a year that heads a section', () => {
  // Audit: the eleven year headings of a list page ("## 2012" to "## 2022") were marked as dates.
  it('marks no heading year, but dates the days under it by it', () => {
    const text = '## 2012\nOn 4 April rebels shot down a helicopter near Idlib.\n\n## 2013\nOn 5 May a jet crashed near Hama, the army said in 2013.';
    expect(analyze({ text }, true).claims.map((c) => [c.text, c.value])).toEqual([
      ['4 April', '2012-04-04'],
      ['5 May', '2013-05-05'],
      ['2013', '2013'],
    ]);
    // (Reading of the change: a year alone on a line of hard-wrapped prose is the prose's.)
    expect(analyze({ text: 'Sarin killed hundreds in Ghouta in\n2013\nand the world watched.', date: '2016-01-01' }, true).claims.map((c) => c.text)).toContain('2013');
  });
});

describe('the dead among evacuees', () => {
  // Audit: a toll of evacuees read as displaced because "evacuated" stood nearer than "death toll".
  it('reads a toll a long subject names, and evacuees from named towns who were killed, as casualties', () => {
    const kinds = (text: string) => analyze({ text, date: '2017-04-16' }, true).claims.map((c) => [c.text, c.kind]);
    expect(kinds('The death toll in a suicide car bomb attack on buses carrying Syrians evacuated from two besieged towns has risen to at least 112.')).toEqual([['at least 112', 'casualties']]);
    expect(kinds('The Observatory said that 98 evacuees from the northern towns of Fuaa and Kafraya were killed when a car bomb hit their buses.')).toEqual([['98 evacuees', 'casualties']]);
    // (Not others joined by "and": the evacuees are not said to have died.)
    expect(kinds('Some 300 evacuees and two drivers were killed.')).toEqual([['Some 300 evacuees', 'displacement'], ['two drivers', 'casualties']]);
    // (Reading of the change: not another clause's count after the toll, nor relatives killed of those who speak.)
    expect(kinds('The death toll in Syria climbed, and the number of displaced people who fled the fighting in Idlib province reached 100,000.')).toEqual([['100,000', 'displacement']]);
    expect(kinds('Some 300 displaced families in Syria say many of their relatives were killed.')).toEqual([['Some 300 displaced', 'displacement']]);
  });

  it('reads those a killing verb takes as casualties, whatever participle tells who they were', () => {
    const kinds = (text: string) => analyze({ text, date: '2017-04-16' }, true).claims.map((c) => [c.text, c.kind]);
    expect(kinds('A bomber struck the buses, killing and wounding dozens of people evacuated from two villages.')).toEqual([['dozens of people', 'casualties']]);
    expect(kinds('The deal saw 5000 people evacuated from two villages.')).toEqual([['5000 people', 'displacement']]);
  });
});

describe('vague counts of the uprooted', () => {
  it('reads "driven millions from their homes" and "uprooted thousands" as displacement', () => {
    const claims = analyze({ text: 'The war has driven millions from their homes. The fighting has uprooted thousands in Idlib.', date: '2016-07-02' }, true).claims;
    expect(claims.map((c) => [c.text, c.kind, c.approx])).toEqual([
      ['millions', 'displacement', 'vague'],
      ['thousands', 'displacement', 'vague'],
    ]);
    // (Not those driven back: "Police drove thousands of protesters back" counts protesters.)
    expect(analyze({ text: 'Police drove thousands of protesters back in Deraa.', date: '2011-04-02' }, true).claims.map((c) => c.kind)).toEqual(['count']);
  });
});

describe('a span of time ago', () => {
  const readings = (text: string, date: string | null) => analyze({ text, date }, true).claims.map((c) => [c.text, c.kind, c.value, c.approx, c.verdict]);

  it('is a date counted back from the article\'s date', () => {
    expect(readings('Since the civil war erupted five years ago, the city has been besieged.', '2016-07-02')).toEqual([['five years ago', 'date', '2011', 'about', 'consistent']]);
    expect(readings('Two days ago the same neighbourhood in Aleppo was shelled.', '2016-04-07')).toEqual([['Two days ago', 'date', '2016-04-05', 'exact', 'not-in-knowledge']]);
    expect(readings('Three months ago the town in Idlib fell.', '2016-01-15')).toEqual([['Three months ago', 'date', '2015-10', 'about', 'not-in-knowledge']]);
    expect(readings('More than five years ago the protests in Deraa began.', '2016-07-02')[0]!.slice(0, 4)).toEqual(['More than five years ago', 'date', '2011', 'about']);
    const explained = analyze({ text: 'Since the civil war erupted five years ago, the city has been besieged.', date: '2016-07-02' }, true).claims[0]!;
    expect(explained.explanation).toMatch(/^Counted back from the article's date, 2 July 2016\./);
  });

  it('is less than that far back after "nearly" or "almost": the year before it too', () => {
    // Of October 2016, "nearly six years ago" is from October 2010 to October 2011: the uprising's March 2011 agrees.
    const [c] = analyze({ text: 'The Syrian war began nearly six years ago and has killed more than 300,000 people.', date: '2016-10-05' }, true).claims;
    expect([c!.text, c!.kind, c!.value, c!.until, c!.verdict]).toEqual(['nearly six years ago', 'date', '2010-10', '2011-10', 'consistent']);
    expect(readings('The uprising began almost six years ago in Deraa.', '2016-10-05')[0]!.slice(0, 2)).toEqual(['almost six years ago', 'date']);
    // (Six years and more: the year alone, as before.)
    expect(readings('The uprising began more than six years ago in Deraa.', '2017-10-05')[0]!.slice(0, 3)).toEqual(['more than six years ago', 'date', '2011']);
  });

  it('stays a span where the article\'s date is not known', () => {
    expect(readings('Since the civil war erupted five years ago, the city has been besieged.', null)).toEqual([['five years ago', 'duration', 5, 'exact', 'not-in-knowledge']]);
  });
});

describe('another name a text gives a body the file knows', () => {
  it('is that body\'s wherever the text writes it, with its letters', () => {
    const a = analyze({ text: 'The Syrian National Army, also known as the Turkish-backed Free Syrian Army (TFSA), advanced on Ras al-Ayn. TFSA fighters entered the town. The Free Syrian Army was founded in 2011.', date: '2019-10-20' }, true);
    const marks = a.actors.flatMap((x) => x.mentions.map((m) => [x.id, m.text]));
    expect(marks.filter((m) => m[1] === 'TFSA')).toEqual([['syrian-national-army', 'TFSA'], ['syrian-national-army', 'TFSA']]);
    // (The other name written otherwise is still its own: "The Free Syrian Army was founded in 2011".)
    expect(marks.filter((m) => m[0] === 'free-syrian-army')).toEqual([['free-syrian-army', 'Free Syrian Army']]);
  });
});

describe("an owner's body named in words any state's would have", () => {
  const marks = (text: string) => analyze({ text, date: '2018-02-01' }, true).actors.flatMap((x) => x.mentions.map((m) => [x.id, m.text]));

  it('is the file\'s body where it has one, and otherwise no name of its own beside its owner', () => {
    expect(marks("Turkey's Armed Forces shelled Afrin on Monday.")).toEqual([['turkey', 'Turkey'], ['turkish-armed-forces', 'Armed Forces']]);
    expect(marks("Iran's Armed Forces will go on supporting Syria.").map((m) => m[0]).sort()).toEqual(['iran', 'syria']);
    // (Named alone, such a body is still a name, though the file lacks it: "The Health Ministry in Gaza said".)
    expect(marks('The Health Ministry in Gaza said 30 people died.')).toEqual([['name:health-ministry', 'Health Ministry']]);
  });
});

describe('what a reading of the change found', () => {
  const claims = (text: string, date: string | null = '2016-07-02') => analyze({ text, date }, true).claims;

  it('reads a day after a range over years from the range\'s end', () => {
    expect(dates('From May 2012 to December 2015 the town was besieged. On 3 January, the army entered it.', null)).toEqual([
      ['May 2012 to December 2015', '2012-05', '2015-12'],
      ['3 January', '2016-01-03', null],
    ]);
  });

  it('lets a season agree with an event the file knows by its year only', () => {
    const c = claims('The Battle of Aleppo began in the summer of 2012, when rebels entered the city.').find((x) => x.kind === 'date')!;
    expect([c.text, c.verdict, c.facts]).toEqual(['the summer of 2012', 'consistent', ['battle-of-aleppo-2012-2016']]);
  });

  it('reads no season in a name or a noun, nor a count after one, and a capitalised season as one', () => {
    expect(dates('Protests spread across Syria during the Arab spring of 2011.')).toEqual([['2011', '2011', null]]);
    expect(dates("The regime's fall 2024 came swiftly.", '2025-03-01')).toEqual([['2024', '2024', null]]);
    expect(dates('In Summer 2013 the army advanced on Qusayr.')).toEqual([['Summer 2013', '2013-06', '2013-08']]);
    expect(dates('In the summer and fall of 2012, troops cleared the suburbs.')).toEqual([['fall of 2012', '2012-09', '2012-11']]);
    expect(claims('This summer 2000 refugees returned to Homs from Lebanon.', '2018-09-02').map((c) => [c.text, c.kind])).toEqual([['2000 refugees', 'refugees']]);
    // (A season dates an undated page by its year only.)
    expect(analyze({ text: 'The summer of 2013 was hot in Aleppo.' }, true).date).toBeNull();
  });

  it('reads ranges of one year, or with both years written, whatever joins them', () => {
    expect(dates('Between May 2015 and December 2015, 300 people died in Madaya.')).toEqual([['May 2015 and December 2015', '2015-05', '2015-12']]);
    expect(dates('Between 1 January 2015 and 31 December 2016, strikes went on.')).toEqual([['1 January 2015 and 31 December 2016', '2015-01-01', '2016-12-31']]);
    expect(dates('The siege (May 2012—December 2015) ended.')).toEqual([['May 2012—December 2015', '2012-05', '2015-12']]);
  });

  it('counts "a year ago" back, and leaves a span it cannot count back as a span without "ago"', () => {
    expect(claims('The war erupted a year ago.', '2016-07-15').map((c) => [c.text, c.kind, c.value])).toEqual([['a year ago', 'date', '2015']]);
    expect(claims('The siege began two and a half years ago.', '2016-07-15').map((c) => [c.text, c.kind, c.value])).toEqual([['two and a half years', 'duration', 2.5]]);
  });

  it('reads a speaker after a conjunction and a period, and every form of accusing', () => {
    const by = (text: string) => claims(text, '2016-06-01').map((c) => [c.text, c.attributedTo ?? null]);
    expect(by('But over the past year MSF has received reports of at least 71 attacks on clinics.')).toEqual([['at least 71 attacks', 'MSF']]);
    expect(by('In the past 24 hours the Syrian Observatory said 30 people died in Idlib.')).toContainEqual(['30 people', 'the Syrian Observatory']);
    expect(by('Activists accuse government forces of killing 300 people in Hama.')).toEqual([['killing 300 people', 'Activists']]);
    expect(by('Rebels blame the army for the deaths of 40 people in Douma.')).toEqual([['40 people', 'Rebels']]);
  });

  it('takes no count that the war drove into something else, and no war from a compound however it is spaced', () => {
    expect(claims('The war has driven millions into poverty.')).toEqual([]);
    expect(contextIds(analyze({ text: 'Syrian war-planes bombed Idlib. Syrian war\u00a0planes bombed Hama.', date: '2019-10-10' }, true))).not.toContain('syrian-uprising-2011');
  });
});

describe('speakers, as the thirty-ninth audit found them', () => {
  const by = (text: string) => analyze({ text, date: '2019-12-01' }, true).claims.map((c) => [c.text, c.attributedTo ?? null]);

  it('starts a speaker after a capitalised connective that opens the next sentence in text without stops', () => {
    expect(by('Eight persons wounded in Foua and Kafrya Meanwhile civil sources told SANA that 8 persons were wounded in Idleb.')).toContainEqual(['8 persons', 'civil sources']);
  });

  it('gives "according to" set off by dashes only to the rest of its clause, and ends its source at a dash', () => {
    expect(by('In late October 2019 the force gained hundreds of troops and—according to unnamed sources—potentially 20 tanks, raising the total to around 500.')).toEqual([
      ['late October 2019', null],
      ['hundreds of troops', null],
      ['20 tanks', 'unnamed sources'],
      ['around 500', null],
    ]);
    expect(by('According to the monitor—which has sources in Idlib—200 people were killed.')).toEqual([['200 people', 'the monitor']]);
  });

  it('reads the speaker after the day a long clause without commas tells of, or after a place that ends its object', () => {
    expect(by('At least 22 people were killed in a double attack at an army checkpoint in the city of Homs on Tuesday state media said.')).toEqual([['At least 22 people', 'state media']]);
    expect(by('Seven children were among 71 civilians killed in opposition-held areas on Tuesday and Wednesday SOHR head Rami Abdel Rahman said.')).toEqual([
      ['Seven children', 'SOHR head Rami Abdel Rahman'],
      ['71 civilians', 'SOHR head Rami Abdel Rahman'],
    ]);
    expect(by('At least 22 people were killed in a double attack at an army checkpoint in Homs state media said.')).toEqual([['At least 22 people', 'state media']]);
  });

  it('takes who said a figure before it, not who relays it with "according to" after it', () => {
    expect(by('The Local Coordination Committees reported at least 30 bodies in Douma, according to Reuters.')).toEqual([['at least 30 bodies', 'The Local Coordination Committees']]);
    expect(by('At least 30 bodies were found in Douma, according to Reuters.')).toEqual([['At least 30 bodies', 'Reuters']]);
    expect(by('According to Reuters, the committees reported at least 30 bodies in Douma.')).toEqual([['at least 30 bodies', 'Reuters']]);
  });

  it('reads "he" or "it" as the speaker of the sentence before when no actor names it, by the speaker\'s noun', () => {
    expect(by('The civil defence spokesman said the town was hit by toxic gas. The group knew of around nine chlorine attacks in Idlib since the conflict began he said.')).toEqual([
      ['around nine chlorine attacks', 'The civil defence spokesman'],
    ]);
    expect(by('A local monitoring group said the town was hit. Around nine people were killed, it said.')).toEqual([['Around nine people', 'A local monitoring group']]);
    expect(by('A local monitoring group said the town was hit. Around nine people were killed, he said.')).toEqual([['Around nine people', null]]);
    expect(by('A spokesman for the ministry said the town was hit. Around nine people were killed, he said.')).toEqual([['Around nine people', 'A spokesman for the ministry']]);
  });

  it('reads a headline\'s source before the colon that opens it, not a topic\'s label', () => {
    expect(by('Syrian opposition: 1300 killed in chemical attack on Ghouta. The attack hit at dawn.')[0]).toEqual(['1300 killed', 'Syrian opposition']);
    expect(by('Monitor: 20 killed in Idlib air strikes. More came.')[0]).toEqual(['20 killed', 'Monitor']);
    expect(by('Idlib: 20 killed in air strikes. More came.')[0]).toEqual(['20 killed', null]);
    expect(by('In Idlib, 20 were killed. Activists: 12 more died.')[1]).toEqual(['12', null]);
  });

  it('reads the speaker after a quotation past where and when it was said, in text without commas', () => {
    expect(by('"Six people were killed in bombing that destroyed two homes" in the village of Hassajik in the Aleppo region early on Tuesday the Russian defence ministry said.')).toEqual([
      ['Six people', 'the Russian defence ministry'],
    ]);
    // (Not the last words of a long description with no day before them.)
    expect(by('"Millions of civilians will suffer if the networks are not repaired" a statement from the UN coordinator for Syria and the regional coordinator for the Syria crisis said.')).toEqual([
      ['Millions of civilians', null],
    ]);
  });

  it('ends the source after "according to" where a pronoun opens the clause, in text without commas', () => {
    expect(by('According to the group they were the latest of more than 7000 people killed in Syria.')).toEqual([['more than 7000 people', 'the group']]);
  });

  it('reads a thing named after a subject\'s "claimed" as what was claimed, not who claimed it', () => {
    expect(by('Two pilots were killed near Idlib, and Jaish al-Islam claimed the Russian jet.')).toEqual([['Two pilots', null]]);
    expect(by('Two pilots were killed near Idlib, claimed the Russian Defence Ministry.')).toEqual([['Two pilots', 'the Russian Defence Ministry']]);
    expect(by('Two pilots were killed near Idlib, said the Syrian foreign ministry spokesman.')).toEqual([['Two pilots', 'the Syrian foreign ministry spokesman']]);
  });
});

describe('a dateline that opens the text', () => {
  const explanation = (text: string, span: string) => analyze({ text, date: '2016-10-19' }, true).claims.find((c) => c.text === span)?.explanation;

  it('is the report\'s own date, after a stamp, an abbreviated weekday or nothing, in any form a date takes', () => {
    expect(explanation('Date of publication 19 October 2016 Russia accused Belgium of killing six civilians in Aleppo.', '19 October 2016')).toBe("The report's own date.");
    expect(explanation('Thu Apr 7 2016 Air strikes killed 20 people in Idlib, Syria.', 'Apr 7 2016')).toBe("The report's own date.");
    expect(explanation('26-01-2016 Homs SANA 22 people were killed in Syria.', '26-01-2016')).toBe("The report's own date.");
    expect(explanation('Aleppo Sunday 12 Jun 2016 Air strikes hit Syria.', '12 Jun 2016')).toBe("The report's own date.");
    // (Day and month read as the article's date has them.)
    const ambiguous = analyze({ text: '01-06-2016 Homs SANA 22 people were killed in Syria.', date: '2016-06-01' }, true).claims[0]!;
    expect([ambiguous.value, ambiguous.explanation]).toEqual(['2016-06-01', "The report's own date."]);
  });

  it('is not a date after "On" or later in the sentence', () => {
    expect(explanation('On Sunday 12 June 2016 air strikes hit Aleppo in Syria.', '12 June 2016')).not.toBe("The report's own date.");
    expect(explanation('Air strikes that hit Aleppo in Syria on 12 June 2016 killed 20.', '12 June 2016')).not.toBe("The report's own date.");
  });
});

describe('background named in other words, as the thirty-ninth audit found it', () => {
  it('reads "coalition strikes", "chemical attack on Ghouta" and "resolutions 2118 and 2235"', () => {
    const a = analyze({ text: 'Coalition strikes on IS in Syria since September 2014 have killed 600 civilians, the monitor said.', date: '2016-10-19' }, true);
    expect(contextIds(a)).toContain('us-airstrikes-syria-2014');
    expect(claim(a, 'September 2014').verdict).toBe('consistent');
    expect(contextIds(analyze({ text: 'The opposition said 1300 were killed in a chemical attack on Ghouta in Syria.', date: '2013-08-21' }, true))).toContain('ghouta-chemical-attack-2013');
    expect(contextIds(analyze({ text: 'Syria used chlorine in breach of UN resolutions 2118 and 2235, the monitor said.', date: '2016-08-01' }, true))).toContain('unsc-resolution-2118');
  });
});

describe('peoples\' adjectives that share a noun', () => {
  const marks = (text: string) => analyze({ text, date: '2016-10-19' }, true).actors.flatMap((a) => a.mentions.map((m) => [m.text, a.id])).sort();

  it('names the first people\'s body too, in either order, with the noun in its plural', () => {
    expect(marks('The Russian and Syrian air forces stopped bombing Aleppo.')).toEqual([
      ['Russian', 'russian-aerospace-forces'],
      ['Syrian air forces', 'syrian-arab-air-force'],
    ]);
    expect(marks('Strikes by the Syrian and Russian air forces hit Aleppo.')).toEqual([
      ['Russian air forces', 'russian-aerospace-forces'],
      ['Syrian', 'syrian-arab-air-force'],
    ]);
    expect(marks('Talks between the Russian and Turkish armed forces went on.')).toEqual([
      ['Russian', 'russian-armed-forces'],
      ['Turkish armed forces', 'turkish-armed-forces'],
    ]);
  });

  it('names nothing for an adjective whose people has no such body, or that is no people\'s', () => {
    expect(marks('Turkish and Syrian government forces clashed near Manbij.')).toEqual([['Syrian government forces', 'syrian-arab-army']]);
    expect(marks('Heavy and Syrian air forces struck.').map(([t]) => t)).toEqual(['Syrian air forces']);
  });
});

describe('phrases of the file that overlap', () => {
  it('brings each entry the text names, where one phrase begins inside another, and counts one entry once', () => {
    const a = analyze({ text: "Syria's war has killed more than 280,000 people since it began in 2011.", date: '2016-07-21' }, true);
    expect(contextIds(a)).toContain('syrian-uprising-2011');
    expect(claim(a, 'killed more than 280,000 people').verdict).toBe('consistent');
    expect(claim(a, '2011').verdict).toBe('consistent');
    const once = analyze({ text: 'The White Helmets, a group of rescue workers, said 12 people were killed in the strike on Aleppo. Syrian regime forces shelled the town.', date: '2016-10-19' });
    expect(once.context.map((c) => c.id)).toEqual(['white-helmets', 'regime-vs-government']);
  });

  it('reads the audit\'s other names of events: "Ghouta massacre", "the rebel-held east of Aleppo", "the battle for Kobane"', () => {
    const ids = (text: string, date: string) => contextIds(analyze({ text, date }, true));
    expect(ids('The regime has denied the Ghouta massacre in Syria for three years.', '2016-08-21')).toContain('ghouta-chemical-attack-2013');
    expect(ids('Troops aim to encircle the rebel-held east of Aleppo in Syria.', '2016-02-05')).toContain('battle-of-aleppo-2012-2016');
    expect(ids('The battle for Kobane in Syria ended in January.', '2015-02-05')).toContain('siege-of-kobani-2014-2015');
  });
});

describe('a monitor named by what it is', () => {
  const ids = (text: string) => analyze({ text, date: '2016-10-19' }, true).claims.map((c) => [c.text, c.attributedTo ?? null, c.attributedActorId ?? null]);

  it('is the monitor named last before it, not an armed group, and "a monitor" is none', () => {
    expect(ids('The Syrian Observatory for Human Rights counted the dead in Aleppo. The Britain-based monitor said three children were killed.')).toEqual([
      ['three children', 'The Britain-based monitor', 'syrian-observatory-for-human-rights'],
    ]);
    expect(ids('The Syrian Observatory for Human Rights spoke. Hezbollah fought in Aleppo. The group said 12 fighters were killed.')).toEqual([['12 fighters', 'The group', null]]);
    expect(ids('The Syrian Observatory for Human Rights spoke. A monitor said 12 fighters were killed.')).toEqual([['12 fighters', 'A monitor', null]]);
  });
});

describe('what a reading of the nineteenth run\'s change found', () => {
  const by = (text: string, date = '2016-10-19') => analyze({ text, date }, true).claims.map((c) => [c.text, c.attributedTo ?? null]);
  const explanation = (text: string, span: string) => claim(analyze({ text, date: '2016-10-19' }, true), span).explanation;

  it('reads "according to" after a dash that no dash closes as the sentence\'s, and an aside in spaced en dashes as one', () => {
    expect(by('Air strikes on Idlib killed 20 civilians on Tuesday — according to the Syrian Observatory for Human Rights.')).toEqual([
      ['killed 20 civilians', 'the Syrian Observatory for Human Rights'],
    ]);
    expect(by('Russia sent 4,000 troops and – according to unnamed sources – 30 tanks, while Iran sent 2,000 fighters.')).toEqual([
      ['4,000 troops', null],
      ['30 tanks', 'unnamed sources'],
      ['2,000 fighters', null],
    ]);
  });

  it('keeps "according to" after the figure where a comma parts it from the clause of an earlier speaker', () => {
    expect(by('Russia said its jets hit targets near Palmyra, killing 30 civilians, according to the Syrian Observatory for Human Rights.')).toEqual([
      ['killing 30 civilians', 'the Syrian Observatory for Human Rights'],
    ]);
  });

  it('reads a date that opens the text as its dateline only before a name, or after a stamp or a weekday in any form', () => {
    expect(explanation('21 August 2013 is the day the Ghouta chemical attack killed 1400 people in Syria.', '21 August 2013')).not.toBe("The report's own date.");
    expect(explanation('March 15, 2011 marked the start of the uprising in Syria.', 'March 15, 2011')).not.toBe("The report's own date.");
    expect(explanation('Thurs 20 Oct 2016 Air strikes hit Aleppo in Syria.', '20 Oct 2016')).toBe("The report's own date.");
    expect(explanation('Date of Publication 19 October 2016 Russia accused Belgium of strikes in Syria.', '19 October 2016')).toBe("The report's own date.");
  });

  it('takes a headline\'s source before its colon only when a speaker\'s noun ends it and the headline names no other', () => {
    expect(by('Rebel offensive: 50 soldiers killed in Hama in Syria.')).toEqual([['50 soldiers', null]]);
    expect(by('Syrian opposition: regime says 20 rebels killed in Homs.')).toEqual([['20 rebels', null]]);
  });

  it('reads a name with a glued article after the verb as the speaker, and no day in a speaker\'s name', () => {
    expect(by('Two pilots were killed near Idlib on Monday, said Bashar al-Jaafari.')).toEqual([['Two pilots', 'Bashar al-Jaafari']]);
    expect(by('Two pilots were killed near Idlib, claimed Jaish al-Islam.')).toEqual([['Two pilots', 'Jaish al-Islam']]);
    expect(by('Twenty people were killed near Azaz in Syria the Sunday Times reported.')).toEqual([['Twenty people', 'the Sunday Times']]);
  });

  it('links "the watchdog" to no monitor named before a body that could be one', () => {
    const a = analyze({ text: 'The Syrian Observatory said 86 people died in Idlib. The OPCW opened an inquiry on Thursday. The watchdog said 80 people were exposed to sarin.', date: '2017-04-10' }, true);
    expect(claim(a, '80 people').attributedActorId).toBeUndefined();
  });

  it('checks the length only of a war the Syrian state has waged, however its regime is named', () => {
    const verdict = (text: string, span: string) => claim(analyze({ text, date: '2016-10-19' }, true), span).verdict;
    expect(verdict('Ankara vowed to press on with the war the government has waged against the PKK for 32 years, unlike Syria.', '32 years')).toBe('not-in-knowledge');
    expect(verdict("He condemned the war Bashar al-Assad's regime has waged against Syrians for over five years.", 'over five years')).toBe('consistent');
    expect(verdict('He condemned the war the regime of Bashar al-Assad has waged in Syria for over five years.', 'over five years')).toBe('consistent');
  });
});

describe('a state\'s body the file does not list', () => {
  const marks = (text: string) => analyze({ text, date: '2016-10-19' }, true).actors.flatMap((a) => a.mentions.map((m) => [m.text, a.id]));

  it('is the state, where the file has no entry of its own for it', () => {
    expect(marks('A Belgian defence ministry spokeswoman denied it.')).toEqual([['Belgian defence ministry', 'belgium']]);
    expect(marks('The Jordanian Air Force struck Syria.')).toContainEqual(['Jordanian Air Force', 'jordan']);
    expect(marks('The Russian Defence Ministry said so.')).toEqual([['Russian Defence Ministry', 'russian-ministry-of-defence']]);
  });

  it('is not the end of a longer name', () => {
    expect(marks('Fighters of the Free Libyan Army went to Syria.').map(([, id]) => id)).not.toContain('libya');
  });

  it('is the state\'s intelligence, and the body the file lists where a longer form of its name is written', () => {
    expect(marks('Saudi intelligence funded the group.')).toEqual([['Saudi intelligence', 'saudi-arabia']]);
    expect(marks('Turkish intelligence services and the Turkish intelligence agency said so.')).toEqual([
      ['Turkish intelligence services', 'turkish-national-intelligence-organization'],
      ['Turkish intelligence agency', 'turkish-national-intelligence-organization'],
    ]);
  });
});

describe('what the forty-first audit found', () => {
  const at = (text: string, date = '2017-05-27') => analyze({ text, date }, true);
  const ids = (text: string) => at(text).actors.flatMap((a) => a.mentions.map((m) => [m.text, a.id]));

  it('reads injuries sustained, leaders eliminated, a count with an aside before its noun, and the first of two persons killed', () => {
    expect(claim(at('The source added that three people sustained injuries of varying severity.'), 'three people').kind).toBe('casualties');
    expect(claim(at('The jets had eliminated three senior foreign Daesh leaders.'), 'three').kind).toBe('casualties');
    expect(claim(at('They destroyed some 120 Daesh (banned in Russia) militants trying to escape.'), 'some 120 Daesh (banned in Russia) militants')).toMatchObject({ kind: 'casualties', value: 120, approx: 'about' });
    const pair = at('A child and a woman were killed in the shelling.');
    expect([claim(pair, 'A child').kind, claim(pair, 'a woman').kind]).toEqual(['casualties', 'casualties']);
  });

  it('gives a figure to the one "quoted as saying", and reads the stamp of an update as the report\'s own date', () => {
    expect(claim(at('Fighting intensified and 20 fighters were killed, an army source was quoted as saying.'), '20 fighters').attributedTo).toBe('an army source');
    expect(claim(at('The governor was quoted by Reuters as saying that 12 people died.'), '12 people').attributedTo).toBe('The governor');
    expect(claim(at('The army holds the hill, the sources said adding "In the meantime 15 members of the group were killed."'), '15 members').attributedTo).toBe('the sources');
    const stamped = at('27.05.2017(updated 1133 27.05.2017) Get short URL Russian jets struck Palmyra.');
    expect(stamped.claims.filter((c) => c.kind === 'date').map((c) => c.explanation)).toEqual(["The report's own date.", "The report's own date."]);
    // Audit 43: the stamp's end, where the page's text was cut before its start.
    expect(claim(at('13.04.2017) Get short URL The coalition struck the SDF in Tabqa.'), '13.04.2017').explanation).toBe("The report's own date.");
  });

  it('marks a province\'s police command as the interior ministry, the Assad regime\'s forces as the army, and a surname after its article', () => {
    expect(ids('A source at Daraa Police Command told the agency.')).toContainEqual(['Daraa Police Command', 'syrian-ministry-of-interior']);
    expect(ids('A unit from Assad regime forces bombarded a tunnel.')).toEqual([['Assad regime forces', 'syrian-arab-army']]);
    expect(ids('Abdullah Al Huseini, a leader of the group, spoke. The city will not fall, Al Huseini said.').map(([text]) => text)).toEqual(['Abdullah Al Huseini', 'Al Huseini']);
  });

  it('reads what was said past a word quoted inside it, and leaves an adverb out of the speaker (audit 42)', () => {
    expect(claim(at('Opposition activists claimed the Syrian Army "indiscriminately" killed eleven people in the town.'), 'killed eleven people').attributedTo).toBe('Opposition activists');
    expect(claim(at('The group formally announced its founding on 23 January 2012.'), '23 January 2012').attributedTo).toBe('The group');
  });

  it('agrees a date with a battle\'s end where a party is told taking its place (audit 42)', () => {
    const kobane = at('Kurdish YPG fighters recaptured Kobane on January 26 after months of fighting.', '2015-02-01');
    expect(claim(kobane, 'January 26')).toMatchObject({ verdict: 'consistent', facts: ['siege-of-kobani-2014-2015'] });
    expect(claim(at('On 12 April 2018, the Syrian army took full control of the city Douma.', '2018-05-01'), '12 April 2018')).toMatchObject({ verdict: 'consistent', facts: ['eastern-ghouta-offensive-2018'] });
    // (Its start is no end: a place taken on the day a battle began agrees with nothing so.)
    expect(claim(at('ISIS captured villages near Kobane in September 2014.', '2015-02-01'), 'September 2014').facts).not.toContain('siege-of-kobani-2014-2015');
  });

  it('ends a caption at the agency\'s credit, so its speaker does not speak for the report after it', () => {
    const a = at('A checkpoint is seen after rebels said they took it on a highway June 6 2015 (Reuters) Two people were killed and 15 injured in Latakia.', '2015-07-20');
    expect(claim(a, 'Two people').attributedTo).toBeUndefined();
  });

  it('gives a headline\'s figures to the source it ends with, where the text runs on from it, and that to the monitor the report names', () => {
    const title = 'US-led strike kills 18 civilians in Raqa Monitor';
    const a = analyze({ title, text: `${title} AFP Tuesday 3 Oct 2017 A coalition air strike killed 18 civilians in Raqa, the Syrian Observatory for Human Rights said.`, date: '2017-10-03' }, true);
    expect(claim(a, 'kills 18 civilians')).toMatchObject({ attributedTo: 'Monitor', attributedActorId: 'syrian-observatory-for-human-rights' });
    // (Not a headline's object, nor a headline the text does not open with.)
    const object = 'Regime kills 20 people in a raid on activists';
    expect(claim(analyze({ title: object, text: `${object} The regime killed them.`, date: '2017-10-03' }, true), 'kills 20 people').attributedTo).toBeUndefined();
    expect(claim(analyze({ title, text: 'A coalition air strike killed 18 civilians in Raqa.', date: '2017-10-03' }, true), 'killed 18 civilians').attributedTo).toBeUndefined();
  });

  it('brings the coalition\'s campaign for one of its strikes, and the battle for Aleppo for an attempt to besiege it', () => {
    expect(contextIds(at('A US-led coalition air strike killed at least 18 civilians in Raqqa.'))).toContain('us-airstrikes-syria-2014');
    expect(contextIds(at('The regime attempts to besiege Aleppo will fail, the rebel commander said.', '2016-07-12'))).toContain('battle-of-aleppo-2012-2016');
  });
});

describe('what a reading of the twentieth run\'s change found', () => {
  const at = (text: string, date = '2016-07-05', title?: string) => analyze({ text, date, title }, true);
  const kinds = (text: string) => at(text).claims.map((c) => [c.text, c.kind]);

  it('keeps an attack as background where its own words name it far from its town', () => {
    const text = `Syrian government forces captured Khan Sheikhoun on Wednesday. ${'The offensive pushed on across the province, officials said. '.repeat(12)}The town became known in April 2017, when a sarin attack there killed more than 80 people.`;
    expect(contextIds(at(text, '2019-08-22'))).toContain('khan-shaykhun-chemical-attack-2017');
  });

  it('takes no headline\'s object for its source, and a headline\'s "Monitor" past a relief group to the monitor', () => {
    const object = 'Airstrikes kill 20 in Idlib as regime arrests activists';
    expect(claim(at(`${object} The strikes hit a market.`, '2017-10-03', object), 'kill 20').attributedTo).toBeUndefined();
    const title = 'Strike kills 18 civilians in Raqa Monitor';
    const a = at(`${title} Doctors Without Borders said it treated the wounded. The Syrian Observatory for Human Rights said 18 died.`, '2017-10-03', title);
    expect(claim(a, 'kills 18 civilians')).toMatchObject({ attributedTo: 'Monitor', attributedActorId: 'syrian-observatory-for-human-rights' });
  });

  it('reads no toll in things destroyed or support lost, and no date in half of a count', () => {
    expect(kinds('Jets destroyed the homes of 20 opposition fighters and the army lost the support of 12 local tribal leaders.')).toEqual([
      ['20 opposition fighters', 'count'],
      ['12 local tribal leaders', 'count'],
    ]);
    expect(kinds('Half of 2000 residents have fled.')).toEqual([['2000 residents', 'displacement']]);
  });

  it('counts times over a span or the next day, and no multiple of growth or a year before "times"', () => {
    const counts = (text: string) => kinds(text).filter(([, kind]) => kind === 'count').map(([text]) => text);
    expect(counts('Jets struck the town 20 times over the past week and 4 times the next day.')).toEqual(['20 times', '4 times']);
    expect(counts('Prices have risen 10 times since 2011, and it is 10 times worse.')).toEqual([]);
    expect(kinds('Since 2011 times have changed.')).toEqual([['2011', 'date']]);
  });

  it('reads the currency of a country the words name, and two dates for a day moved to another', () => {
    expect(at('It cost 50,000 Saudi riyals and 10 million Canadian dollars.').claims.map((c) => c.unit)).toEqual(['SAR', 'CAD']);
    expect(at('The talks were postponed from March 25 to April 5.').claims.map((c) => c.text)).toEqual(['March 25', 'April 5']);
  });

  it('marks no surname after "the" and its article', () => {
    const ids = (text: string) => at(text).actors.flatMap((x) => x.mentions.map((m) => [m.text, x.id]));
    expect(ids('Omar Al Qabbani spoke. Jets struck the Al Qabbani mosque.').map(([text]) => text)).toEqual(['Omar Al Qabbani']);
    expect(ids('Abdullah Al Huseini spoke. Five died in Damascus. Al Huseini said more had died.').map(([text]) => text)).toEqual(['Abdullah Al Huseini', 'Al Huseini']);
  });

  it('reads a headline\'s source after the dateline it follows, not for the dateline, and a speaker after a span of time', () => {
    const title = 'Aleppo rebel tunnel blast killed 38 regime forces monitor';
    const a = at(`AFP Friday 22 Jul 2016 ${title} The Syrian Observatory for Human Rights said 38 died.`, '2016-07-22', title);
    expect(claim(a, 'killed 38 regime forces')).toMatchObject({ attributedTo: 'monitor', attributedActorId: 'syrian-observatory-for-human-rights' });
    expect(claim(a, '22 Jul 2016').attributedTo).toBeUndefined();
    expect(claim(at('In 24 hours of fighting the Observatory said at least 38 opposition fighters were killed.'), 'at least 38 opposition fighters').attributedTo).toBe('the Observatory');
  });

  it('reads an update stamp with its time zone as the report\'s own date', () => {
    expect(at('27.05.2017(updated 11:33 GMT 27.05.2017) Jets struck Palmyra.', '2017-05-27').claims.map((c) => c.explanation)).toEqual(["The report's own date.", "The report's own date."]);
  });
});

describe('what the forty-third audit left: a speaker and a heading', () => {
  const by = (text: string) => analyze({ text, date: '2017-05-01' }, true).claims.map((c) => [c.text, c.attributedTo ?? null]);

  it('reads a speaker run into a heading whose line break was lost from the name on', () => {
    expect(by('Chemical attacks Human Rights Watch on Monday accused the Syrian government of using nerve agents in four attacks that killed 100 people.')).toContainEqual(['killed 100 people', 'Human Rights Watch']);
    // (A speaker's own description stays: "Opposition activists Abu Ahmed", "Pro-government militias NDF".)
    expect(by('Opposition activists Abu Ahmed said 5 were killed in Idlib.')).toContainEqual(['5', 'Opposition activists Abu Ahmed']);
    expect(by('Pro-government militias NDF said 12 fighters were killed in Hama.')).toContainEqual(['12 fighters', 'Pro-government militias NDF']);
  });
});

describe('what the forty-third audit left: a part of Aleppo province', () => {
  it('brings no battle of Aleppo for "eastern parts of Aleppo province"; the city\'s east still does, and southern Idlib province its offensive', () => {
    const ids = (text: string) => contextIds(analyze({ text, date: '2016-10-05' }, true));
    expect(ids('Rebels advanced in eastern parts of Aleppo province near al-Bab.')).not.toContain('battle-of-aleppo-2012-2016');
    expect(ids('Rebels advanced in eastern Aleppo countryside near al-Bab.')).not.toContain('battle-of-aleppo-2012-2016');
    expect(ids('Government forces besieged the eastern parts of Aleppo in July.')).toContain('battle-of-aleppo-2012-2016');
    expect(contextIds(analyze({ text: 'Government forces advanced in southern Idlib province, where airstrikes killed 20 civilians.', date: '2019-06-01' }, true))).toContain('idlib-offensive-2019');
  });
});

describe('what the forty-fourth audit found', () => {
  it('reads the Islamic State\'s names with "Sham" or "Greater Syria" whole, and "Conquest Army" as Jaysh al-Fatah', () => {
    const marks = (text: string) => analyze({ text, date: '2015-06-01' }, true).actors.flatMap((x) => x.mentions.map((m) => [m.text, x.id]));
    expect(marks('Fighters of the Islamic State of Iraq and Greater Syria attacked the town.')).toEqual([['Islamic State of Iraq and Greater Syria', 'isis']]);
    expect(marks('The Islamic State of Iraq and Sham seized the base.')).toEqual([['Islamic State of Iraq and Sham', 'isis']]);
    expect(marks('Jaish al Fateh or Conquest Army took the city.')).toEqual([['Jaish al Fateh', 'jaysh-al-fatah'], ['Conquest Army', 'jaysh-al-fatah']]);
  });

  it('reads an agency that "reported" at a sentence\'s end as the speaker, "news agency" after its short name', () => {
    const by = (text: string) => analyze({ text, date: '2016-10-30' }, true).claims.map((c) => [c.text, c.attributedTo ?? null]);
    expect(by('A rocket attack killed 20 civilians and left seven people injured SANA news agency reported.')).toEqual([
      ['killed 20 civilians', 'SANA news agency'],
      ['seven people', 'SANA news agency'],
    ]);
    expect(by('Warplanes killed 12 people in Idlib Anadolu Agency reported.')).toEqual([['killed 12 people', 'Anadolu Agency']]);
  });

  it('reads a dateline before its time or before a headline that opens with a figure as the report\'s own date, and no time zone\'s offset as a figure', () => {
    const read = (text: string, date: string) => analyze({ text, date }, true).claims.map((c) => [c.text, c.explanation]);
    expect(read('August 13 2016 2037 UTC+3 A representative of the army said 20 were killed.', '2016-08-13')).toEqual([
      ['August 13 2016', "The report's own date."],
      ['20', 'No figure in the knowledge file speaks to this one.'],
    ]);
    expect(read('30-11-2014 50 ISIL Terrorists Killed in Kobani. The army said 50 terrorists were killed.', '2014-11-30')[0]).toEqual(['30-11-2014', "The report's own date."]);
    expect(read('17-08-2013 17 Killed as Qaeda Attacks Syria Kurd Town. Jihadists attacked.', '2013-08-17')[0]).toEqual(['17-08-2013', "The report's own date."]);
    expect(read('Last updated at Jul 282016 A bomb blast killed 44 people in Qamishli.', '2016-07-28')[0]).toEqual(['Jul 282016', "The report's own date."]);
  });

  it('reads "a watchdog" and a monitor\'s name with what it is after it as the speaker at a sentence\'s end', () => {
    const by = (text: string) => analyze({ text, date: '2015-05-30' }, true).claims.map((c) => [c.text, c.attributedTo ?? null]);
    expect(by('17 people were killed two of them ambulance crew a watchdog said on Saturday.')).toEqual([
      ['17 people', 'a watchdog'],
      ['two', 'a watchdog'],
    ]);
    expect(by('A blast killed at least 25 members of the Nusra Front the British-based Syrian Observatory for Human Rights monitoring group said.')).toEqual([
      ['killed at least 25 members', 'the British-based Syrian Observatory for Human Rights monitoring group'],
    ]);
  });
});

describe('what the forty-fourth audit found: a person named by one word', () => {
  it('reads one word between a role and a verb of saying as a person, and the same word again before one', () => {
    const marks = (text: string) => analyze({ text, date: '2013-08-17' }, true).actors.flatMap((x) => x.mentions.map((m) => [m.text, x.id]));
    expect(marks('Syrian Kurd activist Havidar said civilians had fled. Havidar told reporters that the town fell.')).toEqual([
      ['Havidar', 'name:havidar'],
      ['Havidar', 'name:havidar'],
    ]);
    // (Not a people, a place or a common word: "activist Syrians said", "resident Aleppo said".)
    expect(marks('A local resident Aleppo said shells fell. An activist Kurds said so.').map(([, id]) => id).filter((id) => id!.startsWith('name:'))).toEqual([]);
  });
});

describe('what the forty-fourth audit found: the east of Aleppo in other words', () => {
  it('brings the battle of Aleppo for "the eastern neighbourhoods of Aleppo", in either spelling, and not before "province"', () => {
    const ids = (text: string) => contextIds(analyze({ text, date: '2016-10-06' }, true));
    expect(ids('Terrorists in the eastern neighborhoods of Aleppo city targeted al-Jamiliyeh.')).toContain('battle-of-aleppo-2012-2016');
    expect(ids('Some 250,000 people live in the eastern neighbourhoods of Aleppo.')).toContain('battle-of-aleppo-2012-2016');
    expect(ids('Rebels hold the eastern neighbourhoods of Aleppo province near al-Bab.')).not.toContain('battle-of-aleppo-2012-2016');
  });
});

describe('what a reading of the twenty-second run\'s change found', () => {
  it('reads a speaker\'s name with "of" and "and" in it whole: "the Islamic State of Iraq and the Levant claimed"', () => {
    const by = (text: string) => analyze({ text, date: '2015-05-01' }, true).claims.map((c) => c.attributedTo ?? null);
    expect(by('The Islamic State of Iraq and the Levant claimed the attack that killed 20 people.')).toEqual(['The Islamic State of Iraq and the Levant']);
    expect(by('The Ministry of Foreign Affairs and Expatriates said 20 people were killed.')).toEqual(['The Ministry of Foreign Affairs and Expatriates']);
    // (Two names joined by "and" speak together, as before.)
    expect(by('Russia and Turkey said 20 civilians were killed.')).toEqual(['Russia and Turkey']);
  });

  it('keeps a name with a plural-looking word whole, and no place of a titled name as a person', () => {
    const a = analyze({ text: 'Strikes killed 14 people at the hospital in Idlib, Médecins sans Frontières said.', date: '2017-05-01' }, true);
    expect(claim(a, 'killed 14 people')).toMatchObject({ attributedTo: 'Médecins sans Frontières', attributedActorId: 'msf' });
    const ids = analyze({ text: 'The wounded were taken to the Jordanian King Hussein Hospital in Syria, where 12 people died.', date: '2017-05-01' }, true).actors.map((x) => x.id);
    expect(ids.filter((id) => id.startsWith('name:'))).toEqual([]);
  });

  it('reads a date before a headline that opens with a figure as an event\'s, years from the article\'s date', () => {
    const [c] = analyze({ text: '21 August 2013 1,429 People Were Killed in the Ghouta Chemical Attack, the US said.', date: '2016-08-21' }, true).claims;
    expect([c!.text, c!.verdict, c!.facts]).toEqual(['21 August 2013', 'consistent', ['ghouta-chemical-attack-2013']]);
  });

  it('brings the intervention beside other spellings of Syrian places, and no battle of Aleppo for its countryside', () => {
    const ids = (text: string) => contextIds(analyze({ text, date: '2016-10-01' }, true));
    expect(ids('Russian jets struck rebel positions in Lattakia province.')).toContain('russian-intervention-2015');
    expect(ids("Rebels advanced in eastern Aleppo's countryside.")).not.toContain('battle-of-aleppo-2012-2016');
    expect(ids('Fighters hold the rebel-held east of Aleppo province.')).not.toContain('battle-of-aleppo-2012-2016');
  });

  it('reads "nearly a decade ago" as a range too, and "less than ten years ago" as no such range', () => {
    const read = (text: string) => analyze({ text, date: '2020-12-15' }, true).claims.map((c) => [c.text, c.value, c.until ?? null]);
    expect(read('The war began nearly a decade ago.')).toEqual([['nearly a decade ago', '2010-12', '2011-12']]);
    expect(read('The war began less than ten years ago.')).toEqual([['less than ten years ago', '2010', null]]);
  });

  it('keeps "100 percent positive" as a share, and reads no offset of a time zone written with a dash or spaces', () => {
    expect(analyze({ text: 'Samples tested 100 percent positive for sarin in Syria.', date: '2017-05-01' }, true).claims.map((c) => c.text)).toEqual(['100 percent']);
    const texts = (text: string) => analyze({ text, date: '2017-05-01' }, true).claims.map((c) => c.text);
    expect(texts('Updated 14:00 (UTC–5) officials in Syria said 7 died.')).toEqual(['7']);
    expect(texts('Updated 14:00 UTC + 3 officials in Syria said 7 died.')).toEqual(['7']);
  });
});

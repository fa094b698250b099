/**
 * The bundled knowledge file is sound, and the validator catches each kind of break with a
 * problem that names the entry and the field (so a broken file is fixed in one look).
 */
import { describe, expect, it } from 'vitest';
import { knowledgeFiles } from '../../../lib/knowledge/files';
import { knowledge } from '../../../lib/knowledge';
import type { Knowledge } from '../../../lib/knowledge/schema';
import { assertKnowledgeValid, formatProblems, validateKnowledge, type KnowledgeProblem } from '../../../lib/knowledge/validate';
import { knowledgeStats } from '../../../lib/knowledge/stats';

/** A deep copy of the real file, to break one thing in. */
function copy(): Knowledge {
  return structuredClone(knowledgeFiles()) as Knowledge;
}

function event(kb: Knowledge, id: string) {
  const e = kb.events.find((x) => x.id === id);
  if (!e) throw new Error(`test setup: no event ${id}`);
  return e;
}

function actor(kb: Knowledge, id: string) {
  const a = kb.actors.find((x) => x.id === id);
  if (!a) throw new Error(`test setup: no actor ${id}`);
  return a;
}

/** The problems that name this entry id (in the "section[i] (id)" label) and a field matching `field`. */
function about(problems: KnowledgeProblem[], id: string, field: RegExp): KnowledgeProblem[] {
  return problems.filter((p) => p.entry.includes(`(${id})`) && field.test(p.field));
}

describe('the bundled knowledge file', () => {
  it('validates without a single problem', () => {
    const problems = validateKnowledge(knowledgeFiles());
    expect(formatProblems(problems)).toBe('');
    expect(problems).toEqual([]);
    expect(() => assertKnowledgeValid(knowledgeFiles())).not.toThrow();
  });

  it('has at least one source on every entry, and every source is an https address', () => {
    const entries = [...knowledge.actors, ...knowledge.events, ...knowledge.framings, ...knowledge.statistics];
    expect(entries.length).toBeGreaterThan(50);
    for (const e of entries) {
      expect(e.sources.length, e.id).toBeGreaterThanOrEqual(1);
      for (const s of e.sources) {
        expect(new URL(s.url).protocol, `${e.id}: ${s.url}`).toBe('https:');
        expect(s.publisher.trim().length, e.id).toBeGreaterThan(1);
      }
    }
  });

  it('holds the entries the analysis and its tests rely on', () => {
    const ids = new Set([...knowledge.actors, ...knowledge.events, ...knowledge.framings, ...knowledge.statistics].map((e) => e.id));
    for (const id of [
      'turkey',
      'ypg',
      'pkk',
      'recep-tayyip-erdogan',
      'sochi-memorandum-2018',
      'operation-peace-spring',
      'russia-turkey-memorandum-2019',
      'us-turkey-joint-statement-2019',
      'ypg-pkk-link',
      'syrian-uprising-2011',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    expect(knowledge.meta.conflict_start).toBe('syrian-uprising-2011');
    expect(event(knowledge, 'sochi-memorandum-2018').date).toBe('2018-09-17');
    expect(event(knowledge, 'operation-peace-spring').date).toBe('2019-10-09');
  });

  it('gives every alias, name and capital to one actor only (case-insensitively)', () => {
    const owner = new Map<string, string>();
    for (const a of knowledge.actors) {
      for (const form of [a.name, ...(a.aliases ?? []), ...(a.metonyms ?? [])]) {
        const key = form.toLowerCase();
        const other = owner.get(key);
        expect(other === undefined || other === a.id, `"${form}" names ${a.id} and ${other}`).toBe(true);
        owner.set(key, a.id);
      }
    }
  });
});

describe('validateKnowledge on broken copies', () => {
  it('reports missing sources on the entry, field "sources"', () => {
    const kb = copy();
    delete (event(kb, 'sochi-memorandum-2018') as Partial<Knowledge['events'][number]>).sources;
    const found = about(validateKnowledge(kb), 'sochi-memorandum-2018', /^sources$/);
    expect(found).toHaveLength(1);
    expect(found[0]!.entry).toMatch(/^events\[\d+\] \(sochi-memorandum-2018\)$/);
  });

  it('reports an empty list of sources', () => {
    const kb = copy();
    actor(kb, 'pkk').sources = [];
    const found = about(validateKnowledge(kb), 'pkk', /^sources$/);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/source/i);
  });

  it('reports a date in the wrong format, with the field', () => {
    const kb = copy();
    event(kb, 'operation-peace-spring').date = '09/10/2019';
    const found = about(validateKnowledge(kb), 'operation-peace-spring', /^date$/);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/YYYY/);
  });

  it('reports an impossible month in a source date', () => {
    const kb = copy();
    actor(kb, 'turkey').sources[0]!.date = '2019-13-01';
    expect(about(validateKnowledge(kb), 'turkey', /^sources\.0\.date$/)).toHaveLength(1);
  });

  it('reports an unknown actor among an event\'s parties', () => {
    const kb = copy();
    const e = event(kb, 'sochi-memorandum-2018');
    e.parties = [...(e.parties ?? []), 'atlantis'];
    const problems = validateKnowledge(kb);
    const found = about(problems, 'sochi-memorandum-2018', new RegExp(`^parties\\.${e.parties.length - 1}$`));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('atlantis');
    expect(problems).toHaveLength(1);
  });

  it('reports an unknown actor in a framing\'s "about" and in "backed_by"', () => {
    const kb = copy();
    const f = kb.framings.find((x) => x.id === 'ypg-pkk-link')!;
    f.about = ['ypg', 'no-such-actor'];
    actor(kb, 'ypg').backed_by = [{ actor: 'nobody-at-all' }];
    const problems = validateKnowledge(kb);
    expect(about(problems, 'ypg-pkk-link', /^about\.1$/)[0]?.message).toContain('no-such-actor');
    expect(about(problems, 'ypg', /^backed_by\.0\.actor$/)[0]?.message).toContain('nobody-at-all');
  });

  it('reports an office whose owner is unknown or missing, and a demonym that stands for two actors', () => {
    const kb = copy();
    actor(kb, 'bashar-al-assad').offices![0]!.of = 'atlantis';
    actor(kb, 'recep-tayyip-erdogan').offices![0]!.of = undefined;
    actor(kb, 'turkey').demonyms = ['Turkish', 'Russian'];
    const problems = validateKnowledge(kb);
    expect(about(problems, 'bashar-al-assad', /^offices\.0\.of$/)[0]?.message).toContain('atlantis');
    expect(about(problems, 'recep-tayyip-erdogan', /^offices\.0\.of$/)[0]?.message).toContain('whose office');
    expect(about(problems, 'turkey', /^demonyms\.1$/)[0]?.message).toContain('russia');
  });

  it('reports an office title with no such office on file, used for two offices, or that is an actor\'s name, and a short form that is another actor\'s name', () => {
    const kb = copy();
    actor(kb, 'united-kingdom').office_titles = [{ role: 'un-ambassador', titles: ['Ambassador to the UN'] }];
    actor(kb, 'russia').office_titles = [{ role: 'foreign-minister', titles: ['Foreign Secretary'] }];
    actor(kb, 'united-states').office_titles = [{ role: 'foreign-minister', titles: ['foreign secretary'] }];
    actor(kb, 'us-led-coalition').short_forms = ['Coalition', 'Syria'];
    // One owner, one title, two offices; and a title that is an actor's name.
    actor(kb, 'turkey').office_titles = [
      { role: 'foreign-minister', titles: ['Dışişleri Bakanı'] },
      { role: 'defence-minister', titles: ['Dışişleri Bakanı', 'Ankara'] },
    ];
    const problems = validateKnowledge(kb);
    expect(about(problems, 'united-kingdom', /^office_titles\.0\.role$/)[0]?.message).toContain('un-ambassador');
    expect(about(problems, 'united-states', /^office_titles\.0\.titles\.0$/)[0]?.message).toContain('russia');
    expect(about(problems, 'turkey', /^office_titles\.1\.titles\.0$/)[0]?.message).toContain('foreign-minister');
    expect(about(problems, 'turkey', /^office_titles\.1\.titles\.1$/)[0]?.message).toBe('"Ankara" is also a name of actor "turkey"');
    expect(about(problems, 'turkey', /^office_titles\.0\.titles\.0$/)).toEqual([]);
    expect(about(problems, 'us-led-coalition', /^short_forms\.1$/)[0]?.message).toContain('syria');
    expect(about(problems, 'us-led-coalition', /^short_forms\.0$/)).toEqual([]);
  });

  it('reports a short form\'s context that names no actor, or that is given without short forms', () => {
    const kb = copy();
    actor(kb, 'us-led-coalition').short_form_context = ['isis', 'atlantis'];
    actor(kb, 'turkey').short_form_context = ['isis'];
    const problems = validateKnowledge(kb);
    expect(about(problems, 'us-led-coalition', /^short_form_context\.1$/)[0]?.message).toContain('atlantis');
    expect(about(problems, 'us-led-coalition', /^short_form_context\.0$/)).toEqual([]);
    expect(about(problems, 'turkey', /^short_form_context$/)[0]?.message).toContain('no short_forms');
  });

  it('reports a longer name of something else that blocks nothing, names only function words, names an actor or hides one', () => {
    const kb = copy();
    actor(kb, 'islamic-front').other_names_containing = ['National Islamic Front', 'Islamic Army', 'Islamic Front', 'the Islamic Front', 'Syrian islamic front'];
    actor(kb, 'hezbollah').other_names_containing = ['Hezbollah in Lebanon'];
    // One capital letter of its own is a name's own ("Sputnik V", the vaccine).
    actor(kb, 'sputnik-news').other_names_containing = ['Sputnik V', 'The Sputnik'];
    actor(kb, 'syria').other_names_containing = ['Independent International Commission of Inquiry on the Syrian Arab Republic'];
    // A state that ends a party's name after "of" is the party's name, not the state.
    actor(kb, 'kdp').other_names_containing = ['Kurdistan Democratic Party of Syria', 'Kurdistan Democratic Party in Syria'];
    const problems = validateKnowledge(kb);
    const about0 = (id: string, i: number) => about(problems, id, new RegExp(`^other_names_containing\\.${i}$`)).map((p) => p.message).join(' | ');
    expect(about0('islamic-front', 0)).toBe('');
    expect(about0('islamic-front', 1)).toContain('contains none');
    expect(about0('islamic-front', 2)).toContain('contains none');
    expect(about0('islamic-front', 3)).toContain('only function words');
    // The Islamic Front's name is matched as written: a lower-case form contains it nowhere.
    expect(about0('islamic-front', 4)).toContain('contains none');
    expect(about0('hezbollah', 0)).toContain('"lebanon"');
    expect(about0('sputnik-news', 0)).toBe('');
    expect(about0('sputnik-news', 1)).toContain('only function words');
    expect(about0('syria', 0)).toContain('un-commission-of-inquiry-on-syria');
    expect(about0('kdp', 0)).toBe('');
    expect(about0('kdp', 1)).toContain('"syria"');
  });

  it('reports a duplicate id within a section', () => {
    const kb = copy();
    const twin = structuredClone(event(kb, 'operation-peace-spring'));
    kb.events.push(twin);
    const problems = validateKnowledge(kb);
    const found = problems.filter((p) => p.field === 'id');
    expect(found).toHaveLength(1);
    expect(found[0]!.entry).toBe(`events[${kb.events.length - 1}] (operation-peace-spring)`);
    expect(found[0]!.message).toMatch(/already used by events\[\d+\] \(operation-peace-spring\)/);
  });

  it('reports a duplicate id across sections', () => {
    const kb = copy();
    kb.framings.find((x) => x.id === 'ypg-pkk-link')!.id = 'turkey';
    const found = validateKnowledge(kb).filter((p) => p.field === 'id');
    expect(found).toHaveLength(1);
    expect(found[0]!.entry).toMatch(/^framings\[\d+\] \(turkey\)$/);
    expect(found[0]!.message).toMatch(/actors\[\d+\] \(turkey\)/);
  });

  it('reports an alias shared by two actors, naming both', () => {
    const kb = copy();
    const putin = actor(kb, 'vladimir-putin');
    putin.aliases = [...(putin.aliases ?? []), 'erdogan']; // differs only in case from Erdoğan's alias
    const problems = validateKnowledge(kb);
    expect(problems).toHaveLength(1);
    const [p] = problems;
    const ids = ['vladimir-putin', 'recep-tayyip-erdogan'];
    const named = ids.find((id) => p!.entry.includes(`(${id})`));
    expect(named).toBeDefined();
    expect(p!.message).toContain(ids.find((id) => id !== named)!);
    expect(p!.field).toMatch(/^(?:aliases|name)(?:\.\d+)?$/);
  });

  it('reports a capital given to two actors, and a case-sensitive short form given to two', () => {
    const kb = copy();
    const iran = actor(kb, 'iran');
    iran.metonyms = [...(iran.metonyms ?? []), 'Ankara'];
    const ypg = actor(kb, 'ypg');
    ypg.case_sensitive_aliases = [...(ypg.case_sensitive_aliases ?? []), 'PKK'];
    const problems = validateKnowledge(kb);
    expect(problems.some((p) => /^metonyms\.\d+$/.test(p.field) && /Ankara/.test(p.message) && (p.entry.includes('(iran)') || p.entry.includes('(turkey)')))).toBe(true);
    expect(problems.some((p) => /^case_sensitive_aliases\.\d+$/.test(p.field) && /PKK/.test(p.message) && (p.entry.includes('(ypg)') || p.entry.includes('(pkk)')))).toBe(true);
  });

  it('reports a common phrase of a framing that is none of its triggers', () => {
    const kb = copy();
    const zone = kb.framings.find((f) => f.id === 'safe-zone')!;
    zone.needs_about = ['security zone', 'no-fly zone'];
    const problems = validateKnowledge(kb);
    expect(problems.map((p) => [p.entry, p.field])).toEqual([[expect.stringContaining('(safe-zone)'), 'needs_about.1']]);
  });

  it('reports a phrase an event needs a place for that is none of its triggers', () => {
    const kb = copy();
    const deal = kb.events.find((e) => e.id === 'moscow-protocol-2020')!;
    deal.needs_place = { triggers: ['m4 highway', 'the m4 road'], places: ['Idlib'] };
    const problems = validateKnowledge(kb);
    expect(problems.map((p) => [p.entry, p.field])).toEqual([[expect.stringContaining('(moscow-protocol-2020)'), 'needs_place.triggers.1']]);
  });

  it('raises no false alarm for a new alias that no other actor uses', () => {
    const kb = copy();
    const un = actor(kb, 'united-nations');
    un.aliases = [...(un.aliases ?? []), 'the world body'];
    expect(validateKnowledge(kb)).toEqual([]);
  });

  it('reports an end_date before the date', () => {
    const kb = copy();
    const e = event(kb, 'operation-olive-branch');
    e.end_date = '2017-01-01';
    const found = about(validateKnowledge(kb), 'operation-olive-branch', /^end_date$/);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/before/);
  });

  it('reports a statistic window that ends before it starts, and an office that does', () => {
    const kb = copy();
    const s = kb.statistics[0]!;
    s.window = { from: '2020-01-01', to: '2019-01-01' };
    expect(about(validateKnowledge(kb), s.id, /^window\.to$/)).toHaveLength(1);

    const kb2 = copy();
    actor(kb2, 'bashar-al-assad').offices![0]!.to = '1999-01-01';
    expect(about(validateKnowledge(kb2), 'bashar-al-assad', /^offices\.0\.to$/)).toHaveLength(1);
  });

  it('reports an http (not https) source address', () => {
    const kb = copy();
    const e = event(kb, 'us-turkey-joint-statement-2019');
    e.sources[0]!.url = e.sources[0]!.url.replace(/^https:/, 'http:');
    const found = about(validateKnowledge(kb), 'us-turkey-joint-statement-2019', /^sources\.0\.url$/);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/https/);
  });

  it('reports a source address written with raw non-ASCII characters, and a framing dated after the file', () => {
    const kb = copy();
    const e = event(kb, 'us-turkey-joint-statement-2019');
    e.sources[0]!.url = 'https://example.org/news/بيان';
    const found = about(validateKnowledge(kb), 'us-turkey-joint-statement-2019', /^sources\.0\.url$/);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/percent-encoded/);
    const framing = kb.framings.find((f) => f.id === 'jolani-versus-sharaa')!;
    framing.since = '2099-01';
    expect(about(validateKnowledge(kb), 'jolani-versus-sharaa', /^since$/)).toHaveLength(1);
  });

  it('reports a source address that is not a URL', () => {
    const kb = copy();
    actor(kb, 'hts').sources[0]!.url = 'not a url';
    expect(about(validateKnowledge(kb), 'hts', /^sources\.0\.url$/)).toHaveLength(1);
  });

  it('reports an unknown section, and an unknown field in an entry', () => {
    const kb = copy() as Knowledge & Record<string, unknown>;
    kb.rumours = [];
    const problems = validateKnowledge(kb);
    expect(problems).toEqual([expect.objectContaining({ entry: 'rumours', message: expect.stringMatching(/unknown section/) })]);

    const kb2 = copy();
    (event(kb2, 'operation-peace-spring') as Record<string, unknown>).casualties = 5;
    const p2 = about(validateKnowledge(kb2), 'operation-peace-spring', /.*/);
    expect(p2.length).toBeGreaterThanOrEqual(1);
    expect(p2.map((p) => `${p.field} ${p.message}`).join(' ')).toContain('casualties');
  });

  it('reports a missing section', () => {
    const kb = copy() as Partial<Knowledge>;
    delete kb.framings;
    expect(validateKnowledge(kb)).toEqual([expect.objectContaining({ entry: 'framings', field: '(section)' })]);
  });

  it('reports a meta.conflict_start that names no event', () => {
    const kb = copy();
    kb.meta.conflict_start = 'no-such-event';
    const problems = validateKnowledge(kb);
    expect(problems).toEqual([{ entry: 'meta', field: 'conflict_start', message: expect.stringContaining('no-such-event') }]);
  });

  it('reports a conflict_start that is an actor, not an event', () => {
    const kb = copy();
    kb.meta.conflict_start = 'turkey';
    expect(validateKnowledge(kb).some((p) => p.entry === 'meta' && p.field === 'conflict_start')).toBe(true);
  });

  it('reports a `related` event that does not exist, and one that is the event itself', () => {
    const kb = copy();
    const e = event(kb, 'operation-peace-spring');
    e.related = [...(e.related ?? []), 'no-such-event'];
    const i = e.related.length - 1;
    const found = about(validateKnowledge(kb), 'operation-peace-spring', new RegExp(`^related\\.${i}$`));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('no-such-event');

    const kb2 = copy();
    const e2 = event(kb2, 'sochi-memorandum-2018');
    e2.related = ['sochi-memorandum-2018'];
    expect(about(validateKnowledge(kb2), 'sochi-memorandum-2018', /^related\.0$/)).toHaveLength(1);
  });

  it('reports a last_checked after the file\'s as_of date, and a source dated after last_checked', () => {
    const kb = copy();
    actor(kb, 'iran').last_checked = '2099-01-01';
    expect(about(validateKnowledge(kb), 'iran', /^last_checked$/)).toHaveLength(1);

    const kb2 = copy();
    const a = actor(kb2, 'iran');
    a.sources[0]!.date = '2099';
    expect(about(validateKnowledge(kb2), 'iran', /^sources\.0\.date$/).length).toBeGreaterThanOrEqual(1);
  });

  it('takes the day a page was read for a source without a publication date, and reports one with neither', () => {
    const kb = copy();
    const a = actor(kb, 'iran');
    delete a.sources[0]!.date;
    expect(about(validateKnowledge(kb), 'iran', /^sources\.0\.date$/)).toHaveLength(1);
    a.sources[0]!.accessed = '2026-11-01';
    expect(about(validateKnowledge(kb), 'iran', /^sources\.0/)).toHaveLength(0);
    a.sources[0]!.accessed = '2099-01-01';
    expect(about(validateKnowledge(kb), 'iran', /^sources\.0\.accessed$/)).toHaveLength(1);
  });

  it('rejects something that is not a knowledge file at all', () => {
    expect(validateKnowledge(null)).toHaveLength(1);
    expect(validateKnowledge('actors: []')).toHaveLength(1);
    expect(validateKnowledge({}).length).toBeGreaterThanOrEqual(5);
  });
});

describe('assertKnowledgeValid', () => {
  it('throws, naming the broken entry and field', () => {
    const kb = copy();
    event(kb, 'russia-turkey-memorandum-2019').parties = ['russia', 'narnia'];
    expect(() => assertKnowledgeValid(kb)).toThrow(/russia-turkey-memorandum-2019/);
    expect(() => assertKnowledgeValid(kb)).toThrow(/parties\.1/);
    expect(() => assertKnowledgeValid(kb)).toThrow(/1 problem/);
  });

  it('lists every problem when there are several', () => {
    const kb = copy();
    event(kb, 'operation-peace-spring').date = 'October';
    actor(kb, 'turkey').sources = [];
    let message = '';
    try {
      assertKnowledgeValid(kb);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/operation-peace-spring/);
    expect(message).toMatch(/\(turkey\)/);
    expect(message).toMatch(/2 problem/);
  });
});

describe('knowledgeStats', () => {
  it('counts the real file\'s entries, sources and decades', () => {
    const s = knowledgeStats(knowledge);
    expect(s.counts).toEqual({
      actors: knowledge.actors.length,
      events: knowledge.events.length,
      framings: knowledge.framings.length,
      statistics: knowledge.statistics.length,
    });
    expect(s.as_of).toBe(knowledge.meta.as_of);
    expect(s.entries_without_sources).toEqual([]);
    expect(s.sources).toBeGreaterThanOrEqual(20);
    expect(Object.values(s.events_per_decade).reduce((a, b) => a + b, 0)).toBe(knowledge.events.length);
    expect(s.events_per_decade['2010s']).toBeGreaterThan(5);
    expect(s.events_per_decade['1980s']).toBeGreaterThanOrEqual(1); // the PKK insurgency
    expect(s.oldest_check! <= s.as_of).toBe(true);
  });

  it('counts a small hand-made file exactly', () => {
    const src = (url: string) => ({ publisher: 'Example', title: 'Example page', url, date: '2019-01-01' });
    const base = { last_checked: '2020-01-01' };
    const kb: Knowledge = {
      meta: { version: 3, as_of: '2020-06-01', conflict_start: 'ev-a' },
      actors: [
        { ...base, id: 'a-one', type: 'actor', name: 'Alpha', kind: 'state', description: 'A made-up state.', role: 'A made-up role.', sources: [src('https://example.org/1')] },
      ],
      events: [
        { ...base, id: 'ev-a', type: 'event', kind: 'event', title: 'Event A', date: '2011-03', summary: 'Something happened in the made-up state.', triggers: ['event a'], sources: [src('https://example.org/1'), src('https://example.org/2')], contested: 'Who started it is disputed by both sides.' },
        { ...base, id: 'ev-b', type: 'event', kind: 'agreement', title: 'Event B', date: '1998-10-20', summary: 'An agreement in the made-up state.', triggers: ['event b'], sources: [src('https://example.org/3')], last_checked: '2019-02-02' },
        { ...base, id: 'ev-c', type: 'event', kind: 'attack', title: 'Event C', date: '2019', summary: 'An attack in the made-up state happened.', triggers: ['event c'], sources: [src('https://example.org/3')] },
      ],
      framings: [],
      statistics: [],
    };
    expect(validateKnowledge(kb)).toEqual([]);
    const s = knowledgeStats(kb);
    expect(s.version).toBe(3);
    expect(s.counts).toEqual({ actors: 1, events: 3, framings: 0, statistics: 0 });
    expect(s.sources).toBe(3);
    expect(s.contested).toBe(1);
    expect(s.events_per_decade).toEqual({ '1990s': 1, '2010s': 2 });
    expect(Object.keys(s.events_per_decade)).toEqual(['1990s', '2010s']);
    expect(s.oldest_check).toBe('2019-02-02');
  });
});

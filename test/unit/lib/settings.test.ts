/** The reader's settings: defaults, repair of what storage holds, and which marks they let through. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, hostOf, marksEnabledOn, normaliseSettings, visibleMarks, withMuted, type Settings } from '../../../lib/settings';
import type { Analysis } from '../../../lib/types';

const text = 'Ankara and Moscow met. Ankara said no.\n\nAnkara later agreed on 9 October.';
const analysis: Analysis = {
  relevant: true,
  score: 0.9,
  signals: [],
  date: null,
  dateSource: null,
  actors: [
    { id: 'turkey', name: 'Turkey', kind: 'state', known: true, mentions: [0, 23, 40].map((start) => ({ start, end: start + 6, text: 'Ankara' })) },
    { id: 'russia', name: 'Russia', kind: 'state', known: true, mentions: [{ start: 11, end: 17, text: 'Moscow' }] },
  ],
  claims: [{ start: 64, end: 73, text: '9 October', kind: 'date', value: '--10-09', approx: 'exact', verdict: 'not-in-knowledge', facts: [], sources: [], explanation: '' }],
  context: [],
  entries: {},
  knowledgeAsOf: '2026-11-26',
};
const settings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('settings', () => {
  it('repairs whatever storage holds, keeping the valid parts', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    const repaired = normaliseSettings({ enabled: 'yes', sites: { 'a.example': false, 'b.example': 'on' }, claimKinds: { date: false, bogus: true }, cardDelayMs: 99999, density: 'some', mutedActors: ['pkk', 3] });
    expect(repaired.enabled).toBe(true);
    expect(repaired.sites).toEqual({ 'a.example': false });
    expect(repaired.claimKinds.date).toBe(false);
    expect(repaired.claimKinds.casualties).toBe(true);
    expect(repaired.cardDelayMs).toBe(2000);
    expect(repaired.density).toBe('all');
    expect(repaired.mutedActors).toEqual(['pkk']);
  });

  it('mutes an actor once however often it is muted, a kind of figure by its name, and nothing for an unknown kind', () => {
    const once = withMuted(withMuted(DEFAULT_SETTINGS, { actorId: 'pkk' }), { actorId: 'pkk' });
    expect(once.mutedActors).toEqual(['pkk']);
    const dates = withMuted(DEFAULT_SETTINGS, { claimKind: 'date' });
    expect(dates.claimKinds.date).toBe(false);
    expect(dates.claimKinds.casualties).toBe(true);
    expect(withMuted(DEFAULT_SETTINGS, { claimKind: 'bogus' as 'date' })).toEqual(DEFAULT_SETTINGS);
  });

  it('lets a site choice override the default either way', () => {
    expect(marksEnabledOn(settings({ enabled: true, sites: { 'news.example': false } }), 'news.example')).toBe(false);
    expect(marksEnabledOn(settings({ enabled: false, sites: { 'news.example': true } }), 'news.example')).toBe(true);
    expect(marksEnabledOn(settings({ enabled: false }), 'other.example')).toBe(false);
    expect(hostOf('https://news.example/a?b=1')).toBe('news.example');
    expect(hostOf('not a url')).toBe('');
  });

  it('draws every mark by default', () => {
    const v = visibleMarks(analysis, text, DEFAULT_SETTINGS);
    expect(v.mentions).toEqual([[0, 0], [0, 1], [0, 2], [1, 0]]);
    expect(v.claims).toEqual([0]);
  });

  it('keeps the first mention of each actor per paragraph when asked', () => {
    expect(visibleMarks(analysis, text, settings({ density: 'first-per-paragraph' })).mentions).toEqual([[0, 0], [0, 2], [1, 0]]);
  });

  it('leaves out muted actors, hidden kinds of figures, and all actors when they are off', () => {
    expect(visibleMarks(analysis, text, settings({ mutedActors: ['turkey'] })).mentions).toEqual([[1, 0]]);
    expect(visibleMarks(analysis, text, settings({ claimKinds: { ...DEFAULT_SETTINGS.claimKinds, date: false } })).claims).toEqual([]);
    expect(visibleMarks(analysis, text, settings({ showActors: false })).mentions).toEqual([]);
  });
});

/** Shape checks on the messages between content script, background and popup. */
import { describe, expect, it } from 'vitest';
import {
  MAX_PAGE_CHARS,
  MAX_SELECTION_CHARS,
  MSG,
  isAnalyzeSelection,
  isCheckSelection,
  isRevealClaim,
  isAnalysisRequest,
  isAnalyzePage,
  isCurrentRequest,
  isForceRequest,
  isMute,
  isRunRequest,
  isSettingsChanged,
  markCount,
} from '../../../lib/messages';
import type { Analysis } from '../../../lib/types';

const page = {
  type: MSG.analyzePage,
  text: 'Some article text.',
  title: 'A title',
  url: 'https://example.org/a',
  date: '2019-12-27',
  force: false,
  append: false,
};

describe('isAnalyzePage', () => {
  it('accepts a well-formed message, with or without a date', () => {
    expect(isAnalyzePage(page)).toBe(true);
    expect(isAnalyzePage({ ...page, date: null })).toBe(true);
    expect(isAnalyzePage({ ...page, text: '' })).toBe(true);
  });

  it('rejects wrong types and missing fields', () => {
    const bad: unknown[] = [
      null,
      undefined,
      'syria-lens/analyze-page',
      42,
      [],
      { ...page, type: MSG.analysis },
      { ...page, type: 'other' },
      { ...page, text: 42 },
      { ...page, text: ['a'] },
      { ...page, title: null },
      { ...page, url: undefined },
      { ...page, date: 20191227 },
      { ...page, date: undefined },
      { ...page, force: 'false' },
      { ...page, force: 0 },
    ];
    for (const m of bad) expect(isAnalyzePage(m), JSON.stringify(m)).toBe(false);
    const { force: _, ...noForce } = page;
    expect(isAnalyzePage(noForce)).toBe(false);
  });

  it('rejects oversized text, and accepts text at the limit', () => {
    expect(isAnalyzePage({ ...page, text: 'a'.repeat(MAX_PAGE_CHARS) })).toBe(true);
    expect(isAnalyzePage({ ...page, text: 'a'.repeat(MAX_PAGE_CHARS + 1) })).toBe(false);
  });
});

describe('tab requests', () => {
  it('accept a non-negative integer tab id', () => {
    expect(isAnalysisRequest({ type: MSG.analysis, tabId: 0 })).toBe(true);
    expect(isAnalysisRequest({ type: MSG.analysis, tabId: 17 })).toBe(true);
    expect(isForceRequest({ type: MSG.force, tabId: 3 })).toBe(true);
  });

  it('reject negative, fractional, non-numeric or missing tab ids', () => {
    for (const tabId of [-1, 1.5, NaN, Infinity, '3', null, undefined]) {
      expect(isAnalysisRequest({ type: MSG.analysis, tabId }), String(tabId)).toBe(false);
      expect(isForceRequest({ type: MSG.force, tabId }), String(tabId)).toBe(false);
    }
    expect(isAnalysisRequest({ type: MSG.analysis })).toBe(false);
  });

  it('do not take one request for another', () => {
    expect(isAnalysisRequest({ type: MSG.force, tabId: 1 })).toBe(false);
    expect(isForceRequest({ type: MSG.analysis, tabId: 1 })).toBe(false);
    expect(isAnalysisRequest(null)).toBe(false);
    expect(isForceRequest('syria-lens/force')).toBe(false);
  });
});

describe('run and current requests', () => {
  it('accept well-formed messages', () => {
    expect(isRunRequest({ type: MSG.run, force: true })).toBe(true);
    expect(isRunRequest({ type: MSG.run, force: false })).toBe(true);
    expect(isCurrentRequest({ type: MSG.current })).toBe(true);
    expect(isCurrentRequest({ type: MSG.current, framesOnly: true })).toBe(true);
    expect(isCurrentRequest({ type: MSG.current, framesOnly: 'yes' })).toBe(false);
  });

  it('reject wrong types', () => {
    expect(isRunRequest({ type: MSG.run })).toBe(false);
    expect(isRunRequest({ type: MSG.run, force: 'yes' })).toBe(false);
    expect(isRunRequest({ type: MSG.current, force: true })).toBe(false);
    expect(isCurrentRequest({ type: MSG.run })).toBe(false);
    expect(isCurrentRequest(null)).toBe(false);
    expect(isCurrentRequest(MSG.current)).toBe(false);
  });

  it('use distinct message types', () => {
    const types = Object.values(MSG);
    expect(new Set(types).size).toBe(types.length);
  });
});

describe('selection messages', () => {
  const selection = { type: MSG.analyzeSelection, text: 'Idlib, 17 September 2018', title: 'A page', url: 'https://example.org/', date: null };

  it('accept well-formed messages', () => {
    expect(isCheckSelection({ type: MSG.checkSelection, text: 'Idlib' })).toBe(true);
    expect(isAnalyzeSelection(selection)).toBe(true);
    expect(isAnalyzeSelection({ ...selection, date: '2019-10-22' })).toBe(true);
  });

  it('reject wrong shapes and oversized text', () => {
    expect(isCheckSelection({ type: MSG.checkSelection })).toBe(false);
    expect(isCheckSelection({ type: MSG.checkSelection, text: 'x'.repeat(MAX_SELECTION_CHARS + 1) })).toBe(false);
    expect(isAnalyzeSelection({ ...selection, text: 'x'.repeat(MAX_SELECTION_CHARS + 1) })).toBe(false);
    expect(isAnalyzeSelection({ ...selection, date: 2019 })).toBe(false);
    expect(isAnalyzeSelection({ ...selection, url: undefined })).toBe(false);
    expect(isAnalyzeSelection({ ...selection, type: MSG.analyzePage })).toBe(false);
  });
});

describe('reveal-claim messages', () => {
  it('accept a claim index, with a tab id from the popup or without one from the background', () => {
    expect(isRevealClaim({ type: MSG.revealClaim, claimIndex: 3, claimText: '30 km', tabId: 12 })).toBe(true);
    expect(isRevealClaim({ type: MSG.revealClaim, claimIndex: 0, claimText: '30 km' })).toBe(true);
  });

  it('reject negative, fractional or missing indexes, a missing claim text and bad tab ids', () => {
    expect(isRevealClaim({ type: MSG.revealClaim, claimIndex: -1, claimText: '30 km' })).toBe(false);
    expect(isRevealClaim({ type: MSG.revealClaim, claimIndex: 1.5, claimText: '30 km' })).toBe(false);
    expect(isRevealClaim({ type: MSG.revealClaim, claimText: '30 km' })).toBe(false);
    expect(isRevealClaim({ type: MSG.revealClaim, claimIndex: 1 })).toBe(false);
    expect(isRevealClaim({ type: MSG.revealClaim, claimIndex: 1, claimText: '30 km', tabId: 'x' })).toBe(false);
  });
});

describe('markCount', () => {
  it('counts every mention and every claim, and 0 for no analysis', () => {
    expect(markCount(null)).toBe(0);
    const span = { start: 0, end: 1, text: 'x' };
    const a = {
      actors: [
        { id: 'a', name: 'A', kind: 'state', known: true, mentions: [span, span, span] },
        { id: 'b', name: 'B', kind: 'person', known: true, mentions: [span] },
      ],
      claims: [{}, {}],
    } as unknown as Analysis;
    expect(markCount(a)).toBe(6);
  });
});

describe('isMute and isSettingsChanged', () => {
  it('takes a mute of one actor or one kind of figure, and nothing else', () => {
    expect(isMute({ type: MSG.mute, actorId: 'pkk' })).toBe(true);
    expect(isMute({ type: MSG.mute, claimKind: 'date' })).toBe(true);
    for (const bad of [{ type: MSG.mute }, { type: MSG.mute, actorId: '' }, { type: MSG.mute, actorId: 'x'.repeat(201) }, { type: MSG.mute, actorId: 3 }, { type: MSG.mute, claimKind: null }, { type: MSG.settingsChanged, actorId: 'pkk' }, null]) {
      expect(isMute(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('takes settings as an object, to be normalised by the receiver', () => {
    expect(isSettingsChanged({ type: MSG.settingsChanged, settings: {} })).toBe(true);
    expect(isSettingsChanged({ type: MSG.settingsChanged, settings: 'on' })).toBe(false);
    expect(isSettingsChanged({ type: MSG.settingsChanged })).toBe(false);
  });
});

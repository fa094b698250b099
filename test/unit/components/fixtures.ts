import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';
/** Small hand-written analyses for the component tests. */
import type { Source } from '../../../lib/knowledge/schema';
import type { ActorFinding, Analysis, ClaimFinding, EntryView } from '../../../lib/types';

export const sourceA: Source = { publisher: 'Example Monitor', title: 'Annual overview', url: 'https://example.org/overview', date: '2020-03-15' };
export const sourceB: Source = { publisher: 'Example Agency', title: 'Agreement text', url: 'https://example.net/agreement', date: '2019-10' };

export function entry(over: Partial<EntryView> & Pick<EntryView, 'id'>): EntryView {
  return {
    type: 'actor',
    title: 'Example State',
    subtitle: 'State',
    summary: 'A state in the region.',
    details: [],
    sources: [sourceA],
    ...over,
  };
}

export function actor(over: Partial<ActorFinding> & Pick<ActorFinding, 'id'>): ActorFinding {
  return { name: 'Example State', kind: 'state', known: true, mentions: [{ start: 0, end: 7, text: 'Example' }], ...over };
}

export function claim(over: Partial<ClaimFinding>): ClaimFinding {
  return {
    start: 0,
    end: 10,
    text: 'more than 216,000 civilians',
    kind: 'casualties',
    value: 216000,
    approx: 'more-than',
    counts: 'civilians',
    verdict: 'consistent',
    facts: [],
    sources: [],
    explanation: 'The file holds a matching figure.',
    ...over,
  };
}

export function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    relevant: true,
    score: 0.87,
    signals: ['Idlib', 'ceasefire'],
    date: '2019-10-20',
    dateSource: 'input',
    actors: [],
    claims: [],
    context: [],
    entries: {},
    knowledgeAsOf: '2025-01-31',
    ...over,
  };
}

/** A fresh container in the document for each test, emptied and removed after it. */
export function useContainer(): () => HTMLElement {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
  });
  return () => container;
}

import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Popup, popupStyles } from '../../../components/Popup';
import { actor, analysis, claim, entry, sourceA, useContainer } from './fixtures';

const container = useContainer();

const full = analysis({
  actors: [
    actor({ id: 'example-state', mentions: [0, 1, 2].map((i) => ({ start: i, end: i + 1, text: 'E' })) }),
    actor({ id: 'name:john-doe', name: 'John Doe', kind: 'person', known: false }),
  ],
  claims: [
    claim({ verdict: 'differs' }),
    claim({ kind: 'date', value: '2019-10-09', approx: 'exact', text: '9 October 2019', counts: undefined, verdict: 'consistent' }),
  ],
  context: [
    { id: 'talks', title: 'The example talks', score: 3 },
    { id: 'missing', title: 'Not in entries', score: 2 },
    { id: 'label', title: 'A contested label', score: 1 },
  ],
  entries: {
    'example-state': entry({ id: 'example-state' }),
    talks: entry({
      id: 'talks',
      type: 'event',
      title: 'The example talks',
      subtitle: 'Agreement, 17 October 2019',
      summary: 'Two sides agreed on a pause.',
      details: ['A pause of five days', 'A withdrawal from a strip of land'],
    }),
    label: entry({
      id: 'label',
      type: 'framing',
      title: 'A contested label',
      subtitle: 'Contested term',
      summary: 'Sides use different names.',
      details: ['Side one: calls it one thing', 'Side two: calls it another'],
      contested: 'Who the label fits is disputed.',
      sources: [sourceA],
    }),
  },
});

describe('Popup states', () => {
  it('shows loading and unavailable calmly', () => {
    render(<Popup analysis={null} status="loading" />, container());
    expect(container().textContent).toContain('Reading the page…');
    render(<Popup analysis={null} status="unavailable" />, container());
    expect(container().textContent).toContain('Syria Lens cannot read this page.');
    expect(container().querySelector('button')).toBeNull();
  });

  it('offers to analyse a page that was not analysed', () => {
    const onAnalyseAnyway = vi.fn();
    render(<Popup analysis={null} status="ready" onAnalyseAnyway={onAnalyseAnyway} />, container());
    expect(container().textContent).toContain('This page has not been analysed.');
    container().querySelector('button')!.click();
    expect(onAnalyseAnyway).toHaveBeenCalledOnce();
  });

  it('says plainly when a page is not about the conflict, with its signals and the button', () => {
    const onAnalyseAnyway = vi.fn();
    const a = analysis({ relevant: false, score: 0.1, signals: ['Damascus'] });
    render(<Popup analysis={a} status="ready" onAnalyseAnyway={onAnalyseAnyway} />, container());
    expect(container().textContent).toContain('This page does not look like it is about the Syrian conflict.');
    expect(container().textContent).toContain('Strongest signals: Damascus');
    expect(container().querySelector('[data-section="context"]')).toBeNull();
    const button = container().querySelector('button')!;
    expect(button.textContent).toBe('Analyse anyway');
    button.click();
    expect(onAnalyseAnyway).toHaveBeenCalledOnce();
  });

  it('shows the findings of a page analysed anyway under the notice', () => {
    render(<Popup analysis={{ ...full, relevant: false }} status="ready" onAnalyseAnyway={() => {}} />, container());
    expect(container().textContent).toContain('does not look like it is about the Syrian conflict');
    expect(container().querySelector('button')).toBeNull();
    expect(container().querySelectorAll('[data-section]')).toHaveLength(4);
  });
});

describe('Popup: relevant page', () => {
  it('has the verdict, then background, figures and actors, in that order', () => {
    render(<Popup analysis={full} status="ready" />, container());
    const sections = [...container().querySelectorAll('[data-section]')];
    expect(sections.map((s) => s.getAttribute('data-section'))).toEqual(['verdict', 'context', 'claims', 'actors']);
    expect(sections.slice(1).map((s) => s.querySelector('h2')!.textContent)).toEqual(['Background', 'Figures and dates', 'Actors']);
    expect(sections.slice(1).every((s) => s.tagName === 'SECTION')).toBe(true);

    const verdict = sections[0]!.textContent!;
    expect(verdict).toContain('About the Syrian conflict');
    expect(verdict).toContain('87%');
    expect(verdict).toContain('why: Idlib, ceasefire');
    expect(verdict).toContain('20 October 2019 (article date)');
  });

  it('lists background entries as expandable items, the first one open', () => {
    render(<Popup analysis={full} status="ready" />, container());
    const items = [...container().querySelectorAll<HTMLDetailsElement>('[data-section="context"] details')];
    expect(items.map((d) => d.getAttribute('data-entry-id'))).toEqual(['talks', 'label']);
    expect(items.map((d) => d.hasAttribute('open'))).toEqual([true, false]);
    expect(items[0]!.querySelector('summary')!.textContent).toContain('Agreement, 17 October 2019');
    expect([...items[0]!.querySelectorAll('.sl-details li')].map((li) => li.textContent)).toEqual(['A pause of five days', 'A withdrawal from a strip of land']);
    expect(items[1]!.textContent).toContain('Contested: Who the label fits is disputed.');
    expect(items[1]!.querySelector('a')!.getAttribute('href')).toBe('https://example.org/overview');
  });

  it('lists figures with kind, value and verdict, and actors with counts', () => {
    render(<Popup analysis={full} status="ready" />, container());
    const claims = [...container().querySelectorAll('[data-claim-kind]')];
    expect(claims.map((c) => [c.getAttribute('data-claim-kind'), c.getAttribute('data-verdict')])).toEqual([
      ['casualties', 'differs'],
      ['date', 'consistent'],
    ]);
    expect(claims[0]!.textContent).toContain('“more than 216,000 civilians”');
    expect(claims[0]!.textContent).toContain('Differs from the knowledge file');
    expect(claims[1]!.querySelector('.sl-value')!.textContent).toBe('9 October 2019');
    expect(claims[1]!.textContent).toContain('Consistent with the knowledge file');

    const actors = [...container().querySelectorAll('[data-actor-id]')];
    expect(actors.map((a) => a.getAttribute('data-actor-id'))).toEqual(['example-state', 'name:john-doe']);
    expect(actors[0]!.textContent).toContain('×3');
    expect(actors[0]!.textContent).not.toContain('not in the knowledge file');
    expect(actors[1]!.textContent).toContain('Person');
    expect(actors[1]!.textContent).toContain('not in the knowledge file');
  });

  it('puts the background events on a timeline with the article’s date among them', () => {
    const dated = analysis({
      date: '2019-10-20',
      context: [
        { id: 'later', title: 'Later deal', score: 3 },
        { id: 'earlier', title: 'Earlier deal', score: 2 },
        { id: 'label', title: 'A contested label', score: 1 },
      ],
      entries: {
        later: entry({ id: 'later', type: 'event', title: 'Later deal', date: '2019-10-22' }),
        earlier: entry({ id: 'earlier', type: 'event', title: 'Earlier deal', date: '2018-09-17' }),
        label: entry({ id: 'label', type: 'framing', title: 'A contested label' }),
      },
    });
    render(<Popup analysis={dated} status="ready" />, container());
    const items = [...container().querySelectorAll('.sl-timeline li')];
    expect(items.map((li) => li.getAttribute('data-entry-id') ?? 'article')).toEqual(['earlier', 'article', 'later']);
    expect(items[1]!.getAttribute('aria-current')).toBe('date');
    expect(items[1]!.textContent).toContain('This article');
    expect(items[2]!.textContent).toContain('(after the article)');
    expect(items[0]!.textContent).not.toContain('after the article');

    // One dated event is no timeline.
    render(<Popup analysis={analysis({ context: [{ id: 'later', title: 'Later deal', score: 1 }], entries: { later: dated.entries.later! } })} status="ready" />, container());
    expect(container().querySelector('.sl-timeline')).toBeNull();
  });

  it('offers to show each figure in the page when it can', () => {
    const onReveal = vi.fn();
    render(<Popup analysis={full} status="ready" onRevealClaim={onReveal} />, container());
    const buttons = [...container().querySelectorAll<HTMLButtonElement>('.sl-claim-item button')];
    expect(buttons).toHaveLength(2);
    expect(buttons[1]!.getAttribute('aria-label')).toBe('Show in the page: “9 October 2019”');
    buttons[1]!.click();
    expect(onReveal).toHaveBeenCalledWith(1);

    render(<Popup analysis={full} status="ready" />, container());
    expect(container().querySelector('.sl-claim-item button')).toBeNull();
  });

  it('describes an undated analysis as of today, and keeps the footer', () => {
    render(<Popup analysis={{ ...full, date: null, dateSource: null }} status="ready" />, container());
    expect(container().textContent).toContain('Date unknown: described as of today');
    expect(container().querySelector('footer')!.textContent).toBe('Knowledge as of 31 January 2025 · All sourcesNothing leaves your browser.');
    expect(container().querySelector('footer a')!.getAttribute('href')).toBe('/sources.html');
  });

  it('says so when the article is dated after the knowledge file, and only then', () => {
    render(<Popup analysis={{ ...full, date: '2025-03-02' }} status="ready" />, container());
    expect(container().querySelector('.sl-stale[role="note"]')!.textContent).toBe(
      'This article is dated after the knowledge file (as of 31 January 2025): what has happened since is not in it, and its background may be out of date.',
    );
    for (const date of ['2025-01-31', '2019-10-20', null]) {
      render(<Popup analysis={{ ...full, date }} status="ready" />, container());
      expect(container().querySelector('.sl-stale'), String(date)).toBeNull();
    }
    // A date estimated from the text ("elections in March 2028") is not the article's date.
    render(<Popup analysis={{ ...full, date: '2028-03-01', dateSource: 'text' }} status="ready" />, container());
    expect(container().querySelector('.sl-stale')).toBeNull();
  });

  it('keeps page text inert', () => {
    const a = { ...full, claims: [claim({ text: '<script>alert(1)</script>', attributedTo: 'javascript:alert(1)' })] };
    render(<Popup analysis={a} status="ready" />, container());
    expect(container().querySelector('script')).toBeNull();
    expect(container().querySelector('a[href^="javascript"]')).toBeNull();
    expect(container().textContent).toContain('<script>alert(1)</script>');
  });

  it('has styles for a 400px popup in light and dark', () => {
    expect(popupStyles).toContain('width: 400px');
    expect(popupStyles).toContain('@media (prefers-color-scheme: dark)');
  });
});

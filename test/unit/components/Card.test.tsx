import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Card, cardStyles } from '../../../components/Card';
import type { Verdict } from '../../../lib/types';
import { actor, analysis, claim, entry, sourceA, sourceB, useContainer } from './fixtures';

const container = useContainer();

const VERDICT_LABELS: Record<Verdict, string> = {
  consistent: 'Consistent with the knowledge file',
  differs: 'Differs from the knowledge file',
  related: 'Related to the knowledge file',
  'not-in-knowledge': 'Not in the knowledge file',
};

const known = analysis({
  actors: [actor({ id: 'example-state', name: 'Example State' }), actor({ id: 'name:jane-roe', name: 'Jane Roe', kind: 'person', known: false })],
  entries: {
    'example-state': entry({
      id: 'example-state',
      details: ['At the article’s date: party to the talks', 'Backed by: Nobody'],
      aliases: ['ES', 'Exampleland', 'The Republic', 'Alias Four', 'Alias Five', 'Alias Six', 'Alias Seven'],
      sinceThen: 'Since then: left the talks.',
      contested: 'Its role in the talks is disputed by two sides.',
      sources: [sourceA, sourceB],
    }),
    'talks-2019': entry({ id: 'talks-2019', type: 'event', title: 'The example talks', subtitle: 'Agreement, 17 October 2019', sources: [sourceB] }),
  },
});

describe('Card: actor', () => {
  it('shows the known actor with its kind, details, aliases, since-then, contested note and sources', () => {
    render(<Card target={{ type: 'actor', actorId: 'example-state', mentionText: 'Exampleland' }} analysis={known} />, container());
    const dialog = container().querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('Example State: State');
    expect(dialog.querySelector('h2')!.textContent).toBe('Example State');
    expect(dialog.textContent).toContain('Mentioned as “Exampleland”');
    expect(dialog.textContent).toContain('At the article’s date: party to the talks');
    expect(dialog.querySelector('.sl-aliases')!.textContent).toBe('Also: ES, Exampleland, The Republic, Alias Four, Alias Five, Alias Six');
    expect(dialog.textContent).toContain('Since then: left the talks.');
    expect(dialog.querySelector('.sl-contested')!.textContent).toBe('Contested: Its role in the talks is disputed by two sides.');
    const links = [...dialog.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/overview', 'https://example.net/agreement']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(dialog.textContent).toContain('15 March 2020');
    expect(dialog.textContent).toContain('Example Monitor');
  });

  it('says plainly when a name is not in the knowledge file, without sources', () => {
    render(<Card target={{ type: 'actor', actorId: 'name:jane-roe', mentionText: 'Jane Roe' }} analysis={known} />, container());
    expect(container().querySelector('.sl-subtitle')!.textContent).toBe('Person');
    expect(container().textContent).toContain('Not in the knowledge file');
    expect(container().querySelector('.sl-sources')).toBeNull();
    expect(container().querySelector('a')).toBeNull();
  });

  it('offers a close button only when it can close', () => {
    const onClose = vi.fn();
    render(<Card target={{ type: 'actor', actorId: 'example-state', mentionText: 'Example State' }} analysis={known} onClose={onClose} />, container());
    const button = container().querySelector<HTMLButtonElement>('button[aria-label="Close"]')!;
    expect(button.textContent).toBe('×');
    button.click();
    expect(onClose).toHaveBeenCalledOnce();

    render(<Card target={{ type: 'actor', actorId: 'example-state', mentionText: 'Example State' }} analysis={known} />, container());
    expect(container().querySelector('button')).toBeNull();
  });
});

describe('Card: claim', () => {
  it.each(Object.entries(VERDICT_LABELS) as Array<[Verdict, string]>)('labels the %s verdict in words', (verdict, label) => {
    render(<Card target={{ type: 'claim', claimIndex: 0 }} analysis={analysis({ claims: [claim({ verdict })] })} />, container());
    const badge = container().querySelector('.sl-verdict')!;
    expect(badge.textContent).toContain(label);
    expect(badge.classList.contains(`sl-verdict-${verdict}`)).toBe(true);
  });

  it('shows the kind, value, what is counted, explanation, attribution, facts and their sources', () => {
    const a = analysis({
      ...known,
      claims: [
        claim({ kind: 'date', value: '--10-09', approx: 'exact', text: 'on 9 October', counts: undefined }),
        claim({ verdict: 'differs', facts: ['talks-2019', 'missing-id'], attributedTo: 'the example monitor', explanation: 'The file holds 200,000.' }),
      ],
    });
    render(<Card target={{ type: 'claim', claimIndex: 1 }} analysis={a} />, container());
    const dialog = container().querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('Casualties: more than 216,000');
    expect(dialog.querySelector('h2')!.textContent).toBe('Casualties');
    expect(dialog.querySelector('.sl-value')!.textContent).toBe('more than 216,000 civilians');
    expect(dialog.textContent).toContain('Differs from the knowledge file');
    expect(dialog.textContent).toContain('The file holds 200,000.');
    expect(dialog.textContent).toContain('Attributed to: the example monitor');
    expect([...dialog.querySelectorAll('.sl-facts li')].map((li) => li.textContent)).toEqual(['The example talks']);
    expect([...dialog.querySelectorAll('a')].map((l) => l.getAttribute('href'))).toEqual(['https://example.net/agreement']);

    render(<Card target={{ type: 'claim', claimIndex: 0 }} analysis={a} />, container());
    expect(container().querySelector('h2')!.textContent).toBe('Date');
    expect(container().querySelector('.sl-value')!.textContent).toBe('9 October (year not stated)');
    expect(container().querySelector('.sl-year-from')).toBeNull();
  });

  it('says where the year of a date written without one was read from', () => {
    const dated = (yearFrom: 'article' | 'text' | 'event') => analysis({ claims: [claim({ kind: 'date', value: '2019-10-09', approx: 'exact', text: 'on 9 October', counts: undefined, yearFrom })] });
    const said = (yearFrom: 'article' | 'text' | 'event') => {
      render(<Card target={{ type: 'claim', claimIndex: 0 }} analysis={dated(yearFrom)} />, container());
      expect(container().querySelector('.sl-value')!.textContent).toBe('9 October 2019');
      return container().querySelector('.sl-year-from')!.textContent;
    };
    expect(said('article')).toBe("The year is not written here: it is read from the article's date.");
    expect(said('text')).toBe('The year is not written here: it is read from the dates around it in the text.');
    expect(said('event')).toBe('The year is not written here: it is read as that of the event the date agrees with.');
  });

  it('says who stands behind a figure when the file knows the source it is attributed to, with that entry\'s sources', () => {
    const a = analysis({
      ...known,
      claims: [claim({ verdict: 'not-in-knowledge', facts: [], attributedTo: 'state media of Exampleland', attributedActorId: 'example-state' })],
    });
    render(<Card target={{ type: 'claim', claimIndex: 0 }} analysis={a} />, container());
    const dialog = container().querySelector('[role="dialog"]')!;
    expect(dialog.querySelector('.sl-attribution')!.textContent).toBe('Attributed to: state media of Exampleland');
    const who = dialog.querySelector('.sl-attribution-source')!;
    expect(who.querySelector('p')!.textContent).toBe(`Example State (State): ${known.entries['example-state']!.summary}`);
    // The source's own sources sit with it, apart from those the figure was checked against.
    expect([...who.querySelectorAll('a')].map((l) => l.getAttribute('href'))).toEqual(['https://example.org/overview', 'https://example.net/agreement']);
    expect(dialog.querySelectorAll('a').length).toBe(2);

    // An attribution to an actor whose entry the answer does not hold says nothing more.
    const unknownSource = claim({ attributedTo: 'a local activist', attributedActorId: 'not-in-entries' });
    render(<Card target={{ type: 'claim', claimIndex: 0 }} analysis={analysis({ ...known, claims: [unknownSource] })} />, container());
    expect(container().querySelector('.sl-attribution')!.textContent).toBe('Attributed to: a local activist');
    expect(container().querySelector('.sl-attribution-source')).toBeNull();
  });

  it('renders nothing for a claim that is no longer there', () => {
    render(<Card target={{ type: 'claim', claimIndex: 5 }} analysis={analysis()} />, container());
    expect(container().innerHTML).toBe('');
  });
});

describe('Card: a checked selection', () => {
  it('reports the figures with their verdicts and sources, the known actors with their entries, and the unknown names', () => {
    const a = analysis({ ...known, relevant: true, claims: [claim({ verdict: 'differs', facts: ['talks-2019'] })] });
    render(<Card target={{ type: 'selection', text: 'More than  216,000\ncivilians fled, said Exampleland.' }} analysis={a} />, container());
    const dialog = container().querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('Syria Lens: the selected text checked');
    // The excerpt with its white space flattened.
    expect(dialog.querySelector('.sl-subtitle')!.textContent).toBe('“More than 216,000 civilians fled, said Exampleland.”');
    expect(dialog.textContent).toContain('Reads as about the Syrian conflict.');
    const claimItem = dialog.querySelector('.sl-selection-claims li')!;
    expect(claimItem.getAttribute('data-verdict')).toBe('differs');
    expect(claimItem.textContent).toContain('Differs from the knowledge file');
    expect([...claimItem.querySelectorAll('a')].map((l) => l.getAttribute('href'))).toEqual(['https://example.net/agreement']);
    const actorItems = [...dialog.querySelectorAll('.sl-selection-actors li[data-actor-id]')];
    expect(actorItems.map((li) => li.getAttribute('data-actor-id'))).toEqual(['example-state']);
    expect(actorItems[0]!.textContent).toContain('Contested: Its role in the talks is disputed by two sides.');
    expect(dialog.querySelector('.sl-unknown-note')!.textContent).toBe('Not in the knowledge file: Jane Roe');
  });

  it('says when nothing was found and when the text is not about the war, and shortens a long selection', () => {
    render(<Card target={{ type: 'selection', text: 'word '.repeat(100) }} analysis={analysis({ relevant: false })} />, container());
    const dialog = container().querySelector('[role="dialog"]')!;
    expect(dialog.textContent).toContain('Does not read as about the Syrian conflict; checked anyway.');
    expect(dialog.textContent).toContain('No actors, figures or dates found in the selection.');
    const excerpt = dialog.querySelector('.sl-subtitle')!.textContent!;
    expect(excerpt.length).toBeLessThanOrEqual(142);
    expect(excerpt.endsWith('…”')).toBe(true);
  });
});

describe('Card: safety', () => {
  it('renders page text as inert text and links only https sources', () => {
    const hostile = '<script>alert(1)</script>';
    const a = analysis({
      actors: [actor({ id: 'name:x', name: hostile, kind: 'organisation', known: false })],
      claims: [claim({ text: hostile, attributedTo: 'javascript:alert(1)', facts: ['e'] })],
      entries: {
        e: entry({
          id: 'e',
          sources: [
            { publisher: 'Plain', title: 'Plain http page', url: 'http://example.com/page', date: '2020' },
            { publisher: 'Script', title: 'Script address', url: 'javascript:alert(1)', date: '2020' },
            sourceA,
          ],
        }),
      },
    });
    render(<Card target={{ type: 'actor', actorId: 'name:x', mentionText: hostile }} analysis={a} />, container());
    expect(container().querySelector('script')).toBeNull();
    expect(container().querySelector('h2')!.textContent).toBe(hostile);

    render(<Card target={{ type: 'claim', claimIndex: 0 }} analysis={a} />, container());
    expect(container().querySelector('script')).toBeNull();
    expect(container().textContent).toContain(hostile);
    expect(container().textContent).toContain('Attributed to: javascript:alert(1)');
    const hrefs = [...container().querySelectorAll('a')].map((l) => l.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.org/overview']);
    expect(container().textContent).toContain('Plain http page');
    expect(container().textContent).toContain('Script address');
  });
});

describe('cardStyles', () => {
  it('covers light and dark and every verdict', () => {
    expect(cardStyles).toContain('@media (prefers-color-scheme: dark)');
    for (const v of Object.keys(VERDICT_LABELS)) expect(cardStyles).toContain(`.sl-verdict-${v}`);
  });
});

import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { SourcesList } from '../../../components/SourcesList';
import { sourceA, sourceB, useContainer } from './fixtures';

const container = useContainer();

describe('SourcesList', () => {
  it('lists every entry by part with its sources, the date checked and whether it is contested', () => {
    const groups = [
      {
        kind: 'actors' as const,
        entries: [
          { id: 'a', title: 'Example State', sources: [sourceA, sourceB], lastChecked: '2026-11-26', contested: false },
          { id: 'b', title: 'مثال', sources: [sourceA], lastChecked: '2026-11-20', contested: true },
        ],
      },
      { kind: 'events' as const, entries: [{ id: 'c', title: 'The example talks', sources: [sourceB], lastChecked: '2026-11-26', contested: false }] },
    ];
    render(<SourcesList asOf="2026-11-26" groups={groups} />, container());
    const page = container();
    // Two distinct addresses in all.
    expect(page.querySelector('p')!.textContent).toContain('(2 in all)');
    expect([...page.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Actors (2)', 'Events and agreements (1)']);
    expect([...page.querySelectorAll('nav a')].map((a) => a.getAttribute('href'))).toEqual(['#actors', '#events']);
    const b = page.querySelector('[data-entry-id="b"]')!;
    expect(b.querySelector('bdi')!.textContent).toBe('مثال');
    expect(b.textContent).toContain('contested');
    expect(page.querySelector('[data-entry-id="a"]')!.textContent).not.toContain('contested');
    expect(page.querySelectorAll('[data-entry-id="a"] a')).toHaveLength(2);
  });

  it('gives a page without a publication date the day it was read', () => {
    const undated = { publisher: 'Wikipedia', title: 'Example group', url: 'https://en.wikipedia.org/wiki/Example', accessed: '2026-11-27' };
    render(<SourcesList asOf="2026-11-27" groups={[{ kind: 'actors', entries: [{ id: 'd', title: 'Example group', sources: [undated, sourceA], lastChecked: '2026-11-27', contested: false }] }]} />, container());
    const dates = [...container().querySelectorAll('.sl-source-date')].map((d) => d.textContent);
    expect(dates[0]).toMatch(/^read .*2026/);
    expect(dates[1]).not.toMatch(/^read/);
  });
});

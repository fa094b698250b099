import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Options } from '../../../components/Options';
import { SiteToggle } from '../../../components/SiteToggle';
import { Card } from '../../../components/Card';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { actor, analysis, useContainer } from './fixtures';

const container = useContainer();

const labelled = (text: string) =>
  [...container().querySelectorAll('label')].find((l) => l.textContent?.includes(text))!.querySelector('input')!;

describe('Options', () => {
  it('turns a kind of figure off', () => {
    const onChange = vi.fn();
    render(<Options settings={DEFAULT_SETTINGS} onChange={onChange} />, container());
    labelled('Date').click();
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ claimKinds: expect.objectContaining({ date: false, casualties: true }) }));
  });

  it('lists the sites with their own choice and forgets one', () => {
    const onChange = vi.fn();
    render(<Options settings={{ ...DEFAULT_SETTINGS, sites: { 'b.example': false, 'a.example': true } }} onChange={onChange} />, container());
    const items = [...container().querySelectorAll('.sl-sites li')].map((li) => li.textContent);
    expect(items[0]).toContain('a.example: marks on');
    expect(items[1]).toContain('b.example: marks off');
    (container().querySelector('button[aria-label="Forget the choice for a.example"]') as HTMLButtonElement).click();
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ sites: { 'b.example': false } }));
  });

  it('shows muted actors by name and marks one again', () => {
    const onChange = vi.fn();
    render(<Options settings={{ ...DEFAULT_SETTINGS, mutedActors: ['pkk'] }} actorNames={{ pkk: "Kurdistan Workers' Party" }} onChange={onChange} />, container());
    expect(container().textContent).toContain("Kurdistan Workers' Party");
    [...container().querySelectorAll('button')].find((b) => b.textContent === 'Mark again')!.click();
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ mutedActors: [] }));
  });

  it('switches the density', () => {
    const onChange = vi.fn();
    render(<Options settings={DEFAULT_SETTINGS} onChange={onChange} />, container());
    labelled('first mention').click();
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ density: 'first-per-paragraph' }));
  });
});

describe('SiteToggle', () => {
  it('names the site and reports the new state', () => {
    const onChange = vi.fn();
    render(<SiteToggle host="news.example" on={true} onChange={onChange} />, container());
    expect(container().textContent).toContain('Marks on news.example');
    container().querySelector('input')!.click();
    expect(onChange).toHaveBeenCalledWith(false);
  });
});

describe('Card mute button', () => {
  it('offers to stop marking the actor', () => {
    const onMute = vi.fn();
    const a = analysis({ actors: [actor({ id: 'name:jane-roe', name: 'Jane Roe', kind: 'person', known: false })] });
    render(<Card target={{ type: 'actor', actorId: 'name:jane-roe', mentionText: 'Jane Roe' }} analysis={a} onMute={onMute} />, container());
    const button = [...container().querySelectorAll('button')].find((b) => b.textContent === 'Stop marking Jane Roe')!;
    button.click();
    expect(onMute).toHaveBeenCalledOnce();
  });
});

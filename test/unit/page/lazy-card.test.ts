/** The card as the article script holds it: its code loaded on the first card, and only the latest request shown. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyCard } from '../../../entrypoints/article/lazy-card';
import type { CardHost } from '../../../entrypoints/article/card-host';
import type { CardTarget } from '../../../components/Card';
import { CARD_KEY } from '../../../lib/messages';
import type { Analysis } from '../../../lib/types';

const KEY = Symbol.for(CARD_KEY);
const registry = globalThis as Record<symbol, unknown>;

/** Stands for CardHost: records what it was asked to show. */
class RecordingHost {
  static made = 0;
  shown: CardTarget[] = [];
  open = false;
  constructor(readonly doc: Document) {
    RecordingHost.made++;
  }
  show(target: CardTarget) {
    this.shown.push(target);
    this.open = true;
  }
  hide() {
    this.open = false;
  }
  scheduleHide() {}
  remove() {
    this.open = false;
  }
}

const claim = (claimIndex: number): CardTarget => ({ type: 'claim', claimIndex });
const analysis = {} as Analysis;
const anchor = new DOMRect(0, 0, 10, 10);
const hostOf = (card: LazyCard) => (card as unknown as { host: RecordingHost | null }).host;

afterEach(() => {
  delete registry[KEY];
  RecordingHost.made = 0;
});

describe('LazyCard', () => {
  it('loads the card code once, on the first show, and then shows the latest request only', async () => {
    const load = vi.fn(async () => {
      registry[KEY] = RecordingHost as unknown as typeof CardHost;
    });
    const card = new LazyCard(document, load);
    expect(load).not.toHaveBeenCalled();
    card.show(claim(1), analysis, anchor);
    card.show(claim(2), analysis, anchor);
    await vi.waitFor(() => expect(card.open).toBe(true));
    expect(load).toHaveBeenCalledTimes(1);
    expect(hostOf(card)!.shown).toEqual([claim(2)]);
    card.show(claim(3), analysis, anchor);
    expect(hostOf(card)!.shown).toEqual([claim(2), claim(3)]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(RecordingHost.made).toBe(1);
  });

  it('opens nothing when the pointer left before the code arrived', async () => {
    let arrive!: () => void;
    const load = () =>
      new Promise<void>((resolve) => {
        arrive = () => {
          registry[KEY] = RecordingHost as unknown as typeof CardHost;
          resolve();
        };
      });
    const card = new LazyCard(document, load);
    card.show(claim(1), analysis, anchor);
    card.scheduleHide();
    arrive();
    await vi.waitFor(() => expect(hostOf(card)).not.toBeNull());
    expect(card.open).toBe(false);
    expect(hostOf(card)!.shown).toEqual([]);
  });

  it('tries again on the next show when the code could not be loaded', async () => {
    let attempts = 0;
    const load = async () => {
      if (++attempts === 1) throw new Error('the extension was reloading');
      registry[KEY] = RecordingHost as unknown as typeof CardHost;
    };
    const card = new LazyCard(document, load);
    card.show(claim(1), analysis, anchor);
    await vi.waitFor(() => expect(attempts).toBe(1));
    await new Promise((r) => setTimeout(r, 0));
    expect(card.open).toBe(false);
    card.show(claim(2), analysis, anchor);
    await vi.waitFor(() => expect(card.open).toBe(true));
    expect(hostOf(card)!.shown).toEqual([claim(2)]);
  });
});

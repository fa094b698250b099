/**
 * The card as the article script sees it: the card's interface code is loaded on the first
 * `show`, and until it is there only the latest request counts (a card the pointer already
 * left is never opened late).
 */
import { CARD_KEY } from '@/lib/messages';
import type { CardHost } from './card-host';

type ShowArgs = Parameters<CardHost['show']>;

export class LazyCard {
  private host: CardHost | null = null;
  private loading: Promise<void> | null = null;
  private pending: ShowArgs | null = null;

  /** `load` puts the card's code into this page's extension world (CardHost under CARD_KEY). */
  constructor(
    private readonly doc: Document,
    private readonly load: () => Promise<unknown>,
  ) {}

  get open(): boolean {
    return this.host?.open ?? false;
  }

  show(...args: ShowArgs): void {
    if (this.host) return this.host.show(...args);
    this.pending = args;
    this.loading ??= this.load()
      .then(() => {
        const Host = (globalThis as Record<symbol, unknown>)[Symbol.for(CARD_KEY)] as typeof CardHost | undefined;
        if (Host) this.host = new Host(this.doc);
      })
      .catch(() => undefined)
      .finally(() => {
        this.loading = null;
        const request = this.pending;
        this.pending = null;
        if (this.host && request) this.host.show(...request);
      });
  }

  scheduleHide(): void {
    if (this.host) this.host.scheduleHide();
    else this.pending = null;
  }

  hide(): void {
    if (this.host) this.host.hide();
    else this.pending = null;
  }

  remove(): void {
    this.pending = null;
    this.host?.remove();
  }
}

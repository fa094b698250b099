/**
 * The one element Syria Lens adds to a page: <syria-lens-card>, with an open shadow root that
 * holds the hover card, so no page CSS reaches it and none of its CSS leaks out.
 */
import { render } from 'preact';
import { Card, cardStyles, type CardTarget } from '@/components/Card';
import { uiDir } from '@/components/i18n';
import type { Analysis } from '@/lib/types';
import { CARD_HOST } from './shadow';

const GAP = 6;
const HIDE_DELAY_MS = 250;

export class CardHost {
  private host: HTMLElement | null = null;
  private panel: HTMLElement | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private shownFor: CardTarget | null = null;
  /** A card the reader asked for (a checked selection) stays until closed, not until the pointer leaves. */
  private sticky = false;
  private readonly closeOnOutsidePointer = (e: Event) => {
    if (this.sticky && this.host && !e.composedPath().includes(this.host)) this.hide();
  };

  constructor(private readonly doc: Document) {}

  private ensure(): HTMLElement {
    if (this.panel) return this.panel;
    const { host, shadow } = createHost(this.doc);
    const style = this.doc.createElement('style');
    // :host reset: the page's styles for unknown elements must not move or show the host.
    // Positions are in the page's physical coordinates (getBoundingClientRect), hence left and top.
    style.textContent = `:host { all: initial; position: fixed; inset: 0 auto auto 0; z-index: 2147483647; pointer-events: none; }
      .sl-panel { position: fixed; pointer-events: auto; }
      ${cardStyles}`;
    const panel = this.doc.createElement('div');
    panel.className = 'sl-panel';
    panel.hidden = true;
    panel.addEventListener('mouseenter', () => clearTimeout(this.hideTimer));
    panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.hide();
    });
    panel.addEventListener('mouseleave', () => this.scheduleHide());
    shadow.append(style, panel);
    this.doc.documentElement.append(host);
    this.doc.addEventListener('pointerdown', this.closeOnOutsidePointer, true);
    this.host = host;
    this.panel = panel;
    return panel;
  }

  get open(): boolean {
    return !!this.panel && !this.panel.hidden;
  }

  /**
   * Opens the card beside `anchor`, below it when there is room, else above: never over it.
   * Opened from the keyboard, it takes the focus so that screen readers announce it.
   */
  show(target: CardTarget, analysis: Analysis, anchor: DOMRect, options: { focus?: boolean; onMute?: () => void; sticky?: boolean } = {}): void {
    clearTimeout(this.hideTimer);
    if (this.shownFor && sameTarget(this.shownFor, target) && this.panel && !this.panel.hidden) return;
    // Hovering a mark does not replace a card the reader asked for.
    if (this.sticky && !options.sticky && this.open) return;
    const panel = this.ensure();
    this.shownFor = target;
    this.sticky = !!options.sticky;
    const { onMute } = options;
    // Only the reader mutes: a page's script can reach the card's buttons (its shadow root is
    // open), but not make a click the browser trusts, and the settings are the reader's everywhere.
    const mute = onMute && ((event: Event) => event.isTrusted && onMute());
    render(<Card target={target} analysis={analysis} onClose={() => this.hide()} onMute={mute} />, panel);
    panel.hidden = false;
    const view = this.doc.defaultView!;
    const box = panel.getBoundingClientRect();
    const below = anchor.bottom + GAP;
    const top = below + box.height <= view.innerHeight || anchor.top - GAP - box.height < 0 ? below : anchor.top - GAP - box.height;
    // The card lines up with the mark's start: its left edge, or in a right-to-left interface its right edge.
    const start = uiDir() === 'rtl' ? anchor.right - box.width : anchor.left;
    const left = Math.max(GAP, Math.min(start, view.innerWidth - box.width - GAP));
    panel.style.top = `${Math.round(top)}px`;
    panel.style.left = `${Math.round(left)}px`;
    if (options.focus) panel.querySelector<HTMLElement>('.sl-card')?.focus();
  }

  scheduleHide(): void {
    if (this.sticky) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  hide(): void {
    clearTimeout(this.hideTimer);
    if (!this.panel) return;
    this.panel.hidden = true;
    this.shownFor = null;
    this.sticky = false;
  }

  remove(): void {
    clearTimeout(this.hideTimer);
    if (this.panel) render(null, this.panel);
    this.doc.removeEventListener('pointerdown', this.closeOnOutsidePointer, true);
    this.host?.remove();
    this.host = null;
    this.panel = null;
    this.shownFor = null;
    this.sticky = false;
  }
}

/**
 * The host element and its shadow root. A page that defines its own <syria-lens-card> (by
 * accident or to interfere) gets a host under a name it cannot know in advance instead.
 */
function createHost(doc: Document): { host: HTMLElement; shadow: ShadowRoot } {
  try {
    const host = doc.createElement(CARD_HOST);
    if (!host.shadowRoot) return { host, shadow: host.attachShadow({ mode: 'open' }) };
  } catch {
    // the page's own element refused a shadow root: fall through
  }
  const host = doc.createElement(`syria-lens-card-${Math.random().toString(36).slice(2, 10)}`);
  return { host, shadow: host.attachShadow({ mode: 'open' }) };
}

function sameTarget(a: CardTarget, b: CardTarget): boolean {
  if (a.type === 'actor' && b.type === 'actor') return a.actorId === b.actorId && a.mentionText === b.mentionText;
  if (a.type === 'claim' && b.type === 'claim') return a.claimIndex === b.claimIndex;
  return false;
}

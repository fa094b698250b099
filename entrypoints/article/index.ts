/**
 * Loaded by the background into a page that passed the gate (or that the reader asked to
 * analyse): extracts the article, has the background analyse it, and draws the marks and
 * the hover card. The analysis itself never runs on the page's main thread.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  MAX_PAGE_CHARS,
  MSG,
  isCommandMessage,
  isCurrentRequest,
  isRunRequest,
  type AnalyzePageMessage,
  type ArticleReady,
  type PageState,
} from '@/lib/messages';
import { marksEnabledOn, visibleMarks, type Settings } from '@/lib/settings';
import { readSettings, updateSettings, watchSettings } from '@/utils/settings-item';
import type { Analysis } from '@/lib/types';
import { extractArticle, type ExtractedText } from '../content/extract';
import { pageTitle, publishedDate } from '../content/metadata';
import { rangeFor } from '../content/ranges';
import { MarkLayer, highlightsSupported, type Mark } from './highlights';
import { CardHost } from './card-host';

// The script may be injected twice (the gate, then "Analyse anyway"): one instance per page.
const LOADED = Symbol.for('syria-lens.article');

export default defineUnlistedScript(() => {
  const scope = globalThis as typeof globalThis & { [LOADED]?: boolean };
  if (scope[LOADED] || !document.body) return;
  scope[LOADED] = true;
  const ctx = new ContentScriptContext('syria-lens-article');
  const lens = new PageLens(ctx);
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isRunRequest(message)) return lens.run(message.force).then(() => lens.result);
    if (isCurrentRequest(message)) {
      const state: PageState = { analysis: lens.result, gate: 'passed' };
      return Promise.resolve(state);
    }
    if (isCommandMessage(message)) {
      if (message.command === 'toggle-marks') lens.toggle();
      else lens.step(message.command === 'next-mark' ? 1 : -1);
      return Promise.resolve(null);
    }
    return undefined;
  });
  ctx.onInvalidated(watchSettings((settings) => lens.applySettings(settings)));
  const ready: ArticleReady = { type: MSG.articleReady };
  void Promise.all([browser.runtime.sendMessage(ready), readSettings()]).then(([answer, settings]) => {
    const force = typeof answer === 'object' && answer !== null && (answer as { force?: unknown }).force === true;
    lens.settings = settings;
    // Marks off on this site: nothing is read or drawn unless the reader asks.
    if (force || marksEnabledOn(settings, location.hostname)) whenIdle(() => void lens.run(force));
  });
});

function whenIdle(fn: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(fn, { timeout: 500 });
  else setTimeout(fn, 50);
}

class PageLens {
  result: Analysis | null = null;
  settings: Settings | null = null;
  /** Hidden with the keyboard shortcut, for this page only. */
  private hidden = false;
  private focusIndex = -1;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private hovered: Mark | null = null;
  private extracted: ExtractedText | null = null;
  private readonly marks = new MarkLayer(document);
  private readonly card = new CardHost(document);
  private pending: Promise<void> | null = null;
  private frame = 0;
  private pointer = { x: 0, y: 0 };
  private listening = false;

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.removeMarks());
    ctx.addEventListener(document, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape' && this.card.open) this.card.hide();
    });
  }

  /** Every trace gone: the highlights, their style element and the card host. */
  private removeMarks(): void {
    if (highlightsSupported()) this.marks.clear();
    this.card.remove();
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    if (!marksEnabledOn(settings, location.hostname)) return this.removeMarks();
    if (this.result) this.draw();
    else void this.run(false);
  }

  toggle(): void {
    this.hidden = !this.hidden;
    if (this.hidden) this.removeMarks();
    else if (this.result) this.draw();
    else void this.run(true);
  }

  /** Keyboard stepping: the next or previous mark is scrolled into view and its card opened. */
  step(direction: 1 | -1): void {
    const marks = this.marks.all;
    if (!this.result || marks.length === 0) return;
    this.focusIndex = (this.focusIndex + direction + marks.length) % marks.length;
    const mark = marks[this.focusIndex]!;
    const node = mark.range.startContainer.parentElement;
    node?.scrollIntoView({ block: 'center' });
    // Scrolling is synchronous: the mark's rectangle is already where it will be drawn.
    const rect = mark.range.getClientRects()[0] ?? mark.range.getBoundingClientRect();
    this.openCard(mark, rect, true);
  }

  private openCard(mark: Mark, rect: DOMRect, focus: boolean): void {
    if (!this.result) return;
    this.card.show(mark.target, this.result, rect, { focus, onMute: () => this.mute(mark) });
  }

  private mute(mark: Mark): void {
    const result = this.result;
    if (!result) return;
    this.card.hide();
    void updateSettings((s) => {
      if (mark.target.type === 'actor') return { ...s, mutedActors: [...new Set([...s.mutedActors, (mark.target as { actorId: string }).actorId])] };
      const kind = result.claims[(mark.target as { claimIndex: number }).claimIndex]?.kind;
      return kind ? { ...s, claimKinds: { ...s.claimKinds, [kind]: false } } : s;
    });
  }

  run(force: boolean): Promise<void> {
    this.pending ??= this.analyse(force).finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async analyse(force: boolean): Promise<void> {
    const extracted = extractArticle(document, { maxChars: MAX_PAGE_CHARS });
    if (!extracted.text.trim()) return;
    const message: AnalyzePageMessage = {
      type: MSG.analyzePage,
      text: extracted.text,
      title: pageTitle(document),
      url: location.href,
      date: publishedDate(document),
      force,
    };
    const analysis = (await browser.runtime.sendMessage(message)) as Analysis | null;
    if (!analysis || this.ctx.isInvalid) return;
    this.extracted = extracted;
    this.result = analysis;
    this.draw();
  }

  private draw(): void {
    const { result, extracted, settings } = this;
    if (!result || !extracted || !settings || this.hidden || !highlightsSupported()) return;
    const visible = visibleMarks(result, extracted.text, settings);
    const marks: Mark[] = [];
    for (const [a, i] of visible.mentions) {
      const actor = result.actors[a]!;
      const m = actor.mentions[i]!;
      const range = rangeFor(document, extracted.pieces, extracted.text, m.start, m.end);
      if (range) marks.push({ range, target: { type: 'actor', actorId: actor.id, mentionText: m.text } });
    }
    for (const claimIndex of visible.claims) {
      const c = result.claims[claimIndex]!;
      const range = rangeFor(document, extracted.pieces, extracted.text, c.start, c.end);
      if (range) marks.push({ range, target: { type: 'claim', claimIndex } });
    }
    this.focusIndex = -1;
    this.marks.show(marks);
    if (!this.listening) {
      this.listening = true;
      this.ctx.addEventListener(document, 'mousemove', (e) => this.onPointer(e as MouseEvent), { passive: true });
    }
  }

  private onPointer(e: MouseEvent): void {
    // Over the card itself: keep it open so its links can be reached.
    if ((e.target as Element | null)?.localName === 'syria-lens-card') return;
    // One hit test per frame, however fast the pointer moves, at where the pointer is last.
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const hit = this.marks.markAt(this.pointer.x, this.pointer.y);
      if (!hit) {
        this.hovered = null;
        clearTimeout(this.hoverTimer);
        this.card.scheduleHide();
        return;
      }
      if (hit.mark === this.hovered) return;
      // The card opens once the pointer rests on a mark for the reader's chosen delay.
      this.hovered = hit.mark;
      clearTimeout(this.hoverTimer);
      this.hoverTimer = setTimeout(() => this.openCard(hit.mark, hit.rect, false), this.settings?.cardDelayMs ?? 0);
    });
  }
}

/**
 * Loaded by the background into a page that passed the gate (or that the reader asked to
 * analyse): extracts the article, has the background analyse it, and draws the marks and
 * the hover card. The analysis itself never runs on the page's main thread.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MAX_PAGE_CHARS, MSG, isCurrentRequest, isRunRequest, type AnalyzePageMessage, type ArticleReady, type PageState } from '@/lib/messages';
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
  const lens = new PageLens(new ContentScriptContext('syria-lens-article'));
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isRunRequest(message)) return lens.run(message.force).then(() => lens.result);
    if (isCurrentRequest(message)) {
      const state: PageState = { analysis: lens.result, gate: 'passed' };
      return Promise.resolve(state);
    }
    return undefined;
  });
  const ready: ArticleReady = { type: MSG.articleReady };
  void browser.runtime.sendMessage(ready).then((answer: unknown) => {
    const force = typeof answer === 'object' && answer !== null && (answer as { force?: unknown }).force === true;
    whenIdle(() => void lens.run(force));
  });
});

function whenIdle(fn: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(fn, { timeout: 500 });
  else setTimeout(fn, 50);
}

class PageLens {
  result: Analysis | null = null;
  private extracted: ExtractedText | null = null;
  private readonly marks = new MarkLayer(document);
  private readonly card = new CardHost(document);
  private pending: Promise<void> | null = null;
  private frame = 0;
  private pointer = { x: 0, y: 0 };
  private listening = false;

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => {
      if (highlightsSupported()) this.marks.clear();
      this.card.remove();
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
    const { result, extracted } = this;
    if (!result || !extracted || !highlightsSupported()) return;
    const marks: Mark[] = [];
    for (const actor of result.actors) {
      for (const m of actor.mentions) {
        const range = rangeFor(document, extracted.pieces, extracted.text, m.start, m.end);
        if (range) marks.push({ range, target: { type: 'actor', actorId: actor.id, mentionText: m.text } });
      }
    }
    result.claims.forEach((c, claimIndex) => {
      const range = rangeFor(document, extracted.pieces, extracted.text, c.start, c.end);
      if (range) marks.push({ range, target: { type: 'claim', claimIndex } });
    });
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
      if (hit && this.result) this.card.show(hit.mark.target, this.result, hit.rect);
      else this.card.scheduleHide();
    });
  }
}

/**
 * Runs on every page. A page that fails the cheap gate costs a text sample and one regular
 * expression, and nothing else is done. A page that passes has its article text extracted
 * and sent to the background for analysis; the answer comes back as offsets, drawn as marks.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { passesGate } from '@/lib/topic/gate';
import { MAX_PAGE_CHARS, MSG, isCurrentRequest, isRunRequest, type AnalyzePageMessage, type PageState } from '@/lib/messages';
import type { Analysis } from '@/lib/types';
import { extractArticle, type ExtractedText } from './extract';
import { pageTitle, publishedDate, sampleText } from './metadata';
import { rangeFor } from './ranges';
import { MarkLayer, highlightsSupported, type Mark } from './highlights';
import { CardHost } from './card-host';

const GATE_SAMPLE_CHARS = 20_000;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    // Only HTML documents: not SVG, XML or plain-text views.
    if (!(document instanceof HTMLDocument) || document.contentType !== 'text/html' || !document.body) return;
    const lens = new PageLens(ctx);
    const gate = { title: pageTitle(document), url: location.href, sample: sampleText(document, GATE_SAMPLE_CHARS) };
    const passed = passesGate(gate);
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (isRunRequest(message)) return lens.run(message.force).then(() => lens.result);
      if (isCurrentRequest(message)) {
        const state: PageState = { analysis: lens.result, gate: passed ? 'passed' : 'failed' };
        return Promise.resolve(state);
      }
      return undefined;
    });
    if (passed) whenIdle(() => void lens.run(false));
  },
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

/**
 * Loaded by the background into a page that passed the gate (or that the reader asked to
 * analyse): extracts the article, has the background analyse it, and draws the marks and
 * the hover card. The analysis itself never runs on the page's main thread.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  GATE_PASSED_KEY,
  MAX_PAGE_CHARS,
  MAX_SELECTION_CHARS,
  MSG,
  isCheckSelection,
  isCommandMessage,
  isRevealClaim,
  isCurrentRequest,
  isRunRequest,
  isSettingsChanged,
  type AnalyzePageMessage,
  type AnalyzeSelection,
  type ArticleReady,
  type DocumentGone,
  type ArticleReadyAnswer,
  type LoadCard,
  type Mute,
  type PageState,
} from '@/lib/messages';
import { marksEnabledOn, normaliseSettings, visibleMarks, type Settings } from '@/lib/settings';
import { mergeAnalyses } from '@/lib/merge';
import type { Analysis } from '@/lib/types';
import { extractArticle, type ExtractedText, type TextPiece } from './extract';
import { pageTitle, publishedDate } from './metadata';
import { rangeFor } from './ranges';
import { MarkLayer, highlightsSupported, isMarkStyle, paletteBehind, type Mark } from './highlights';
import { LazyCard } from './lazy-card';
import { CARD_HOST } from './shadow';

// The script may be injected twice (the gate, then "Analyse anyway"): one instance per page.
const LOADED = Symbol.for('syria-lens.article');

export default defineUnlistedScript(() => {
  const scope = globalThis as typeof globalThis & Record<symbol, unknown>;
  if (scope[LOADED] || !document.body) return;
  scope[LOADED] = true;
  const ctx = new ContentScriptContext('syria-lens-article', { noScriptStartedPostMessage: true });
  const lens = new PageLens(ctx);
  let changedEarly: Settings | null = null;
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isRunRequest(message)) return lens.run(message.force).then(() => lens.result);
    if (isCurrentRequest(message)) {
      // Asked of every frame at once: the top, and a frame with nothing to report, stay silent.
      if (message.framesOnly && (!lens.result || lens.frameId === 0)) return undefined;
      const state: PageState = { analysis: lens.result, gate: lens.gatePassed ? 'passed' : 'failed', frameId: lens.frameId };
      return Promise.resolve(state);
    }
    if (isSettingsChanged(message)) {
      // Before the background's first answer, kept: it is newer than what that answer may hold.
      if (lens.settings) lens.applySettings(normaliseSettings(message.settings));
      else changedEarly = normaliseSettings(message.settings);
      return undefined;
    }
    if (isCheckSelection(message)) return lens.checkSelection(message.text).then(() => null);
    if (isRevealClaim(message)) return Promise.resolve(lens.revealClaim(message.claimIndex, message.claimText));
    if (isCommandMessage(message)) {
      if (message.command === 'toggle-marks') lens.toggle();
      else lens.step(message.command === 'next-mark' ? 1 : -1);
      return Promise.resolve(null);
    }
    return undefined;
  });
  const ready: ArticleReady = { type: MSG.articleReady };
  void browser.runtime.sendMessage(ready).then((answer) => {
    const fields = (typeof answer === 'object' && answer !== null ? answer : {}) as Partial<Record<keyof ArticleReadyAnswer, unknown>>;
    const force = fields.force === true;
    lens.frameId = typeof fields.frameId === 'number' ? fields.frameId : null;
    const settings = changedEarly ?? normaliseSettings(fields.settings);
    lens.settings = settings;
    // Loaded only to check a selection on a page the gate turned away: the page is left alone.
    lens.gatePassed = force || scope[Symbol.for(GATE_PASSED_KEY)] === true;
    if (!lens.gatePassed) return;
    // Marks off on this site: nothing is read or drawn unless the reader asks.
    if (force || marksEnabledOn(settings, location.hostname)) whenIdle(() => void lens.run(force));
  });
});

/** Resolves in a later task, so that the page runs between two pieces of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function whenIdle(fn: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(fn, { timeout: 500 });
  else setTimeout(fn, 50);
}

/** A part of the page analysed at once: the first article text, or text that arrived later. */
interface Part {
  extracted: ExtractedText;
  analysis: Analysis;
}

// Watching a page that changes: at most one look per interval, however often it changes.
const SETTLE_MS = 800;
const MIN_INTERVAL_MS = 2_000;
// Marks made per slice of drawing, between which the page gets its main thread back.
const DRAW_SLICE = 400;
// New text shorter than this (a counter, a timestamp) is not worth an analysis.
const MIN_NEW_CHARS = 80;

interface WantedMark {
  part: number;
  start: number;
  end: number;
  text: string;
  target: Mark['target'];
}

class PageLens {
  settings: Settings | null = null;
  /** Whether the page itself is to be analysed (it passed the gate, or the reader asked). */
  gatePassed = true;
  /** This document's frame in its tab, as the background said (0: the top document). */
  frameId: number | null = null;
  private parts: Part[] = [];
  private merged: Analysis | null = null;
  private analysedUrl = location.href;
  private analysedNodes = new WeakSet<Text>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private lastRefresh = 0;
  private observer: MutationObserver | null = null;
  private drawGeneration = 0;
  /** Hidden with the keyboard shortcut, for this page only. */
  private hidden = false;
  /** The reader asked for this page's marks (analyse anyway, the shortcut): drawn even where the site's marks are off. */
  private askedFor = false;
  private focusIndex = -1;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private hovered: Mark | null = null;
  private readonly marks = new MarkLayer(document);
  private readonly card = new LazyCard(document, () => browser.runtime.sendMessage({ type: MSG.loadCard } satisfies LoadCard));
  private pending: Promise<void> | null = null;
  private frame = 0;
  private pointer = { x: 0, y: 0 };
  private listening = false;

  /** The page's findings, all parts together (for the popup). */
  get result(): Analysis | null {
    return this.merged;
  }

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => {
      this.observer?.disconnect();
      clearTimeout(this.refreshTimer);
      this.removeMarks();
    });
    // A frame that navigates keeps its tab: the background would go on showing this document's result.
    ctx.addEventListener(window, 'pagehide', () => {
      if (this.merged) browser.runtime.sendMessage({ type: MSG.documentGone } satisfies DocumentGone).catch(() => undefined);
    });
    ctx.addEventListener(document, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape' && this.card.open) this.card.hide();
    });
  }

  /** Every trace gone: the highlights, their style element and the card host. */
  private removeMarks(): void {
    this.drawGeneration++;
    if (highlightsSupported()) this.marks.clear();
    this.card.remove();
  }

  applySettings(settings: Settings): void {
    const wasOn = this.settings !== null && marksEnabledOn(this.settings, location.hostname);
    const wanted = this.marksWanted();
    this.settings = settings;
    // The site switched off: that outweighs an earlier request for this page's marks.
    if (wasOn && !marksEnabledOn(settings, location.hostname)) this.askedFor = false;
    if (!this.marksWanted()) return this.removeMarks();
    if (this.parts.length) {
      this.draw();
      // Text that arrived while the marks were off was not looked at.
      if (!wanted) void this.analyseNewText();
    } else if (this.gatePassed) void this.run(false);
  }

  /** Whether this page is to show marks: the site's setting, or the reader asked. */
  private marksWanted(): boolean {
    return this.askedFor || (this.settings !== null && marksEnabledOn(this.settings, location.hostname));
  }

  toggle(): void {
    // Where the site's marks are off, nothing shows: the first press asks for them.
    this.hidden = this.marksWanted() ? !this.hidden : false;
    if (this.hidden) return this.removeMarks();
    this.askedFor = true;
    if (this.parts.length) this.draw();
    // Showing the marks of a page never analysed analyses it, but not a frame loaded for a selection.
    else if (this.gatePassed || this.frameId === 0) void this.run(true);
  }

  /** Keyboard stepping: the next or previous mark is scrolled into view and its card opened. */
  step(direction: 1 | -1): void {
    const marks = this.marks.all;
    if (marks.length === 0) return;
    this.focusIndex = (this.focusIndex + direction + marks.length) % marks.length;
    const mark = marks[this.focusIndex]!;
    const node = mark.range.startContainer.parentElement;
    node?.scrollIntoView({ block: 'center' });
    // Scrolling is synchronous: the mark's rectangle is already where it will be drawn.
    const rect = mark.range.getClientRects()[0] ?? mark.range.getBoundingClientRect();
    this.openCard(mark, rect, true);
  }

  /**
   * From the popup: the claim at `index` of the page's result (parts in order) is scrolled into
   * view, lit up for a moment and its card opened. False when it is no longer in the page, or
   * when the result changed since the popup showed it and that index holds another claim.
   */
  revealClaim(index: number, expectedText: string): boolean {
    let part = 0;
    while (part < this.parts.length && index >= this.parts[part]!.analysis.claims.length) index -= this.parts[part++]!.analysis.claims.length;
    const found = this.parts[part];
    const claim = found?.analysis.claims[index];
    if (!found || !claim || claim.text !== expectedText) return false;
    // Its mark if drawn; else (a kind of figure switched off) the range from the text itself.
    const mark = this.marks.all.find((m) => m.part === part && m.target.type === 'claim' && m.target.claimIndex === index);
    const range = mark?.range ?? rangeFor(document, found.extracted.pieces, found.extracted.text, claim.start, claim.end);
    if (!range || range.toString() !== (mark?.text ?? claim.text)) return false;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    if (highlightsSupported()) this.marks.flash(range);
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    if (mark) this.openCard(mark, rect, true);
    else this.card.show({ type: 'claim', claimIndex: index }, found.analysis, rect, { focus: true });
    return true;
  }

  private openCard(mark: Mark, rect: DOMRect, focus: boolean): void {
    const part = this.parts[mark.part];
    if (!part) return;
    this.card.show(mark.target, part.analysis, rect, { focus, onMute: () => this.mute(mark) });
  }

  /** The background saves the change, and every page's marks follow it (this one's too). */
  private mute(mark: Mark): void {
    const { target } = mark;
    const kind = target.type === 'claim' ? this.parts[mark.part]?.analysis.claims[target.claimIndex]?.kind : undefined;
    const message: Mute | null =
      target.type === 'actor' ? { type: MSG.mute, actorId: target.actorId } : kind ? { type: MSG.mute, claimKind: kind } : null;
    if (!message) return;
    this.card.hide();
    browser.runtime.sendMessage(message).catch(() => undefined);
  }

  /**
   * "Check with Syria Lens": the page's own selection (or, when the page no longer has it, the
   * text the menu reported) is analysed whatever its topic, and its card opens beside it.
   */
  async checkSelection(reported: string): Promise<void> {
    const selection = document.getSelection();
    const selected = selection && !selection.isCollapsed ? selection.toString() : '';
    const text = (selected.trim() ? selected : reported).slice(0, MAX_SELECTION_CHARS);
    if (!text.trim()) return;
    const message: AnalyzeSelection = { type: MSG.analyzeSelection, text, title: pageTitle(document), url: location.href, date: publishedDate(document) };
    const analysis = (await browser.runtime.sendMessage(message)) as Analysis | null;
    if (!analysis || this.ctx.isInvalid) return;
    const rect = selected.trim() && selection!.rangeCount ? selection!.getRangeAt(0).getBoundingClientRect() : null;
    // A selection in a form field or a frame has no rectangle here: the card opens near the top.
    const anchor = rect && (rect.width || rect.height) ? rect : new DOMRect(Math.max(0, innerWidth / 2 - 180), 24, 0, 0);
    this.card.show({ type: 'selection', text }, analysis, anchor, { focus: true, sticky: true });
  }

  run(force: boolean): Promise<void> {
    if (force) this.gatePassed = this.askedFor = true;
    this.pending ??= this.analyse(force).finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async analyse(force: boolean): Promise<void> {
    const extracted = extractArticle(document, { maxChars: MAX_PAGE_CHARS });
    if (!extracted.text.trim()) return;
    const url = location.href;
    // Handing a long text to the messaging costs about as much as extracting it: another task.
    await nextTask();
    if (this.ctx.isInvalid) return;
    const analysis = await this.request(extracted.text, force, false);
    if (!analysis || this.ctx.isInvalid) return;
    this.analysedUrl = url;
    this.parts = [{ extracted, analysis }];
    this.merged = analysis;
    this.analysedNodes = new WeakSet(extracted.pieces.map((p) => p.node));
    this.draw();
    this.watchChanges(extracted.shadowRoots);
  }

  private request(text: string, force: boolean, append: boolean): Promise<Analysis | null> {
    const message: AnalyzePageMessage = {
      type: MSG.analyzePage,
      text,
      title: pageTitle(document),
      url: location.href,
      date: publishedDate(document),
      force,
      append,
    };
    return browser.runtime.sendMessage(message) as Promise<Analysis | null>;
  }

  /**
   * Pages change after load: live blogs and "read more" add text, single-page sites swap the
   * article. Changes are gathered and looked at once they settle, never more often than
   * MIN_INTERVAL_MS, so a page that rewrites itself constantly costs little.
   */
  private watchChanges(shadowRoots: ShadowRoot[] = []): void {
    if (typeof MutationObserver === 'undefined') return;
    const changes = { childList: true, subtree: true, characterData: true };
    if (!this.observer) {
      this.observer = new MutationObserver((records) => {
        if (records.every(onlyMarkStyles)) return;
        clearTimeout(this.refreshTimer);
        const wait = Math.max(SETTLE_MS, this.lastRefresh + MIN_INTERVAL_MS - Date.now());
        this.refreshTimer = setTimeout(() => void this.refresh(), wait);
      });
      this.observer.observe(document.body, changes);
    }
    // Changes inside a shadow root are not seen from the tree around it: each root the article
    // was read from is watched too (observing a root again changes nothing).
    for (const root of shadowRoots) this.observer.observe(root, changes);
  }

  private async refresh(): Promise<void> {
    this.lastRefresh = Date.now();
    if (this.pending || this.ctx.isInvalid) return;
    if (location.href !== this.analysedUrl) {
      // A new article in the same page: the old marks and result go, the new text is analysed
      // afresh (once the marks are on, if they are off).
      this.parts = [];
      this.merged = null;
      this.analysedUrl = location.href;
      this.removeMarks();
      return this.marksWanted() ? this.run(false) : undefined;
    }
    // Marks off: nothing is read until they are on again (then the new text is).
    if (!this.marksWanted()) return;
    // Marks whose text changed are dropped, never drawn over other text.
    const squeeze = (t: string) => t.replace(/\s+/g, ' ');
    const stale = this.marks.all.filter((m) => squeeze(m.range.toString()) !== squeeze(m.text));
    if (stale.length) this.draw();
    await this.analyseNewText();
  }

  /** Text nodes that were not there at the last analysis, analysed on their own. */
  private async analyseNewText(): Promise<void> {
    const full = extractArticle(document, { maxChars: MAX_PAGE_CHARS });
    // Components added since the last look are watched from now on.
    this.watchChanges(full.shadowRoots);
    const fresh = full.pieces.filter((p) => !this.analysedNodes.has(p.node));
    const part = joinPieces(full, fresh);
    if (part.text.replace(/\s+/g, '').length < MIN_NEW_CHARS) return;
    for (const p of fresh) this.analysedNodes.add(p.node);
    const analysis = await this.request(part.text, true, true);
    if (!analysis || this.ctx.isInvalid) return;
    this.parts.push({ extracted: part, analysis });
    this.merged = this.merged ? mergeAnalyses(this.merged, analysis) : analysis;
    this.draw();
  }

  /**
   * Draws the marks. Ranges are made in slices, yielding to the page between them, so that even a
   * book-length page never blocks its main thread for long; a newer draw cancels an older one.
   */
  private draw(): void {
    const { settings } = this;
    const generation = ++this.drawGeneration;
    // Marks switched off while the analysis was under way, or text arrived after: nothing is drawn.
    if (this.parts.length === 0 || !settings || this.hidden || !this.marksWanted() || !highlightsSupported()) return;
    let wanted: WantedMark[] = [];
    const marks: Mark[] = [];
    const slice = (from: number) => {
      if (generation !== this.drawGeneration || this.ctx.isInvalid) return;
      if (from === 0) wanted = this.wantedMarks(settings);
      const to = Math.min(wanted.length, from + DRAW_SLICE);
      for (let k = from; k < to; k++) {
        const w = wanted[k]!;
        const { extracted } = this.parts[w.part]!;
        const range = rangeFor(document, extracted.pieces, extracted.text, w.start, w.end);
        if (range) marks.push({ range, text: w.text, part: w.part, order: w.part * 1e9 + w.start, target: w.target });
      }
      if (to < wanted.length) {
        setTimeout(() => slice(to), 0);
        return;
      }
      this.focusIndex = -1;
      this.marks.show(marks, paletteBehind(marks[0]?.range.startContainer.parentElement ?? null));
      if (!this.listening) {
        this.listening = true;
        this.ctx.addEventListener(document, 'mousemove', (e) => this.onPointer(e as MouseEvent), { passive: true });
      }
    };
    // Begun in a task of its own: the one that brought a long analysis has had its share.
    setTimeout(() => slice(0), 0);
  }

  /** The marks the settings let through, in the order of the parts. */
  private wantedMarks(settings: Settings): WantedMark[] {
    const wanted: WantedMark[] = [];
    this.parts.forEach(({ extracted, analysis }, part) => {
      const visible = visibleMarks(analysis, extracted.text, settings);
      for (const [a, i] of visible.mentions) {
        const actor = analysis.actors[a]!;
        const m = actor.mentions[i]!;
        wanted.push({ part, start: m.start, end: m.end, text: m.text, target: { type: 'actor', actorId: actor.id, mentionText: m.text } });
      }
      for (const claimIndex of visible.claims) {
        const c = analysis.claims[claimIndex]!;
        wanted.push({ part, start: c.start, end: c.end, text: c.text, target: { type: 'claim', claimIndex } });
      }
    });
    return wanted;
  }

  private onPointer(e: MouseEvent): void {
    // Over the card itself: keep it open so its links can be reached.
    if ((e.target as Element | null)?.localName?.startsWith(CARD_HOST)) return;
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

/** A change that only added or removed the marks' own style element (in a shadow root of the article). */
function onlyMarkStyles(record: MutationRecord): boolean {
  return record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(isMarkStyle);
}

/**
 * Some of an extraction's text nodes as a text of their own: nodes that followed each other in
 * the page keep what stood between them; others are separated as paragraphs.
 */
function joinPieces(full: ExtractedText, chosen: TextPiece[]): ExtractedText {
  const position = new Map(full.pieces.map((p, i) => [p, i]));
  const pieces: TextPiece[] = [];
  let text = '';
  let previous: TextPiece | null = null;
  for (const p of chosen) {
    if (previous) {
      const adjacent = position.get(previous)! + 1 === position.get(p);
      text += adjacent ? full.text.slice(previous.start + previous.node.data.length, p.start) : '\n\n';
    }
    pieces.push({ node: p.node, start: text.length });
    text += p.node.data;
    previous = p;
  }
  return { text, pieces, blocks: 0 };
}

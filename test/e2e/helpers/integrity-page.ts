/**
 * Visiting a page for the integrity tests, with or without the extension: page errors, console
 * errors, how responsive the page stays (page.evaluate(() => 1) answered, polled all along), the
 * marks, and a fingerprint of the page's own DOM.
 *
 * Everything that reads the page runs in an isolated world of the driver (puppeteer's isolated
 * realm), not the page's main world: hostile pages replace Array.prototype.map, JSON,
 * window.CSS, and the readers must not depend on what the page did to its globals.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { CHROME_BUILD, CHROMIUM_PATH } from './paths';
import { CHROMIUM_ARGS, installInFirefox, launchFirefoxBrowser, type BrowserKind } from './browsers';

export const ACTOR = 'syria-lens-actor';
export const CLAIM = 'syria-lens-claim';

/**
 * A browser for the integrity tests: with the built extension or without it, launched the same
 * way otherwise (the flags of helpers/browsers.ts). Both refuse every host but 127.0.0.1 at once
 * (Chromium: host resolver rules; Firefox: a proxy that refuses): this machine has no internet,
 * and a real page's many third-party requests would otherwise each wait for a DNS timeout. The
 * pages' own scripts run as they are; they only see the network fail fast.
 */
export interface TestBrowser {
  kind: BrowserKind;
  withExtension: boolean;
  browser: Browser;
  /** chrome-extension://ID or moz-extension://UUID; null without the extension. */
  extensionOrigin: string | null;
  close(): Promise<void>;
}


export async function launchBrowser(kind: BrowserKind, withExtension: boolean): Promise<TestBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), `syria-lens-integrity-${kind}-`));
  let browser: Browser;
  let extensionOrigin: string | null = null;
  if (kind === 'chromium') {
    browser = await puppeteer.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      pipe: true,
      userDataDir,
      ...(withExtension ? { enableExtensions: [CHROME_BUILD] } : {}),
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    });
    if (withExtension) {
      const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 });
      extensionOrigin = `chrome-extension://${new URL(sw.url()).host}`;
    }
  } else {
    // Every host but 127.0.0.1 through a proxy on a closed port: refused at once.
    browser = await launchFirefoxBrowser(userDataDir, {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    });
    if (withExtension) extensionOrigin = await installInFirefox(browser);
  }
  return {
    kind,
    withExtension,
    browser,
    extensionOrigin,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The fingerprint of one frame's DOM, leaving out only what the extension may add. */
export interface FrameFingerprint {
  url: string;
  /** A browser error page in the frame (a third-party frame that could not load): not the page's content. */
  errorPage?: boolean;
  /** Nodes of the document (light DOM), apart from <syria-lens-card> elements and <style id="syria-lens-marks"> with its text. */
  nodes: number;
  /** Hash of the tree: node names, attribute names and all text (text of [data-integrity-volatile] subtrees left out). */
  content: string;
  /** Hash of the attribute values (pages put random ids and timestamps there: compared apart). */
  attributes: string;
  textLength: number;
  /** <syria-lens-card> elements and <style id="syria-lens-marks"> elements found (and left out above). */
  cards: number;
  markStyles: number;
  /** The first characters of the body's text, to show what differs. */
  sample: string;
}

/**
 * The in-page readers are plain JavaScript source, evaluated as strings: a transform of this file
 * (esbuild's keepNames adds `__name(...)` calls) cannot leak into code that runs in the page.
 */
const FINGERPRINT_JS = String.raw`(() => {
  const doc = document;
  const uri = String(doc.documentURI || '');
  if (/^(chrome-error:|about:neterror|about:certerror|about:blocked)/.test(uri)) {
    return { url: location.href, errorPage: true, nodes: 0, content: '', attributes: '', textLength: 0, cards: 0, markStyles: 0, sample: '' };
  }
  let nodes = 0, cards = 0, markStyles = 0, textLength = 0;
  let h = 0x811c9dc5, v = 0x811c9dc5;
  const mix = (s) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  const mixValue = (s) => {
    for (let i = 0; i < s.length; i++) {
      v ^= s.charCodeAt(i);
      v = Math.imul(v, 0x01000193) >>> 0;
    }
  };
  const volatile = [];
  const walker = doc.createTreeWalker(doc, 0xffffffff);
  let node = walker.currentNode;
  while (node) {
    let skipChildren = false;
    if (node.nodeType === 1) {
      const name = node.localName;
      if (name === 'syria-lens-card' || name.startsWith('syria-lens-card-')) {
        cards++;
      } else if (name === 'style' && node.id === 'syria-lens-marks') {
        markStyles++;
        skipChildren = true;
      } else {
        nodes++;
        mix('<' + name);
        const attrs = node.attributes;
        for (let i = 0; i < attrs.length; i++) {
          mix(' ' + attrs[i].name);
          mixValue(attrs[i].name + '=' + attrs[i].value + ';');
        }
        mix('>');
      }
      if (node.hasAttribute('data-integrity-volatile')) volatile.push(node);
    } else {
      nodes++;
      if (node.nodeType === 3 || node.nodeType === 4 || node.nodeType === 8) {
        let inVolatile = false;
        for (let i = 0; i < volatile.length; i++) if (volatile[i].contains(node)) { inVolatile = true; break; }
        if (inVolatile) mix('#volatile');
        else {
          mix('#' + node.nodeType + node.data);
          textLength += node.data.length;
        }
      } else mix('#' + node.nodeType);
    }
    let next = skipChildren ? null : walker.firstChild();
    if (!next) {
      walker.currentNode = node;
      for (;;) {
        next = walker.nextSibling();
        if (next) break;
        if (!walker.parentNode()) break;
      }
    }
    node = next;
  }
  const body = doc.body || doc.documentElement;
  return {
    url: location.href,
    nodes,
    content: h.toString(16).padStart(8, '0'),
    attributes: v.toString(16).padStart(8, '0'),
    textLength,
    cards,
    markStyles,
    sample: ((body && body.textContent) || '').replace(/\s+/g, ' ').trim().slice(0, 160),
  };
})()`;

/** What the extension drew: the size of each highlight, and the text of a few of its ranges. */
export interface MarksReading {
  names: string[];
  actor: number;
  claim: number;
  actorTexts: string[];
  claimTexts: string[];
  /**
   * The computed ::highlight(syria-lens-actor) background of the element holding the first actor
   * mark: proof that the mark style is in effect (a page's CSP could block it); null without marks.
   */
  actorPaint: string | null;
}

const MARKS_JS = (actor: string, claim: string) => String.raw`(() => {
  const reg = typeof CSS !== 'undefined' && CSS && 'highlights' in CSS ? CSS.highlights : null;
  const names = [];
  if (reg) reg.forEach((v, k) => names.push(k));
  const read = (n) => {
    const hl = reg && reg.get(n);
    if (!hl) return { size: -1, texts: [] };
    const texts = [];
    hl.forEach((r) => { if (texts.length < 400) texts.push(String(r)); });
    return { size: hl.size, texts };
  };
  const a = read(${JSON.stringify(actor)});
  const c = read(${JSON.stringify(claim)});
  let paint = null;
  const first = reg && reg.get(${JSON.stringify(actor)});
  // forEach, not for...of: Firefox's Xrays (the driver's sandbox) cannot wrap a Highlight's iterator.
  if (first) {
    let done = false;
    first.forEach((r) => {
      if (done) return;
      done = true;
      const el = r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement;
      try { paint = el ? getComputedStyle(el, '::highlight(' + ${JSON.stringify(actor)} + ')').backgroundColor : null; } catch (e) { paint = 'error: ' + e; }
    });
  }
  return { names, actor: a.size, claim: c.size, actorTexts: a.texts, claimTexts: c.texts, actorPaint: paint };
})()`;

// The driver's isolated world of a frame (puppeteer's own, used for its utilities). Falls back to
// the main world when a version does not offer it.
function isolated(frame: Frame): { evaluate: Frame['evaluate'] } {
  const f = frame as Frame & { isolatedRealm?: () => { evaluate: Frame['evaluate'] } };
  return typeof f.isolatedRealm === 'function' ? f.isolatedRealm() : frame;
}

export async function readMarks(page: Page): Promise<MarksReading> {
  return isolated(page.mainFrame()).evaluate(MARKS_JS(ACTOR, CLAIM)) as Promise<MarksReading>;
}

/**
 * Fingerprints of the top document and every frame the driver can reach, in frame-tree order.
 * Browser error pages (a third-party frame that could not load on this offline machine) are kept
 * as such, without reading them: they are the browser's, not the page's.
 */
export async function fingerprint(page: Page, { frames = true } = {}): Promise<FrameFingerprint[]> {
  const list = frames ? page.frames() : [page.mainFrame()];
  return Promise.all(
    list.map(async (frame): Promise<FrameFingerprint> => {
      const url = frame.url();
      if (/^(chrome-error:|about:neterror|about:certerror)/.test(url)) {
        return { url, errorPage: true, nodes: 0, content: '', attributes: '', textLength: 0, cards: 0, markStyles: 0, sample: '' };
      }
      try {
        return (await withTimeout(isolated(frame).evaluate(FINGERPRINT_JS) as Promise<FrameFingerprint>, 10_000, 'fingerprint')) as FrameFingerprint;
      } catch (e) {
        const reason = (e as Error).message.slice(0, 80);
        return { url, nodes: -1, content: `unreadable: ${reason}`, attributes: '', textLength: -1, cards: 0, markStyles: 0, sample: '' };
      }
    }),
  );
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]);
}

/** Polls page.evaluate(() => 1) until stopped; the longest wait is the page's worst unresponsiveness. */
export function watchResponsiveness(page: Page, { interval = 100, cap = 10_000 } = {}): { stop(): Promise<{ max: number; polls: number }> } {
  let stopped = false;
  let max = 0;
  let polls = 0;
  const loop = (async () => {
    while (!stopped) {
      const t = performance.now();
      try {
        await withTimeout(page.evaluate(() => 1), cap, 'page.evaluate(() => 1)');
      } catch {
        // A navigation in between, or no answer within the cap: the time waited counts either way.
      }
      max = Math.max(max, performance.now() - t);
      polls++;
      await new Promise((r) => setTimeout(r, interval));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return { max, polls };
    },
  };
}

export interface Visit {
  url: string;
  /** Uncaught exceptions of the page's scripts (message + stack), in order. */
  pageErrors: string[];
  /**
   * Reports of resources that failed (Firefox reports a blocked cross-origin request or a font
   * that could not be downloaded through the same channel as exceptions): network weather on an
   * offline machine, not errors of a script. Reported, not compared.
   */
  resourceErrors: string[];
  consoleErrors: string[];
  /** "load", or how the navigation ended otherwise (the page moved away, or never fired load). */
  navigation: string;
  loadMs: number;
  /** Time from load until the marks were there (null: none expected, or none came). */
  marksMs: number | null;
  /** Time from load until the fingerprint was taken. */
  settleMs: number;
  /** Worst wait for page.evaluate(() => 1) between load and the fingerprint. */
  maxUnresponsiveMs: number;
  polls: number;
  marks: MarksReading;
  /** The top document right after the load event ("before settling"), when asked for. */
  atLoad: FrameFingerprint | null;
  /** The top document and its frames once settled. */
  frames: FrameFingerprint[];
  page: Page;
}

export interface VisitOptions {
  /** Wait until both highlights hold ranges, for at most this long (ms). */
  marksWithin?: number;
  /** With marksWithin: how long to keep waiting quietly after the marks came. */
  quietMs?: number;
  /** Without marksWithin: time to let the page settle after load (ms). */
  settleMs?: number;
  loadTimeout?: number;
  /** A real page may move away while loading, or never fire load: record it and go on. */
  tolerateNavigation?: boolean;
  /** Also fingerprint the top document right after load (before settling). */
  atLoad?: boolean;
  /** Keep the page open (the caller closes it). */
  keepOpen?: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const RESOURCE_REPORT = /^(Cross-Origin Request Blocked:|downloadable font:|Content-Security-Policy:|Loading failed for the|The resource at |Content at )/;

export async function visit(browser: Browser, url: string, options: VisitOptions = {}): Promise<Visit> {
  // A window of its own: a background tab is hidden, and hidden pages run their timers, frames and
  // layout differently, which would make visits made side by side disagree.
  const page = await browser.newPage({ type: 'window' });
  const pageErrors: string[] = [];
  const resourceErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (err) => {
    const text = err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err);
    (RESOURCE_REPORT.test(text) ? resourceErrors : pageErrors).push(text);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  try {
    let t = performance.now();
    let navigation = 'load';
    try {
      await page.goto(url, { waitUntil: 'load', timeout: options.loadTimeout ?? 30_000 });
    } catch (e) {
      if (!options.tolerateNavigation) throw e;
      const m = (e as Error).message;
      const reason = m.split('\n')[0]!.replace(/^Protocol error \([^)]*\):\s*/, '').replace(/^unknown error\s*/, '').replace(/^Error:\s*/, '').replace(/\s+\S+@\S+$/, '').replace(/ at \S+$/, '');
      navigation = /timeout/i.test(m) ? 'no load event in time' : `navigation failed: ${reason.slice(0, 60)}`;
    }
    const loadMs = performance.now() - t;
    t = performance.now();
    const watch = watchResponsiveness(page);
    const atLoad = options.atLoad ? (await fingerprint(page, { frames: false }))[0]! : null;
    let marksMs: number | null = null;
    if (options.marksWithin) {
      const deadline = t + options.marksWithin;
      while (performance.now() < deadline) {
        const m = await readMarks(page).catch(() => null);
        if (m && m.actor > 0 && m.claim > 0) {
          marksMs = performance.now() - t;
          break;
        }
        await sleep(100);
      }
      await sleep(options.quietMs ?? 300);
    } else {
      await sleep(options.settleMs ?? 1_500);
    }
    const marks = await readMarks(page).catch(
      (e): MarksReading => ({ names: [`unreadable: ${(e as Error).message}`], actor: -1, claim: -1, actorTexts: [], claimTexts: [], actorPaint: null }),
    );
    const frames = await fingerprint(page);
    const settleMs = performance.now() - t;
    const { max, polls } = await watch.stop();
    return { url, pageErrors, resourceErrors, consoleErrors, navigation, loadMs, marksMs, settleMs, maxUnresponsiveMs: max, polls, marks, atLoad, frames, page };
  } finally {
    if (!options.keepOpen) await page.close().catch(() => undefined);
  }
}

/** What is compared between visits with and without the extension. */
export type Aspect = 'navigation' | 'page errors' | 'frames' | 'nodes' | 'content' | 'attributes';
export const ASPECTS: Aspect[] = ['navigation', 'page errors', 'frames', 'nodes', 'content', 'attributes'];

export function firstLine(s: string): string {
  return s.split('\n')[0]!.slice(0, 200);
}

/** One canonical string per aspect: two visits agree on an aspect when the strings are equal. */
export function aspectsOf(v: Visit): Record<Aspect, string> {
  const frames = v.frames;
  const own = frames.filter((f) => !f.errorPage);
  return {
    navigation: `${v.navigation} ${v.frames[0]?.url ?? ''}`,
    'page errors': JSON.stringify(v.pageErrors.map(firstLine).sort()),
    frames: JSON.stringify(frames.map((f) => (f.errorPage ? 'error page' : f.url.replace(/[?#].*$/, '')))),
    nodes: own.map((f) => f.nodes).join(','),
    content: own.map((f) => `${f.content}/${f.textLength}`).join(','),
    attributes: own.map((f) => f.attributes).join(','),
  };
}

/** The aspects on which two visits disagree, each with a short description. */
export function differing(a: Visit, b: Visit): Map<Aspect, string> {
  const x = aspectsOf(a);
  const y = aspectsOf(b);
  const out = new Map<Aspect, string>();
  for (const k of ASPECTS) if (x[k] !== y[k]) out.set(k, `${k}: ${x[k].slice(0, 300)} vs ${y[k].slice(0, 300)}`);
  return out;
}

/**
 * What the extension may add: one <syria-lens-card> and one <style id="syria-lens-marks"> in the
 * top document, and in a frame of the top document's origin (one that may hold the article);
 * nothing in a frame of another origin.
 */
export function additionProblems(withExt: Visit, without: Visit): string[] {
  const out: string[] = [];
  const n = Math.min(withExt.frames.length, without.frames.length);
  const origin = (url: string) => (/^https?:/.test(url) ? new URL(url).origin : url);
  const top = origin(without.frames[0]?.url ?? '');
  for (let i = 0; i < n; i++) {
    const x = withExt.frames[i]!;
    const y = without.frames[i]!;
    const where = i === 0 ? 'document' : `frame ${i} (${y.url.slice(0, 80)})`;
    const allowed = i === 0 || origin(y.url) === top ? 1 : 0;
    const extraCards = x.cards - y.cards;
    const extraStyles = x.markStyles - y.markStyles;
    if (extraCards < 0 || extraCards > allowed) out.push(`${where}: ${x.cards} <syria-lens-card> with the extension, ${y.cards} without`);
    if (extraStyles < 0 || extraStyles > allowed) out.push(`${where}: ${x.markStyles} <style id="syria-lens-marks"> with the extension, ${y.markStyles} without`);
  }
  return out;
}

/** Each frame of a page, in frame-tree order: its URL, its origin ("null" when sandboxed) and the ranges highlighted in it. */
export async function marksByFrame(page: Page): Promise<Array<{ url: string; origin: string; ranges: number }>> {
  return Promise.all(
    page.frames().map(async (frame) => {
      // A string, as the other readings here; forEach, as Firefox's isolated realm cannot iterate the registry.
      const [origin, ranges] = (await isolated(frame)
        .evaluate('(() => { let n = 0; CSS.highlights.forEach((h) => { n += h.size; }); return [window.origin, n]; })()')
        .catch((e: Error) => [`unreadable: ${e.message.slice(0, 60)}`, -1])) as [string, number];
      return { url: frame.url(), origin, ranges };
    }),
  );
}

/** Differences between a visit with the extension and one without, as sentences (deterministic pages). */
export function integrityDifferences(withExt: Visit, without: Visit): string[] {
  return [...differing(withExt, without).values(), ...additionProblems(withExt, without)];
}

/** Page errors and console errors that come from the extension's own code. */
export function extensionErrors(v: Visit, origins: string[] = ['chrome-extension://', 'moz-extension://']): string[] {
  return [...v.pageErrors, ...v.consoleErrors].filter((e) => origins.some((o) => e.includes(o)));
}

/**
 * Compares a real page with and without the extension when the page itself may not load the
 * same way twice (random ids, timers, scripts racing each other). An aspect on which the visit
 * with the extension differs from the visit without it is looked at again: more visits without
 * the extension and with it, alternately, up to `extraPairs` of each. The difference is the
 * page's own noise as soon as the page is seen to differ from itself without the extension, or
 * one visit with the extension agrees with one without it. It is counted as made by the
 * extension only when every visit without the extension gave one value and no visit with the
 * extension ever gave it. (A page that flips a coin between two outcomes gets through this by
 * chance with probability about 2^-(2n+1) for n extra pairs.)
 */
export async function compareWithNoise(
  first: { withExt: Visit; without: Visit },
  again: { withExt: () => Promise<Visit>; without: () => Promise<Visit> },
  extraPairs = 4,
): Promise<{ differences: string[]; noise: Aspect[]; visits: number }> {
  const initial = differing(first.withExt, first.without);
  const additions = additionProblems(first.withExt, first.without);
  let visits = 2;
  if (initial.size === 0) return { differences: additions, noise: [], visits };
  const withValues = [aspectsOf(first.withExt)];
  const withoutValues = [aspectsOf(first.without)];
  const open = new Set(initial.keys());
  const noise = new Set<Aspect>();
  const settle = () => {
    for (const k of [...open]) {
      const pageVaries = withoutValues.some((b) => b[k] !== withoutValues[0]![k]);
      if (pageVaries || withValues.some((w) => w[k] === withoutValues[0]![k])) {
        open.delete(k);
        noise.add(k);
      }
    }
  };
  for (let i = 0; i < extraPairs && open.size; i++) {
    withoutValues.push(aspectsOf(await again.without()));
    visits++;
    settle();
    if (!open.size) break;
    withValues.push(aspectsOf(await again.withExt()));
    visits++;
    settle();
  }
  return { differences: [...[...open].map((k) => initial.get(k)!), ...additions], noise: [...noise], visits };
}

/** The open card: a <syria-lens-card> whose open shadow root holds a visible [role="dialog"]. */
export interface CardState {
  label: string | null;
  text: string;
  /** Computed position of the host: the card must float (fixed), not sit in the page's flow. */
  hostPosition: string;
  box: { x: number; y: number; width: number; height: number };
}

// The host is <syria-lens-card>, or <syria-lens-card-…> where the page defined that name itself.
const CARD_JS = String.raw`(() => {
  const hosts = [...document.documentElement.children].filter((el) => el.localName.startsWith('syria-lens-card'));
  for (let i = 0; i < hosts.length; i++) {
    const host = hosts[i];
    const root = host.shadowRoot;
    const dialog = root && root.querySelector('[role="dialog"]');
    if (!dialog) continue;
    let hidden = false;
    for (let el = dialog; el; el = el.parentElement) if (el.hidden) hidden = true;
    if (hidden) continue;
    const r = dialog.getBoundingClientRect();
    return {
      label: dialog.getAttribute('aria-label'),
      text: dialog.textContent || '',
      hostPosition: getComputedStyle(host).position,
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
    };
  }
  return null;
})()`;

const FIRST_ACTOR_CENTRE_JS = (actor: string) => String.raw`(() => {
  const h = CSS.highlights.get(${JSON.stringify(actor)});
  if (!h) return null;
  let first = null;
  h.forEach((r) => { if (!first) first = r; });
  if (!first) return null;
  const el = first.startContainer.parentElement;
  if (el) el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const rect = first.getClientRects()[0];
  if (!rect) return null;
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: String(first) };
})()`;

export function readCardState(page: Page): Promise<CardState | null> {
  return isolated(page.mainFrame()).evaluate(CARD_JS) as Promise<CardState | null>;
}

/**
 * Points at the first actor mark (found in the driver's isolated world, whatever the page did to
 * its globals) and waits up to `timeout` ms for the card; returns the mark's text and the card.
 */
export async function hoverFirstActor(page: Page, timeout = 4_000): Promise<{ mark: string | null; card: CardState | null }> {
  await page.bringToFront();
  await page.mouse.move(1, 1);
  const at = (await isolated(page.mainFrame()).evaluate(FIRST_ACTOR_CENTRE_JS(ACTOR))) as { x: number; y: number; text: string } | null;
  if (!at) return { mark: null, card: null };
  await page.mouse.move(at.x, at.y);
  await sleep(50);
  await page.mouse.move(at.x + 1, at.y);
  const deadline = performance.now() + timeout;
  while (performance.now() < deadline) {
    const card = await readCardState(page).catch(() => null);
    if (card) return { mark: at.text, card };
    await sleep(100);
  }
  return { mark: at.text, card: null };
}

/**
 * Chromium and Firefox ESR with the built extension, driven by puppeteer-core (RECIPES.md):
 * a fresh profile per launch, every request and every console error / page error recorded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type Target, type WebWorker } from 'puppeteer-core';
import { CHROME_BUILD, CHROMIUM_PATH, FIREFOX_BUILD, FIREFOX_PATH } from './paths';
import { waitFor } from './wait';

export type BrowserKind = 'chromium' | 'firefox';

export interface RecordedRequest {
  url: string;
  /** Which target made it: the page's URL at the time, or "service worker". */
  from: string;
}

export interface Lens {
  kind: BrowserKind;
  browser: Browser;
  /** chrome-extension://ID or moz-extension://UUID, without a trailing slash. */
  extensionOrigin: string;
  extensionId: string;
  requests: RecordedRequest[];
  /** Console errors and uncaught page errors from every page and the service worker. */
  errors: string[];
  /** Timings in ms of the launch steps. */
  timings: Record<string, number>;
  newPage(): Promise<Page>;
  /**
   * The browser's tab id of the tab showing `page`, asked of the extension itself: the tab with
   * the page's URL, or (when the extension may not see URLs: it has no "tabs" permission) the
   * active tab once the page is brought to the front.
   */
  tabIdFor(page: Page): Promise<number>;
  /** Opens an extension page (e.g. "popup.html?tabId=3") in a new tab and waits for it to load. */
  openExtensionPage(path: string): Promise<Page>;
  /** The toolbar badge text of a tab. */
  badgeText(tabId: number): Promise<string>;
  /**
   * What choosing "Check with Syria Lens" on a selection makes the background do (the browser's
   * own context menu cannot be driven): load the article script, then send it the selection.
   */
  checkSelection(tabId: number, text: string): Promise<void>;
  /**
   * Makes the extension's background try to fetch `url` (Chromium: from the service worker), so
   * a test can prove the CSP refuses it; says whether the fetch went through. Null where the background
   * cannot be reached by the driver (Firefox: the MV2 background page is no target over BiDi).
   */
  fetchFromBackground: ((url: string) => Promise<'fetched' | 'refused'>) | null;
  close(): Promise<void>;
}

/** Run in an extension context (service worker or extension page): the background's menu handler, step by step. */
const CHECK_SELECTION = async (tabId: number, text: string) => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const api = ((globalThis as any).browser ?? (globalThis as any).chrome) as typeof chrome;
  await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/article.js'] });
  await api.tabs.sendMessage(tabId, { type: 'syria-lens/check-selection', text }, { frameId: 0 });
};

/** Chromium flags for this machine (RECIPES.md): root, no first run, no background networking. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
];

// The Firefox add-on id from wxt.config.ts, and the moz-extension:// host we give it.
const GECKO_ID = 'syria-lens@syria-lens.org';
const FIREFOX_UUID = '3c1f6a52-7b0e-4d8e-9a61-5e2f0c9d7a14';

/**
 * Headless Firefox ESR with a quiet network (no update checks, telemetry or captive-portal
 * probes) and a fixed UUID for the extension, so its origin is known; `prefs` adds more.
 */
export function launchFirefoxBrowser(userDataDir: string, prefs: Record<string, unknown> = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'network.captive-portal-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      ...prefs,
    },
  });
}

/** Installs the Firefox build and returns the extension's origin. */
export async function installInFirefox(browser: Browser): Promise<string> {
  const id = await browser.installExtension(FIREFOX_BUILD);
  if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`);
  return `moz-extension://${FIREFOX_UUID}`;
}

function watchPage(page: Page, lens: Pick<Lens, 'requests' | 'errors'>): void {
  page.on('request', (req) => lens.requests.push({ url: req.url(), from: safeUrl(page) }));
  page.on('console', (msg) => {
    if (msg.type() === 'error') lens.errors.push(`[console.error ${safeUrl(page)}] ${msg.text()}`);
  });
  page.on('pageerror', (err) => lens.errors.push(`[pageerror ${safeUrl(page)}] ${err instanceof Error ? err.stack ?? err.message : String(err)}`));
}

function safeUrl(page: Page): string {
  try {
    return page.url();
  } catch {
    return '(closed page)';
  }
}

export async function launch(kind: BrowserKind): Promise<Lens> {
  return kind === 'chromium' ? launchChromium() : launchFirefox();
}

async function launchChromium(): Promise<Lens> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'syria-lens-chromium-'));
  const timings: Record<string, number> = {};
  const requests: RecordedRequest[] = [];
  const errors: string[] = [];
  const watched = new WeakSet<Target>();

  let t = performance.now();
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    userDataDir,
    enableExtensions: [CHROME_BUILD],
    args: CHROMIUM_ARGS,
  });
  timings.launch = performance.now() - t;

  const lensLike = { requests, errors };
  // Every target the extension can act from: pages (content script, popup) and the service worker.
  async function watch(target: Target): Promise<void> {
    if (watched.has(target)) return;
    watched.add(target);
    try {
      if (target.type() === 'page') {
        const page = await target.page();
        if (page) watchPage(page, lensLike);
      } else if (target.type() === 'service_worker' || target.type() === 'background_page') {
        const session = await target.createCDPSession();
        session.on('Network.requestWillBeSent', (e) => requests.push({ url: e.request.url, from: `service worker ${target.url()}` }));
        session.on('Runtime.exceptionThrown', (e) =>
          errors.push(`[service worker exception] ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`),
        );
        session.on('Runtime.consoleAPICalled', (e) => {
          if (e.type === 'error') errors.push(`[service worker console.error] ${e.args.map((a) => a.value ?? a.description).join(' ')}`);
        });
        await session.send('Network.enable');
        await session.send('Runtime.enable');
      }
    } catch {
      // A target that went away while we attached: nothing to watch.
    }
  }
  browser.on('targetcreated', (target: Target) => void watch(target));
  for (const target of browser.targets()) void watch(target);

  t = performance.now();
  const swTarget = await browser.waitForTarget(
    (x) => x.type() === 'service_worker' && x.url().startsWith('chrome-extension://'),
    { timeout: 15_000 },
  );
  timings.serviceWorker = performance.now() - t;
  await watch(swTarget);
  const extensionId = new URL(swTarget.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}`;

  async function worker(): Promise<WebWorker> {
    // MV3 service workers can be stopped; waking it happens through any extension event, but
    // while a debugger session is attached (ours) Chromium keeps it running.
    const target = await browser.waitForTarget(
      (x) => x.type() === 'service_worker' && x.url().startsWith(extensionOrigin),
      { timeout: 10_000 },
    );
    const w = await target.worker();
    if (!w) throw new Error('service worker target has no worker');
    return w;
  }

  const lens: Lens = {
    kind: 'chromium',
    browser,
    extensionId,
    extensionOrigin,
    requests,
    errors,
    timings,
    async newPage() {
      const page = await browser.newPage();
      await watch(page.target());
      return page;
    },
    async tabIdFor(page) {
      const w = await worker();
      const url = page.url();
      await page.bringToFront();
      return waitFor(
        async () => {
          const tabs = (await w.evaluate(() =>
            chrome.tabs.query({}).then((ts) => ts.map((x) => ({ id: x.id, url: x.url, active: x.active }))),
          )) as TabInfo[];
          return pickTab(tabs, url, extensionOrigin);
        },
        { timeout: 5_000, what: `tab id of ${url}` },
      );
    },
    async openExtensionPage(path) {
      const page = await lens.newPage();
      await page.goto(`${extensionOrigin}/${path}`, { waitUntil: 'load' });
      return page;
    },
    async badgeText(tabId) {
      const w = await worker();
      return (await w.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)) as string;
    },
    async checkSelection(tabId, text) {
      const w = await worker();
      await w.evaluate(CHECK_SELECTION, tabId, text);
    },
    async fetchFromBackground(url) {
      const w = await worker();
      return (await w.evaluate((u) => fetch(u).then(() => 'fetched' as const, () => 'refused' as const), url)) as 'fetched' | 'refused';
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return lens;
}

async function launchFirefox(): Promise<Lens> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'syria-lens-firefox-'));
  const timings: Record<string, number> = {};
  const requests: RecordedRequest[] = [];
  const errors: string[] = [];
  const lensLike = { requests, errors };

  let t = performance.now();
  const browser = await launchFirefoxBrowser(userDataDir);
  timings.launch = performance.now() - t;
  t = performance.now();
  const extensionOrigin = await installInFirefox(browser);
  timings.install = performance.now() - t;

  const pagesWatched = new WeakSet<Page>();
  for (const page of await browser.pages()) {
    pagesWatched.add(page);
    watchPage(page, lensLike);
  }
  browser.on('targetcreated', async (target: Target) => {
    if (target.type() !== 'page') return;
    const page = await target.page().catch(() => null);
    if (page && !pagesWatched.has(page)) {
      pagesWatched.add(page);
      watchPage(page, lensLike);
    }
  });

  async function openExtensionPage(path: string): Promise<Page> {
    const page = await lens.newPage();
    const url = `${extensionOrigin}/${path}`;
    // page.goto() never resolves for moz-extension:// pages (RECIPES.md): start it and poll.
    void page.goto(url).catch(() => undefined);
    await waitFor(
      () =>
        page
          .evaluate((u) => location.href === u && document.readyState === 'complete', url)
          .then((ok) => ok || undefined)
          .catch(() => undefined),
      { timeout: 10_000, what: `extension page ${url} to load` },
    );
    return page;
  }

  let helperPage: Page | null = null;

  const lens: Lens = {
    kind: 'firefox',
    browser,
    extensionId: GECKO_ID,
    extensionOrigin,
    requests,
    errors,
    timings,
    async newPage() {
      const page = await browser.newPage();
      if (!pagesWatched.has(page)) {
        pagesWatched.add(page);
        watchPage(page, lensLike);
      }
      return page;
    },
    async tabIdFor(page) {
      // An extension page can call browser.tabs; the popup (on a tab id that does not exist) serves.
      helperPage ??= await openExtensionPage('popup.html?tabId=999999');
      const helper = helperPage;
      const url = page.url();
      await page.bringToFront();
      return waitFor(
        async () => {
          const tabs = (await helper.evaluate(() =>
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            (globalThis as any).browser.tabs.query({}).then((ts: any[]) => ts.map((x) => ({ id: x.id, url: x.url, active: x.active }))),
          )) as TabInfo[];
          return pickTab(tabs, url, extensionOrigin);
        },
        { timeout: 5_000, what: `tab id of ${url}` },
      );
    },
    openExtensionPage,
    async badgeText(tabId) {
      helperPage ??= await openExtensionPage('popup.html?tabId=999999');
      return helperPage.evaluate(
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        (id) => (globalThis as any).browser.browserAction.getBadgeText({ tabId: id }) as Promise<string>,
        tabId,
      );
    },
    async checkSelection(tabId, text) {
      helperPage ??= await openExtensionPage('popup.html?tabId=999999');
      await helperPage.evaluate(CHECK_SELECTION, tabId, text);
    },
    fetchFromBackground: null,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return lens;
}

interface TabInfo {
  id?: number;
  url?: string;
  active?: boolean;
}

function pickTab(tabs: TabInfo[], url: string, extensionOrigin: string): number | undefined {
  const byUrl = tabs.filter((t) => t.url === url);
  if (byUrl.length === 1) return byUrl[0]!.id;
  // The same page open in several tabs: the one brought to the front.
  const activeByUrl = byUrl.filter((t) => t.active);
  if (activeByUrl.length === 1) return activeByUrl[0]!.id;
  // Without host access the extension would see the URLs of its own pages only.
  const others = tabs.filter((t) => !t.url?.startsWith(`${extensionOrigin}/`));
  if (others.some((t) => t.url !== undefined)) return undefined; // URLs visible, but not (yet) this one
  const active = others.filter((t) => t.active);
  if (active.length === 1) return active[0]!.id;
  throw new Error(`cannot tell the tab: ${JSON.stringify(tabs)}`);
}

/** Requests that leave the machine or go anywhere but the fixture server and the extension. */
export function forbiddenRequests(requests: RecordedRequest[], allowedOrigin: string, extensionOrigin: string): RecordedRequest[] {
  return requests.filter(({ url }) => {
    if (url.startsWith(`${extensionOrigin}/`) || url === extensionOrigin) return false;
    if (url.startsWith(`${allowedOrigin}/`)) return false;
    // Not network requests: inline data and the blank page.
    if (url.startsWith('data:') || url === 'about:blank') return false;
    return true;
  });
}

declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string; active?: boolean }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  scripting: { executeScript(d: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown> };
};

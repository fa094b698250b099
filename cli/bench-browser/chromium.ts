/**
 * Headless Chromium for the benchmark, with or without the built extension (RECIPES.md), a fresh
 * profile per launch. Every host but 127.0.0.1 resolves to nothing at once: the saved corpus
 * pages ask for scripts, fonts and images from their publishers, and on this closed network a
 * refused lookup can take seconds, which would stretch every page load without telling us
 * anything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../test/e2e/helpers/browsers';
import { CHROMIUM_PATH } from '../../test/e2e/helpers/paths';

const ARGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

export interface Chromium {
  browser: Browser;
  /** chrome-extension://ID (no trailing slash), or null without the extension. */
  extensionOrigin: string | null;
  /** A CDP session on the extension's service worker (keeps it running), or null. */
  worker: CDPSession | null;
  /** A new tab, brought to the front (a hidden tab gets no animation frames). */
  newTab(): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Chromium, with the unpacked extension at `extension` (a chrome-mv3 build) or without any. */
export async function launchChromium(extension: string | null): Promise<Chromium> {
  const withExtension = extension !== null;
  const userDataDir = mkdtempSync(join(tmpdir(), 'syria-lens-bench-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    userDataDir,
    ...(extension ? { enableExtensions: [extension] } : {}),
    args: ARGS,
    defaultViewport: { width: 1280, height: 900 },
  });
  let extensionOrigin: string | null = null;
  let worker: CDPSession | null = null;
  try {
    if (withExtension) {
      // enableExtensions does not wait for the install: wait for the service worker.
      const target = await browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
        { timeout: 20_000 },
      );
      extensionOrigin = `chrome-extension://${new URL(target.url()).host}`;
      worker = await target.createCDPSession();
      // The target exists before its script has run: wait until the heap stops growing.
      let last = -1;
      for (let i = 0; i < 50; i++) {
        const { usedSize } = await worker.send('Runtime.getHeapUsage');
        if (usedSize > 1e6 && Math.abs(usedSize - last) < 0.01 * usedSize) break;
        last = usedSize;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } catch (e) {
    await browser.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
  return {
    browser,
    extensionOrigin,
    worker,
    async newTab() {
      const page = await browser.newPage();
      await page.bringToFront();
      return page;
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The service worker's JS heap in bytes, as it stands, or after a full garbage collection. */
export async function workerHeap(worker: CDPSession, collect: boolean): Promise<{ used: number; total: number }> {
  if (collect) {
    // Twice: objects freed by the first collection's finalisers go in the second.
    await worker.send('HeapProfiler.collectGarbage');
    await worker.send('HeapProfiler.collectGarbage');
  }
  const { usedSize, totalSize } = await worker.send('Runtime.getHeapUsage');
  return { used: usedSize, total: totalSize };
}

/**
 * Runs in the page's main world before any of its scripts: records long tasks (the observer is
 * registered before load, so none are missed) and, when `pollMarks`, the first animation frame
 * at which the extension's actor highlight exists.
 */
export function instrumentation(pollMarks: boolean): string {
  return `(() => {
  if (window.top !== window) return;
  const b = { longTasks: [], markAt: null };
  Object.defineProperty(window, '__syriaLensBench', { value: b });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  if (${pollMarks}) {
    const poll = () => {
      if (CSS.highlights && CSS.highlights.has('syria-lens-actor')) {
        b.markAt = performance.now();
        try { window.syriaLensBenchMarked?.(b.markAt); } catch {}
        return;
      }
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }
})();`;
}

export interface InstrumentedTab {
  page: Page;
  /** Forgets a mark seen before: call before each navigation. */
  arm(): void;
  /** Resolves true at the first mark after arm(), false after `timeoutMs` without one. */
  waitForMark(timeoutMs: number): Promise<boolean>;
}

/**
 * Instruments a tab: long tasks, and (with `pollMarks`) the first mark, reported to Node through
 * a binding rather than polled from Node (polling would add tasks to the main thread we measure).
 */
export async function instrument(page: Page, pollMarks: boolean): Promise<InstrumentedTab> {
  let seen = false;
  let wake: (() => void) | null = null;
  if (pollMarks) {
    await page.exposeFunction('syriaLensBenchMarked', () => {
      seen = true;
      wake?.();
    });
  }
  await page.evaluateOnNewDocument(instrumentation(pollMarks));
  return {
    page,
    arm() {
      seen = false;
    },
    waitForMark(timeoutMs) {
      if (seen) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          wake = null;
          resolve(false);
        }, timeoutMs);
        wake = () => {
          clearTimeout(timer);
          wake = null;
          resolve(true);
        };
      });
    },
  };
}

export interface PageReading {
  loadEventStart: number;
  markAt: number | null;
  longTasks: { start: number; duration: number }[];
  /** Registered highlights and their number of ranges. */
  highlights: { name: string; size: number }[];
}

/** What the instrumentation recorded, with the load event and the registered highlight names. */
export function readPage(page: Page): Promise<PageReading> {
  return page.evaluate(() => {
    const b = (window as unknown as { __syriaLensBench?: { longTasks: { start: number; duration: number }[]; markAt: number | null } })
      .__syriaLensBench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      loadEventStart: nav?.loadEventStart ?? 0,
      markAt: b?.markAt ?? null,
      longTasks: b ? [...b.longTasks] : [],
      highlights: [...CSS.highlights].map(([name, h]) => ({ name, size: (h as unknown as { size: number }).size })),
    };
  });
}

/**
 * Trust tests: the extension must not break, change or stall the pages it runs on.
 *
 * 1. Hostile pages (test/fixtures/hostile, and three generated at run time: 5 MB, 200,000 nodes,
 *    5,000 levels deep), in Chromium and Firefox, each visited with the built extension and in a
 *    second browser launched the same way without it. For each: no error from the extension's code
 *    and the same page errors as without it; the page's own DOM unchanged (node count, tree and
 *    text, attributes; one <syria-lens-card> host (<syria-lens-card-…> where the page took that
 *    name) and one <style id="syria-lens-marks"> may be added); page.evaluate(() => 1) answered within 2 s at every poll (every 100 ms) from load to
 *    settled (or, when the page alone already takes longer on this machine, within its own worst
 *    plus 1 s); marks present (within a bound per page) where there is a Syria article in an HTML
 *    document, and nothing at all added to SVG, XML and plain-text documents.
 * 2. The real pages of the shared corpus (../shared/corpus/html/*.html and
 *    ../shared/corpus/readability/* /source.html) with their scripts, with and without the
 *    extension: page errors, node count and content before and after settling, time, in a table;
 *    zero differences made by the extension. Pages that do not load the same way twice (random
 *    ids, timers) are visited again to tell their own noise from the extension's doing.
 *
 * Both browsers refuse every host but 127.0.0.1 at once (the machine is offline; see
 * helpers/integrity-page.ts). The corpus is sampled deterministically by default to keep the
 * file near 3 minutes on a 2-core machine (see below); SYRIA_LENS_CORPUS=all visits every page.
 */
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { assertPrerequisites } from './helpers/paths';
import type { BrowserKind } from './helpers/browsers';
import {
  compareWithNoise,
  extensionErrors,
  firstLine,
  hoverFirstActor,
  integrityDifferences,
  launchBrowser,
  marksByFrame,
  visit,
  type TestBrowser,
  type Visit,
} from './helpers/integrity-page';
import { corpusDir, corpusPages, generatedPage, startIntegrityServer, type IntegrityServer } from './helpers/integrity-server';

/** The page must answer page.evaluate(() => 1) within this, at every poll from load to settled. */
const RESPONSIVE_MS = 2_000;

interface HostileCase {
  path: string;
  /** Marks expected within this many ms of load; null: not an HTML document, nothing may be added. */
  marksWithin: number | null;
  /** Hover the first actor mark and read the card. */
  hover?: boolean;
  /** Aspects that fail because of a product bug (reported), kept as it.fails. */
  bugs?: { content?: boolean; hover?: boolean };
  /** Checks of the page itself (that it is as hostile as said), on the visit with the extension. */
  itself?: (v: Visit) => Promise<void> | void;
}

const HOSTILE: HostileCase[] = [
  {
    path: 'gen/big-5mb.html',
    marksWithin: 15_000,
    itself: () => expect(Buffer.byteLength(generatedPage('gen/big-5mb.html'))).toBeGreaterThanOrEqual(5_000_000),
  },
  { path: 'gen/nodes-200k.html', marksWithin: 20_000, itself: (v) => expect(v.frames[0]!.nodes).toBeGreaterThanOrEqual(200_000) },
  {
    path: 'gen/deep-5000.html',
    marksWithin: 10_000,
    itself: async (v) => {
      // The article sits at the bottom of a chain of 5,000 elements built by the page's script.
      const depth = await v.page.evaluate(() => {
        let d = 0;
        for (let el: Element | null = document.querySelector('#built article'); el; el = el.parentElement) d++;
        return d;
      });
      expect(depth).toBeGreaterThan(5_000);
    },
  },
  { path: 'hostile/mutating.html', marksWithin: 10_000 },
  { path: 'hostile/csp.html', marksWithin: 10_000, hover: true },
  {
    path: 'hostile/iframes.html',
    marksWithin: 10_000,
    itself: async (v) => {
      // Marks in the top document and in the large frame of its origin; none in the frame of
      // another origin, the srcdoc frame or the sandboxed one.
      const frames = await marksByFrame(v.page);
      const top = new URL(frames[0]!.url).origin;
      expect(frames.map((f) => [f.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, f.origin === top ? '' : '<other>'), f.origin === 'null' ? 'sandboxed' : f.ranges > 0 ? 'marked' : 'unmarked']), JSON.stringify(frames)).toEqual([
        ['/hostile/iframes.html', 'marked'],
        ['/hostile/frame-article.html', 'marked'],
        ['<other>/hostile/frame-article.html', 'unmarked'],
        ['about:srcdoc', 'unmarked'],
        ['<other>/hostile/frame-article.html', 'sandboxed'],
      ]);
      expect(frames[4]!.ranges).toBe(0);
    },
  },
  { path: 'hostile/image.svg', marksWithin: null },
  { path: 'hostile/article.txt', marksWithin: null },
  { path: 'hostile/article.xml', marksWithin: null },
  // Regression tests for two product bugs this page found (fixed in 886a127): the page's own element
  // with id="syria-lens-marks" was removed when the marks were drawn, and the hover card never
  // opened (attachShadow on a host the page's custom element had already given a shadow root threw,
  // from the extension's code). The host may now be <syria-lens-card-…> on such a page.
  { path: 'hostile/custom-elements.html', marksWithin: 10_000, hover: true },
  {
    path: 'hostile/overrides.html',
    marksWithin: 10_000,
    hover: true,
    itself: async (v) => {
      // None of the page's traps was sprung, by the page or by the extension.
      expect(await v.page.evaluate(() => (window as unknown as { hostileCalls: string[] }).hostileCalls.join(', '))).toBe('');
    },
  },
];

const round = (ms: number | null) => (ms === null ? '-' : String(Math.round(ms)));

/** Runs `fn` over `items`, `limit` at a time, keeping the order of the results. */
async function pool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

interface CorpusRow {
  page: string;
  withExt: Visit | null;
  without: Visit | null;
  differences: string[];
  noise: string[];
  extensionErrors: string[];
  visits: number;
  ms: number;
  error?: string;
}

function corpusTable(kind: BrowserKind, rows: CorpusRow[], totalMs: number, note: string): string {
  const head = ['page', 'load ms w/wo', 'nodes@load w/wo', 'nodes settled w/wo', 'text chars', 'errors w/wo', 'unresp ms w/wo', 'marks a/c', 'ms', 'result'];
  const lines = rows.map((r) => {
    const w = r.withExt;
    const b = r.without;
    const name = r.page.replace(/^corpus\//, '').replace(/\/source\.html$/, '').replace(/\.html$/, '');
    if (!w || !b) return [name, '', '', '', '', '', '', '', round(r.ms), `ERROR ${r.error ?? ''}`.slice(0, 100)];
    const nav = w.navigation === 'load' ? '' : ` [${w.navigation}]`;
    const result =
      (r.differences.length || r.extensionErrors.length
        ? `DIFF ${[...r.extensionErrors.map(firstLine), ...r.differences].join(' | ').slice(0, 160)}`
        : r.noise.length
          ? `ok (page noise: ${r.noise.join(', ')}; ${r.visits} visits)`
          : 'ok') + nav;
    return [
      name,
      `${round(w.loadMs)}/${round(b.loadMs)}`,
      `${w.atLoad?.nodes ?? '-'}/${b.atLoad?.nodes ?? '-'}`,
      `${w.frames[0]!.nodes}/${b.frames[0]!.nodes}`,
      String(b.frames[0]!.textLength),
      `${w.pageErrors.length}/${b.pageErrors.length}` + (w.resourceErrors.length + b.resourceErrors.length ? ` (+${w.resourceErrors.length}/${b.resourceErrors.length} res)` : ''),
      `${round(w.maxUnresponsiveMs)}/${round(b.maxUnresponsiveMs)}`,
      w.marks.actor < 0 ? '-' : `${w.marks.actor}/${w.marks.claim}`,
      round(r.ms),
      result,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => Math.min(l[i]!.length, i === 9 ? 200 : 60))));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 9 ? c : c.padEnd(widths[i]!))).join('  ');
  return [`[${kind}] corpus page integrity, ${rows.length} pages, ${Math.round(totalMs / 1000)} s${note ? ` (${note})` : ''}`, fmt(head), ...lines.map(fmt)].join('\n');
}

function browserIntegrity(kind: BrowserKind): void {
  describe(`${kind}: page integrity`, () => {
    let server: IntegrityServer | undefined;
    let lens: TestBrowser | undefined;
    let bare: TestBrowser | undefined;
    const timings: Record<string, number> = {};
    const need = <T,>(x: T | undefined, what: string): T => {
      if (x === undefined) throw new Error(`${what} not ready`);
      return x;
    };

    beforeAll(async () => {
      assertPrerequisites();
      const t = performance.now();
      server = await startIntegrityServer();
      [lens, bare] = await Promise.all([launchBrowser(kind, true), launchBrowser(kind, false)]);
      timings.launch = performance.now() - t;
    });

    afterAll(async () => {
      await Promise.all([lens?.close(), bare?.close()]);
      await server?.close();
      console.log(`[${kind}] integrity timings (ms): ${Object.entries(timings).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);
    });

    // The error recorder must see errors raised in the extension's world, not only the page's. In
    // Chromium the content scripts' isolated world can be reached over CDP: throw there, and the
    // page-error recorder used below must report it. (Firefox offers no such door; there, errors
    // thrown by the extension's scripts were seen as page errors with moz-extension:// stacks
    // while the custom-elements page still broke the card.)
    if (kind === 'chromium') {
      test("canary: an error thrown in the extension's content-script world reaches the page-error recorder", async () => {
        const page = await need(lens, 'browser').browser.newPage({ type: 'window' });
        try {
          const errors: string[] = [];
          page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
          await page.goto(need(server, 'server').url('hostile/frame-article.html'), { waitUntil: 'load' });
          const session = await page.createCDPSession();
          const contexts: { id: number; origin: string }[] = [];
          session.on('Runtime.executionContextCreated', (e) => contexts.push({ id: e.context.id, origin: e.context.origin }));
          await session.send('Runtime.enable');
          const deadline = performance.now() + 5_000;
          while (!contexts.some((c) => c.origin.startsWith('chrome-extension://')) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100));
          const world = contexts.find((c) => c.origin.startsWith('chrome-extension://'));
          expect(world, "the extension's content-script world").toBeDefined();
          await session.send('Runtime.evaluate', { contextId: world!.id, expression: 'setTimeout(() => { throw new Error("integrity canary") }, 0); 1' });
          while (!errors.includes('integrity canary') && performance.now() < deadline + 2_000) await new Promise((r) => setTimeout(r, 50));
          expect(errors).toContain('integrity canary');
        } finally {
          await page.close().catch(() => undefined);
        }
      });
    }

    describe('hostile pages', () => {
      for (const c of HOSTILE) {
        describe(c.path, () => {
          let withExt: Visit | undefined;
          let without: Visit | undefined;
          const html = c.marksWithin !== null;

          beforeAll(async () => {
            const url = need(server, 'server').url(c.path);
            const t = performance.now();
            withExt = await visit(need(lens, 'browser').browser, url, html ? { marksWithin: c.marksWithin!, quietMs: 500, keepOpen: true } : { settleMs: 1_500, keepOpen: true });
            // Without the extension: as long a watch on the heavy pages (their own work after load
            // is the baseline for responsiveness), a short one on the small pages.
            without = await visit(need(bare, 'browser').browser, url, { settleMs: c.path.startsWith('gen/') ? Math.min(withExt.settleMs, 8_000) : 500 });
            timings[c.path] = performance.now() - t;
            console.log(
              `[${kind}] ${c.path}: load ${round(withExt.loadMs)}/${round(without.loadMs)} ms (with/without), marks after ${round(withExt.marksMs)} ms ` +
                `(${withExt.marks.actor} actor, ${withExt.marks.claim} claim ranges), worst evaluate ${round(withExt.maxUnresponsiveMs)}/${round(without.maxUnresponsiveMs)} ms over ${withExt.polls} polls, ` +
                `${withExt.frames[0]?.nodes} nodes, page errors ${withExt.pageErrors.length}/${without.pageErrors.length}`,
            );
          }, 120_000);

          afterAll(async () => {
            await withExt?.page.close().catch(() => undefined);
          });

          test('no error from the extension, and the same page errors (and console errors, CSP reports) as without it', () => {
            const v = need(withExt, 'visit');
            const b = need(without, 'visit');
            const lines = (xs: string[]) => xs.map(firstLine).sort();
            expect(extensionErrors(v), 'errors whose stack or text points to the extension').toEqual([]);
            expect(lines(v.pageErrors), 'uncaught exceptions').toEqual(lines(b.pageErrors));
            expect(lines(v.resourceErrors), 'resource and CSP reports').toEqual(lines(b.resourceErrors));
            expect(lines(v.consoleErrors), 'console errors').toEqual(lines(b.consoleErrors));
          });

          (c.bugs?.content ? it.fails : it)("the page's own content is unchanged (only the card host and the mark style may be added)", () => {
            expect(integrityDifferences(need(withExt, 'visit'), need(without, 'visit'))).toEqual([]);
          });

          // The bound is absolute, unless the page alone (no extension, same browser build, same
          // machine at that moment) already misses it: then the extension may add at most half of it.
          test(`stays responsive: page.evaluate(() => 1) answers within ${RESPONSIVE_MS} ms at every poll`, () => {
            const v = need(withExt, 'visit');
            const b = need(without, 'visit');
            expect(v.polls, 'polls made').toBeGreaterThan(2);
            const bound = Math.max(RESPONSIVE_MS, b.maxUnresponsiveMs + RESPONSIVE_MS / 2);
            expect(v.maxUnresponsiveMs, `worst wait with the extension (${Math.round(b.maxUnresponsiveMs)} ms without it)`).toBeLessThanOrEqual(bound);
          });

          if (html) {
            test(`marks the article within ${c.marksWithin} ms, drawn with the mark style in effect`, () => {
              const v = need(withExt, 'visit');
              expect(v.marksMs, `marks within ${c.marksWithin} ms; highlights: ${JSON.stringify(v.marks.names)}`).not.toBeNull();
              expect(v.marks.actorTexts).toEqual(expect.arrayContaining(['Recep Tayyip Erdogan', 'Vladimir Putin']));
              expect(v.marks.claimTexts).toEqual(expect.arrayContaining(['17 September 2018', 'more than 300,000 people']));
              // The ::highlight() rule reaches the marked text (a page's CSP must not switch the marks off).
              expect(v.marks.actorPaint).toMatch(/^rgba?\(/);
              expect(v.marks.actorPaint).not.toBe('rgba(0, 0, 0, 0)');
            });
          } else {
            test('adds no marks and nothing else to a document that is not HTML', () => {
              const v = need(withExt, 'visit');
              expect(v.marks.names.filter((n) => n.startsWith('syria-lens'))).toEqual([]);
              expect(v.frames[0]!.cards + v.frames[0]!.markStyles).toBe(0);
            });
          }

          if (c.itself) {
            test('the page is as hostile as said', async () => {
              await c.itself!(need(withExt, 'visit'));
            });
          }

          if (c.hover) {
            (c.bugs?.hover ? it.fails : it)('the hover card opens over the first actor mark, floats (position: fixed), and raises no error', async () => {
              const v = need(withExt, 'visit');
              const errorsBefore = v.pageErrors.length;
              const { mark, card } = await hoverFirstActor(v.page);
              expect(mark, 'an actor mark to point at').not.toBeNull();
              expect(extensionErrors(v), 'errors from the extension while hovering').toEqual([]);
              expect(v.pageErrors.slice(errorsBefore)).toEqual([]);
              expect(card, `a card over "${mark}"`).not.toBeNull();
              expect(card!.label).toMatch(/United Nations/);
              expect(card!.hostPosition).toBe('fixed');
              expect(card!.box.width).toBeGreaterThan(100);
            });
          }
        });
      }
    });

    // ---- the corpus's real pages ------------------------------------------------------------
    // The whole corpus in both browsers takes about 4 minutes here (Chromium alone about 2.5):
    // by default a deterministic sample, disjoint between the browsers: Chromium the pages at even
    // positions of the sorted list, Firefox every 8th page from the second. Set
    // SYRIA_LENS_CORPUS=all to visit every page in both.
    const all = corpusPages();
    const everything = process.env.SYRIA_LENS_CORPUS === 'all';
    const [every, offset] = everything ? [1, 0] : kind === 'chromium' ? [2, 0] : [8, 1];
    const pages = all.filter((_, i) => i % every === offset);
    const sampleNote = everything
      ? ''
      : `deterministic sample to keep the file within its time budget: ${pages.length} of the ${all.length} pages, every ${every === 2 ? '2nd' : `${every}th`} in sorted order from position ${offset}; SYRIA_LENS_CORPUS=all for every page`;

    describe.skipIf(!corpusDir())('corpus pages (../shared/corpus), scripts as they are', () => {
      const rows: CorpusRow[] = [];
      let totalMs = 0;

      beforeAll(async () => {
        const t0 = performance.now();
        const l = need(lens, 'browser').browser;
        const b = need(bare, 'browser').browser;
        const s = need(server, 'server');
        // Settled: marks drawn (plus a quiet moment), or 1.2 s after load on a page the gate turned away.
        const withOpts = { marksWithin: 1_200, quietMs: 300, loadTimeout: 10_000, tolerateNavigation: true, atLoad: true };
        const withoutOpts = { settleMs: 1_500, loadTimeout: 10_000, tolerateNavigation: true, atLoad: true };
        rows.push(
          ...(await pool(pages, Number(process.env.SYRIA_LENS_CORPUS_CONCURRENCY ?? 0) || (kind === 'chromium' ? 8 : 4), async (page): Promise<CorpusRow> => {
            const t = performance.now();
            const url = s.url(page);
            try {
              const [withExt, without] = await Promise.all([visit(l, url, withOpts), visit(b, url, withoutOpts)]);
              const cmp = await compareWithNoise({ withExt, without }, { withExt: () => visit(l, url, withOpts), without: () => visit(b, url, withoutOpts) });
              return { page, withExt, without, differences: cmp.differences, noise: cmp.noise, extensionErrors: extensionErrors(withExt), visits: cmp.visits, ms: performance.now() - t };
            } catch (e) {
              return { page, withExt: null, without: null, differences: [], noise: [], extensionErrors: [], visits: 0, ms: performance.now() - t, error: (e as Error).message };
            }
          })),
        );
        totalMs = performance.now() - t0;
        timings.corpus = totalMs;
        console.log(corpusTable(kind, rows, totalMs, sampleNote));
      }, 600_000);

      if (sampleNote) it('runs on a deterministic sample (see the note in the table)', () => expect(pages.length).toBeGreaterThan(0));

      for (const page of pages) {
        test(`${page}: no difference made by the extension, no error from it`, () => {
          const row = rows.find((r) => r.page === page);
          expect(row, 'visited').toBeDefined();
          expect(row!.error, 'the page was visited in both browsers').toBeUndefined();
          expect(row!.extensionErrors).toEqual([]);
          expect(row!.differences).toEqual([]);
        });
      }
    });
  });
}

if (!corpusDir()) {
  console.warn('integrity.test.ts: ../shared/corpus is absent: the corpus page-integrity tests are skipped (the hostile pages still run).');
}

browserIntegrity('chromium');
browserIntegrity('firefox');

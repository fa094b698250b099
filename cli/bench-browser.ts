/**
 * The extension's cost in a real browser: headless Chromium with the built extension
 * (.output/chrome-mv3), pages served on 127.0.0.1.
 *
 *   npm run build && npm run bench:browser -- [--json] [--smoke] [CORPUS_DIR]
 *
 * 1. Non-Syria pages (the corpus's saved web pages, all labelled "other"): the extension's
 *    main-thread time on each (the gate, the only script on every page) from a trace of the load,
 *    against the page's own script time in the same trace; and whether the article script was
 *    loaded (it should not be).
 * 2. Syria articles of about 1k, 2k, 10k and 100k words, built at run time from the corpus's
 *    Syria texts: long tasks with and without the extension, the extension's main-thread time
 *    (in total and per 1,000 words) and its longest task, and the time from the load event to
 *    the first mark, cold (fresh browser, first page) and warm (the same page again).
 * 3. The service worker's JS heap over 100 articles in a row in one tab, over the second half read again, and after the tab closed.
 * 4. The built files' sizes, raw and gzip, by when they are loaded.
 *
 * --smoke: 2 non-Syria pages, one 1k article, 5 articles for memory: shows the benchmark runs;
 * no claims about the targets. SYRIA_LENS_OUTPUT=<dir> measures another WXT output directory
 * (as the end-to-end tests do); SYRIA_LENS_BENCH_TRACES=<dir> keeps the article traces (open
 * them in DevTools' Performance panel). The figures are only as quiet as the machine: the load
 * average is printed with them.
 *
 * How time is attributed (cli/bench-browser/trace.ts): script events and CPU-profile samples by
 * script URL; chrome-extension://<id>/ is the extension. Tasks are the scheduler's top-level
 * tasks: an "extension task" is one the extension's scripts ran in, counted whole. What the
 * extension causes outside its tasks (painting the marks) has no URL; the anchor for it is the
 * main thread's busy time after the load event, with the extension and without it.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { CHROME_BUILD, CHROMIUM_PATH, FIREFOX_BUILD } from '../test/e2e/helpers/paths';
import { instrument, launchChromium, readPage, workerHeap, type Chromium, type InstrumentedTab } from './bench-browser/chromium';
import { articlePage, assemble, corpusPages, syriaTexts, type Article } from './bench-browser/corpus';
import { startServer, type BenchServer } from './bench-browser/server';
import { buildSizes, type BuildSizes } from './bench-browser/sizes';
import { analyseTrace, parseTrace, traceCategories, type TaskKind, type TraceEvent, type TraceReading } from './bench-browser/trace';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const smoke = argv.includes('--smoke');
const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--smoke');
if (unknown.length) {
  console.error(`bench:browser: unknown option ${unknown.join(' ')}; usage: npm run bench:browser -- [--json] [--smoke] [CORPUS_DIR]`);
  process.exit(2);
}
const corpusDir = resolve(argv.find((a) => !a.startsWith('--')) ?? '../shared/corpus');
const traceDir = process.env.SYRIA_LENS_BENCH_TRACES ? resolve(process.env.SYRIA_LENS_BENCH_TRACES) : null;
{
  const problems: string[] = [];
  const missing = ['articles.jsonl', 'html/pages.jsonl'].filter((f) => !existsSync(join(corpusDir, f)));
  if (missing.length) problems.push(`no corpus at ${corpusDir} (${missing.join(' and ')} missing); pass the corpus folder as an argument`);
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) problems.push(`no Chrome build at ${CHROME_BUILD}: run \`npm run build\` first`);
  if (!existsSync(CHROMIUM_PATH)) problems.push(`no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  if (problems.length) {
    for (const p of [...new Set(problems)]) console.error(`bench:browser: ${p}`);
    process.exit(2);
  }
}

const benchStart = performance.now();
const elapsed = () => round((performance.now() - benchStart) / 1000, 1);
const log = (msg: string) => process.stderr.write(`[bench:browser ${Math.round(elapsed())} s] ${msg}\n`);

/**
 * The build is copied first and the copy loaded: .output may be rebuilt while the benchmark runs
 * (by a test run or a developer), and every figure should come from one build.
 */
const snapshot = mkdtempSync(join(tmpdir(), 'syria-lens-bench-build-'));
const extension = join(snapshot, 'chrome-mv3');
cpSync(CHROME_BUILD, extension, { recursive: true });
const buildTime = statSync(join(CHROME_BUILD, 'manifest.json')).mtime.toISOString();
process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Nearest-rank quantile. */
function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
const summary = (xs: number[]) => ({ median: round(quantile(xs, 0.5), 3), p90: round(quantile(xs, 0.9), 3), max: round(Math.max(...xs), 3) });

async function traced<T>(page: Page, tasks: boolean, run: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  await page.tracing.start({ categories: traceCategories(tasks) });
  let result: T;
  try {
    result = await run();
  } catch (e) {
    await page.tracing.stop().catch(() => undefined);
    throw e;
  }
  const buffer = await page.tracing.stop();
  if (traceDir && buffer && tasks) {
    mkdirSync(traceDir, { recursive: true });
    writeFileSync(join(traceDir, `trace-${Date.now()}.json`), Buffer.from(buffer));
  }
  return { result, events: buffer ? parseTrace(buffer) : [] };
}

// ---------------------------------------------------------------------------------------------
// 1. Non-Syria pages: the gate.

interface GateRow {
  id: string;
  /** The extension's main-thread time, ms: script events plus samples outside them. */
  extMs: number;
  extEventMs: number;
  extSampleMs: number;
  /** The page's own scripts' main-thread time in the same trace, ms (the anchor). */
  pageScriptMs: number;
  gateRan: boolean;
  articleScriptLoaded: boolean;
  /** syria-lens highlights registered on the page, with their number of ranges. */
  marks: { name: string; size: number }[];
  /** The extension's sampled time by function on this page, ms. */
  extFunctions: { name: string; ms: number }[];
  note?: string;
}

/** How long after the load event a page that failed the gate is watched. */
const GATE_SETTLE_MS = 300;
/** A page that passed the gate: until its marks are registered (at most this), then a little more. */
const ARTICLE_WAIT_MS = 10_000;

/**
 * The anchors for the gate, measured on the same pages in the same run: the built extension
 * with its gate replaced by a script that does nothing, and by one that only reads the page's
 * title and address (what any content script that looks at the page pays in an isolated world).
 */
const GATE_ANCHORS = {
  'an empty content script': '(function () {})();',
  'a script that reads the title and address': '(function () { if (document instanceof HTMLDocument && document.body) { void document.title; void location.href; } })();',
} as const;
type AnchorName = keyof typeof GATE_ANCHORS;

function anchorBuild(name: AnchorName): string {
  const dir = join(snapshot, `anchor-${Object.keys(GATE_ANCHORS).indexOf(name)}`);
  cpSync(extension, dir, { recursive: true });
  writeFileSync(join(dir, 'gate.js'), GATE_ANCHORS[name]);
  return dir;
}

async function gatePages(server: BenchServer, limit: number | null, build = extension): Promise<{ rows: GateRow[]; skipped: string[] }> {
  const all = corpusPages(corpusDir);
  const skipped = all.filter((p) => p.label !== 'other').map((p) => `${p.id} (label ${p.label})`);
  const pages = all.filter((p) => p.label === 'other').slice(0, limit ?? undefined);
  const chromium = await launchChromium(build);
  const rows: GateRow[] = [];
  try {
    const tab = await chromium.newTab();
    const highlightsOf = () =>
      tab
        .evaluate(() => [...CSS.highlights].map(([name, h]) => ({ name, size: (h as unknown as { size: number }).size })))
        .catch(() => [] as { name: string; size: number }[]);
    /** One traced visit; `untilMarks`: wait for the article script's marks (a page that passed the gate). */
    const measure = async (url: string, untilMarks: boolean) => {
      // Each trace starts from a quiet page of the same site (the same renderer process).
      await tab.goto(server.blankUrl, { waitUntil: 'load' });
      let note: string | undefined;
      const { result, events } = await traced(tab, false, async () => {
        try {
          await tab.goto(url, { waitUntil: 'load', timeout: 30_000 });
        } catch (e) {
          note = `load: ${(e as Error).message.split('\n')[0]}`;
        }
        // The gate runs at document_idle: at the latest just after the load event.
        await sleep(GATE_SETTLE_MS);
        if (untilMarks) {
          await tab.waitForFunction(() => CSS.highlights.has('syria-lens-actor'), { timeout: ARTICLE_WAIT_MS, polling: 100 }).catch(() => undefined);
          await sleep(500);
        }
        return { marks: await highlightsOf(), finalUrl: tab.url() };
      });
      return { ...result, note, reading: analyseTrace(events, url, chromium.extensionOrigin) };
    };
    for (const [i, p] of pages.entries()) {
      const url = server.corpusUrl(p.file);
      let m = await measure(url, false);
      const passed = m.reading.extScripts.includes('article.js');
      // The gate let the page through: measure it again, this time until the article script is done.
      if (passed) m = await measure(url, true);
      const r = m.reading;
      const notes = [m.note];
      if (m.finalUrl !== url) {
        notes.push(`the page navigated away (to ${m.finalUrl}) ${r.extScripts.includes('gate.js') ? 'after' : 'before'} the gate ran`);
      }
      if (!r.found) notes.push('renderer main thread not found in the trace');
      if (passed) notes.push('passed the gate: measured until the article script had registered its marks');
      const note = notes.filter(Boolean).join('; ');
      rows.push({
        id: p.id,
        extMs: round(r.extMs, 3),
        extEventMs: round(r.extEventMs, 3),
        extSampleMs: round(r.extSampleMs, 3),
        pageScriptMs: round(r.pageMs, 2),
        gateRan: r.extScripts.includes('gate.js'),
        articleScriptLoaded: passed || m.marks.some((h) => h.name.startsWith('syria-lens')),
        marks: m.marks.filter((h) => h.name.startsWith('syria-lens')),
        extFunctions: r.extFunctions.slice(0, 8).map((f) => ({ name: f.name, ms: round(f.ms, 3) })),
        ...(note ? { note } : {}),
      });
      if ((i + 1) % 20 === 0) log(`non-Syria pages: ${i + 1}/${pages.length}`);
    }
  } finally {
    await chromium.close();
  }
  return { rows, skipped };
}

// ---------------------------------------------------------------------------------------------
// 2. Syria articles of growing size.

interface Load {
  /** From the load event to the first frame with the actor highlight, ms; null if none came. */
  firstMarkMs: number | null;
  /** PerformanceObserver long tasks (> 50 ms) of the page's frame, over the whole visit. */
  longTasks: number;
  longestTaskMs: number;
  /** Each long task: start (ms from the load event) and duration. */
  longTaskList: { atMs: number; ms: number }[];
  /** Ranges in the two highlights at the end of the visit. */
  marks: number;
}

interface TaskSummary {
  atMs: number;
  kind: TaskKind;
  ms: number;
  extMs: number;
}

interface TracedLoad extends Load {
  /** The extension's scripts' main-thread time (script events plus samples outside them), ms. */
  extMs: number;
  extEventMs: number;
  extSampleMs: number;
  extMsPer1kWords: number;
  /**
   * The tasks the extension's scripts ran in, whole (their share where page scripts ran too),
   * ms: adds the work of the browser inside them (deserialising the background's answer,
   * style and layout the scripts force, garbage collection).
   */
  wholeMs: number;
  wholeMsPer1kWords: number;
  /** The longest task the extension's scripts ran in, ms, and the extension's script time in it. */
  longestExtTask: TaskSummary | null;
  /** Main-thread busy time in tasks after the load event, ms (compare: without the extension). */
  busyAfterLoadMs: number;
  /** Traced tasks over 50 ms. */
  longTasksTrace: TaskSummary[];
  extScripts: string[];
  extFunctions: { name: string; ms: number }[];
}

const MARK_TIMEOUT_MS = 120_000;
/** After the first mark (or the load event, without the extension): painting the marks, late long tasks. */
const SETTLE_MS = 1_000;

async function visit(tab: InstrumentedTab, url: string, expectMarks: boolean): Promise<Load> {
  tab.arm();
  await tab.page.goto(url, { waitUntil: 'load', timeout: MARK_TIMEOUT_MS });
  if (expectMarks) await tab.waitForMark(MARK_TIMEOUT_MS);
  await sleep(SETTLE_MS);
  const r = await readPage(tab.page);
  return {
    firstMarkMs: r.markAt === null ? null : round(r.markAt - r.loadEventStart, 1),
    longTasks: r.longTasks.length,
    longestTaskMs: round(Math.max(0, ...r.longTasks.map((t) => t.duration)), 1),
    longTaskList: r.longTasks.map((t) => ({ atMs: round(t.start - r.loadEventStart, 0), ms: round(t.duration, 1) })),
    marks: r.highlights.filter((h) => h.name.startsWith('syria-lens')).reduce((n, h) => n + h.size, 0),
  };
}

const EXTENSION_KINDS: TaskKind[] = ['extension', 'mixed'];
const summariseTask = (t: TraceReading['tasks'][number]): TaskSummary => ({ atMs: round(t.atMs, 0), kind: t.kind, ms: round(t.ms, 1), extMs: round(t.extMs, 1) });

function fromTrace(load: Load, r: TraceReading, words: number): TracedLoad {
  const own = r.tasks.filter((t) => EXTENSION_KINDS.includes(t.kind));
  // A task shared with page scripts counts for the extension's share only.
  const cost = (t: (typeof own)[number]) => (t.kind === 'mixed' ? t.extMs : t.ms);
  const wholeMs = own.reduce((sum, t) => sum + cost(t), 0);
  const longest = own.reduce<(typeof own)[number] | null>((m, t) => (!m || cost(t) > cost(m) ? t : m), null);
  return {
    ...load,
    extMs: round(r.extMs, 2),
    extEventMs: round(r.extEventMs, 2),
    extSampleMs: round(r.extSampleMs, 2),
    extMsPer1kWords: round(r.extMs / (words / 1000), 2),
    wholeMs: round(wholeMs, 2),
    wholeMsPer1kWords: round(wholeMs / (words / 1000), 2),
    longestExtTask: longest ? { ...summariseTask(longest), ms: round(cost(longest), 1) } : null,
    busyAfterLoadMs: round(r.busyAfterLoadMs, 1),
    longTasksTrace: r.tasks.filter((t) => t.ms > 50).map(summariseTask),
    extScripts: r.extScripts,
    extFunctions: r.extFunctions.slice(0, 10).map((f) => ({ name: f.name, ms: round(f.ms, 2) })),
  };
}

interface ArticleRow {
  size: string;
  words: number;
  htmlBytes: number;
  cold: Load;
  warm: Load;
  coldTraced: TracedLoad;
  warmTraced: TracedLoad;
  withoutExtension: { cold: Load; warm: Load; coldTraced: { busyAfterLoadMs: number; longTasksTrace: TaskSummary[] } };
}

async function articleRuns(server: BenchServer, texts: string[][], sizes: number[]): Promise<ArticleRow[]> {
  const pages = sizes.map((size) => {
    const article = assemble(texts, size);
    const label = `${size / 1000}k`;
    const html = articlePage(article, `Syria: the war in ${label} words, a benchmark article`);
    return { size: label, article, html, url: server.add(`article-${label}`, html) };
  });

  // Without the extension, in another browser: each page cold and warm untraced, then traced once.
  const bare = await launchChromium(null);
  const without = new Map<string, ArticleRow['withoutExtension']>();
  try {
    const tab = await instrument(await bare.newTab(), false);
    for (const p of pages) {
      const cold = await visit(tab, p.url, false);
      await tab.page.goto(server.blankUrl);
      const warm = await visit(tab, p.url, false);
      await tab.page.goto(server.blankUrl);
      const t = await traced(tab.page, true, () => visit(tab, p.url, false));
      const r = analyseTrace(t.events, p.url, null);
      await tab.page.goto(server.blankUrl);
      without.set(p.size, { cold, warm, coldTraced: { busyAfterLoadMs: round(r.busyAfterLoadMs, 1), longTasksTrace: r.tasks.filter((x) => x.ms > 50).map(summariseTask) } });
    }
  } finally {
    await bare.close();
  }

  const rows: ArticleRow[] = [];
  for (const p of pages) {
    log(`article ${p.size} (${p.article.words} words): cold and warm, untraced then traced`);
    // Untraced, for the times to first mark and the long-task counts: a fresh browser per size.
    let cold: Load;
    let warm: Load;
    {
      const c = await launchChromium(extension);
      try {
        const tab = await instrument(await c.newTab(), true);
        cold = await visit(tab, p.url, true);
        await tab.page.goto(server.blankUrl);
        warm = await visit(tab, p.url, true);
      } finally {
        await c.close();
      }
    }
    // Traced (the sampling profiler slows the page a little): where the main thread's time goes.
    let coldTraced: TracedLoad;
    let warmTraced: TracedLoad;
    {
      const c = await launchChromium(extension);
      try {
        const tab = await instrument(await c.newTab(), true);
        await tab.page.goto(server.blankUrl);
        const a = await traced(tab.page, true, () => visit(tab, p.url, true));
        coldTraced = fromTrace(a.result, analyseTrace(a.events, p.url, c.extensionOrigin), p.article.words);
        await tab.page.goto(server.blankUrl);
        const b = await traced(tab.page, true, () => visit(tab, p.url, true));
        warmTraced = fromTrace(b.result, analyseTrace(b.events, p.url, c.extensionOrigin), p.article.words);
      } finally {
        await c.close();
      }
    }
    rows.push({
      size: p.size,
      words: p.article.words,
      htmlBytes: Buffer.byteLength(p.html),
      cold,
      warm,
      coldTraced,
      warmTraced,
      withoutExtension: without.get(p.size)!,
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// 3. The service worker's heap over many articles.

interface MemoryResult {
  articles: number;
  marked: number;
  wordsMin: number;
  wordsMax: number;
  seconds: number;
  /** MB of used JS heap in the service worker, after a full garbage collection unless said. */
  atStartMb: number;
  /** After article n (1, then every quarter of the run). */
  checkpoints: { after: number; mb: number }[];
  afterAllNoGcMb: number;
  afterAllMb: number;
  afterCloseMb: number;
  /** Heap growth (after GC) from the middle checkpoint to the end, kB per article. */
  secondHalfKbPerArticle: number;
  /**
   * The second half's texts read again in the same tab, each at a new address: heap after GC,
   * and its growth per article over that pass. A text seen before brings no new words, phrases
   * or code paths, so what grows here is held per page (a leak); what grew only the first time
   * is warm-up. (A cache keyed by the text would not grow here: the analysis's are bounded.)
   */
  repeated: number;
  afterRepeatMb: number;
  repeatKbPerArticle: number;
}

const mb = (bytes: number) => round(bytes / 1e6, 2);

async function memoryRun(server: BenchServer, texts: string[][], count: number): Promise<MemoryResult> {
  const articles: Article[] = [];
  for (let k = 0; k < count; k++) articles.push(assemble(texts, 1000, (k * 5) % texts.length, 2000));
  const urls = articles.map((a, k) => server.add(`memory-${k}`, articlePage(a, `Syria: benchmark article ${k + 1} of ${count}`)));
  const c: Chromium = await launchChromium(extension);
  try {
    const worker = c.worker!;
    const atStart = await workerHeap(worker, true);
    const keep = await c.newTab(); // keeps a window open once the article tab is closed
    await keep.goto(server.blankUrl);
    const tab = await instrument(await c.newTab(), true);
    const checkpoints: MemoryResult['checkpoints'] = [];
    const quarter = Math.max(1, Math.round(count / 4));
    const t0 = performance.now();
    let marked = 0;
    for (const [k, url] of urls.entries()) {
      tab.arm();
      await tab.page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      if (await tab.waitForMark(20_000)) marked++;
      const n = k + 1;
      if (n === 1 || (n % quarter === 0 && n < count)) checkpoints.push({ after: n, mb: mb((await workerHeap(worker, true)).used) });
      if (n % 25 === 0) log(`memory: ${n}/${count} articles`);
    }
    const seconds = (performance.now() - t0) / 1000;
    const afterAllNoGc = await workerHeap(worker, false);
    const afterAll = await workerHeap(worker, true);
    checkpoints.push({ after: count, mb: mb(afterAll.used) });
    const again = articles.slice(Math.floor(count / 2)).map((a, k) => server.add(`memory-again-${k}`, articlePage(a, `Syria: benchmark article read again ${k + 1}`)));
    for (const url of again) {
      tab.arm();
      await tab.page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      await tab.waitForMark(20_000);
    }
    const afterRepeat = await workerHeap(worker, true);
    await tab.page.close();
    await sleep(500); // the background drops the tab's result on tabs.onRemoved
    const afterClose = await workerHeap(worker, true);
    const words = articles.map((a) => a.words);
    const middle = checkpoints.reduce((best, c) => (Math.abs(c.after - count / 2) < Math.abs(best.after - count / 2) ? c : best), checkpoints[0]!);
    const secondHalfKbPerArticle = count > middle.after ? round(((afterAll.used / 1e6 - middle.mb) * 1000) / (count - middle.after), 1) : 0;
    return {
      articles: count,
      marked,
      wordsMin: Math.min(...words),
      wordsMax: Math.max(...words),
      seconds: round(seconds, 1),
      atStartMb: mb(atStart.used),
      checkpoints,
      afterAllNoGcMb: mb(afterAllNoGc.used),
      afterAllMb: mb(afterAll.used),
      afterCloseMb: mb(afterClose.used),
      secondHalfKbPerArticle,
      repeated: again.length,
      afterRepeatMb: mb(afterRepeat.used),
      repeatKbPerArticle: again.length ? round(((afterRepeat.used - afterAll.used) / 1e3) / again.length, 1) : 0,
    };
  } finally {
    await c.close();
  }
}

// ---------------------------------------------------------------------------------------------

interface Target {
  target: string;
  measured: string;
  met: boolean;
}

interface Results {
  chromiumVersion: string;
  gate: { rows: GateRow[]; skipped: string[] };
  /** The same pages with the gate replaced by each anchor script. */
  anchors: Record<AnchorName, GateRow[]>;
  articles: ArticleRow[];
  memory: MemoryResult;
  builds: BuildSizes[];
  seconds: number;
  /** Seconds per part of the run. */
  sections: Record<string, number>;
  /** The machine's 1-minute load average at the start and at the end (other work skews the figures). */
  load: [number, number];
}

async function main(): Promise<void> {
  const texts = syriaTexts(corpusDir);
  const server = await startServer(corpusDir);
  const loadBefore = loadavg()[0]!;
  const sections: Record<string, number> = {};
  const section = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const start = elapsed();
    log(name);
    const result = await run();
    sections[name] = round(elapsed() - start, 1);
    return result;
  };
  try {
    const probe = await launchChromium(null);
    const chromiumVersion = await probe.browser.version();
    await probe.close();

    const gate = await section('non-Syria pages', () => gatePages(server, smoke ? 2 : null));
    const anchors = {} as Results['anchors'];
    for (const name of Object.keys(GATE_ANCHORS) as AnchorName[]) {
      anchors[name] = (await section(`non-Syria pages, anchor: ${name}`, () => gatePages(server, smoke ? 2 : null, anchorBuild(name)))).rows;
    }
    const sizes = smoke ? [1_000] : [1_000, 2_000, 10_000, 100_000];
    const articles = await section('Syria articles', () => articleRuns(server, texts, sizes));
    const memory = await section('memory', () => memoryRun(server, texts, smoke ? 5 : 100));
    const builds = [buildSizes(extension, 'chrome-mv3'), buildSizes(FIREFOX_BUILD, 'firefox-mv2')];
    report({ chromiumVersion, gate, anchors, articles, memory, builds, seconds: elapsed(), sections, load: [round(loadBefore, 2), round(loadavg()[0]!, 2)] });
  } finally {
    await server.close();
  }
}

function report(r: Results): void {
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1e9),
    node: process.version,
    chromium: r.chromiumVersion,
    loadAverage: { start: r.load[0], end: r.load[1] },
  };
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')) as { version?: string };

  // Pages the gate did not run on (they navigated away first) say nothing about it.
  const measured = r.gate.rows.filter((g) => g.gateRan);
  const failed = measured.filter((g) => !g.articleScriptLoaded);
  const gate = {
    pages: r.gate.rows.length,
    gateRanOn: measured.length,
    passedGate: measured.filter((g) => g.articleScriptLoaded).map((g) => ({ id: g.id, extMs: g.extMs, marks: g.marks })),
    /** Over every page the gate ran on. */
    extMs: summary(measured.map((g) => g.extMs)),
    extEventMs: summary(measured.map((g) => g.extEventMs)),
    pageScriptMs: summary(measured.map((g) => g.pageScriptMs)),
    /** Over the pages the gate turned away: the cost of the gate alone. */
    gateOnlyMs: summary(failed.map((g) => g.extMs)),
    skipped: r.gate.skipped,
    /** The anchors' main-thread time on the same pages (the pages each ran on). */
    anchors: Object.fromEntries(
      Object.entries(r.anchors).map(([name, rows]) => [name, summary(rows.filter((g) => g.gateRan).map((g) => g.extMs))]),
    ) as Record<AnchorName, ReturnType<typeof summary>>,
    /** Where the gate's sampled time goes: mean ms per page by function (pages turned away). */
    extFunctions: (() => {
      const total = new Map<string, number>();
      for (const g of failed) for (const f of g.extFunctions) total.set(f.name, (total.get(f.name) ?? 0) + f.ms);
      return [...total]
        .map(([name, ms]) => ({ name, msPerPage: round(ms / Math.max(1, failed.length), 3) }))
        .sort((a, b) => b.msPerPage - a.msPerPage)
        .slice(0, 8);
    })(),
  };

  const targets: Target[] = [];
  if (!smoke) {
    targets.push({
      target: 'non-Syria pages: extension main-thread time, median < 1 ms',
      measured: `median ${gate.extMs.median} ms (p90 ${gate.extMs.p90}, max ${gate.extMs.max}) over the ${gate.gateRanOn} pages the gate ran on; page's own scripts median ${gate.pageScriptMs.median} ms; ${Object.entries(gate.anchors)
        .map(([name, s]) => `${name} median ${s.median} ms`)
        .join('; ')}`,
      met: gate.extMs.median < 1,
    });
    targets.push({
      target: 'non-Syria pages: the article script is not loaded',
      measured: gate.passedGate.length
        ? `loaded on ${gate.passedGate.length} of ${gate.gateRanOn}: ${gate.passedGate.map((g) => `${g.id} (${g.extMs} ms, ${g.marks.reduce((n, m) => n + m.size, 0)} marks)`).join(', ')}`
        : `loaded on none of ${gate.gateRanOn}`,
      met: gate.passedGate.length === 0,
    });
    const traces = r.articles.flatMap((a) => [
      { size: a.size, run: 'cold', t: a.coldTraced },
      { size: a.size, run: 'warm', t: a.warmTraced },
    ]);
    const worst = traces.reduce((m, x) => ((x.t.longestExtTask?.ms ?? 0) > (m.t.longestExtTask?.ms ?? 0) ? x : m), traces[0]!);
    const wt = worst.t.longestExtTask;
    targets.push({
      target: 'no extension task > 50 ms',
      measured: wt ? `longest ${wt.ms} ms, extension scripts ${wt.extMs} ms of it (${worst.size} article, ${worst.run})` : 'none seen',
      met: (wt?.ms ?? 0) <= 50,
    });
    for (const a of r.articles) {
      targets.push({
        target: `${a.size} article: < 10 ms extension main-thread time per 1,000 words`,
        measured: `scripts ${a.coldTraced.extMsPer1kWords} cold / ${a.warmTraced.extMsPer1kWords} warm; whole tasks ${a.coldTraced.wholeMsPer1kWords} cold / ${a.warmTraced.wholeMsPer1kWords} warm`,
        met: Math.max(a.warmTraced.wholeMsPer1kWords, a.coldTraced.wholeMsPer1kWords) < 10,
      });
    }
    const two = r.articles.find((a) => a.size === '2k');
    if (two) {
      targets.push({
        target: '2k article: first mark <= 300 ms warm',
        measured: `${two.warm.firstMarkMs ?? 'none'} ms (traced run: ${two.warmTraced.firstMarkMs ?? 'none'} ms)`,
        met: two.warm.firstMarkMs !== null && two.warm.firstMarkMs <= 300,
      });
      targets.push({
        target: '2k article: first mark <= 1.5 s cold',
        measured: `${two.cold.firstMarkMs ?? 'none'} ms (traced run: ${two.coldTraced.firstMarkMs ?? 'none'} ms)`,
        met: two.cold.firstMarkMs !== null && two.cold.firstMarkMs <= 1500,
      });
    }
    const m = r.memory;
    targets.push({
      target: `service worker heap < 60 MB after ${m.articles} articles`,
      measured: `${m.afterAllNoGcMb} MB as it stood, ${m.afterAllMb} MB after GC`,
      met: m.afterAllNoGcMb < 60,
    });
    const first = m.checkpoints[0]?.mb ?? m.atStartMb;
    targets.push({
      target: 'service worker heap drops back once the tab is closed (and does not grow per article)',
      measured: `${m.afterAllMb} → ${m.afterCloseMb} MB after GC; after the first article ${first} MB; growth over the second half of the run ${m.secondHalfKbPerArticle} kB per article, over ${m.repeated} of them read again ${m.repeatKbPerArticle} kB per article`,
      // What the tab held is released, and articles read again do not add to the heap: growth
      // on new texts only is the code and caches warming up to new words.
      met: m.afterCloseMb <= m.afterRepeatMb && m.repeatKbPerArticle < 10,
    });
  }

  if (json) {
    console.log(
      JSON.stringify(
        { machine, build: { path: CHROME_BUILD, builtAt: buildTime, version: manifest.version }, smoke, seconds: r.seconds, sections: r.sections, gate: { summary: gate, pages: r.gate.rows }, articles: r.articles, memory: r.memory, builds: r.builds, targets },
        null,
        2,
      ),
    );
    return;
  }

  const out: string[] = [];
  const p = (s = '') => out.push(s);
  p(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, Chromium ${machine.chromium}; load average ${r.load[0]} at the start, ${r.load[1]} at the end`);
  p(`Syria Lens ${manifest.version ?? '?'}, ${CHROME_BUILD} built ${buildTime}`);
  p(`Run: ${r.seconds} s (${Object.entries(r.sections).map(([k, v]) => `${k} ${v} s`).join(', ')})${smoke ? '; smoke run: no claims about the targets' : ''}`);
  p();
  p(`1. Non-Syria pages: ${gate.pages} saved pages labelled "other"; the gate ran on ${gate.gateRanOn}, the article script was loaded on ${gate.passedGate.length}`);
  p('   main-thread ms per page                   median    p90       max');
  const line = (name: string, s: { median: number; p90: number; max: number }) =>
    p(`   ${name.padEnd(41)} ${String(s.median).padEnd(9)} ${String(s.p90).padEnd(9)} ${s.max}`);
  line('extension, all pages the gate ran on', gate.extMs);
  line('extension, pages the gate turned away', gate.gateOnlyMs);
  line("page's own scripts (anchor)", gate.pageScriptMs);
  for (const [name, summaryOf] of Object.entries(gate.anchors)) line(`anchor: ${name}`, summaryOf);
  p(`   the gate's sampled time by function (mean ms per page turned away): ${gate.extFunctions.map((f) => `${f.name} ${f.msPerPage}`).join('; ')}`);
  for (const g of r.gate.rows.filter((x) => x.note)) p(`   ${g.id}: ${g.note}${g.gateRan ? ` (${g.extMs} ms; ${g.marks.map((m) => `${m.name} ${m.size}`).join(', ') || 'no marks'})` : ''}`);
  if (gate.skipped.length) p(`   skipped (not labelled "other"): ${gate.skipped.join(', ')}`);
  p();
  p('2. Syria articles. First mark: load event → first frame with the actor highlight (untraced runs). Long tasks: PerformanceObserver, > 50 ms.');
  p('   Extension ms: its scripts (in brackets: the tasks they ran in, whole). Traced runs.');
  p('   size  words    first mark ms   long tasks (longest ms)         extension ms                       per 1k words      longest extension task');
  p('                  cold / warm     with ext c/w    without c/w     cold             warm              warm              (its script ms)');
  for (const a of r.articles) {
    const fm = (l: Load) => (l.firstMarkMs === null ? 'none' : `${Math.round(l.firstMarkMs)}`);
    const lt = (x: Load, y: Load) => `${x.longTasks}/${y.longTasks} (${Math.round(Math.max(x.longestTaskMs, y.longestTaskMs))})`;
    const ex = (t: TracedLoad) => `${round(t.extMs, 1)} (${round(t.wholeMs, 1)})`;
    const tasks = [a.coldTraced.longestExtTask, a.warmTraced.longestExtTask].filter((t): t is TaskSummary => t !== null);
    const longest = tasks.reduce<TaskSummary | null>((m, t) => (!m || t.ms > m.ms ? t : m), null);
    p(
      `   ${a.size.padEnd(5)} ${String(a.words).padEnd(8)} ${`${fm(a.cold)} / ${fm(a.warm)}`.padEnd(15)} ${lt(a.cold, a.warm).padEnd(15)} ${lt(a.withoutExtension.cold, a.withoutExtension.warm).padEnd(15)} ${ex(a.coldTraced).padEnd(16)} ${ex(a.warmTraced).padEnd(17)} ${`${a.warmTraced.extMsPer1kWords} (${a.warmTraced.wholeMsPer1kWords})`.padEnd(17)} ${longest ? `${longest.ms} (${longest.extMs})` : '-'}`,
    );
  }
  for (const a of r.articles) {
    const describe = (t: TaskSummary) =>
      `${t.ms} ms at ${t.atMs >= 0 ? '+' : ''}${t.atMs} ms from load, ${t.kind === 'no-script' ? 'no script (parsing, layout, painting, GC)' : `${t.kind}, extension scripts ${t.extMs} ms`}`;
    const long = [
      ...a.coldTraced.longTasksTrace.map((t) => `cold ${describe(t)}`),
      ...a.warmTraced.longTasksTrace.map((t) => `warm ${describe(t)}`),
      ...a.withoutExtension.coldTraced.longTasksTrace.map((t) => `no extension ${t.ms} ms at ${t.atMs} ms from load`),
    ];
    if (long.length) p(`   ${a.size} traced tasks > 50 ms: ${long.join('; ')}`);
    const po = (name: string, l: Load) => `${name} ${l.longTaskList.map((t) => `${t.ms} ms at ${t.atMs >= 0 ? '+' : ''}${t.atMs}`).join(', ') || 'none'}`;
    if (a.cold.longTasks + a.warm.longTasks + a.withoutExtension.cold.longTasks + a.withoutExtension.warm.longTasks > 0) {
      p(`   ${a.size} PerformanceObserver long tasks (ms from load): ${[po('cold', a.cold), po('warm', a.warm), po('no extension cold', a.withoutExtension.cold), po('warm', a.withoutExtension.warm)].join('; ')}`);
    }
    p(
      `   ${a.size} main-thread busy after the load event (all tasks, painting the marks included): with the extension ${a.coldTraced.busyAfterLoadMs} ms cold, ${a.warmTraced.busyAfterLoadMs} ms warm; without ${a.withoutExtension.coldTraced.busyAfterLoadMs} ms; ${a.warm.marks} marks`,
    );
  }
  const biggest = r.articles[r.articles.length - 1];
  if (biggest) {
    p(`   ${biggest.size} warm, the extension's sampled time by function: ${biggest.warmTraced.extFunctions.slice(0, 6).map((f) => `${f.name} ${f.ms}`).join('; ')}`);
  }
  p();
  const m = r.memory;
  p(`3. Service worker JS heap: ${m.articles} articles of ${m.wordsMin}-${m.wordsMax} words in one tab (${m.marked} marked) in ${m.seconds} s`);
  p(`   after GC: at start ${m.atStartMb} MB; ${m.checkpoints.map((c) => `after ${c.after}: ${c.mb} MB`).join('; ')}; tab closed: ${m.afterCloseMb} MB`);
  p(`   after ${m.articles} as it stood (no GC): ${m.afterAllNoGcMb} MB; growth over the second half: ${m.secondHalfKbPerArticle} kB per article`);
  p(`   the second half read again: ${m.afterRepeatMb} MB after GC, ${m.repeatKbPerArticle} kB per article`);
  p();
  p('4. Build sizes, bytes raw / gzip -9');
  for (const b of r.builds) {
    if (!b.present) {
      p(`   ${b.build}: not built`);
      continue;
    }
    const t = b.totals;
    const cell = (k: keyof typeof t) => (t[k] ? `${t[k]!.bytes} / ${t[k]!.gzipBytes}` : '-');
    p(`   ${b.build}: loaded on every page (content script) ${cell('every page')}; on Syria pages (article.js) ${cell('Syria pages')}; when a page's first card opens (card.js) ${cell('first card')}; background ${cell('background')}; popup ${cell('popup')}`);
    for (const f of b.files) p(`     ${f.file.padEnd(34)} ${String(f.bytes).padStart(8)} ${String(f.gzipBytes).padStart(8)}  ${f.loaded}`);
  }
  if (targets.length) {
    p();
    p('Targets');
    for (const t of targets) p(`   ${t.met ? 'met   ' : 'MISSED'} ${t.target}: ${t.measured}`);
  }
  console.log(out.join('\n'));
}

main().catch((e: unknown) => {
  console.error(`bench:browser: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  process.exit(1);
});

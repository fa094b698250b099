/**
 * Main-thread time of the extension and of the page, from one Chromium trace of one page load.
 *
 * The trace holds two views of the tab's renderer main thread:
 *  - devtools.timeline events: EvaluateScript, FunctionCall, v8.compile... with the URL of the
 *    script they run, exact in time (the whole evaluation of a script, compile included);
 *  - V8's sampling CPU profile (every 100 µs, "v8.cpu_profiler.hires"), whose stacks carry the
 *    URL of each frame: it also sees work no event names, such as promise continuations run as
 *    microtasks (how the article script draws its marks after the background answers).
 * Content scripts run in an isolated world of the page's own isolate, under their
 * chrome-extension://ID/ URLs; a sample belongs to whoever owns the innermost frame with a URL
 * (a DOM call made by the extension is the extension's time).
 *
 * A party's time = the union of its events' intervals, plus its samples that fall outside every
 * event interval of either party (so nothing is counted twice).
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  cat?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string };
}

/** Categories to record. `tasks` adds the scheduler's RunTask events (task boundaries). */
export function traceCategories(tasks: boolean): string[] {
  return [
    '-*',
    'devtools.timeline',
    ...(tasks ? ['disabled-by-default-devtools.timeline'] : []),
    'disabled-by-default-v8.cpu_profiler',
    'disabled-by-default-v8.cpu_profiler.hires',
  ];
}

/** Events that stand for running a script (or compiling it), with the script's URL. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceCache',
  'v8.produceModuleCache',
]);

type Owner = 'ext' | 'page' | 'none';
type Interval = [number, number];

/**
 * What ran in a top-level task: the extension's scripts (and no page script), page scripts and
 * the extension's, page scripts only, or no script at all (parsing, style, layout, painting,
 * garbage collection: work no URL can be given to).
 */
export type TaskKind = 'extension' | 'mixed' | 'page' | 'no-script';

export interface TaskReading {
  /** Start, ms after the page's load event (negative: before it). */
  atMs: number;
  kind: TaskKind;
  /** Task duration, ms. */
  ms: number;
  /** The extension's main-thread time inside this task, ms. */
  extMs: number;
  /** The page's own script time inside this task, ms. */
  pageMs: number;
}

export interface TraceReading {
  /** Whether the tab's renderer main thread was found (the rest is zero when not). */
  found: boolean;
  /** The extension's main-thread time, ms: events plus samples outside events. */
  extMs: number;
  /** Of which: inside the extension's script events (exact), and in samples outside them. */
  extEventMs: number;
  extSampleMs: number;
  /** The page's own scripts' main-thread time, ms (same method). */
  pageMs: number;
  /** Extension scripts seen running (paths after the extension origin), e.g. gate.js. */
  extScripts: string[];
  /**
   * The extension's sampled time by function (the innermost frame: a DOM or built-in call made
   * by the extension is named as such), ms, largest first.
   */
  extFunctions: { name: string; ms: number }[];
  /** Sampling interval actually seen, µs (median gap between samples). */
  sampleIntervalUs: number;
  /** All top-level tasks of the main thread, in order (only with task events recorded). */
  tasks: TaskReading[];
  /** Main-thread busy time in tasks that started after the load event, ms (with task events). */
  busyAfterLoadMs: number;
}

function urlOf(e: TraceEvent): string {
  const data = e.args?.data as { url?: unknown } | undefined;
  if (typeof data?.url === 'string') return data.url;
  const file = (e.args as { fileName?: unknown } | undefined)?.fileName;
  return typeof file === 'string' ? file : '';
}

function union(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: Interval[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

const length = (xs: Interval[]) => xs.reduce((s, [a, b]) => s + (b - a), 0);

/** Length of the part of `xs` (a union) inside [a, b]. */
function overlap(xs: Interval[], a: number, b: number): number {
  let s = 0;
  for (const [x, y] of xs) {
    if (y <= a) continue;
    if (x >= b) break;
    s += Math.min(b, y) - Math.max(a, x);
  }
  return s;
}

/** `xs` minus `ys`, both unions. */
function subtract(xs: Interval[], ys: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [a, b] of xs) {
    let start = a;
    for (const [c, d] of ys) {
      if (d <= start) continue;
      if (c >= b) break;
      if (c > start) out.push([start, c]);
      start = Math.max(start, d);
      if (start >= b) break;
    }
    if (start < b) out.push([start, b]);
  }
  return out;
}

function inside(xs: Interval[], t: number): boolean {
  // Binary search in a sorted union.
  let lo = 0;
  let hi = xs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = xs[mid]!;
    if (t < a) hi = mid - 1;
    else if (t >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number; columnNumber?: number };
}

export function analyseTrace(events: TraceEvent[], pageUrl: string, extOrigin: string | null): TraceReading {
  const ext = extOrigin ? `${extOrigin}/` : null;
  const ownerOfUrl = (url: string): Owner | null => {
    if (!url) return null;
    if (ext && url.startsWith(ext)) return 'ext';
    if (url.startsWith('http:') || url.startsWith('https:')) return 'page';
    return 'none';
  };

  // The renderer that committed the page, and its main thread.
  let pid: number | undefined;
  for (const e of events) {
    const data = e.args?.data as { url?: string; processId?: number; frames?: { url: string; processId: number }[] } | undefined;
    if (e.name === 'FrameCommittedInBrowser' && data?.url === pageUrl && data.processId) pid = data.processId;
  }
  if (pid === undefined) {
    // Fallback: the process that parsed the page.
    const parse = events.find((e) => e.name === 'ParseHTML' && (e.args as { beginData?: { url?: string } })?.beginData?.url === pageUrl);
    pid = parse?.pid;
  }
  const mainThread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  const empty: TraceReading = {
    found: false,
    extMs: 0,
    extEventMs: 0,
    extSampleMs: 0,
    pageMs: 0,
    extScripts: [],
    extFunctions: [],
    sampleIntervalUs: 0,
    tasks: [],
    busyAfterLoadMs: 0,
  };
  if (pid === undefined || !mainThread) return empty;
  const tid = mainThread.tid;
  const main = events.filter((e) => e.pid === pid && e.tid === tid);

  // Script events.
  const extEvents: Interval[] = [];
  const pageEvents: Interval[] = [];
  const extScripts = new Set<string>();
  for (const e of main) {
    if (e.ph !== 'X' || !e.dur || !SCRIPT_EVENTS.has(e.name)) continue;
    const url = urlOf(e);
    const owner = ownerOfUrl(url);
    if (owner === 'ext') {
      extEvents.push([e.ts, e.ts + e.dur]);
      extScripts.add(url.slice(ext!.length));
    } else if (owner === 'page') pageEvents.push([e.ts, e.ts + e.dur]);
  }
  const extU = union(extEvents);
  // A page event that (through the DOM) ran an extension listener: that part is the extension's.
  const pageU = subtract(union(pageEvents), extU);

  // The CPU profile of the main thread's isolate: Profile (start) and ProfileChunk events.
  const profileIds = new Set(events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id));
  const starts = new Map<string | undefined, number>();
  for (const e of events) {
    if (e.name === 'Profile' && e.pid === pid && profileIds.has(e.id)) {
      starts.set(e.id, (e.args?.data as { startTime: number }).startTime);
    }
  }
  const nodes = new Map<number, ProfileNode>();
  const samples: { t: number; node: number }[] = [];
  const clock = new Map(starts);
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !profileIds.has(e.id)) continue;
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    let t = clock.get(e.id) ?? 0;
    for (let i = 0; i < ids.length; i++) {
      t += deltas[i] ?? 0;
      samples.push({ t, node: ids[i]! });
    }
    clock.set(e.id, t);
  }
  samples.sort((a, b) => a.t - b.t);
  const owners = new Map<number, Owner>();
  const ownerOfNode = (id: number): Owner => {
    const chain: number[] = [];
    let owner: Owner = 'none';
    for (let cur: number | undefined = id; cur !== undefined; ) {
      const known = owners.get(cur);
      if (known) {
        owner = known;
        break;
      }
      chain.push(cur);
      const n = nodes.get(cur);
      if (!n) break;
      const o = ownerOfUrl(n.callFrame.url ?? '');
      if (o) {
        owner = o;
        if (o === 'ext') extScripts.add(n.callFrame.url!.slice(ext!.length));
        break;
      }
      cur = n.parent;
    }
    for (const c of chain) owners.set(c, owner);
    return owner;
  };
  const gaps: number[] = [];
  const byFunction = new Map<string, number>();
  let extSampleMs = 0;
  let pageSampleMs = 0;
  /** Samples outside events (time, ms they stand for), kept to attribute them to tasks. */
  const extLoose: { t: number; gap: number }[] = [];
  const pageLoose: { t: number; gap: number }[] = [];
  for (let i = 0; i + 1 < samples.length; i++) {
    const s = samples[i]!;
    // A sample stands for the time until the next one (capped: a gap in sampling is no evidence).
    const gap = Math.min(samples[i + 1]!.t - s.t, 2_000);
    gaps.push(gap);
    const owner = ownerOfNode(s.node);
    if (owner === 'ext') {
      const frame = nodes.get(s.node)?.callFrame;
      const file = frame?.url ? frame.url.slice(frame.url.lastIndexOf('/') + 1) : '';
      const name = `${frame?.functionName || '(anonymous)'}${file ? ` ${file}:${frame?.columnNumber ?? '?'}` : ' (built-in)'}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + gap);
    }
    if (owner === 'none' || inside(extU, s.t)) continue;
    if (owner === 'ext') {
      // E.g. the extension's promise continuation run at the microtask checkpoint after a page
      // callback: the extension's time, taken out of the page's.
      extSampleMs += gap;
      extLoose.push({ t: s.t, gap });
      if (inside(pageU, s.t)) pageSampleMs -= gap;
    } else if (!inside(pageU, s.t)) {
      pageSampleMs += gap;
      pageLoose.push({ t: s.t, gap });
    }
  }
  gaps.sort((a, b) => a - b);

  // Top-level tasks (only when the scheduler's task events were recorded).
  const runTasks = main.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts);
  const tasks: Interval[] = [];
  for (const e of runTasks) {
    const last = tasks[tasks.length - 1];
    if (last && e.ts < last[1]) continue; // nested in the previous task
    tasks.push([e.ts, e.ts + e.dur!]);
  }
  // A sample belongs to the task its time falls in (it may stand for time past the task's end).
  const firstAtOrAfter = (xs: { t: number }[], t: number) => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid]!.t < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const looseIn = (xs: { t: number; gap: number }[], a: number, b: number) => {
    let sum = 0;
    for (let i = firstAtOrAfter(xs, a); i < xs.length && xs[i]!.t < b; i++) sum += Math.min(xs[i]!.gap, b - xs[i]!.t);
    return sum;
  };
  const loads = main.filter((e) => e.name === 'MarkLoad' && (e.args?.data as { isOutermostMainFrame?: boolean } | undefined)?.isOutermostMainFrame);
  const loadAt = loads.length ? loads[loads.length - 1]!.ts : (tasks[0]?.[0] ?? 0);
  const readings: TaskReading[] = tasks.map(([a, b]) => {
    const extMs = (overlap(extU, a, b) + looseIn(extLoose, a, b)) / 1000;
    const pageMs = (overlap(pageU, a, b) + looseIn(pageLoose, a, b)) / 1000;
    const kind: TaskKind = extMs > 0 ? (pageMs > 0 ? 'mixed' : 'extension') : pageMs > 0 ? 'page' : 'no-script';
    return { atMs: (a - loadAt) / 1000, kind, ms: (b - a) / 1000, extMs, pageMs };
  });
  const busyAfterLoadMs = readings.filter((r) => r.atMs >= 0).reduce((sum, r) => sum + r.ms, 0);

  return {
    found: true,
    extMs: (length(extU) + extSampleMs) / 1000,
    extEventMs: length(extU) / 1000,
    extSampleMs: extSampleMs / 1000,
    pageMs: (length(pageU) + pageSampleMs) / 1000,
    extScripts: [...extScripts].sort(),
    extFunctions: [...byFunction].map(([name, us]) => ({ name, ms: us / 1000 })).sort((a, b) => b.ms - a.ms),
    sampleIntervalUs: gaps.length ? gaps[Math.floor(gaps.length / 2)]! : 0,
    tasks: readings,
    busyAfterLoadMs,
  };
}

/** Trace JSON (as Chromium returns it: an object with traceEvents, or a bare array) to events. */
export function parseTrace(buffer: Uint8Array): TraceEvent[] {
  const parsed = JSON.parse(Buffer.from(buffer).toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents ?? [];
}

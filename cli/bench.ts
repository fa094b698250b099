/**
 * Speed of the analysis in Node, on Syria texts of growing size assembled from the shared
 * corpus (Wikipedia and FA-KES articles), with two anchors measured in the same run: the
 * knowledge file's names found alone (the alias scan, the floor) and compromise's full parse
 * (the ceiling we must stay well under).
 *
 *   npm run bench -- [--json] [--smoke] [CORPUS_DIR]
 *
 * --smoke: the smallest size once, to show the benchmark still runs (CI); no timing claims.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import nlp from 'compromise';
import { build } from 'esbuild';

/**
 * The analysis core as the extension's build ships it. tsx, which runs this script, rewrites a
 * regular-expression literal with a Unicode property outside brackets (`/^\p{Lu}/u`) into a
 * `new RegExp(…)` call made each time its function runs: V8 finds that expression's compiled
 * code only while its compilation cache keeps it, and compiles it again after collections,
 * late in a long analysis without native code. The extension's build keeps the literals; so
 * does this bundle of the same sources.
 */
async function loadCore() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const outfile = join(root, 'node_modules', '.cache', 'bench', 'core.mjs');
  await build({
    stdin: {
      contents: [
        "export { createAnalyzer } from './lib/analyze';",
        "export { Gazetteer } from './lib/actors/gazetteer';",
        "export { knowledge } from './lib/knowledge';",
        "export { GATE_SAMPLE_CHARS, passesGate } from './lib/topic/gate';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'esnext',
    // (One compromise for the core and the anchor, as in the extension.)
    external: ['compromise'],
    outfile,
    logLevel: 'error',
  });
  return (await import(pathToFileURL(outfile).href)) as typeof import('../lib/analyze') &
    typeof import('../lib/actors/gazetteer') &
    typeof import('../lib/knowledge') &
    typeof import('../lib/topic/gate');
}
const { createAnalyzer, Gazetteer, knowledge, GATE_SAMPLE_CHARS, passesGate } = await loadCore();

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const smoke = argv.includes('--smoke');
const dir = argv.find((a) => !a.startsWith('--')) ?? '../shared/corpus';
if (!existsSync(join(dir, 'articles.jsonl'))) {
  console.error(`bench: no corpus at ${dir}; pass the corpus folder as an argument`);
  process.exit(2);
}

const syriaTexts = readFileSync(join(dir, 'articles.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { label: string; set: string; text: string })
  .filter((r) => r.label === 'syria' && (r.set === 'wikipedia' || r.set === 'fakes'))
  .map((r) => r.text);

/** A document of about `words` words: corpus articles one after another, paragraphs kept. */
function assemble(words: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i = (i + 1) % syriaTexts.length) {
    const t = syriaTexts[i]!;
    parts.push(t);
    n += t.split(/\s+/).length;
  }
  return parts.join('\n\n');
}

interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  wordsPerSecond: number;
}

function time(runs: number, fn: () => void, words: number): Timing {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)]!;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { medianMs: round(median), minMs: round(ms[0]!), maxMs: round(ms[ms.length - 1]!), wordsPerSecond: Math.round(words / (median / 1000)) };
}

// Each run starts from a collected heap: compromise's parse of 100,000 words, or an earlier
// run, leaves enough garbage to make the next run two to three times slower (the analysis after
// that parse ran at 1.0 s with a collection in between and 1.7 to 3.4 s without, for this
// version and the one before it alike).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * The process's machine code, in MB: once it holds about 16 MB, V8 leaves an expression it
 * compiles then fifty to a hundred times slower, so the analysis's own expressions must leave room.
 */
const machineCodeMb = () => Math.round(getHeapSpaceStatistics().filter((s) => s.space_name.startsWith('code')).reduce((sum, s) => sum + s.space_used_size, 0) / 1e5) / 10;

const analyzer = createAnalyzer(knowledge);
const codeAfterCreation = machineCodeMb();
const gazetteer = new Gazetteer(knowledge.actors);
// Warm up: compromise unpacks its lexicon on first use; the expressions the first text needs compile.
analyzer.analyze({ text: syriaTexts[0]! }, { force: true });
nlp(syriaTexts[0]!).json();

const sizes = smoke ? [1_000] : [1_000, 10_000, 100_000, 1_000_000];
// compromise's full parse of a million words takes minutes and gigabytes: stop at 100k.
const COMPROMISE_MAX = 100_000;
const rows = [];
for (const size of sizes) {
  const text = assemble(size);
  const words = text.split(/\s+/).length;
  const runs = smoke ? 1 : size <= 10_000 ? 7 : size <= 100_000 ? 3 : 1;
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const gate = time(runs, () => passesGate({ title: '', url: 'https://example.org/news', sample: text.slice(0, GATE_SAMPLE_CHARS) }), Math.min(words, 1_650));
  collectGarbage();
  const aliasScan = time(runs, () => gazetteer.find(text), words);
  collectGarbage();
  let peakHeap = 0;
  const analysis = time(
    runs,
    () => {
      analyzer.analyze({ text }, { force: true });
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    },
    words,
  );
  collectGarbage();
  const compromise = size <= COMPROMISE_MAX ? time(Math.min(runs, 3), () => nlp(text).json(), words) : null;
  rows.push({
    words,
    gate,
    aliasScan,
    analysis,
    compromise,
    analysisVsCompromise: compromise ? Math.round((analysis.wordsPerSecond / compromise.wordsPerSecond) * 10) / 10 : null,
    analysisVsFloor: Math.round((analysis.wordsPerSecond / aliasScan.wordsPerSecond) * 1000) / 1000,
    heapDuringMb: Math.round(((peakHeap - heapBefore) / 1e6) * 10) / 10,
    machineCodeMb: machineCodeMb(),
  });
}

// The 100,000-word text again with its full stops, question and exclamation marks, semicolons and line breaks taken out:
// one sentence, as in lists, tables and pasted feeds. Every look around a figure (its clause,
// its speaker) is bounded, so this should run about as fast as the same words in sentences.
const oneSentence = smoke
  ? null
  : (() => {
      const text = assemble(100_000).replace(/[.!?;\n]/g, ' ');
      const words = text.split(/\s+/).length;
      collectGarbage();
      return { words, analysis: time(3, () => analyzer.analyze({ text }, { force: true }), words) };
    })();

const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 1e9), node: process.version };
if (json) console.log(JSON.stringify({ machine, smoke, machineCodeAfterCreationMb: codeAfterCreation, rows, oneSentence }, null, 2));
else {
  const f = (n: number) => n.toLocaleString('en-US');
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}${smoke ? ' (smoke run: no timing claims)' : ''}`);
  console.log(`words      gate (${GATE_SAMPLE_CHARS}-char sample)  alias scan (floor)     analysis               compromise nlp()       analysis/compromise  heap     machine code`);
  for (const r of rows) {
    const cell = (t: Timing | null) => (t ? `${f(t.wordsPerSecond)} w/s (${t.medianMs} ms)`.padEnd(22) : 'not run'.padEnd(22));
    console.log(
      `${f(r.words).padEnd(10)} ${`${r.gate.medianMs} ms`.padEnd(24)} ${cell(r.aliasScan)} ${cell(r.analysis)} ${cell(r.compromise)} ${(r.analysisVsCompromise === null ? 'n/a' : `${r.analysisVsCompromise}×`).padEnd(20)} ${`${r.heapDuringMb} MB`.padEnd(8)} ${r.machineCodeMb} MB`,
    );
  }
  console.log(`Machine code held by the process after the analyzer was made: ${codeAfterCreation} MB; after each size, in the last column (compromise's included).`);
  if (oneSentence) {
    console.log(`The ${f(oneSentence.words)} words again as one sentence (no full stops): ${f(oneSentence.analysis.wordsPerSecond)} w/s (${oneSentence.analysis.medianMs} ms)`);
  }
}

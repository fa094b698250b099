/**
 * Accuracy on real text written by others: topic, actors, numeric claims, the FA-KES casualty
 * figures, the extraction of HTML pages, and the seed article against our own gold.
 *
 *   npm run eval -- [CORPUS_DIR] [--json] [--check THRESHOLDS.json]
 *
 * CORPUS_DIR defaults to ../shared/corpus. With --check, exits 1 when a figure falls below
 * its threshold (the CI gate).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { createAnalyzer } from '../lib/analyze';
import { knowledge } from '../lib/knowledge';
import type { Analysis } from '../lib/types';
import { extractArticle } from '../entrypoints/article/extract';
import { pageTitle, publishedDate, sampleText } from '../entrypoints/article/metadata';
import { GATE_SAMPLE_CHARS, passesGate } from '../lib/topic/gate';

interface Args {
  dir: string;
  json: boolean;
  check: string | null;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { dir: '../shared/corpus', json: false, check: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') a.json = true;
    else if (argv[i] === '--check') a.check = argv[++i] ?? null;
    else a.dir = argv[i]!;
  }
  return a;
}

const args = parseArgs(process.argv.slice(2));
if (!existsSync(join(args.dir, 'articles.jsonl'))) {
  console.error(`eval: no corpus at ${args.dir} (expected ${join(args.dir, 'articles.jsonl')}); pass the corpus folder as the first argument`);
  process.exit(2);
}

const analyzer = createAnalyzer(knowledge);
let wordsAnalysed = 0;
let msAnalysing = 0;
function analyse(text: string, title?: string, date?: string | null, force = false): Analysis {
  const t0 = performance.now();
  const a = analyzer.analyze({ text, title, date }, { force });
  msAnalysing += performance.now() - t0;
  wordsAnalysed += text.split(/\s+/).length;
  return a;
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

interface Confusion {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
function prf(c: Confusion) {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? Math.round(((2 * precision * recall) / (precision + recall)) * 1000) / 1000 : null;
  return { ...c, precision, recall, f1 };
}
const newConfusion = (): Confusion => ({ n: 0, tp: 0, fp: 0, fn: 0, tn: 0 });
function count(c: Confusion, gold: boolean, predicted: boolean) {
  c.n++;
  if (gold && predicted) c.tp++;
  else if (predicted) c.fp++;
  else if (gold) c.fn++;
  else c.tn++;
}

// ---- Topic --------------------------------------------------------------------------------
interface ArticleRecord {
  id: string;
  set: string;
  label: 'syria' | 'other';
  title?: string;
  text: string;
  date?: string;
  topic?: string;
  nb_civilians?: string | number;
}
const EASY_TOPICS = new Set(['sports', 'sport', 'scitech', 'business', 'tech', 'entertainment']);
const articles = readJsonl<ArticleRecord>(join(args.dir, 'articles.jsonl'));
const topicBySet: Record<string, Confusion> = {};
const topicAll = newConfusion();
const hard = newConfusion();
const easy = newConfusion();
const misclassified: string[] = [];
/** The gate that runs on every page, before any analysis: what it lets through (a Syria text it turns away is never marked). */
const gate = newConfusion();
const fakesResults = new Map<string, Analysis>();
/**
 * How much of what a Syria article names the knowledge file knows: actor marks with a card of
 * their own, against marks of names it lacks (which say "not in the knowledge file").
 */
const coverage = { articles: 0, marks: 0, known: 0, unknown: new Map<string, { name: string; kind: string; articles: number }>() };
/**
 * The verdicts the same articles' figures get. No gold says which are right, but a "differs" is
 * an accusation a reader sees: it must stay rare (the file's counts and dates are of specific
 * events; an article's figures mostly speak of others), and each one is listed for reading.
 */
const verdicts = { claims: 0, consistent: 0, related: 0, differs: 0, differing: [] as string[] };
for (const r of articles) {
  const a = analyse(r.text, r.title, r.date ?? null);
  if (r.set === 'fakes') fakesResults.set(r.id, a);
  if (r.label === 'syria' && a.relevant) {
    for (const c of a.claims) {
      verdicts.claims++;
      if (c.verdict === 'consistent') verdicts.consistent++;
      else if (c.verdict === 'related') verdicts.related++;
      else if (c.verdict === 'differs') {
        verdicts.differs++;
        verdicts.differing.push(`${r.id}: ${c.text} (${c.facts[0]})`);
      }
    }
    coverage.articles++;
    for (const actor of a.actors) {
      coverage.marks += actor.mentions.length;
      if (actor.known) coverage.known += actor.mentions.length;
      else {
        const key = `${actor.kind}:${actor.name}`;
        const u = coverage.unknown.get(key) ?? { name: actor.name, kind: actor.kind, articles: 0 };
        u.articles++;
        coverage.unknown.set(key, u);
      }
    }
  }
  const gold = r.label === 'syria';
  count((topicBySet[r.set] ??= newConfusion()), gold, a.relevant);
  count(topicAll, gold, a.relevant);
  if (!gold) count(r.topic && EASY_TOPICS.has(r.topic) ? easy : hard, gold, a.relevant);
  if (gold !== a.relevant) misclassified.push(r.id);
  count(gate, gold, passesGate({ title: r.title ?? '', url: '', sample: r.text.slice(0, GATE_SAMPLE_CHARS) }));
}

// HTML pages through the browser's extraction.
function pageFromHtml(html: string, url = '') {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const title = pageTitle(doc);
  // As the gate does it in the browser: the document's own title, not og:title.
  const gatePassed = passesGate({ title: doc.title, url, sample: '' }) || passesGate({ title: '', url: '', sample: sampleText(doc, GATE_SAMPLE_CHARS) });
  return { extracted: extractArticle(doc).text, title, date: publishedDate(doc), gatePassed };
}
interface PageRecord {
  id: string;
  file: string;
  url?: string;
  label: 'syria' | 'other';
  articleBody: string;
}
const pages = existsSync(join(args.dir, 'html/pages.jsonl')) ? readJsonl<PageRecord>(join(args.dir, 'html/pages.jsonl')) : [];
const htmlTopic = newConfusion();
const extraction = { pages: 0, recall: 0, precision: 0, worst: [] as Array<{ id: string; recall: number; precision: number }> };

/** Word multisets weighted by length: character-level overlap that ignores white space and order. */
function overlap(extracted: string, gold: string) {
  const bag = new Map<string, number>();
  const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  let goldChars = 0;
  for (const t of tokens(gold)) {
    bag.set(t, (bag.get(t) ?? 0) + 1);
    goldChars += t.length;
  }
  let common = 0;
  let extractedChars = 0;
  for (const t of tokens(extracted)) {
    extractedChars += t.length;
    const left = bag.get(t) ?? 0;
    if (left > 0) {
      common += t.length;
      bag.set(t, left - 1);
    }
  }
  return { recall: goldChars ? common / goldChars : 1, precision: extractedChars ? common / extractedChars : 0 };
}

for (const p of pages) {
  const page = pageFromHtml(readFileSync(join(args.dir, p.file), 'utf8'), p.url);
  const a = analyse(page.extracted, page.title, page.date);
  count(htmlTopic, p.label === 'syria', a.relevant);
  count(gate, p.label === 'syria', page.gatePassed);
  if (a.relevant !== (p.label === 'syria')) misclassified.push(`html/${p.id}`);
  const o = overlap(page.extracted, p.articleBody);
  extraction.pages++;
  extraction.recall += o.recall;
  extraction.precision += o.precision;
  extraction.worst.push({ id: p.id, recall: Math.round(o.recall * 1000) / 1000, precision: Math.round(o.precision * 1000) / 1000 });
}
const readabilityDir = join(args.dir, 'readability');
const readability = existsSync(readabilityDir) ? readdirSync(readabilityDir).filter((d) => existsSync(join(readabilityDir, d, 'source.html'))) : [];
for (const name of readability) {
  const page = pageFromHtml(readFileSync(join(readabilityDir, name, 'source.html'), 'utf8'));
  const a = analyse(page.extracted, page.title, page.date);
  count(htmlTopic, false, a.relevant);
  count(gate, false, page.gatePassed);
  if (a.relevant) misclassified.push(`readability/${name}`);
}

// ---- re3d: actors and claims against gold spans -----------------------------------------
interface Re3dRecord {
  id: string;
  text: string;
  entities: Array<{ begin: number; end: number; type: string; value: string }>;
}
/** re3d offsets count code points; JavaScript strings count UTF-16 units. */
function codePointToIndex(text: string): (cp: number) => number {
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    map.push(i);
    i += ch.length;
  }
  map.push(i);
  return (cp) => map[Math.min(cp, map.length - 1)]!;
}
const ACTOR_TYPES = new Set(['Person', 'Organisation']);
const NUMERIC_TEMPORAL = /\d|January|February|March|April|May|June|July|August|September|October|November|December/;
const isClaimGold = (e: { type: string; value: string }) =>
  e.type === 'Quantity' || e.type === 'Money' || (e.type === 'Temporal' && NUMERIC_TEMPORAL.test(e.value));

const re3d = existsSync(join(args.dir, 're3d.jsonl')) ? readJsonl<Re3dRecord>(join(args.dir, 're3d.jsonl')) : [];
const actorEval = { gold: 0, found: 0, exact: 0, marks: 0, marksOnNothing: 0, missed: [] as string[] };
/** Gold actors written as names (a capitalised word beyond "The", "We", "Our"...): what a reader expects marked. */
const NAMED = /(?:^|\s)(?!(?:The|A|An|Our|Its|Their|My|I|We|They|He|She|It|All|Both|These|Those|This|That)(?:\s|$))\p{Lu}/u;
const namedActors = { gold: 0, found: 0, missed: [] as string[] };
const claimEval = { gold: 0, found: 0, exact: 0, marks: 0, marksOnNothing: 0, missed: [] as string[] };
for (const r of re3d) {
  const toIndex = codePointToIndex(r.text);
  const gold = r.entities.map((e) => ({ ...e, start: toIndex(e.begin), stop: toIndex(e.end) }));
  // These are statements about Syria and Iraq: analyse them whatever the topic score says.
  const a = analyse(r.text, undefined, null, true);
  const actorMarks = a.actors.flatMap((x) => x.mentions);
  const claimMarks = a.claims;
  const overlaps = (m: { start: number; end: number }, g: { start: number; stop: number }) => m.start < g.stop && g.start < m.end;
  for (const [evalOf, marks, isGold] of [
    [actorEval, actorMarks, (e: { type: string }) => ACTOR_TYPES.has(e.type)],
    [claimEval, claimMarks, isClaimGold],
  ] as const) {
    for (const g of gold.filter((e) => isGold(e as { type: string; value: string }))) {
      evalOf.gold++;
      const hit = marks.filter((m) => overlaps(m, g));
      if (hit.length) evalOf.found++;
      const named = evalOf === actorEval && NAMED.test(g.value);
      if (named) {
        namedActors.gold++;
        if (hit.length) namedActors.found++;
        else namedActors.missed.push(`${r.id.slice(0, 8)}: ${g.value}`);
      } else if (!hit.length && evalOf.missed.length < 40) evalOf.missed.push(`${r.id.slice(0, 8)}: ${g.value}`);
      if (hit.some((m) => m.start === g.start && m.end === g.stop)) evalOf.exact++;
    }
    for (const m of marks) {
      evalOf.marks++;
      if (!gold.some((g) => overlaps(m, g))) evalOf.marksOnNothing++;
    }
  }
}

// ---- FA-KES: the casualty figure the dataset gives -------------------------------------
const fakes = { withFigure: 0, found: 0, missed: [] as string[] };
for (const r of articles.filter((x) => x.set === 'fakes')) {
  const n = Number(r.nb_civilians);
  if (!Number.isFinite(n) || n <= 0) continue;
  // Only where the figure is written in the text as digits (the dataset strips separators).
  if (!new RegExp(`(?<![\\d.])${n}(?![\\d.])`).test(r.text)) continue;
  fakes.withFigure++;
  const a = fakesResults.get(r.id)!;
  const ok = a.claims.some((c) => c.kind === 'casualties' && c.value === n);
  if (ok) fakes.found++;
  else if (fakes.missed.length < 40) fakes.missed.push(`${r.id} (${n})`);
}

// ---- The seed article against our own gold ---------------------------------------------
interface SeedGold {
  actors: Array<{ text: string; id: string }>;
  claims: Array<{ text: string; kind: string[] }>;
  consistent: string[];
  notClaims: string[];
}
const seedPath = join(args.dir, 'seed-article.txt');
const seedGoldPath = new URL('../test/fixtures/seed-gold.json', import.meta.url);
let seed: null | { actorsFound: number; actors: number; claimsFound: number; claims: number; consistentFound: number; consistent: number; falseClaims: string[]; missing: string[] } = null;
if (existsSync(seedPath) && existsSync(seedGoldPath)) {
  const gold = JSON.parse(readFileSync(seedGoldPath, 'utf8')) as SeedGold;
  const text = readFileSync(seedPath, 'utf8');
  const a = analyse(text);
  const missing: string[] = [];
  const mentions = a.actors.flatMap((x) => x.mentions.map((m) => ({ ...m, id: x.id })));
  const actorsFound = gold.actors.filter((g) => {
    const ok = mentions.some((m) => m.text === g.text && m.id === g.id);
    if (!ok) missing.push(`actor ${g.text}`);
    return ok;
  }).length;
  const claimsFound = gold.claims.filter((g) => {
    const ok = a.claims.some((c) => c.text.includes(g.text) && g.kind.includes(c.kind));
    if (!ok) missing.push(`claim ${g.text} (${g.kind})`);
    return ok;
  }).length;
  const falseClaims = a.claims
    .filter((c) => gold.notClaims.some((t) => t.includes(c.text) || c.text.includes(t)) || !gold.claims.some((g) => c.text.includes(g.text)))
    .map((c) => c.text);
  const notConsistent = gold.consistent.filter((t) => !a.claims.some((c) => c.text.includes(t) && c.verdict === 'consistent'));
  missing.push(...notConsistent.map((t) => `consistent verdict for ${t}`));
  seed = { actorsFound, actors: gold.actors.length, claimsFound, claims: gold.claims.length, consistentFound: gold.consistent.length - notConsistent.length, consistent: gold.consistent.length, falseClaims, missing };
}

// ---- Report --------------------------------------------------------------------------------
const report = {
  corpus: args.dir,
  topic: {
    sets: Object.fromEntries(Object.entries(topicBySet).map(([k, v]) => [k, prf(v)])),
    articles: prf(topicAll),
    html: prf(htmlTopic),
    overall: prf({
      n: topicAll.n + htmlTopic.n,
      tp: topicAll.tp + htmlTopic.tp,
      fp: topicAll.fp + htmlTopic.fp,
      fn: topicAll.fn + htmlTopic.fn,
      tn: topicAll.tn + htmlTopic.tn,
    }),
    hardNegatives: { n: hard.n, marked: hard.fp },
    easyNegatives: { n: easy.n, marked: easy.fp },
    misclassified,
  },
  gate: { syria: gate.tp + gate.fn, recall: ratio(gate.tp, gate.tp + gate.fn), others: gate.fp + gate.tn, passedOthers: gate.fp },
  actors: {
    gold: actorEval.gold,
    recall: ratio(actorEval.found, actorEval.gold),
    namedGold: namedActors.gold,
    namedRecall: ratio(namedActors.found, namedActors.gold),
    exactRecall: ratio(actorEval.exact, actorEval.gold),
    marks: actorEval.marks,
    marksOnNoGold: ratio(actorEval.marksOnNothing, actorEval.marks),
    missedSample: actorEval.missed,
    namedMissed: namedActors.missed,
  },
  verdicts: { ...verdicts, differsShare: ratio(verdicts.differs, verdicts.claims) },
  coverage: {
    articles: coverage.articles,
    marks: coverage.marks,
    knownShare: ratio(coverage.known, coverage.marks),
    /** The names the file lacks, by the number of Syria articles that name them. */
    unknownTop: [...coverage.unknown.values()].sort((x, y) => y.articles - x.articles || x.name.localeCompare(y.name)).slice(0, 30),
  },
  claims: {
    gold: claimEval.gold,
    recall: ratio(claimEval.found, claimEval.gold),
    exactRecall: ratio(claimEval.exact, claimEval.gold),
    marks: claimEval.marks,
    marksOnNoGold: ratio(claimEval.marksOnNothing, claimEval.marks),
    missedSample: claimEval.missed,
  },
  fakesCasualties: { articles: fakes.withFigure, found: fakes.found, rate: ratio(fakes.found, fakes.withFigure), missedSample: fakes.missed },
  extraction: {
    pages: extraction.pages,
    recall: ratio(extraction.recall, extraction.pages),
    precision: ratio(extraction.precision, extraction.pages),
    worst: extraction.worst.sort((a, b) => a.recall + a.precision - (b.recall + b.precision)).slice(0, 12),
  },
  seed,
  throughput: { words: wordsAnalysed, seconds: Math.round(msAnalysing) / 1000, wordsPerSecond: Math.round(wordsAnalysed / (msAnalysing / 1000)) },
};

/** The figures the CI gate checks, by name. */
const figures: Record<string, number | null> = {
  'topic.f1': report.topic.overall.f1,
  'topic.precision': report.topic.overall.precision,
  'topic.easyNegativesMarked': -report.topic.easyNegatives.marked,
  'gate.recall': report.gate.recall,
  'actors.recall': report.actors.recall,
  'actors.namedRecall': report.actors.namedRecall,
  'actors.marksOnGold': report.actors.marksOnNoGold === null ? null : 1 - report.actors.marksOnNoGold,
  'coverage.knownShare': report.coverage.knownShare,
  'verdicts.notDiffering': report.verdicts.differsShare === null ? null : 1 - report.verdicts.differsShare,
  'claims.recall': report.claims.recall,
  'claims.marksOnGold': report.claims.marksOnNoGold === null ? null : 1 - report.claims.marksOnNoGold,
  'fakes.casualtyRate': report.fakesCasualties.rate,
  'extraction.recall': report.extraction.recall,
  'extraction.precision': report.extraction.precision,
  'seed.actorRecall': seed ? ratio(seed.actorsFound, seed.actors) : null,
  'seed.claimRecall': seed ? ratio(seed.claimsFound, seed.claims) : null,
  'seed.consistentVerdicts': seed ? ratio(seed.consistentFound, seed.consistent) : null,
  'seed.falseClaims': seed ? -seed.falseClaims.length : null,
};

if (args.json) console.log(JSON.stringify({ ...report, figures }, null, 2));
else {
  const pct = (x: number | null) => (x === null ? '  n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);
  const lines = ['Topic (about the Syrian conflict)', '  set            n     P       R       F1'];
  for (const [k, v] of Object.entries(report.topic.sets)) lines.push(`  ${k.padEnd(12)} ${String(v.n).padStart(5)} ${pct(v.precision)} ${pct(v.recall)} ${pct(v.f1)}`);
  lines.push(`  ${'html pages'.padEnd(12)} ${String(report.topic.html.n).padStart(5)} ${pct(report.topic.html.precision)} ${pct(report.topic.html.recall)} ${pct(report.topic.html.f1)}`);
  const o = report.topic.overall;
  lines.push(`  ${'overall'.padEnd(12)} ${String(o.n).padStart(5)} ${pct(o.precision)} ${pct(o.recall)} ${pct(o.f1)}`);
  lines.push(`  hard negatives marked: ${report.topic.hardNegatives.marked} of ${report.topic.hardNegatives.n}; easy negatives marked: ${report.topic.easyNegatives.marked} of ${report.topic.easyNegatives.n}`);
  lines.push(`  misclassified: ${misclassified.join(', ') || 'none'}`);
  const g = report.gate;
  lines.push('', `Gate (the script on every page: title, address, first ${GATE_SAMPLE_CHARS.toLocaleString('en-US')} characters of paragraph text, the <article>'s first)`, `  lets through ${pct(g.recall)} of ${g.syria} Syria texts, and ${g.passedOthers} of ${g.others} others (the analysis then decides)`);
  lines.push('', 'Actors (re3d Person + Organisation)', `  recall ${pct(report.actors.recall)} (exact span ${pct(report.actors.exactRecall)}) of ${report.actors.gold}; of the ${report.actors.namedGold} written as names ${pct(report.actors.namedRecall)}; marks on no gold entity ${pct(report.actors.marksOnNoGold)} of ${report.actors.marks}`);
  const c = report.coverage;
  lines.push(
    '',
    'Knowledge coverage (the Syria articles of articles.jsonl)',
    `  ${pct(c.knownShare)} of ${c.marks.toLocaleString('en-US')} actor marks in ${c.articles} articles have a knowledge-file card`,
    `  names it lacks, by articles: ${c.unknownTop.slice(0, 12).map((u) => `${u.name} (${u.articles})`).join(', ') || 'none'}`,
  );
  const v = report.verdicts;
  lines.push(
    '',
    'Verdicts on the figures and dates of the same articles',
    `  ${v.claims.toLocaleString('en-US')} figures and dates: ${v.consistent} consistent with the knowledge file, ${v.related} related to it, ${v.differs} said to differ (${pct(v.differsShare)})`,
    ...v.differing.slice(0, 10).map((d) => `  differs: ${d}`),
  );
  lines.push('', 'Numeric claims (re3d Quantity, Money, numeric Temporal)', `  recall ${pct(report.claims.recall)} (exact span ${pct(report.claims.exactRecall)}) of ${report.claims.gold}; marks on no gold entity ${pct(report.claims.marksOnNoGold)} of ${report.claims.marks}`);
  lines.push('', 'FA-KES civilian casualty figure, typed as casualties with the right value', `  ${report.fakesCasualties.found} of ${report.fakesCasualties.articles} (${pct(report.fakesCasualties.rate)})`);
  lines.push('', 'Extraction (HTML pages, character level)', `  recall ${pct(report.extraction.recall)}, precision ${pct(report.extraction.precision)} over ${report.extraction.pages} pages`);
  if (seed) {
    lines.push('', 'Seed article (own gold)', `  actors ${seed.actorsFound}/${seed.actors}, claims ${seed.claimsFound}/${seed.claims}, consistent verdicts ${seed.consistentFound}/${seed.consistent}, false claims: ${seed.falseClaims.join(' | ') || 'none'}`);
    if (seed.missing.length) lines.push(`  missing: ${seed.missing.join('; ')}`);
  }
  lines.push('', `Throughput: ${report.throughput.wordsPerSecond.toLocaleString('en-US')} words/s (${report.throughput.words.toLocaleString('en-US')} words in ${report.throughput.seconds} s)`);
  console.log(lines.join('\n'));
}

if (args.check) {
  const thresholds = JSON.parse(readFileSync(args.check, 'utf8')) as Record<string, number>;
  const failures = Object.entries(thresholds).filter(([k, min]) => figures[k] === null || figures[k] === undefined || figures[k]! < min);
  for (const [k, min] of failures) console.error(`eval: ${k} = ${figures[k]} is below its threshold ${min}`);
  if (failures.length) process.exit(1);
  console.log(`eval: all ${Object.keys(thresholds).length} figures at or above their thresholds`);
}

/**
 * The analysis from the command line, on text, HTML or Markdown files, or on JSON lines.
 *
 *   npm run --silent analyze -- [--json] [--all] [--date YYYY-MM-DD] FILE...
 *   npm run --silent analyze -- --jsonl IN.jsonl      (lines of {"id","text","title"?,"date"?,"url"?})
 *
 * A file that cannot be read or parsed is reported on stderr in one line; the others are
 * still processed, and the exit code is 1.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { parseHTML } from 'linkedom';
import { createAnalyzer } from '../lib/analyze';
import { knowledge } from '../lib/knowledge';
import { humanDate } from '../lib/dates';
import type { Analysis, AnalysisInput } from '../lib/types';
import { extractArticle } from '../entrypoints/article/extract';
import { pageTitle, publishedDate } from '../entrypoints/article/metadata';

interface Options {
  json: boolean;
  jsonl: string | null;
  force: boolean;
  date: string | null;
  files: string[];
}

function parseArgs(argv: string[]): Options {
  const o: Options = { json: false, jsonl: null, force: false, date: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--all') o.force = true;
    else if (a === '--jsonl') o.jsonl = argv[++i] ?? '';
    else if (a === '--date') o.date = argv[++i] ?? null;
    else if (a === '--help' || a === '-h') {
      console.log('usage: analyze [--json] [--all] [--date YYYY-MM-DD] FILE...   |   analyze --jsonl IN.jsonl');
      process.exit(0);
    } else if (a.startsWith('--')) {
      console.error(`analyze: unknown option ${a}`);
      process.exit(2);
    } else o.files.push(a);
  }
  if (!o.jsonl && o.files.length === 0) {
    console.error('analyze: name at least one file, or --jsonl IN.jsonl');
    process.exit(2);
  }
  return o;
}

/** Reads a file into analysis input; HTML goes through the same extraction as in the browser. */
export function inputFromFile(path: string, content: string): AnalysisInput & { extracted: boolean } {
  const isHtml = /\.x?html?$/i.test(path) || /^\s*(?:<!doctype html|<html)/i.test(content.slice(0, 500));
  if (!isHtml) return { text: content, extracted: false };
  const { document } = parseHTML(content);
  const { text } = extractArticle(document as unknown as Document);
  return { text, title: pageTitle(document as unknown as Document), date: publishedDate(document as unknown as Document), extracted: true };
}

/** The object printed for one input: the contract's fields, plus the reasons behind them. */
function toJson(key: Record<string, string>, a: Analysis, text?: string) {
  return {
    ...key,
    relevant: a.relevant,
    score: a.score,
    signals: a.signals,
    date: a.date && /^\d{4}-\d{2}-\d{2}$/.test(a.date) ? a.date : null,
    dateSource: a.dateSource,
    actors: a.actors.map(({ id, name, kind, known, mentions }) => ({ id, name, kind, known, mentions })),
    claims: a.claims.map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      kind: c.kind,
      value: c.value,
      approx: c.approx,
      ...(c.high !== undefined ? { high: c.high } : {}),
      ...(c.until ? { until: c.until } : {}),
      ...(c.yearFrom ? { yearFrom: c.yearFrom } : {}),
      ...(c.unit ? { unit: c.unit } : {}),
      verdict: c.verdict,
      facts: c.facts,
      sources: c.sources,
      explanation: c.explanation,
      ...(c.attributedTo ? { attributedTo: c.attributedTo } : {}),
      ...(c.attributedActorId ? { attributedActorId: c.attributedActorId } : {}),
    })),
    context: a.context,
    ...(text !== undefined ? { text } : {}),
  };
}

function report(name: string, a: Analysis): string {
  const lines = [`${name}`, `  ${a.relevant ? 'About the Syrian conflict' : 'Not about the Syrian conflict'} (score ${a.score}); ${a.signals.join(', ') || 'no signals'}`];
  lines.push(`  date: ${a.date ? `${humanDate(a.date)} (${a.dateSource})` : 'unknown'}; knowledge as of ${humanDate(a.knowledgeAsOf)}`);
  if (a.actors.length) {
    lines.push('  actors:');
    for (const actor of a.actors) lines.push(`    ${actor.name} (${actor.kind}${actor.known ? '' : ', not in the knowledge file'}) ×${actor.mentions.length}`);
  }
  if (a.claims.length) {
    lines.push('  figures and dates:');
    for (const c of a.claims) {
      lines.push(`    "${c.text}" ${c.kind} = ${c.value} [${c.verdict}]${c.attributedTo ? ` (according to ${c.attributedTo})` : ''}`);
      if (c.facts.length) lines.push(`      ${c.explanation}`);
    }
  }
  if (a.context.length) {
    lines.push('  background:');
    for (const c of a.context) {
      const e = a.entries[c.id];
      lines.push(`    ${c.title}${e?.date ? ` (${humanDate(e.date)})` : ''}`);
      if (e) lines.push(`      ${e.summary}`, ...e.sources.map((s) => `      source: ${s.publisher}, “${s.title}”, ${s.date}, ${s.url}`));
    }
  }
  return lines.join('\n');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const analyzer = createAnalyzer(knowledge);
  let failed = false;
  const out = (line: string) => process.stdout.write(line + '\n');

  if (options.jsonl) {
    const stream = createReadStream(options.jsonl, 'utf8');
    stream.on('error', (e) => {
      console.error(`analyze: ${options.jsonl}: ${e.message}`);
      process.exit(1);
    });
    let lineNo = 0;
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      lineNo++;
      if (!line.trim()) continue;
      let record: { id?: unknown; text?: unknown; title?: unknown; date?: unknown; url?: unknown };
      try {
        record = JSON.parse(line);
        if (typeof record.text !== 'string') throw new Error('no "text" string');
      } catch (e) {
        console.error(`analyze: ${options.jsonl}:${lineNo}: ${(e as Error).message}`);
        failed = true;
        continue;
      }
      const a = analyzer.analyze(
        {
          text: record.text as string,
          title: typeof record.title === 'string' ? record.title : undefined,
          date: typeof record.date === 'string' ? record.date : options.date,
          url: typeof record.url === 'string' ? record.url : undefined,
        },
        { force: options.force },
      );
      out(JSON.stringify(toJson({ id: String(record.id ?? lineNo) }, a)));
    }
  }

  for (const file of options.files) {
    let input;
    try {
      input = inputFromFile(file, readFileSync(file, 'utf8'));
    } catch (e) {
      console.error(`analyze: ${file}: ${(e as Error).message}`);
      failed = true;
      continue;
    }
    const a = analyzer.analyze({ ...input, date: input.date ?? options.date }, { force: options.force });
    if (options.json) out(JSON.stringify(toJson({ file }, a, input.extracted ? input.text : undefined)));
    else out(report(file, a) + '\n');
  }
  process.exit(failed ? 1 : 0);
}

void main();

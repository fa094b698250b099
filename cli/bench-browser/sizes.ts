/** Sizes of the built extension's files, raw and gzip, grouped by when the browser loads them. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export type LoadedWhen = 'every page' | 'Syria pages' | 'first card' | 'background' | 'popup' | 'manifest' | 'other';

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  loaded: LoadedWhen;
}

export interface BuildSizes {
  build: string;
  present: boolean;
  files: FileSize[];
  totals: Partial<Record<LoadedWhen, { bytes: number; gzipBytes: number }>>;
}

function loadedWhen(file: string, everyPage: Set<string>): LoadedWhen {
  if (everyPage.has(file)) return 'every page';
  if (file === 'article.js') return 'Syria pages';
  if (file === 'card.js') return 'first card';
  if (file === 'background.js') return 'background';
  if (file === 'popup.html' || file.startsWith('chunks/popup') || file.startsWith('assets/')) return 'popup';
  if (file === 'manifest.json') return 'manifest';
  return 'other';
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

export function buildSizes(dir: string, name: string): BuildSizes {
  if (!existsSync(dir)) return { build: name, present: false, files: [], totals: {} };
  // The manifest's content scripts are the files loaded on every page.
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const everyPage = new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []));
  const files = walk(dir)
    .map((path) => {
      const body = readFileSync(path);
      const file = relative(dir, path).split('\\').join('/');
      return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length, loaded: loadedWhen(file, everyPage) };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
  const totals: BuildSizes['totals'] = {};
  for (const f of files) {
    const t = (totals[f.loaded] ??= { bytes: 0, gzipBytes: 0 });
    t.bytes += f.bytes;
    t.gzipBytes += f.gzipBytes;
  }
  return { build: name, present: true, files, totals };
}

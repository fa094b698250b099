/**
 * Servers for the integrity tests, on 127.0.0.1: the hostile pages of test/fixtures/hostile
 * (with the short Syria article spliced in), the heavy pages generated at run time (5 MB,
 * 200,000 nodes, 5,000 levels deep: never written to disk), and the real pages of the shared
 * corpus, read from ../shared at request time. Two servers on two ports serve the same routes,
 * so a page on one can frame a page "from another site" on the other.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { REPO } from './paths';

export const HOSTILE = resolve(REPO, 'test/fixtures/hostile');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** The shared corpus beside the repository (../shared/corpus), or null when it is absent. */
export function corpusDir(): string | null {
  const dir = resolve(REPO, '../shared/corpus');
  return existsSync(join(dir, 'html')) || existsSync(join(dir, 'readability')) ? dir : null;
}

/** Every HTML page of the corpus, as server paths, in a fixed (sorted) order. */
export function corpusPages(): string[] {
  const dir = corpusDir();
  if (!dir) return [];
  const pages: string[] = [];
  const html = join(dir, 'html');
  if (existsSync(html)) {
    for (const f of readdirSync(html).filter((f) => f.endsWith('.html')).sort()) pages.push(`corpus/html/${f}`);
  }
  const readability = join(dir, 'readability');
  if (existsSync(readability)) {
    for (const d of readdirSync(readability).sort()) {
      if (existsSync(join(readability, d, 'source.html'))) pages.push(`corpus/readability/${d}/source.html`);
    }
  }
  return pages;
}

export const ARTICLE_FRAGMENT = (): string => readFileSync(join(HOSTILE, 'article-fragment.html'), 'utf8');

// The heavy parts are laid out lazily (content-visibility), as big pages do: the point is the
// extension's cost, so the page's own first layout must not already take seconds.
const LAZY = '<style>.lazy { content-visibility: auto; contain-intrinsic-size: auto 3000px; } table { table-layout: fixed; width: 100%; }</style>';

function page(title: string, head: string, body: string): string {
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

const COMMENT =
  'I have followed the war since the start and nobody in the West listens. The camps near the border are full and winter is coming. ';
const HEADLINE = ['Markets', 'Weather', 'Football', 'Elections', 'Technology', 'Culture', 'Travel', 'Science'];

/**
 * About 5 MB, as heavy news pages are: a large inline stylesheet, a large inline JSON state blob,
 * a menu of thousands of links, the short article, a long live blog (about 200 kB of article text,
 * read by the extraction), a huge comments section and footer (not article text).
 */
function bigPage(): string {
  const article = ARTICLE_FRAGMENT();
  const css = Array.from({ length: 12_000 }, (_, i) => `.c${i} .x${i % 97} > span[data-k="${i}"] { margin: ${i % 7}px ${i % 5}px; color: #${(i * 2654435761 % 0xffffff).toString(16).padStart(6, '0')}; }`).join('\n');
  const state = JSON.stringify({
    items: Array.from({ length: 9_000 }, (_, i) => ({ id: i, slug: `story-${i}`, title: `${HEADLINE[i % HEADLINE.length]} story number ${i}`, tags: ['a', 'b', 'c'], score: i * 3.14 })),
  });
  const menu = Array.from({ length: 4_000 }, (_, i) => `<li><a href="/section/${i}">${HEADLINE[i % HEADLINE.length]} ${i}</a></li>`).join('');
  const live = Array.from(
    { length: 700 },
    (_, i) =>
      `<p><time>${String(8 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}</time> Update ${i + 1}: Aid convoys waited at the Bab al-Hawa crossing as shelling went on south of Idlib. Local council officials counted ${(i * 37) % 900 + 12} families arriving in the camps since the morning, and a doctor in Atmeh said ${(i * 7) % 40 + 2} wounded people had been brought in.</p>`,
  ).join('\n');
  const comments = Array.from({ length: 15_000 }, (_, i) => `<div class="comment"><b>reader${i}</b><p>${COMMENT}${i}</p></div>`).join('\n');
  const footer = Array.from({ length: 3_000 }, (_, i) => `<a href="/archive/${i}">Archive ${i}</a>`).join(' ');
  const body = `<nav class="menu lazy"><ul>${menu}</ul></nav>
<main>
<article>
${article}
<h2>Live updates</h2>
${live}
</article>
<section class="comments lazy" id="comments">${comments}</section>
</main>
<footer class="lazy">${footer}</footer>`;
  const html = page(
    'Idlib live: families crowd the border camps',
    `${LAZY}\n<style>${css}</style>\n<script type="application/json" id="__STATE__">${state}</script>`,
    body,
  );
  return html;
}

/**
 * At least 200,000 nodes: the article, a data table of 4,000 rows inside it (figures per town
 * and day: the extraction reads it, so 12,000 figures are analysed and marked), and a hidden
 * archive of 60,000 links outside it (an off-canvas menu: in the DOM, not laid out).
 */
function manyNodesPage(): string {
  const towns = ['Idlib', 'Aleppo', 'Saraqib', 'Maarat al-Numan', 'Ariha', 'Jisr al-Shughur', 'Atmeh', 'Sarmada'];
  const rows = Array.from({ length: 4_000 }, (_, i) => {
    const day = (i % 28) + 1;
    return `<tr><td>${towns[i % towns.length]}</td><td>${day} January 2020</td><td>${(i * 13) % 5000} families</td><td>${(i * 7) % 60} killed</td><td>${i % 3 ? 'shelling' : 'air strike'}</td></tr>`;
  }).join('\n');
  const archive = Array.from({ length: 60_000 }, (_, i) => `<li><a href="/a/${i}">Story ${i}</a></li>`).join('');
  return page(
    'Idlib: families crowd the border camps, day by day',
    LAZY,
    `<article>
${ARTICLE_FRAGMENT()}
<h2>Arrivals in the camps, by town and day</h2>
<div class="lazy"><table><thead><tr><th>Town</th><th>Date</th><th>Families</th><th>Killed</th><th>Cause</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
</article>
<aside class="archive" hidden><ul>${archive}</ul></aside>`,
  );
}

/**
 * 5,000 levels of nesting twice over: in the markup (parsers cap the depth they build, so this
 * tests the parser's way out as much as ours), and built by a script (real depth), with the
 * article at the bottom of the built chain.
 */
function deepPage(): string {
  const depth = 5_000;
  // Inline levels: 5,000 nested blocks (div) hang Chromium's own layout for minutes, with or
  // without any extension; 5,000 nested spans it lays out in well under a second.
  const open = '<span class="level">'.repeat(depth);
  const close = '</span>'.repeat(depth);
  const script = `<script>
(function () {
  var root = document.getElementById('built');
  var node = root;
  for (var i = 0; i < ${depth}; i++) {
    var el = document.createElement(i % 2 ? 'span' : 'b');
    el.className = 'level';
    node.appendChild(el);
    node = el;
  }
  var article = document.createElement('article');
  article.innerHTML = document.getElementById('article-source').innerHTML;
  node.appendChild(article);
})();
</script>`;
  return page(
    'Idlib: families crowd the border camps (deep)',
    '',
    `<div id="markup">${open}Deep in the markup: Turkish troops entered Idlib on Sunday, 5 km from the border.${close}</div>
<template id="article-source">${ARTICLE_FRAGMENT()}</template>
<div id="built"></div>
${script}`,
  );
}

const GENERATED: Record<string, () => string> = {
  'gen/big-5mb.html': bigPage,
  'gen/nodes-200k.html': manyNodesPage,
  'gen/deep-5000.html': deepPage,
};

export interface IntegrityServer {
  origin: string;
  /** The same routes on another port: another origin for the cross-origin frame. */
  otherOrigin: string;
  url(path: string): string;
  requests: string[];
  close(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function startIntegrityServer(): Promise<IntegrityServer> {
  const requests: string[] = [];
  const cache = new Map<string, string>();
  const headers = JSON.parse(readFileSync(join(HOSTILE, 'headers.json'), 'utf8')) as Record<string, Record<string, string>>;
  const corpus = corpusDir();
  let otherOrigin = '';

  const handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname).replace(/^\//, '');
    requests.push(path);
    try {
      if (path === 'favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      const gen = GENERATED[path];
      if (gen) {
        if (!cache.has(path)) cache.set(path, gen());
        res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
        res.end(cache.get(path));
        return;
      }
      if (path.startsWith('hostile/')) {
        const name = path.slice('hostile/'.length);
        const file = normalize(join(HOSTILE, name));
        if (!file.startsWith(HOSTILE + '/')) throw new Error('outside the fixtures');
        let body = readFileSync(file, 'utf8');
        if (extname(file) === '.html') body = body.replace('<!--SYRIA-ARTICLE-->', ARTICLE_FRAGMENT()).replaceAll('{{OTHER_ORIGIN}}', otherOrigin);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...(headers[name] ?? {}) });
        res.end(body);
        return;
      }
      if (path.startsWith('corpus/') && corpus) {
        const file = normalize(join(corpus, path.slice('corpus/'.length)));
        if (!file.startsWith(corpus + '/')) throw new Error('outside the corpus');
        // The page as saved; every other path (its images, scripts, styles) is simply not found.
        const body = readFileSync(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(body);
        return;
      }
      throw new Error('not found');
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  };

  const main = createServer(handler);
  const other = createServer(handler);
  const origin = await listen(main);
  otherOrigin = await listen(other);
  const close = (s: Server) =>
    new Promise<void>((ok) => {
      s.closeAllConnections();
      s.close(() => ok());
    });
  return {
    origin,
    otherOrigin,
    url: (p) => `${origin}/${p.replace(/^\//, '')}`,
    requests,
    close: async () => {
      await Promise.all([close(main), close(other)]);
    },
  };
}

/** Sizes of the generated pages, for the report (and a check that they are as heavy as said). */
export function generatedPage(path: string): string {
  const gen = GENERATED[path];
  if (!gen) throw new Error(`no generated page ${path}`);
  return gen();
}

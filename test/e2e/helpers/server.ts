/**
 * A static server on 127.0.0.1 (random port) for the fixture pages, plus /seed.html built at
 * request time from the seed article when it is available. The seed text is never written to disk.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURES, seedArticlePath } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Every path requested, in order (a request that should not happen shows up here). */
  requests: string[];
  close(): Promise<void>;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The seed article as a page: its first block is the headline, every block a paragraph of <article>. */
export function seedPage(text: string): string {
  const blocks = text
    .split(/\r?\n\s*\r?\n/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const title = blocks[0] ?? 'Seed article';
  const paragraphs = blocks.map((b) => `    <p>${escapeHtml(b)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body>
  <article>
${paragraphs}
  </article>
</body>
</html>
`;
}

export async function startServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const seed = seedArticlePath();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    try {
      if (path === '/seed.html') {
        if (!seed) throw new Error('no seed article');
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
        res.end(seedPage(readFileSync(seed, 'utf8')));
        return;
      }
      if (path === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      const file = normalize(join(FIXTURES, path));
      if (!file.startsWith(FIXTURES + '/')) throw new Error('outside fixtures');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => `${origin}/${p.replace(/^\//, '')}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

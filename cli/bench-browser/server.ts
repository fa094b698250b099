/**
 * A static server on 127.0.0.1 (random port): the corpus's saved pages under /corpus/, the
 * pages generated at run time under /gen/ (held in memory only), and /blank.html.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface BenchServer {
  origin: string;
  /** Serves `html` at /gen/<name>.html and returns its URL. */
  add(name: string, html: string): string;
  corpusUrl(file: string): string;
  blankUrl: string;
  close(): Promise<void>;
}

const HTML = 'text/html; charset=utf-8';

export async function startServer(corpusDir: string): Promise<BenchServer> {
  const root = resolve(corpusDir);
  const generated = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    try {
      if (path === '/blank.html') {
        res.writeHead(200, { 'content-type': HTML, 'cache-control': 'no-store' });
        res.end('<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body></body></html>');
        return;
      }
      if (path.startsWith('/gen/')) {
        const html = generated.get(path.slice('/gen/'.length));
        if (html === undefined) throw new Error('no such page');
        res.writeHead(200, { 'content-type': HTML, 'cache-control': 'no-store' });
        res.end(html);
        return;
      }
      if (path.startsWith('/corpus/')) {
        const file = normalize(join(root, path.slice('/corpus/'.length)));
        if (!file.startsWith(root + '/')) throw new Error('outside the corpus');
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': HTML, 'cache-control': 'no-store' });
        res.end(body);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    add(name, html) {
      generated.set(`${name}.html`, html);
      return `${origin}/gen/${name}.html`;
    },
    corpusUrl: (file) => `${origin}/corpus/${file.split('/').map(encodeURIComponent).join('/')}`,
    blankUrl: `${origin}/blank.html`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

import { createServer, type RequestListener } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_PAGES } from './pages';

const ROOT = fileURLToPath(new URL('../fixtures/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
};

/**
 * Serves tests/fixtures on 127.0.0.1 (content scripts do not run on file:// in Firefox).
 * /seed.html is the seed article (tests/pages/seed-article); /pages/* are the small pages written
 * for the e2e tests and the variants of the seed built in ./pages.ts.
 */
export interface LocalServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `handler` on a free port of 127.0.0.1 (tests and the benchmark touch no other address). */
export async function listenOnLoopback(handler: RequestListener): Promise<LocalServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function startServer(): Promise<LocalServer> {
  return listenOnLoopback(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const generated = GENERATED_PAGES[path];
    if (generated) {
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(generated());
      return;
    }
    const file = normalize(path).replace(/^[/\\]+/, '');
    if (file.includes('..')) {
      res.writeHead(400).end();
      return;
    }
    try {
      const body = await readFile(join(ROOT, file));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
}

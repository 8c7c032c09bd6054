import { readFile } from 'node:fs/promises';
import { listenOnLoopback, type LocalServer } from '../tests/e2e/server';

/** Where each path's page comes from: a file on disk or HTML built in memory. */
export type Route = { file: string } | { html: string };

/**
 * Page scripts are refused (the saved pages' scripts would only fail against an offline network
 * and add their own long tasks), and so is every other origin: what remains on the page's main
 * thread after activation is Lede's. Extension scripts are not bound by a page's CSP.
 */
const CSP =
  "script-src 'none'; connect-src 'none'; frame-src 'none'; font-src 'none'; media-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";

export function servePages(routes: Map<string, Route>): Promise<LocalServer> {
  return listenOnLoopback(async (req, res) => {
    const route = routes.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = 'html' in route ? route.html : await readFile(route.file);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }).end(body);
  });
}

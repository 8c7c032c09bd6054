import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';

/** Where each path's page comes from: a file on disk or HTML built in memory. */
export type Route = { file: string } | { html: string };

/**
 * Page scripts are refused (the saved pages' scripts would only fail against an offline network
 * and add their own long tasks), and so is every other origin: what remains on the page's main
 * thread after activation is Lede's. Extension scripts are not bound by a page's CSP.
 */
const CSP = "script-src 'none'; connect-src 'none'; frame-src 'none'; font-src 'none'; media-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";

export interface PageServer {
  url: string;
  close(): Promise<void>;
}

export async function servePages(routes: Map<string, Route>): Promise<PageServer> {
  const server: Server = createServer(async (req, res) => {
    const route = routes.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = 'html' in route ? route.html : await readFile(route.file);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

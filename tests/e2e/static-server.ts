import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticHost {
  /** Where the app is, e.g. http://127.0.0.1:41234/lumbar/ */
  url: string;
  /** Serves another build from the same URL, as a redeploy would. */
  serve(root: string): void;
  /** Stops the server itself: the browser finds nobody there, as on a plane. */
  stop(): Promise<void>;
  /** The path of every request that reached the host, in order. */
  requests: string[];
  /** Paths answered 503, as a connection that drops mid-download leaves them. */
  failing: Set<string>;
}

/**
 * A static host serving `root` under `prefix` (like a sub-path on GitHub Pages). With
 * `firstScript`, every page loads that file before anything else, as `__first.js` (same
 * origin, so the app's Content Security Policy lets it run).
 */
export async function host(root: string, prefix = '/', firstScript?: string): Promise<StaticHost> {
  let current = root;
  const requests: string[] = [];
  const failing = new Set<string>();
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    requests.push(path);
    if (failing.has(path)) {
      response.writeHead(503).end();
      return;
    }
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    const relative = normalize(path.slice(prefix.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    try {
      const file = relative.endsWith('/') ? `${relative}index.html` : relative;
      let body = await readFile(firstScript && file === '__first.js' ? firstScript : join(current, file));
      if (firstScript && file.endsWith('index.html')) {
        const page = body.toString();
        const charset = /<meta charset[^>]*>/i;
        if (!charset.test(page)) throw new Error('index.html has no <meta charset> to load the first script after');
        body = Buffer.from(page.replace(charset, '$&<script src="__first.js"></script>'));
      }
      response.writeHead(200, {
        'content-type': TYPES[extname(relative)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    failing,
    serve: (next) => {
      current = next;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

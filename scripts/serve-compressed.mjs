// A static host for dist/ that sends brotli (or gzip) when the browser asks for it, as the
// static hosts Lumbar is deployed to do. make bench measures loading through it: python's
// http.server sends everything uncompressed, which no real host does. Like them, it sends an
// ETag and answers a request that has the same one with 304 and no body: the service
// worker's precache of a first visit then revalidates what the page has just loaded.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.webmanifest', '.svg']);

/** Serves `root`; `sent` lists each response ({ path, status, bytes } of body) for make bench,
 * and each response waits `delayMs` first (a slow network's round trip, for every requester). */
export async function serveCompressed(root, port) {
  const cache = new Map();
  const host = { sent: [], delayMs: 0 };
  const encode = (body, encoding) =>
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 });
  const server = createServer(async (request, response) => {
    if (host.delayMs) await new Promise((resolve) => setTimeout(resolve, host.delayMs));
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const relative = normalize(path === '/' ? 'index.html' : path.slice(1)).replace(/^(\.\.[/\\])+/, '');
    let body;
    try {
      body = await readFile(join(root, relative));
    } catch {
      response.writeHead(404).end();
      return;
    }
    const accepted = request.headers['accept-encoding'] ?? '';
    const encoding = !COMPRESSIBLE.has(extname(relative)) ? null : accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : null;
    const headers = { 'content-type': TYPES[extname(relative)] ?? 'application/octet-stream', 'cache-control': 'no-cache', vary: 'accept-encoding' };
    if (encoding) {
      const key = `${encoding}:${relative}`;
      if (!cache.has(key)) cache.set(key, encode(body, encoding));
      body = cache.get(key);
      headers['content-encoding'] = encoding;
    }
    headers.etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    if (request.headers['if-none-match'] === headers.etag) {
      response.writeHead(304, headers).end();
      host.sent.push({ path: relative, status: 304, bytes: 0 });
      return;
    }
    response.writeHead(200, headers);
    response.end(body);
    host.sent.push({ path: relative, status: 200, bytes: body.length });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  host.close = () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); });
  return host;
}

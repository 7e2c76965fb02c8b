// A static host for dist/ that sends brotli (or gzip) when the browser asks for it, as the
// static hosts Lumbar is deployed to do. make bench measures loading through it: python's
// http.server sends everything uncompressed, which no real host does.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

export async function serveCompressed(root, port) {
  const cache = new Map();
  const encode = (body, encoding) =>
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 });
  const server = createServer(async (request, response) => {
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
    response.writeHead(200, headers);
    response.end(body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }) };
}

// Lumbar's service worker. scripts/pwa_post_build.py fills in the build's version and the
// exact list of files Trunk wrote; everything is resolved against the registration scope, so
// the same build works at a domain's root and under any sub-path.
const VERSION = '__LUMBAR_VERSION__';
const FILES = __LUMBAR_FILES__;
const CACHE = `lumbar-${VERSION}`;
const PREFIX = 'lumbar-';

const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map(scoped))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

// The page asks for this only when the user taps "Reload" on the update prompt, so a new
// version never replaces the one running a session.
self.addEventListener('message', (event) => {
  if (event.data === 'lumbar:activate-update') self.skipWaiting();
});

// Everything, the page included, comes from the cache of this version: opening Lumbar again
// never waits on the network (asking it first for the page held each visit for a round trip,
// 2 s on a slow connection, and up to a timeout on one that delivers nothing). A new version
// comes through the browser's update check of this script and the app's "Reload" prompt.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fromCache(request));
});

async function fromCache(request) {
  const options = { cacheName: CACHE, ignoreSearch: true };
  // A page inside the scope that is none of the files (index.html, a query, a typo) is the app.
  return (
    (await caches.match(request, options)) ??
    (request.mode === 'navigate' ? await caches.match(scoped('./'), options) : undefined) ??
    fetch(request)
  );
}

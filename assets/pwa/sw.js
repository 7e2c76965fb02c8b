// Lumbar's service worker. scripts/pwa_post_build.py fills in the build's version and the
// exact list of files Trunk wrote; everything is resolved against the registration scope, so
// the same build works at a domain's root and under any sub-path.
const VERSION = '__LUMBAR_VERSION__';
const FILES = __LUMBAR_FILES__;
const CACHE = `lumbar-${VERSION}`;
const PREFIX = 'lumbar-';
// On a flaky connection, fall back to the cached page rather than wait for ever.
const NAVIGATION_TIMEOUT_MS = 4000;

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

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? pageNetworkFirst(request) : assetCacheFirst(request));
});

async function assetCacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  return cached ?? fetch(request);
}

async function pageNetworkFirst(request) {
  try {
    const response = await withTimeout(fetch(request), NAVIGATION_TIMEOUT_MS);
    if (response.ok) return response;
  } catch {
    // Offline, server gone or too slow: the cached page below.
  }
  const cached = await caches.match(scoped('./'), { cacheName: CACHE });
  return cached ?? fetch(request);
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

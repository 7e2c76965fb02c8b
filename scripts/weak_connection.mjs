// Lumbar opened on a weak connection, measured in Chromium with DevTools' own network
// throttling (its "Slow 3G" and "Fast 3G" presets: every request pays the latency, the
// bytes share the bandwidth) and a 4× slower CPU. Lighthouse simulates one slow-4G load from
// a fast one; this loads the page through the throttle, request by request, and reports when
// the safety advice is on screen (painted from index.html alone) and when its button works
// (the app has replaced index.html's static copy), on a first visit and on a returning one.
// Used by make bench; on its own, against a build served with brotli:
// node scripts/weak_connection.mjs [runs] (DIST=folder for another build).

import { CHROMIUM, CHROMIUM_FLAGS, medians, untilControlled } from './measure.mjs';

export const NETWORKS = {
  'Slow 3G': { latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 },
  'Fast 3G': { latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 },
};

const recordStart = () => {
  new MutationObserver((mutations, observer) => {
    if (mutations.some((m) => [...m.removedNodes].some((node) => node.id === 'first-paint'))) {
      window.__appReady = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

async function throttle(context, page, network) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

async function timesOf(page) {
  await page.waitForFunction(() => window.__appReady !== undefined, null, { timeout: 120_000 });
  return page.evaluate(() => {
    const entry = (name) => performance.getEntriesByType('resource').find((r) => r.name.endsWith(name));
    return {
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      wasmRequested: entry('.wasm').startTime,
      wasmReceived: entry('.wasm').responseEnd,
      ready: window.__appReady,
    };
  });
}

/** A first visit through the throttle. */
async function firstVisit(browser, url, network) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript(recordStart);
  await throttle(context, page, network);
  await page.goto(url, { waitUntil: 'commit' });
  const times = await timesOf(page);
  await context.close();
  return times;
}

/** Someone who has acknowledged the advice, with the service worker in control, opens Lumbar
 * again. DevTools throttles the page's own requests, not the worker's: here the host holds
 * every response for the network's round trip instead, whoever asks. */
async function returningVisit(browser, host, url, network) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript(recordStart);
  await page.goto(url);
  await page.getByRole('button', { name: 'I understand' }).click();
  await untilControlled(page);
  await throttle(context, page, network);
  host.delayMs = network.latency;
  await page.reload({ waitUntil: 'commit' });
  const times = await timesOf(page);
  host.delayMs = 0;
  await context.close();
  return times;
}

/** Medians of `runs` visits per network, first and returning: { "Slow 3G, first visit": { paint, … } } in ms. */
export async function measureWeakConnection(browser, host, url, runs = 3) {
  const results = {};
  for (const [name, network] of Object.entries(NETWORKS)) {
    for (const returning of [false, true]) {
      const visits = [];
      for (let run = 0; run < runs; run += 1) {
        visits.push(await (returning ? returningVisit(browser, host, url, network) : firstVisit(browser, url, network)));
      }
      const key = `${name}, ${returning ? 'returning' : 'first visit'}`;
      results[key] = medians(visits);
      results[key].runs = visits.map((v) => Math.round(v.ready));
    }
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import('playwright-core');
  const { serveCompressed } = await import('./serve-compressed.mjs');
  const port = 4197;
  const server = await serveCompressed(process.env.DIST ?? 'dist', port);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  console.log(JSON.stringify(await measureWeakConnection(browser, server, `http://127.0.0.1:${port}/`, Number(process.argv[2] ?? 3)), null, 1));
  await browser.close();
  await server.close();
}

// Helpers the measuring scripts (bench.mjs, weak_connection.mjs, lh-probe.mjs,
// startup_tasks.mjs) share.

/** Debian's Chromium, never a downloaded browser, with the flags every measurement uses. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** The middle value (the upper one of the two middles for an even count). */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The median of each numeric field over runs of the same shape. */
export function medians(runs) {
  const fields = Object.keys(runs[0]).filter((key) => typeof runs[0][key] === 'number');
  return Object.fromEntries(fields.map((key) => [key, median(runs.map((run) => run[key]))]));
}

/** Resolves once the service worker has cached everything and controls the page. */
export async function untilControlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
  });
}

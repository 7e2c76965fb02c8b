import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { acknowledgeSafety, open, T0 } from './app';

// The wasm is held back by a route; a service worker would answer it from its cache instead.
test.use({ serviceWorkers: 'block' });

const WASM = /_bg\.wasm$/;
const GLUE = /lumbar-[0-9a-f]+\.js$/;

/** Opens Lumbar with the wasm held back until the returned function is called. */
async function openWhileLoading(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(WASM, async (route) => {
    await held;
    await route.continue();
  });
  await page.clock.install({ time: T0 - 60_000 });
  await page.clock.pauseAt(T0);
  // Not until "load": the load event waits for the held wasm.
  await page.goto('/', { waitUntil: 'commit' });
  return release;
}

const safetyText = (page: Page) => page.locator('.safety h1, .safety-list').allInnerTexts();

test('a first visit shows the safety advice while the app loads, and the app takes over in place', async ({ page }) => {
  const release = await openWhileLoading(page);
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Loading…' })).toBeDisabled();
  const whileLoading = await safetyText(page);
  const listBox = await page.locator('.safety-list').boundingBox();

  release();
  await expect(page.getByRole('button', { name: 'I understand' })).toBeEnabled();
  await expect(page.locator('#first-paint')).toHaveCount(0);
  await expect(page.locator('.safety')).toHaveCount(1);
  // The same words in the same space: the app's render is no new largest paint.
  expect(await safetyText(page)).toEqual(whileLoading);
  expect(await page.locator('.safety-list').boundingBox()).toEqual(listBox);
});

test('someone who has acknowledged the advice never sees the copy while the app loads', async ({ page, context }) => {
  await open(page);
  await acknowledgeSafety(page);
  await page.close();

  const again = await context.newPage();
  const release = await openWhileLoading(again);
  await expect(again.locator('#first-paint')).toBeAttached();
  await expect(again.locator('#first-paint')).toBeHidden();
  release();
  await expect(again.getByRole('heading', { name: 'Lower-back routine' })).toBeVisible();
  await expect(again.getByRole('heading', { name: 'Before you start' })).toHaveCount(0);
});

test('the first paint needs the HTML alone, and the wasm download starts after it', async ({ page }) => {
  // On the paused clock the loader's 200 ms fallback, for browsers without paint timing,
  // stays put: on a busy machine it could otherwise fire a few ms before the paint is reported.
  await open(page);
  await expect(page.getByRole('button', { name: 'I understand' })).toBeEnabled();
  expect(await page.locator('link[rel=stylesheet], link[rel=preload]').count()).toBe(0);
  // Read through observers: the fake clock's `performance` has no entries of its own.
  const [firstPaint, wasmStart] = await page.evaluate(() => {
    const startOf = (type: string, wanted: (entry: PerformanceEntry) => boolean) =>
      new Promise<number>((found) =>
        new PerformanceObserver((entries) => found(entries.getEntries().find(wanted)!.startTime)).observe({
          type,
          buffered: true,
        }),
      );
    return Promise.all([
      startOf('paint', (entry) => entry.name === 'first-contentful-paint'),
      startOf('resource', (entry) => entry.name.endsWith('_bg.wasm')),
    ]);
  });
  expect(wasmStart).toBeGreaterThanOrEqual(firstPaint);
});

test('without paint timing, or with the page opened hidden, the wasm is asked for 200 ms after the start', async ({ page }) => {
  await page.addInitScript(() => {
    // What such a browser meets: a paint observer that never reports.
    const observe = PerformanceObserver.prototype.observe;
    PerformanceObserver.prototype.observe = function (options) {
      if (options?.type !== 'paint') observe.call(this, options);
    };
    const fetch = window.fetch;
    window.fetch = (input, init) => {
      if (String(input).endsWith('_bg.wasm')) Object.assign(window, { wasmAskedAt: Date.now() });
      return fetch(input, init);
    };
  });
  const wasmAskedAt = () => page.evaluate(() => (window as { wasmAskedAt?: number }).wasmAskedAt);
  await open(page);
  await page.clock.runFor(199);
  expect(await wasmAskedAt()).toBeUndefined();
  await page.clock.runFor(1);
  await expect(page.getByRole('button', { name: 'I understand' })).toBeEnabled();
  expect(await wasmAskedAt()).toBe(T0 + 200);
});

test('the wasm is requested without waiting for the glue: one round trip sooner on a slow network', async ({ page }) => {
  // The glue is answered only once the wasm has been asked for: a loader that imported the
  // glue before fetching the wasm would never get there.
  let wasmRequested!: () => void;
  const wasmAskedFor = new Promise<void>((resolve) => (wasmRequested = resolve));
  page.on('request', (request) => WASM.test(request.url()) && wasmRequested());
  await page.route(GLUE, async (route) => {
    await wasmAskedFor;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('button', { name: 'I understand' })).toBeEnabled();
});

test('a host that serves the wasm with another type still starts the app', async ({ page }) => {
  await page.route(WASM, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'I understand' })).toBeEnabled();
});

test('a wasm this browser cannot compile shows a way out, not an endless "Loading…"', async ({ page }) => {
  await page.route(WASM, (route) =>
    // A valid header, then a section this engine does not know: what an old browser meets.
    route.fulfill({ contentType: 'application/wasm', body: Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0x7f, 0]) }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Lumbar could not start');
  await expect(page.getByRole('link', { name: 'Reload' })).toHaveAttribute('href', './');
  await expect(page.getByRole('link', { name: 'Download my data' })).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
});

for (const file of [{ name: 'wasm', pattern: WASM }, { name: 'glue', pattern: GLUE }]) {
  test(`the connection lost before the ${file.name} arrives: "could not start" and Reload, not "Loading…"`, async ({ page }) => {
    await page.route(file.pattern, (route) => route.abort('internetdisconnected'));
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.getByRole('alert')).toContainText('Check the connection and reload');
    await expect(page.getByRole('link', { name: 'Reload' })).toHaveAttribute('href', './');
    await expect(page.getByText('Loading…')).toHaveCount(0);
  });
}

// index.html decides before the app starts whether the static safety copy shows: exactly when
// the stored progress has no acknowledgement, whatever spacing or order the JSON is in.
for (const [what, stored, returning] of [
  ['acknowledged', '{ "version": 2, "progress": { "history": [], "safety_acknowledged_at_ms": 1795000000000 } }', true],
  ['not acknowledged', '{"progress": {"safety_acknowledged_at_ms" : null}, "version": 2}', false],
  ['never stored', null, false],
  ['unreadable', '{"version": 2, "progress": ', false],
] as const) {
  test(`the static safety copy before the app starts: ${what}`, async ({ page }) => {
    await page.addInitScript((text) => {
      if (text !== null && !sessionStorage.getItem('seeded')) {
        localStorage.setItem('lumbar.progress', text);
        sessionStorage.setItem('seeded', '1');
      }
    }, stored);
    await openWhileLoading(page);
    expect(await page.evaluate(() => document.documentElement.className === 'returning')).toBe(returning);
    await expect(page.locator('#first-paint')).toBeVisible({ visible: !returning });
  });
}

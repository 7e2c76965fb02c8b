import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acknowledgeSafety, begin, completeSession, controlledByServiceWorker, open } from './app';
import { expect, test } from './fixtures';
import { host } from './static-server';

const DIST = 'dist';

function pngSize(bytes: Buffer): string {
  // The IHDR chunk follows the 8-byte signature and its own 8-byte header.
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

/** A copy of dist/ with one changed file, re-stamped by the post-build hook: the next release. */
function nextBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lumbar-next-'));
  cpSync(DIST, dir, { recursive: true });
  // The stylesheet is inline: the hook must hash the changed style into the policy again.
  const index = join(dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('</style>', '.next-release{}</style>'));
  execFileSync('python3', ['scripts/pwa_post_build.py', dir]);
  return dir;
}

function versionOf(dir: string): string {
  return readFileSync(join(dir, 'index.html'), 'utf8').match(/name="lumbar-version" content="(\w+)"/)![1];
}

for (const prefix of ['/', '/lumbar/']) {
  test.describe(`served at ${prefix}`, () => {
    test('is installable with no errors, and its manifest and icons resolve', async ({}, testInfo) => {
      const site = await host(DIST, prefix);
      const profile = mkdtempSync(join(tmpdir(), 'lumbar-profile-'));
      const context = await chromium.launchPersistentContext(profile, testInfo.project.use.launchOptions!);
      const origins = new Set<string>();
      context.on('request', (r) => origins.add(new URL(r.url()).origin));
      try {
        const page = await context.newPage();
        await page.goto(site.url);
        await controlledByServiceWorker(page);
        const cdp = await context.newCDPSession(page);
        const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
        expect(installabilityErrors).toEqual([]);

        const manifestUrl = new URL('manifest.webmanifest', site.url).href;
        const manifest = await (await page.request.get(manifestUrl)).json();
        expect(manifest).toMatchObject({ name: expect.stringContaining('Lumbar'), short_name: 'Lumbar', display: 'standalone' });
        expect(new URL(manifest.start_url, manifestUrl).href).toBe(site.url);
        expect(new URL(manifest.scope, manifestUrl).href).toBe(site.url);
        const sizes: string[] = [];
        for (const icon of manifest.icons.filter((i: { type: string }) => i.type === 'image/png')) {
          const response = await page.request.get(new URL(icon.src, manifestUrl).href);
          expect(response.status()).toBe(200);
          expect(pngSize(await response.body())).toBe(icon.sizes);
          sizes.push(`${icon.sizes} ${icon.purpose}`);
        }
        expect(sizes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
        const touchIcon = await page.locator('link[rel=apple-touch-icon]').getAttribute('href');
        expect(pngSize(await (await page.request.get(new URL(touchIcon!, site.url).href)).body())).toBe('180x180');
        expect([...origins]).toEqual([new URL(site.url).origin]);
      } finally {
        await context.close();
        await site.stop();
      }
    });

    test('works with the server gone: a full session offline ends up in history, and its files open as themselves', async ({ page }) => {
      const site = await host(DIST, prefix);
      // Back home, the app asks for an update check, which fails with the network down.
      await page.addInitScript(() => {
        (window as any).__rejections = [];
        addEventListener('unhandledrejection', (event) => (window as any).__rejections.push(String(event.reason)));
      });
      await open(page, { url: site.url });
      await acknowledgeSafety(page);
      await controlledByServiceWorker(page);
      await expect(page.getByText('Lumbar works offline on this device.')).toBeVisible();
      await site.stop();

      // A file of the app opened as a page is that file, not the app.
      const icon = await page.goto(new URL('icons/icon.svg', site.url).href);
      expect(icon!.headers()['content-type']).toContain('svg');
      await page.goto(new URL('index.html?from=home-screen', site.url).href);
      await expect(page.getByRole('heading', { name: 'Lower-back routine' })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('heading', { name: 'Lower-back routine' })).toBeVisible();
      await completeSession(page);
      await expect(page.getByTestId('last-session')).toHaveText('Mon 23 Nov 2026 · 8 min · completed');
      expect(await page.evaluate(() => (window as any).__rejections)).toEqual([]);
      await page.reload();
      await expect(page.getByTestId('streak')).toHaveText('1 day');
      await page.getByRole('button', { name: 'See your history' }).click();
      await page.getByRole('button', { name: '‹ Home' }).click();
      await expect(page.getByTestId('streak')).toBeVisible();
      expect(await page.evaluate(() => (window as any).__rejections)).toEqual([]);
    });

    test('a first visit whose download fails says so, and the next try saves it for offline use', async ({ page }) => {
      const site = await host(DIST, prefix);
      try {
        // The page needs none of the icons, so the app runs; the service worker needs them all.
        site.failing.add(`${prefix}icons/icon-512.png`);
        await open(page, { url: site.url });
        const failed = page.getByText('Lumbar could not be saved for offline use yet.', { exact: false });
        await expect(failed).toBeVisible();
        expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);

        site.failing.clear();
        // Reaching the home screen is the app's moment to try again.
        await acknowledgeSafety(page);
        await expect(page.getByText('Lumbar works offline on this device.')).toBeVisible();
        await expect(failed).toBeHidden();
        await controlledByServiceWorker(page);

        await site.stop();
        await page.reload();
        await expect(page.getByRole('heading', { name: 'Lower-back routine' })).toBeVisible();
      } finally {
        await site.stop();
      }
    });

    test('opening it again takes nothing from the network: the page comes from the cache too', async ({ page }) => {
      const site = await host(DIST, prefix);
      try {
        await open(page, { url: site.url });
        await acknowledgeSafety(page);
        await controlledByServiceWorker(page);
        site.requests.length = 0;
        await page.reload();
        await expect(page.getByRole('heading', { name: 'Lower-back routine' })).toBeVisible();
        // The browser's and the app's update checks ask for sw.js; nothing else goes out.
        expect(site.requests.filter((path) => !path.endsWith('/sw.js'))).toEqual([]);
      } finally {
        await site.stop();
      }
    });

    test('a new version is offered outside a session and keeps every byte of progress', async ({ page }) => {
      const next = nextBuild();
      const site = await host(DIST, prefix);
      try {
        await open(page, { url: site.url });
        await acknowledgeSafety(page);
        await controlledByServiceWorker(page);
        await expect(page.getByText(`Version ${versionOf(DIST)}`)).toBeVisible();
        await begin(page);
        await page.clock.runFor(20_000);
        await page.getByRole('button', { name: 'Stop', exact: true }).click();
        await page.getByRole('button', { name: 'End session' }).click();

        site.serve(next);
        await page.getByRole('button', { name: 'Done' }).click();
        const prompt = page.getByText('A new version of Lumbar is ready.');
        await expect(prompt).toBeVisible();
        await begin(page);
        await expect(prompt).toBeHidden();
        await page.getByRole('button', { name: 'Stop', exact: true }).click();
        await page.getByRole('button', { name: 'End session' }).click();
        await page.getByRole('button', { name: 'Done' }).click();
        await expect(prompt).toBeVisible();

        const stored = await page.evaluate(() => localStorage.getItem('lumbar.progress'));
        await page.getByRole('button', { name: 'Reload' }).click();
        await expect(page.getByText(`Version ${versionOf(next)}`)).toBeVisible();
        expect(versionOf(next)).not.toBe(versionOf(DIST));
        expect(await page.evaluate(() => localStorage.getItem('lumbar.progress'))).toBe(stored);
        await expect(page.getByTestId('last-session')).toContainText('stopped early');
        await expect(prompt).toBeHidden();
      } finally {
        await site.stop();
      }
    });
  });
}

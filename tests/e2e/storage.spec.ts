import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { acknowledgeSafety, begin, open } from './app';

const KEY = 'lumbar.progress';

/** Seeds stored data once the app's own first save is done, so it cannot race it. */
async function seed(page: Page, raw: string) {
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), KEY)).not.toBeNull();
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, raw]);
  await page.reload();
}

test('without localStorage the app still coaches and says progress will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await open(page);
  await expect(page.getByRole('status')).toContainText('progress will not be kept');
  await acknowledgeSafety(page);
  await begin(page);
  await page.clock.runFor(5_000);
  await expect(page.locator('[role=timer]')).toHaveText('2:55');
});

test('unreadable saved data is kept under a backup key and the user is told', async ({ page }) => {
  const garbage = '{"version":1,"progress":{"history":[{"started_at_ms":"yesterday"';
  await open(page);
  await seed(page, garbage);

  const notice = page.getByRole('status');
  await expect(notice).toContainText('could not be read');
  const backupKey = (await notice.textContent())!.match(/lumbar\.progress\.backup\.\d+/)![0];
  expect(await page.evaluate((key) => localStorage.getItem(key), backupKey)).toBe(garbage);

  await page.getByRole('button', { name: 'Dismiss this message' }).click();
  await expect(page.locator('.notice')).toHaveCount(0);
  await acknowledgeSafety(page);
  expect(await page.evaluate((key) => localStorage.getItem(key), backupKey)).toBe(garbage);
});

test('data saved by a newer Lumbar is left exactly as it was', async ({ page }) => {
  const future = '{"version":4,"progress":{"history":[],"new_field":true}}';
  await open(page);
  await seed(page, future);
  await expect(page.getByRole('status')).toContainText('newer version of Lumbar');
  await acknowledgeSafety(page);
  await begin(page);
  await page.clock.runFor(3_000);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(future);
});

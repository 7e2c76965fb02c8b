import { readFileSync } from 'node:fs';
import { acknowledgeSafety, completeSession, open, stopEarly } from './app';
import { expect, test } from './fixtures';

const KEY = 'lumbar.progress';
const stored = (page: import('@playwright/test').Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

test('export, then import into a fresh profile, reproduces the same history', async ({ page, browser }) => {
  await open(page);
  await acknowledgeSafety(page);
  await completeSession(page);
  await stopEarly(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my data' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('lumbar-progress-Mon-23-Nov-2026.json');
  const file = readFileSync((await download.path())!, 'utf8');
  const exported = JSON.parse(file).progress.history;
  expect(exported).toHaveLength(2);

  const fresh = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await open(fresh);
  await acknowledgeSafety(fresh);
  await fresh.getByLabel('Import a file').setInputFiles({ name: 'lumbar.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(fresh.getByText('This file has 2 sessions on Mon 23 Nov 2026 (1 completed).')).toBeVisible();
  await fresh.getByRole('button', { name: 'Replace mine' }).click();
  await expect(fresh.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  expect(JSON.parse((await stored(fresh))!).progress.history).toEqual(exported);
  await expect(fresh.getByTestId('last-session')).toHaveText(await page.getByTestId('last-session').textContent() as string);
  await expect(fresh.getByTestId('streak')).toHaveText('1 day');
  // What was there before the replace is kept as a backup, offered for download.
  await expect(fresh.getByRole('heading', { name: 'Backups' })).toBeVisible();
  await fresh.context().close();
});

const hostile: [string, string | Buffer][] = [
  ['not JSON', 'GIF89a this is a picture'],
  ['HTML in a string', '{"version":1,"progress":{"history":[{"started_at_ms":1795000000000,"ended_at_ms":1795000471000,"active_ms":1,"utc_offset_min":0,"outcome":"<img src=x onerror=\\"window.pwned=1\\">","steps_done":1,"steps_total":65}]}}'],
  ['a future version', '{"version":42,"progress":{}}'],
  ['absurd numbers', '{"version":1,"progress":{"history":[{"started_at_ms":1795000000000,"ended_at_ms":1795000471000,"active_ms":-471000,"utc_offset_min":0,"outcome":"completed","steps_done":65,"steps_total":65}]}}'],
  ['deep nesting', `{"version":1,"progress":${'['.repeat(50_000)}${']'.repeat(50_000)}}`],
  ['over 5 MB', Buffer.alloc(5 * 1024 * 1024 + 1, 32)],
];

for (const [what, content] of hostile) {
  test(`an import of ${what} is refused and changes nothing`, async ({ page }) => {
    await open(page);
    await acknowledgeSafety(page);
    await completeSession(page);
    const before = await stored(page);
    await page.getByLabel('Import a file').setInputFiles({ name: 'file.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(page.getByRole('button', { name: 'Replace mine' })).toHaveCount(0);
    expect(await stored(page)).toBe(before);
    expect(await page.evaluate(() => (window as any).pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
  });
}

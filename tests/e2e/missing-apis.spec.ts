import { expect, test } from './fixtures';
import {
  acknowledgeSafety,
  begin,
  controlledByServiceWorker,
  expectedSteps,
  open,
  reloadMidLegRaiseHold,
  shown,
} from './app';

// A phone without the optional APIs: no vibration (every iPhone), no wake lock (older iOS),
// no speech, no StorageManager (WebKitGTK). Each must cost only what it gives, never a hold.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    delete (Navigator.prototype as any).vibrate;
    delete (Navigator.prototype as any).wakeLock;
    delete (Navigator.prototype as any).storage;
    delete (Window.prototype as any).speechSynthesis;
    delete (window as any).speechSynthesis;
    delete (window as any).SpeechSynthesisUtterance;
  });
});

test('without vibration, wake lock, speech or storage the whole routine runs, holds included', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await open(page);
  expect(
    await page.evaluate(() => ['vibrate' in navigator, 'wakeLock' in navigator, 'storage' in navigator, 'speechSynthesis' in window]),
    'the APIs are gone',
  ).toEqual([false, false, false, false]);
  await acknowledgeSafety(page);
  await expect(page.getByText('No voice on this device: tones coach instead')).toBeVisible();
  await begin(page, 2);

  const seen: string[] = [];
  const holdSeconds = new Map<string, string[]>();
  for (let second = 0; second <= 476; second++) {
    const now = await shown(page);
    if (!now.phase) break;
    const step = `${now.exercise} / ${now.phase} / ${now.position}`;
    if (seen.at(-1) !== step) seen.push(step);
    if (now.phase === 'Hold') holdSeconds.set(step, [...(holdSeconds.get(step) ?? []), now.timer]);
    await page.clock.runFor(1000);
  }
  expect(seen).toEqual(expectedSteps());
  for (const [step, seconds] of holdSeconds) {
    const length = step.startsWith('Wall Slides') ? 5 : 10;
    const countdown = Array.from({ length }, (_, i) => String(length - i));
    expect(seconds, `${step} counts down every second`).toEqual(countdown);
  }
  expect(holdSeconds.size, 'every hold was seen').toBe(16);
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
  await expect(page.getByText('65 of 65')).toBeVisible();
  await expect(page.locator('.wake')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('without the optional APIs a reload mid-hold resumes, and an offline reload opens the app', async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);
  await expect(page.locator('.wake')).toHaveText("This browser can't keep the screen on: set a longer screen timeout for the session.");
  await reloadMidLegRaiseHold(page);

  await controlledByServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.phase')).toHaveText('Lower');
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('last-session')).toContainText('stopped early');
  expect(errors).toEqual([]);
});

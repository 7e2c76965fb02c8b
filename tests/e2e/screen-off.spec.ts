import type { Page } from '@playwright/test';
import { acknowledgeSafety, begin, open } from './app';
import { recordCoaching, recorded } from './coach-recorder';
import { expect, test } from './fixtures';

const HOLD_START_HZ = '880';
const COUNTDOWN_HZ = '1320';

/** What a locked phone does to the page: hidden, then shown again. */
async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((hidden) => {
    Object.defineProperty(document, 'visibilityState', { value: hidden ? 'hidden' : 'visible', configurable: true });
    Object.defineProperty(document, 'hidden', { value: hidden, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

const live = async (page: Page) => (await recorded(page, 'tone')).filter((t) => !t.cancelled);

test('a session schedules every tone ahead on the audio clock, at its moment in the plan', async ({ page }) => {
  await recordCoaching(page);
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);
  // Nothing has run on the clock yet: the whole session's tones are already waiting.
  const tones = await recorded(page, 'tone');
  expect(tones).toHaveLength(28 + 16 + 32 + 10 + 48 + 3);
  // The first hold starts 193 s in (3 min warm-up, 5 s into position, 8 s down), with its
  // countdown at 3, 2 and 1 s before its end.
  const firstHold = tones.find((t) => t.value === HOLD_START_HZ)!;
  expect(firstHold.at).toBeCloseTo(193, 3);
  const countdown = tones.filter((t) => t.value === COUNTDOWN_HZ).slice(0, 3).map((t) => t.at);
  expect(countdown[0]).toBeCloseTo(195, 3);
  expect(countdown[1]).toBeCloseTo(196, 3);
  expect(countdown[2]).toBeCloseTo(197, 3);

  // Steps that begin on time schedule nothing more.
  await page.clock.runFor(200_000);
  expect(await recorded(page, 'tone')).toHaveLength(tones.length);
});

test('pausing cancels the tones ahead; resuming schedules the rest again, later by the pause', async ({ page }) => {
  await recordCoaching(page);
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);
  await page.clock.runFor(10_000);
  await page.getByRole('button', { name: 'Pause' }).click();
  const scheduled = await recorded(page, 'tone');
  expect(scheduled.filter((t) => t.at! > 10).every((t) => t.cancelled)).toBe(true);

  await page.clock.runFor(30_000);
  await page.getByRole('button', { name: 'Resume' }).click();
  const again = (await live(page)).filter((t) => t.t > scheduled[0].t);
  expect(again).toHaveLength(scheduled.length - 1);
  expect(again.find((t) => t.value === HOLD_START_HZ)!.at).toBeCloseTo(193 + 30, 3);
});

test('with the screen off the session keeps its time, and on return a notice says what happened', async ({ page }) => {
  await recordCoaching(page);
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);
  await setHidden(page, true);
  await page.clock.runFor(200_000);
  // Hidden, the page does not even count down: the audio clock carries the cues.
  await expect(page.getByRole('heading', { name: 'Warm up' })).toBeVisible();
  await setHidden(page, false);
  const notice = page.getByText('While the screen was off: Warm-up finished. Now: Wall Slides · Rep 1 of 6 · Slide up.');
  await expect(notice).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Slide up' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back' })).toBeVisible();
  await page.screenshot({ path: 'docs/screen-off-notice.png' });

  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { name: 'Hold' })).toBeVisible();
});

test('a voice user hears tones while the screen is off, and only the voice once it is on', async ({ page }) => {
  await recordCoaching(page);
  await open(page);
  await acknowledgeSafety(page);
  await page.getByRole('switch', { name: /Sound/ }).click();
  await begin(page);
  expect(await recorded(page, 'tone')).toEqual([]);
  await setHidden(page, true);
  const whileOff = await live(page);
  expect(whileOff.length).toBeGreaterThan(100);
  await page.clock.runFor(5_000);
  await setHidden(page, false);
  // What is left is what had begun by then (the first step's tone, at 0 s).
  expect((await live(page)).filter((t) => t.at! > 5.1)).toEqual([]);
});

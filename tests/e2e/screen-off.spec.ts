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

/** A first visit with the outputs recorded, the Sound switch turned off if asked, and Start. */
async function startRecorded(
  page: Page,
  { voices = true, soundOff = false }: { voices?: boolean | 'late'; soundOff?: boolean } = {},
): Promise<void> {
  await recordCoaching(page, { voices });
  await open(page);
  await acknowledgeSafety(page);
  if (soundOff) await page.getByRole('switch', { name: /Sound/ }).click();
  await begin(page);
}

const live = async (page: Page) => (await recorded(page, 'tone')).filter((t) => !t.cancelled);

test('a session schedules every tone ahead on the audio clock, at its moment in the plan', async ({ page }) => {
  await startRecorded(page);
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
  await startRecorded(page);
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
  await startRecorded(page);
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
  await startRecorded(page, { soundOff: true });
  expect(await recorded(page, 'tone')).toEqual([]);
  await setHidden(page, true);
  const whileOff = await live(page);
  expect(whileOff.length).toBeGreaterThan(100);
  await page.clock.runFor(5_000);
  await setHidden(page, false);
  // What is left is what had begun by then (the first step's tone, at 0 s).
  expect((await live(page)).filter((t) => t.at! > 5.1)).toEqual([]);
});

const CHIME_HZ = ['523', '659', '784'];

test('the finishing chime plays all three notes when the session ends on the tick of its moment', async ({ page }) => {
  await startRecorded(page);
  await page.clock.runFor(477_000);
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
  // The session ends 476 s in; the chime's notes start then, 0.17 s and 0.34 s later.
  const chime = (await recorded(page, 'tone')).filter((t) => CHIME_HZ.includes(t.value) && Math.abs(t.at! - 476.17) < 0.5);
  expect(chime.map((t) => [t.value, t.cancelled ?? false])).toEqual([
    ['523', false],
    ['659', false],
    ['784', false],
  ]);
});

test('skipping past the last step plays the finishing chime at once', async ({ page }) => {
  await startRecorded(page);
  await page.clock.runFor(1_000);
  const done = page.getByRole('heading', { name: 'Well done' });
  for (let step = 0; step < 100 && !(await done.isVisible()); step++) {
    await page.getByRole('button', { name: 'Skip' }).click();
  }
  await expect(done).toBeVisible();
  // The clock stood still at 1 s while the steps were skipped; each skipped step's own tone
  // sounded then too (the switches between legs are 523 Hz as well).
  const chime = (await live(page)).filter((t) => ['659', '784'].includes(t.value) && t.at! < 2);
  expect(chime.map((t) => [t.value, t.at!.toFixed(2)])).toEqual([
    ['659', '1.17'],
    ['784', '1.34'],
  ]);
});

test('after a reload mid-session the first tap plays what is ahead, not the tones that fell due before it', async ({ page }) => {
  await startRecorded(page);
  await page.clock.runFor(170_000);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Warm up' })).toBeVisible();
  // The warm-up ends at 180 s and Wall Slides run on; no tap has unlocked the audio yet.
  await page.clock.runFor(40_000);
  expect(await recorded(page, 'tone')).toEqual([]);
  await page.locator('.player').click();
  const tones = await recorded(page, 'tone');
  // The audio clock starts at the tap: anything at 0 was a tone due before it, played late.
  expect(tones.length).toBeGreaterThan(50);
  expect(tones.filter((t) => t.at! < 0.01)).toEqual([]);
});

test('a schedule made again just before a tone does not play that tone twice', async ({ page }) => {
  await startRecorded(page);
  // 50 ms before the first hold's tone (193 s in), the page is hidden and shown again.
  await page.clock.runFor(192_950);
  await setHidden(page, true);
  await setHidden(page, false);
  await page.clock.runFor(1_000);
  const holdStarts = (await live(page)).filter((t) => t.value === HOLD_START_HZ && Math.abs(t.at! - 193) < 0.5);
  expect(holdStarts).toHaveLength(1);
});

test('a voice that arrives late takes over from the tones, never both at once', async ({ page }) => {
  await startRecorded(page, { voices: 'late', soundOff: true });
  // No voice yet: tones coach the voice user.
  expect((await live(page)).length).toBeGreaterThan(100);
  expect(await recorded(page, 'say')).toEqual([]);

  await page.clock.runFor(2_000);
  await page.evaluate(() => (window as any).__voicesArrive());
  await page.clock.runFor(200_000);
  // From the voice's arrival on, the voice alone: every tone after 2.1 s was cancelled.
  expect((await live(page)).filter((t) => t.at! > 2.1)).toEqual([]);
  expect((await recorded(page, 'say')).length).toBeGreaterThan(5);
});

import type { Page } from '@playwright/test';
import { acknowledgeSafety, begin, open } from './app';
import { recordCoaching, recorded } from './coach-recorder';
import { expect, test } from './fixtures';

/** The WAV a recorded track played: its length in seconds and when each sound begins. */
async function trackOf(page: Page, url: string): Promise<{ seconds: number; onsets: number[] }> {
  return page.evaluate(async (url) => {
    const bytes = new DataView(await (window as any).__blobs[url].arrayBuffer());
    const rate = bytes.getUint32(24, true);
    const count = (bytes.byteLength - 44) / 2;
    // A sound begins where a loud sample follows 50 ms without one.
    const onsets: number[] = [];
    let lastLoud = -Infinity;
    for (let i = 0; i < count; i++) {
      if (Math.abs(bytes.getInt16(44 + 2 * i, true)) <= 1000) continue;
      if (i - lastLoud > rate * 0.05) onsets.push(i / rate);
      lastLoud = i;
    }
    return { seconds: count / rate, onsets };
  }, url);
}

async function startWithTrack(page: Page): Promise<void> {
  await recordCoaching(page, { track: true });
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);
}

test('the coming cues play as one track, at their moments, and Web Audio stands down', async ({ page }) => {
  await startWithTrack(page);
  const [track] = await recorded(page, 'track');
  const { seconds, onsets } = await trackOf(page, track.value);
  // The whole session (476 s), its chime (0.64 s) and 0.2 s after it.
  expect(seconds).toBeCloseTo(476.84, 2);
  // The first step's tone at once, then Wall Slides at 180 s, the first hold at 193 s.
  expect(onsets[0]).toBeLessThan(0.01);
  expect(onsets.some((t) => Math.abs(t - 193) < 0.02)).toBe(true);
  // Web Audio's own schedule was cancelled once the track played (the tone already on its
  // way at 0 s is left to finish).
  const live = (await recorded(page, 'tone')).filter((t) => !t.cancelled && t.at! > 0.2);
  expect(live).toEqual([]);
});

test('the lock screen shows the step and its buttons work the player', async ({ page }) => {
  await startWithTrack(page);
  const shown = async () => (await recorded(page, 'media')).map((m) => m.value).at(-1);
  expect(await shown()).toBe('Warm up | Warm-up | Step 1 of 65');

  await page.evaluate(() => (window as any).__press('pause'));
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  expect((await recorded(page)).at(-1)?.kind).toBe('track-pause');

  await page.evaluate(() => (window as any).__press('nexttrack'));
  await expect(page.getByRole('heading', { name: 'Get in position' })).toBeVisible();
  expect(await shown()).toBe('Get in position | Wall Slides · Rep 1 of 6 | Step 2 of 65');

  await page.evaluate(() => (window as any).__press('play'));
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const tracks = await recorded(page, 'track');
  expect(tracks).toHaveLength(2);
  // Resumed at "Get in position" (5 s) with the rest of the session after it: 296 s.
  expect((await trackOf(page, tracks[1].value)).seconds).toBeCloseTo(296.84, 2);

  await page.evaluate(() => (window as any).__press('previoustrack'));
  await expect(page.getByRole('heading', { name: 'Warm up' })).toBeVisible();

  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await page.getByRole('button', { name: 'End session' }).click();
  expect(await shown()).toBe('none');
});

import { acknowledgeSafety, begin, open, T0 } from './app';
import { recordCoaching, recorded } from './coach-recorder';
import { expect, test } from './fixtures';

const COUNTDOWN_HZ = '1320';

test('a full session beeps, speaks and vibrates on schedule and keeps the screen on', async ({ page }) => {
  await recordCoaching(page);
  await open(page);
  await acknowledgeSafety(page);
  expect(await recorded(page, 'audio')).toEqual([]);
  await begin(page);
  await expect(page.getByText('Screen stays on')).toBeVisible();
  await page.clock.runFor(477_000);
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();

  const audio = (await recorded(page, 'audio')).map((r) => r.value);
  expect(audio.slice(0, 2)).toEqual(['created', 'resumed']);
  const tones = await recorded(page, 'tone');
  // 28 step starts, 16 hold starts, 16 two-note hold ends, 5 two-note switches,
  // 48 countdown seconds and a three-note finish.
  expect(tones).toHaveLength(28 + 16 + 32 + 10 + 48 + 3);
  expect(tones.filter((t) => t.value === COUNTDOWN_HZ)).toHaveLength(48);

  const said = (await recorded(page, 'say')).map((r) => r.value);
  expect(said).toHaveLength(65 + 48 + 1);
  expect(said[0]).toBe('Warm up. March easily on the spot, then stretch gently. Skip when you feel warm.');
  const firstHold = said.indexOf('Hold for 5 seconds.');
  expect(said.slice(firstHold - 1, firstHold + 5)).toEqual([
    'Slide down. Slide down the wall to a half crouch, knees at 90°.',
    'Hold for 5 seconds.',
    '3',
    '2',
    '1',
    'Slide up. Slide back up the wall.',
  ]);
  const right = said.indexOf('Right leg. Tighten and raise it.');
  expect(said.slice(right, right + 8)).toEqual([
    'Right leg. Tighten and raise it.',
    'Hold for 10 seconds.',
    '3',
    '2',
    '1',
    'Lower. Lower your right leg to the floor.',
    'Switch legs. Relax. The left leg is next.',
    'Left leg. Tighten and raise it.',
  ]);
  expect(said.at(-1)).toBe('Well done. Routine complete.');

  // Timing: the first wall-slide hold is announced exactly 193 s after Start.
  const holdAt = (await recorded(page, 'say')).find((r) => r.value === 'Hold for 5 seconds.')!.t;
  expect(holdAt - T0).toBe(193_000);

  const vibrations = await recorded(page, 'vibrate');
  expect(vibrations).toHaveLength(16 + 16 + 5 + 1);
  expect(vibrations[0].value).toBe('[250]');

  expect((await recorded(page, 'wake-request')).length).toBe(1);
  expect((await recorded(page, 'wake-release')).length).toBe(1);
});

test('pausing releases the wake lock and resuming takes it again; space toggles', async ({ page }) => {
  await recordCoaching(page);
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);
  await expect(page.getByText('Screen stays on')).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByText('Screen stays on')).toBeHidden();
  expect(await recorded(page, 'wake-release')).toHaveLength(1);

  await page.locator('body').focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByText('Screen stays on')).toBeVisible();
  expect(await recorded(page, 'wake-request')).toHaveLength(2);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
});

test('the sound and voice switches silence their output and are remembered', async ({ page }) => {
  await recordCoaching(page);
  await open(page);
  await acknowledgeSafety(page);
  await page.getByRole('switch', { name: /Sound/ }).click();
  await page.getByRole('switch', { name: /Voice/ }).click();
  await page.reload();
  await expect(page.getByRole('switch', { name: /Sound/ })).not.toBeChecked();
  await expect(page.getByRole('switch', { name: /Voice/ })).not.toBeChecked();

  await begin(page);
  await page.clock.runFor(200_000);
  expect(await recorded(page, 'tone')).toEqual([]);
  expect(await recorded(page, 'say')).toEqual([]);
  expect((await recorded(page, 'vibrate')).length).toBeGreaterThan(0);
});

test('where no voice exists, tones coach instead, even with sound off', async ({ page }) => {
  await recordCoaching(page, { voices: false });
  await open(page);
  await acknowledgeSafety(page);
  await page.getByRole('switch', { name: /Sound/ }).click();
  await begin(page);
  await page.clock.runFor(200_000);
  expect(await recorded(page, 'say')).toEqual([]);
  expect((await recorded(page, 'tone')).length).toBeGreaterThan(0);
});

test('without a wake lock the player says so honestly', async ({ page }) => {
  await recordCoaching(page, { wakeLock: false });
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);
  await expect(page.getByText("This browser can't keep the screen on")).toBeVisible();
});

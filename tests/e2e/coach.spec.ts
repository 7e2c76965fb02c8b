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

test('"Flash the screen" flashes once as each hold starts and ends, and is remembered', async ({ page }) => {
  await page.addInitScript(() => {
    const flashes: number[] = ((window as any).__flashes = []);
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (...args: Parameters<Element['animate']>) {
      if (this.classList.contains('flash')) flashes.push(Date.now());
      return animate.apply(this, args);
    };
  });
  await open(page);
  await acknowledgeSafety(page);
  const flashes = () => page.evaluate(() => ((window as any).__flashes as number[]).map((t) => t - (window as any).__start));
  const flashSwitch = page.getByRole('switch', { name: /Flash the screen/ });
  await expect(flashSwitch).not.toBeChecked();

  // Off: no flash at the first hold.
  await begin(page);
  await page.evaluate(() => ((window as any).__start = Date.now()));
  await page.clock.runFor(200_000);
  expect(await flashes()).toEqual([]);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Done' }).click();

  await flashSwitch.click();
  await page.getByRole('group', { name: 'Coaching' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/flash-setting.png' });
  await page.reload();
  await expect(flashSwitch).toBeChecked();
  await begin(page);
  await page.evaluate(() => ((window as any).__start = Date.now()));
  await page.clock.runFor(193_000);
  // The flash at its brightest, for the record.
  await page.evaluate(() => {
    const animation = document.querySelector('.flash')!.getAnimations()[0];
    animation.pause();
    animation.currentTime = 200;
  });
  await page.screenshot({ path: 'docs/flash.png' });
  await page.evaluate(() => document.querySelector('.flash')!.getAnimations().forEach((a) => a.cancel()));
  await page.clock.runFor(7_000);
  // The first hold starts 193 s in and ends 5 s later.
  expect(await flashes()).toEqual([193_000, 198_000]);
});

import { acknowledgeSafety, begin, completeSession, open, shown, stopEarly, T0 } from './app';
import { expect, test } from './fixtures';

const KEY = 'lumbar.progress';
const storedHistory = (page: import('@playwright/test').Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').progress?.history ?? [], KEY);

test('two tabs finishing sessions both end up in history', async ({ context }) => {
  const first = await context.newPage();
  await open(first);
  await acknowledgeSafety(first);
  const second = await context.newPage();
  await open(second);
  await expect(second.getByRole('heading', { name: 'Lower-back routine' })).toBeVisible();

  await completeSession(first);
  await stopEarly(second);

  const outcomes = (await storedHistory(second)).map((r: { outcome: string }) => r.outcome).sort();
  expect(outcomes).toEqual(['completed', 'stopped']);
  // The first tab saw the second tab's session arrive without a reload.
  await expect(first.getByTestId('last-session')).toContainText('stopped early');
  await expect(first.getByTestId('streak')).toHaveText('1 day');
});

test('after 5 minutes hidden the player shows exactly where the clock is', async ({ page }) => {
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);
  await page.clock.runFor(10_000);
  // Phones hold back timers of hidden pages; jump the clock and come back to the page.
  await page.clock.fastForward(305_000);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  // 315 s after Start: the first switch to the left leg, 3 s long.
  expect(await shown(page)).toEqual({ exercise: 'Leg Raise', phase: 'Switch legs', position: 'Right leg — round 1 of 5', timer: '3' });
});

test('a hidden page runs no timers, and shows the right second when it is seen again', async ({ page }) => {
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);
  await page.clock.runFor(10_000);
  const timer = page.locator('[role=timer]');
  await expect(timer).toHaveText('2:50');
  await page.evaluate(() => {
    const counted = window as unknown as Record<string, unknown> & { __wakeUps: number };
    counted.__wakeUps = 0;
    for (const name of ['setTimeout', 'setInterval', 'requestAnimationFrame']) {
      const original = counted[name] as (...args: unknown[]) => number;
      counted[name] = (...args: unknown[]) => {
        counted.__wakeUps += 1;
        return original(...args);
      };
    }
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.clock.runFor(60_000);
  await expect(timer).toHaveText('2:50');
  expect(await page.evaluate(() => (window as unknown as { __wakeUps: number }).__wakeUps)).toBe(0);

  await page.evaluate(() => {
    delete (document as unknown as Record<string, unknown>).visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(timer).toHaveText('1:50');
  await page.clock.runFor(1_000);
  await expect(timer).toHaveText('1:49');
});

test('after 10 minutes hidden the finished session is already in history', async ({ page }) => {
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);
  await page.clock.fastForward(600_000);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
  expect((await storedHistory(page)).map((r: { steps_done: number }) => r.steps_done)).toEqual([65]);
});

test('a clock set back an hour mid-session: no negative countdown, sane history', async ({ page }) => {
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);
  await page.clock.runFor(60_000);
  await expect(page.locator('[role=timer]')).toHaveText('2:00');
  await page.clock.setSystemTime(T0 + 60_000 - 3_600_000);
  // The tick that sees the jump cannot tell it from the second that passed: it keeps 2:00.
  await page.clock.runFor(1_000);
  await expect(page.locator('[role=timer]')).toHaveText('2:00');
  await page.clock.runFor(1_000);
  await expect(page.locator('[role=timer]')).toHaveText('1:59');
  await page.clock.runFor(420_000);
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
  const [record] = await storedHistory(page);
  expect(record.active_ms).toBe(476_000);
  expect(record.ended_at_ms - record.started_at_ms).toBe(476_000);
});

test('a full disk: the user is told, and what was stored is kept', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as any).__diskFull && key === 'lumbar.progress') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  await open(page);
  await acknowledgeSafety(page);
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
  await page.evaluate(() => ((window as any).__diskFull = true));
  await begin(page);
  await expect(page.getByRole('status')).toContainText('could not save your latest progress');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);

  await page.evaluate(() => ((window as any).__diskFull = false));
  await page.getByRole('button', { name: 'Skip' }).click();
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!).progress.active.step_index).toBe(1);
});

test('a crash shows a way out, the panic and the data, not a blank page', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await open(page);
  await acknowledgeSafety(page);
  await page.goto('/?crash-test');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Something went wrong');
  // The panic's message and place, on one line to copy, and the same line in the console.
  const report = alert.locator('code');
  await expect(report).toHaveText(/^Lumbar 0\.1\.0 \(build [0-9a-f]{12}\) panicked at src\/main\.rs:\d+:\d+: crash test requested by the address \(\?crash-test\)$/);
  expect(errors).toContain(await report.textContent());
  await expect(page.getByRole('link', { name: 'Reload' })).toHaveAttribute('href', './');
  const href = await page.getByRole('link', { name: 'Download my data' }).getAttribute('href');
  const data = JSON.parse(decodeURIComponent(href!.replace('data:application/json,', '')));
  expect(JSON.parse(data[KEY]).progress.safety_acknowledged_at_ms).toBeGreaterThan(0);
});

test('a full disk with old detail: the save is retried after compacting, and sessions are all kept', async ({ page }) => {
  // Storage "holds" at most as many characters as the seeded data: anything larger fails.
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      const limit = (window as any).__quota as number | undefined;
      if (limit !== undefined && key === 'lumbar.progress' && value.length > limit) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  await open(page);
  await acknowledgeSafety(page);
  const routine = (hold: number) => ({ wall_slide_hold_secs: hold, wall_slide_reps: 6, leg_raise_hold_secs: 10, leg_raise_rounds_per_leg: 5, warm_up_secs: 180, rest_secs: 5 });
  const changes = Array.from({ length: 30 }, (_, i) => ({
    at_ms: T0 - (30 - i) * 60_000,
    from: routine(5 + (i % 2)),
    to: routine(6 - (i % 2)),
    reason: 'changed_by_you',
  }));
  const seeded = JSON.stringify({
    version: 2,
    progress: { safety_acknowledged_at_ms: T0 - 1, history: [], routine: routine(5), routine_changes: changes },
  });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, seeded]);
  await page.reload();
  await page.evaluate((limit) => ((window as any).__quota = limit), seeded.length);
  await completeSession(page);
  await expect(page.locator('.notice').filter({ hasText: 'let go of the oldest entries' })).toBeVisible();
  const progress = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!).progress;
  expect(progress.history).toHaveLength(1);
  expect(progress.routine_changes).toHaveLength(10);
  expect(progress.routine_changes[9]).toEqual(changes[29]);
});

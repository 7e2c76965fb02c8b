import { expect, test } from './fixtures';
import { acknowledgeSafety, begin, expectedSteps, open, reloadMidLegRaiseHold, shown, T0 } from './app';

test('the safety screen shows once and is remembered', async ({ page }) => {
  await open(page);
  await acknowledgeSafety(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Lower-back routine' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Before you start' })).toHaveCount(0);
  await expect(page.getByText('2 exercises · about 8 minutes')).toBeVisible();
});

test('a whole session runs from Start to finish with every step in order', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);

  const seen: string[] = [];
  for (let second = 0; second <= 476; second++) {
    const now = await shown(page);
    if (!now.phase) break;
    const step = `${now.exercise} / ${now.phase} / ${now.position}`;
    if (seen.at(-1) !== step) seen.push(step);
    await page.clock.runFor(1000);
  }
  expect(seen).toEqual(expectedSteps());

  await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
  await expect(page.getByText('65 of 65')).toBeVisible();
  await expect(page.getByText('8 min')).toBeVisible();
  await expect(page.getByTestId('finish-streak')).toHaveText('1 day');

  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('streak')).toHaveText('1 day');
  await expect(page.getByTestId('last-session')).toHaveText('Mon 23 Nov 2026 · 8 min · completed');

  await page.reload();
  await expect(page.getByTestId('streak')).toHaveText('1 day');
  await expect(page.getByTestId('last-session')).toHaveText('Mon 23 Nov 2026 · 8 min · completed');
});

test('a reload in the middle of a leg-raise hold resumes the same side, round and time', async ({ page }) => {
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);
  await reloadMidLegRaiseHold(page);
});

test('pause stops the clock exactly and resume continues from the same second', async ({ page }) => {
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(page.locator('.phase')).toHaveText('Hold');
  await page.clock.runFor(2_500);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.locator('[role=timer]')).toHaveText('3');
  await page.clock.runFor(60_000);
  await expect(page.locator('[role=timer]')).toHaveText('3');
  await expect(page.locator('.phase')).toHaveText('Hold');
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(2_400);
  await expect(page.locator('.phase')).toHaveText('Hold');
  await page.clock.runFor(200);
  await expect(page.locator('.phase')).toHaveText('Slide up');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('.phase')).toHaveText('Hold');
  await expect(page.locator('[role=timer]')).toHaveText('5');
});

test('stopping asks first, then records the session as stopped early', async ({ page }) => {
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);
  await page.clock.runFor(30_000);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.runFor(10_000);
  await page.getByRole('button', { name: 'Keep going' }).click();
  await expect(page.locator('[role=timer]')).toHaveText('2:30');
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
  await expect(page.getByText('0 of 65')).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('streak')).toHaveText('0 days');
  await expect(page.getByTestId('last-session')).toHaveText('Mon 23 Nov 2026 · 30 s · stopped early');
});

test('a session abandoned for hours is recorded as stopped instead of resumed', async ({ page }) => {
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);
  await page.clock.runFor(200_000);
  await page.clock.setFixedTime(T0 + 5 * 3_600_000);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Lower-back routine' })).toBeVisible();
  await expect(page.getByTestId('last-session')).toContainText('stopped early');
});

test('"Stop — this hurts" ends at once, gives the advice and records why', async ({ page }) => {
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);
  await page.clock.runFor(200_000);
  await page.getByRole('button', { name: 'Stop — this hurts' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Stop here for today' })).toBeVisible();
  await expect(page.getByText('talk to your doctor before you do these exercises again')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Get medical help now if the answer to any of these is yes' })).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('last-session')).toHaveText('Mon 23 Nov 2026 · 3 min · stopped for pain');
  const [record] = await page.evaluate(() => JSON.parse(localStorage.getItem('lumbar.progress')!).progress.history);
  expect(record).toMatchObject({ outcome: 'stopped', stopped_for_pain: true });
});

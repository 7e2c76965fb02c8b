import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { acknowledgeSafety, begin, choose, completeSession, open, T0 } from './app';
import { expect, test } from './fixtures';

const KEY = 'lumbar.progress';
const DAY = 86_400_000;

const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').progress, KEY);

/** Replaces stored progress once the app's own first save is done, then reloads. */
async function seed(page: Page, progress: object) {
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), KEY)).not.toBeNull();
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify({ version: 2, progress })]);
  await page.reload();
}

function record(startedAt: number, extra: object = {}) {
  return {
    started_at_ms: startedAt,
    ended_at_ms: startedAt + 476_000,
    active_ms: 476_000,
    utc_offset_min: 0,
    outcome: 'completed',
    steps_done: 65,
    steps_total: 65,
    ...extra,
  };
}

/** Runs a session that started with `pain` and answers the questions after it. */
async function sessionWithCheckIns(page: Page, before: number, after: number, feel: string) {
  await begin(page, before);
  await page.clock.runFor(477_000);
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
  await choose(page, 'How is your back now? 0 to 10', String(after));
  await choose(page, 'How did that feel?', feel);
  await page.getByRole('button', { name: 'Save answers' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'answers are saved' })).toBeVisible();
}

test('check-ins before and after are recorded, listed and charted', async ({ page }) => {
  await open(page);
  await acknowledgeSafety(page);
  await sessionWithCheckIns(page, 6, 3, 'About right');
  await page.getByRole('button', { name: 'Done' }).click();
  const [saved] = (await stored(page)).history;
  expect([saved.pain_before, saved.pain_after, saved.feel]).toEqual([6, 3, 'about_right']);

  await page.clock.runFor(DAY);
  await sessionWithCheckIns(page, 4, 2, 'Easy');
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'See your history' }).click();
  await expect(page.getByTestId('pain-chart')).toHaveAttribute(
    'aria-label',
    'Pain over your last 2 sessions with answers, Mon 23 Nov 2026 to Tue 24 Nov 2026: before, from 6 to 4; after, from 3 to 2.',
  );
  await expect(page.locator('.chart .line.before')).toHaveAttribute('d', 'M24 50L292 70');
  await expect(page.locator('.chart .line.after')).toHaveAttribute('d', 'M24 80L292 90');
  await expect(page.getByTestId('recent-sessions').locator('li').first()).toHaveText(
    'Tue 24 Nov 2026 · completed · pain 4 → 2 · easy',
  );
  await expect(page.getByTestId('month-days').locator('.day.done')).toHaveText(['23', '24']);
  await expect(page.locator('.stats')).toContainText('Best streak2 days');
});

test('both questions can be skipped and the session is still kept', async ({ page }) => {
  await open(page);
  await acknowledgeSafety(page);
  await completeSession(page);
  const [saved] = (await stored(page)).history;
  expect(saved.outcome).toBe('completed');
  expect('pain_before' in saved || 'pain_after' in saved || 'feel' in saved).toBe(false);
  await page.getByRole('button', { name: 'See your history' }).click();
  await expect(page.locator('.chart-empty')).toBeVisible();
});

test('ten years of daily sessions open the history at once and add up', async ({ page }, testInfo) => {
  await open(page);
  await acknowledgeSafety(page);
  const history = Array.from({ length: 3650 }, (_, i) => {
    const day = T0 - (3649 - i) * DAY;
    return record(day, { pain_before: 3 + (i % 4), pain_after: 2 + (i % 3), feel: 'about_right' });
  });
  await seed(page, { safety_acknowledged_at_ms: T0 - 3650 * DAY, history });
  await page.getByRole('button', { name: 'See your history' }).click();
  const stats = page.locator('.stats');
  await expect(stats).toContainText('Current streak3650 days');
  await expect(stats).toContainText('Best streak3650 days');
  await expect(stats).toContainText('Sessions3650 (3650 completed)');
  await expect(stats).toContainText(`Time exercising${Math.round((3650 * 476) / 60)} min`);
  await expect(page.locator('.chart .dots.before')).toHaveAttribute('d', /^(M\d+ \d+h0){30}$/);
  await page.getByRole('button', { name: 'Previous month' }).click();
  await expect(page.locator('#month-title')).toHaveText('October 2026');
  await expect(page.getByTestId('month-days').locator('.day.done')).toHaveCount(31);
  await page.screenshot({ path: testInfo.outputPath('history-ten-years.png'), fullPage: true });
});

test('progression adds hold time after three comfortable sessions, and the change can be undone', async ({ page }) => {
  await open(page);
  await acknowledgeSafety(page);
  const comfortable = { pain_before: 3, pain_after: 2, feel: 'easy' };
  await seed(page, {
    safety_acknowledged_at_ms: T0 - 10 * DAY,
    history: [record(T0 - 2 * DAY, comfortable), record(T0 - DAY, comfortable)],
    progression: true,
  });
  await sessionWithCheckIns(page, 3, 2, 'About right');
  await expect(page.getByRole('status').filter({ hasText: 'Your routine changed' })).toContainText(
    'Wall Slides: hold 5 s → 7 s (after 3 comfortable sessions in a row).',
  );
  expect((await stored(page)).routine.wall_slide_hold_secs).toBe(7);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('.exercise-card').nth(1)).toContainText('hold for a count of 7');

  await page.getByText('Your routine', { exact: true }).click();
  await page.getByTestId('routine-changes').getByRole('button', { name: 'Undo' }).click();
  expect((await stored(page)).routine.wall_slide_hold_secs).toBe(5);
  await expect(page.getByTestId('routine-changes')).toContainText('Wall Slides: hold 5 s → 7 s (after 3 comfortable sessions in a row) — undone');
  await expect(page.locator('.exercise-card').nth(1)).toContainText('hold for a count of 5');
});

test('a stop for pain eases a raised routine at once', async ({ page }) => {
  await open(page);
  await acknowledgeSafety(page);
  await seed(page, {
    safety_acknowledged_at_ms: T0 - 10 * DAY,
    history: [],
    progression: true,
    routine: { wall_slide_hold_secs: 9, wall_slide_reps: 6, leg_raise_hold_secs: 12, leg_raise_rounds_per_leg: 5, warm_up_secs: 180, rest_secs: 5 },
  });
  await begin(page);
  await page.getByRole('button', { name: 'Stop — this hurts' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your routine changed' })).toContainText(
    'Wall Slides: hold 9 s → 7 s; Leg Raise: hold 12 s → 10 s (eased after a hard or painful session).',
  );
  const progress = await stored(page);
  expect(progress.history[0].stopped_for_pain).toBe(true);
  expect(progress.routine.wall_slide_hold_secs).toBe(7);
});

test('routine settings refuse unsafe numbers with a clear message and reset to the seed', async ({ page }) => {
  await open(page);
  await acknowledgeSafety(page);
  await page.getByText('Your routine', { exact: true }).click();
  const hold = page.getByLabel('Wall Slides: hold');
  await hold.fill('45');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Wall Slides: hold must be a whole number from 3 to 30 s.');
  expect((await stored(page)).routine.wall_slide_hold_secs).toBe(5);
  expect((await stored(page)).routine_changes).toBeUndefined();

  await hold.fill('8');
  await page.getByLabel('Rest between repetitions').fill('10');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  expect((await stored(page)).routine).toMatchObject({ wall_slide_hold_secs: 8, rest_secs: 10 });
  await expect(page.locator('.exercise-card').nth(1)).toContainText('hold for a count of 8');
  await expect(page.getByTestId('routine-changes')).toContainText('Wall Slides: hold 5 s → 8 s; Rest between repetitions 5 s → 10 s (changed by you)');

  await page.getByRole('button', { name: 'Reset to the routine as written' }).click();
  expect((await stored(page)).routine).toMatchObject({ wall_slide_hold_secs: 5, rest_secs: 5 });
  await expect(hold).toHaveValue('5');
  await begin(page);
  await page.clock.runFor(180_000 + 10_000 + 3_000);
  await expect(page.locator('[role=timer]')).toHaveText('5');
});

test('a reminder downloads as an iCalendar file with the chosen days and time', async ({ page }) => {
  await open(page);
  await acknowledgeSafety(page);
  await page.getByText('Reminders', { exact: true }).click();
  const days = page.locator('.reminders .chip');
  await days.filter({ hasText: 'Mon' }).click();
  await days.filter({ hasText: 'Sat' }).click();
  await page.getByLabel('Time', { exact: true }).fill('18:30');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar reminder' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('lumbar-reminder.ics');
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text).toContain('\r\nRRULE:FREQ=WEEKLY;BYDAY=WE,FR,SA\r\n');
  expect(text).toContain('\r\nDTSTART:20261125T183000\r\n');
  await expect(page.getByRole('status').filter({ hasText: 'Open the downloaded file' })).toBeVisible();

  for (const day of ['Wed', 'Fri', 'Sat']) await days.filter({ hasText: day }).click();
  await page.getByRole('button', { name: 'Download calendar reminder' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose at least one day for the reminder.');
});

for (const [answer, message] of [
  [true, 'agreed to keep'],
  [false, 'may clear'],
] as const) {
  test(`after the first completed session the browser is asked to keep the data (answer ${answer})`, async ({ page }) => {
    await page.addInitScript((granted) => {
      (window as unknown as { persistCalls: number }).persistCalls = 0;
      navigator.storage.persist = async () => {
        (window as unknown as { persistCalls: number }).persistCalls += 1;
        return granted;
      };
    }, answer);
    await open(page);
    await acknowledgeSafety(page);
    await completeSession(page);
    await expect(page.locator('.notice').filter({ hasText: message })).toBeVisible();
    await completeSession(page);
    expect(await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls)).toBe(1);
  });
}

import { acknowledgeSafety, begin, fitsAt200Percent, open, stopEarly } from './app';
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';

const KEY = 'lumbar.progress';

test('a warning sign keeps the routine from starting until a doctor has checked, and is remembered', async ({ page }, testInfo) => {
  await open(page);
  await page.getByRole('button', { name: 'I understand' }).click();
  await expect(page.getByRole('heading', { name: 'Warning signs to check first' })).toBeVisible();
  await expect(page.getByText('They cannot tell what is causing your pain')).toBeVisible();
  await expectNoViolations(page, 'screening', testInfo);
  await page.getByText('Have you ever had cancer?').click();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { name: 'See a doctor first' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Have you ever had cancer?' })).toBeVisible();
  await expectNoViolations(page, 'screening-advice', testInfo);
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { name: 'Lower-back routine' })).toBeVisible();

  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'See a doctor first' })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'See a doctor first' })).toBeVisible();

  await page.getByRole('button', { name: /A doctor has checked me/ }).click();
  await expect(page.getByRole('heading', { name: 'How is your back right now?' })).toBeVisible();
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), KEY);
  expect(stored.version).toBe(3);
  expect(stored.progress.screening.yes).toEqual(['cancer-history']);
  expect(stored.progress.screening.doctor_checked_at_ms).toBeGreaterThanOrEqual(stored.progress.screening.answered_at_ms);
});

test('what has been ticked survives the app changing underneath (another tab saving)', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'I understand' }).click();
  await page.getByText('Have you ever had cancer?').click();
  const other = await page.context().newPage();
  await other.goto(page.url());
  await other.getByRole('switch', { name: /Sound/ }).click();
  await other.close();
  await expect(page.getByRole('checkbox', { name: 'Have you ever had cancer?' })).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'See a doctor first' })).toBeVisible();
});

test('an emergency sign says to call 999 now', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'I understand' }).click();
  await page.getByText(/numbness or tingling around your genitals/).click();
  await page.getByText('Have you ever had cancer?').click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Get medical help now' })).toBeVisible();
  await expect(page.getByText(/Call 999 or go to A&E now/)).toBeVisible();
});

test('lessons: one is offered after each session, in order, and each is marked read', async ({ page }, testInfo) => {
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Back pain is common, and it usually gets better' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back pain is common, and it usually gets better');
  await expectNoViolations(page, 'lesson', testInfo);
  await page.getByRole('button', { name: '‹ All lessons' }).click();
  await expect(page.getByRole('heading', { name: 'Learn about back pain' })).toBeVisible();
  const items = page.locator('.lesson-list li');
  await expect(items).toHaveCount(7);
  await expect(items.first()).toContainText('Read');
  await expect(items.nth(1)).not.toContainText('Read');
  await expectNoViolations(page, 'lessons', testInfo);
  await page.getByRole('button', { name: '‹ Home' }).click();

  await stopEarly(page);
  await expect(page.getByRole('heading', { name: 'Lower-back routine' })).toBeVisible();
  await begin(page);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.locator('.lesson-offer button')).toHaveText('Keep moving: bed rest does not help');
});

test('the warning signs and the lessons pass axe in dark mode and fit at 200% text size', async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page);
  await page.getByRole('button', { name: 'I understand' }).click();
  await expect(page.getByRole('heading', { name: 'Warning signs to check first' })).toBeVisible();
  await expectNoViolations(page, 'dark-screening', testInfo);
  expect(await fitsAt200Percent(page)).toBe(true);
  await page.getByText('Do you have chest pain?').click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Get medical help now' })).toBeVisible();
  await expectNoViolations(page, 'dark-screening-advice', testInfo);
  expect(await fitsAt200Percent(page)).toBe(true);
  await page.getByRole('button', { name: 'Change my answers' }).click();
  await page.getByText('Do you have chest pain?').click();
  await page.getByRole('button', { name: 'None of these apply to me' }).click();
  await page.getByRole('button', { name: 'Learn about back pain' }).click();
  await expectNoViolations(page, 'dark-lessons', testInfo);
  expect(await fitsAt200Percent(page)).toBe(true);
  await page.getByRole('button', { name: 'If you have a flare-up' }).click();
  await expectNoViolations(page, 'dark-lesson', testInfo);
  expect(await fitsAt200Percent(page)).toBe(true);
});

test('the summary for a clinician has the figures, the routine and the warning signs, and prints without the buttons', async ({ page }, testInfo) => {
  await open(page);
  await acknowledgeSafety(page);
  await stopEarly(page);
  await begin(page, 4);
  await page.getByRole('button', { name: 'Stop — this hurts' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Summary for your doctor or physio' }).click();

  const summary = page.locator('.summary');
  await expect(summary).toContainText('self-reported');
  await expect(summary.locator('.summary-figures')).toContainText('Sessions2, about 2.0 a week');
  await expect(summary.locator('.summary-figures')).toContainText('Stopped for pain1');
  await expect(summary.locator('tbody tr').first()).toContainText('stopped early');
  await expect(summary.locator('tbody tr').nth(1)).toContainText('stopped for pain4');
  await expect(summary).toContainText('Reported none of the warning signs.');
  await expectNoViolations(page, 'summary', testInfo);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(page, 'dark-summary', testInfo);
  await page.emulateMedia({ colorScheme: 'light' });

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(summary.locator('h1')).toBeVisible();
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: false });
    await testInfo.attach(`summary-${format}.pdf`, { body: pdf, contentType: 'application/pdf' });
    expect(pdf.length).toBeGreaterThan(1000);
  }
  // Nothing wider than the page: an A4 page less its margins is about 680 CSS pixels.
  await page.setViewportSize({ width: 680, height: 900 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});

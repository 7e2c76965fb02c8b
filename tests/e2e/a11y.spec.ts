import { acknowledgeSafety, begin, choose, fitsAt200Percent, open } from './app';
import { expectNoViolations } from './axe';
import { recordCoaching } from './coach-recorder';
import { expect, test } from './fixtures';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen passes axe in ${colorScheme} mode`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await recordCoaching(page);
    await open(page);
    await expectNoViolations(page, `${colorScheme}-safety`, testInfo);
    await acknowledgeSafety(page);
    await expectNoViolations(page, `${colorScheme}-home`, testInfo);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await choose(page, 'Pain right now, from 0 to 10', '7');
    await expect(page.getByRole('note')).toContainText('a lot of pain');
    await expectNoViolations(page, `${colorScheme}-check-in`, testInfo);
    await page.getByRole('button', { name: 'Start the routine' }).click();
    await expectNoViolations(page, `${colorScheme}-warm-up`, testInfo);
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByRole('button', { name: 'Pause' }).click();
    await expectNoViolations(page, `${colorScheme}-hold-paused`, testInfo);
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await expectNoViolations(page, `${colorScheme}-stop-dialog`, testInfo);
    await page.getByRole('button', { name: 'End session' }).click();
    await choose(page, 'How is your back now? 0 to 10', '4');
    await choose(page, 'How did that feel?', 'Hard');
    await expectNoViolations(page, `${colorScheme}-finish`, testInfo);
    await page.getByRole('button', { name: 'Save answers' }).click();
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'See your history' }).click();
    await expect(page.getByTestId('pain-chart')).toBeVisible();
    await expectNoViolations(page, `${colorScheme}-history`, testInfo);
    await page.getByRole('button', { name: '‹ Home' }).click();
    for (const panel of ['Your routine', 'Reminders']) await page.getByText(panel, { exact: true }).click();
    await expectNoViolations(page, `${colorScheme}-home-panels-open`, testInfo);
    await begin(page);
    await page.getByRole('button', { name: 'Stop — this hurts' }).click();
    await expectNoViolations(page, `${colorScheme}-pain-advice`, testInfo);
  });
}

test('at 200% text size nothing is cut off on the home screen or the player', async ({ page }) => {
  await recordCoaching(page);
  await open(page);
  await acknowledgeSafety(page);
  expect(await fitsAt200Percent(page)).toBe(true);
  await begin(page);
  await page.clock.runFor(300_000);
  expect(await fitsAt200Percent(page)).toBe(true);
  for (const name of ['Back', 'Pause', 'Skip', 'Stop', 'Stop — this hurts']) {
    const button = page.getByRole('button', { name, exact: true });
    await button.scrollIntoViewIfNeeded();
    await expect(button).toBeInViewport();
  }
});

test('each position has its picture (screenshots attached)', async ({ page }, testInfo) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await recordCoaching(page);
  await open(page);
  await acknowledgeSafety(page);
  await begin(page);
  const poses: [number, string, string][] = [
    // Seconds after Start: 1 warm-up, 185 getting in position, 194 first hold,
    // 290 getting on the floor, 305 right-leg hold, 323 left-leg hold.
    [1_000, 'standing', 'Standing upright, ready to warm up'],
    [184_000, 'at-wall', 'Standing with the back against a wall, feet shoulder-width apart'],
    [9_000, 'half-crouch', 'Half crouch against the wall, knees bent at 90 degrees'],
    [96_000, 'face-down', 'Lying face down on a mat, hands at the sides'],
    [15_000, 'right-leg-raised', 'Lying face down with the right leg raised'],
    [18_000, 'left-leg-raised', 'Lying face down with the left leg raised'],
  ];
  for (const [ms, name, description] of poses) {
    await page.clock.runFor(ms);
    await expect(page.getByRole('img', { name: description })).toBeVisible();
    // The working leg stands out in colour while it is raised.
    await expect(page.locator('.figure .raised')).toHaveCount(name.endsWith('leg-raised') ? 1 : 0);
    const path = testInfo.outputPath(`pose-${name}.png`);
    await page.screenshot({ path });
    await testInfo.attach(`pose-${name}.png`, { path, contentType: 'image/png' });
  }
});

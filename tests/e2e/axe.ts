import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the page as it is, attaches what it found, and expects nothing. */
export async function expectNoViolations(page: Page, screen: string, testInfo: TestInfo) {
  // axe schedules its own work with timers: let the fake clock flow while it runs.
  await page.clock.resume();
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  await testInfo.attach(`axe-${screen}.json`, { body: JSON.stringify(summary, null, 2), contentType: 'application/json' });
  expect(summary, `axe on ${screen}`).toEqual([]);
}


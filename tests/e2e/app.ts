import { expect, type Page } from '@playwright/test';

/** 2026-11-23 09:00 local time on the test machine's clock. */
export const T0 = new Date('2026-11-23T09:00:00').getTime();

/** Opens Lumbar on a paused fake clock: time moves only when a test says so. */
export async function open(page: Page, { at = T0, url = '/' } = {}): Promise<void> {
  // Installed a minute early: pausing must move forwards, and install itself takes time.
  await page.clock.install({ time: at - 60_000 });
  await page.clock.pauseAt(at);
  await page.goto(url);
}

/** Resolves once a service worker controls the page (first visit: after it claims it). */
export async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
  });
}

/** Taps an answer chip, as a finger does: the chip's label, inside the question's group. */
export async function choose(page: Page, question: string, answer: string): Promise<void> {
  await page.getByRole('group', { name: question }).getByText(answer, { exact: true }).click();
}

/**
 * Taps Start; answers the warning-sign questions "none" where they are due (stored progress
 * from before they existed, or more than 90 days old); then answers "How is your back right
 * now?" with `pain`, or skips it.
 */
export async function begin(page: Page, pain?: number): Promise<void> {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const checkIn = page.getByRole('heading', { name: 'How is your back right now?' });
  const screening = page.getByRole('heading', { name: 'Warning signs to check first' });
  await expect(checkIn.or(screening)).toBeVisible();
  if (await screening.isVisible()) {
    await page.getByRole('button', { name: 'None of these apply to me' }).click();
  }
  if (pain === undefined) {
    await page.getByRole('button', { name: 'Skip' }).click();
  } else {
    await choose(page, 'Pain right now', String(pain));
    await page.getByRole('button', { name: 'Start the routine' }).click();
  }
}

/** Starts a session, ends it at once through the stop dialog, and returns home. */
export async function stopEarly(page: Page): Promise<void> {
  await begin(page);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
}

/** Runs a whole session on the fake clock and returns to the home screen. */
export async function completeSession(page: Page): Promise<void> {
  await begin(page);
  await page.clock.runFor(477_000);
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
}

/** A first visit: the safety screen, then none of the warning signs. */
export async function acknowledgeSafety(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await page.getByRole('button', { name: 'I understand' }).click();
  await expect(page.getByRole('heading', { name: 'Warning signs to check first' })).toBeVisible();
  await page.getByRole('button', { name: 'None of these apply to me' }).click();
  await expect(page.getByRole('heading', { name: 'Lower-back routine' })).toBeVisible();
}

export interface Shown {
  exercise: string;
  phase: string;
  position: string;
  timer: string;
}

export async function shown(page: Page): Promise<Shown> {
  // One round trip: the whole-session test reads this 477 times.
  return page.evaluate(() => {
    const text = (selector: string) => (document.querySelector(selector)?.textContent ?? '').trim();
    return {
      exercise: text('.exercise-name'),
      phase: text('.phase'),
      position: text('.position'),
      timer: text('[role=timer]'),
    };
  });
}

/** The routine as the seed writes it, step by step, as the player should name it. */
export function expectedSteps(): string[] {
  const steps = ['Warm-up / Warm up / ', 'Wall Slides / Get in position / Rep 1 of 6'];
  for (let rep = 1; rep <= 6; rep++) {
    const at = `Rep ${rep} of 6`;
    steps.push(`Wall Slides / Slide down / ${at}`, `Wall Slides / Hold / ${at}`, `Wall Slides / Slide up / ${at}`);
    if (rep < 6) steps.push(`Wall Slides / Rest / ${at}`);
  }
  steps.push('Leg Raise / Get on the floor / ');
  for (let round = 1; round <= 5; round++) {
    for (const leg of ['Right', 'Left']) {
      const at = `${leg} leg — round ${round} of 5`;
      steps.push(`Leg Raise / Raise / ${at}`, `Leg Raise / Hold / ${at}`, `Leg Raise / Lower / ${at}`);
      if (leg === 'Right') steps.push(`Leg Raise / Switch legs / ${at}`);
    }
    if (round < 5) steps.push(`Leg Raise / Rest / Round ${round} of 5`);
  }
  return steps;
}

/**
 * From Start, runs to 3.4 s into the right leg's hold of round 2 (339 s to 349 s after Start),
 * reloads, and checks that the player shows the same hold with the same time, then that it
 * runs on to Lower.
 */
export async function reloadMidLegRaiseHold(page: Page): Promise<void> {
  await page.clock.runFor(342_400);
  const before = await shown(page);
  expect(before).toEqual({ exercise: 'Leg Raise', phase: 'Hold', position: 'Right leg — round 2 of 5', timer: '7' });

  await page.reload();
  await expect(page.locator('[role=timer]')).toHaveText('7');
  expect(await shown(page)).toEqual(before);
  await page.clock.runFor(6_600);
  await expect(page.locator('.phase')).toHaveText('Lower');
  await expect(page.locator('.position')).toHaveText('Right leg — round 2 of 5');
}

/** Sets the text size to 200 % and tells whether the page still fits its width. */
export async function fitsAt200Percent(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
    return document.documentElement.scrollWidth <= document.documentElement.clientWidth;
  });
}

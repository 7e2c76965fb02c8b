import { expect } from '@playwright/test';
import { resolve } from 'node:path';
import { expectedSteps } from '../e2e/app';
import { host, type StaticHost } from '../e2e/static-server';
import type { Engine } from './drivers';

const HARNESS = resolve(__dirname, 'harness.js');
const button = (label: string) => `//button[normalize-space()='${label}']`;

/** Polls `body` (a function body run in the page) until it returns something truthy. */
async function waitFor<T>(engine: Engine, body: string, what: string, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    // A script that threw (say, the page is between documents) is not an answer.
    last = await engine.run<T>(body).catch((error) => new Error(`${error}`));
    if (last && !(last instanceof Error)) return last as T;
    if (Date.now() > end) throw new Error(`${engine.name}: timed out waiting for ${what} (last: ${last})`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

const heading = (engine: Engine, text: string) =>
  waitFor(
    engine,
    `return [...document.querySelectorAll('h1')].some((h) => h.textContent.trim() === ${JSON.stringify(text)});`,
    `the heading "${text}"`,
  );

const textOf = (engine: Engine, selector: string) =>
  engine.run<string>(`return (document.querySelector(${JSON.stringify(selector)})?.textContent ?? '').trim();`);

interface Seen {
  steps: string[];
  holds: Record<string, string[]>;
  errors: string[];
}

/** Every hold showed each of its seconds, counting down to 1. */
function expectEveryHoldCounted(seen: Seen, engine: Engine): void {
  const holds = Object.entries(seen.holds);
  expect(holds.length, `${engine.name}: every hold was seen`).toBe(16);
  for (const [step, seconds] of holds) {
    const length = step.startsWith('Wall Slides') ? 5 : 10;
    const countdown = Array.from({ length }, (_, i) => String(length - i));
    expect(seconds, `${engine.name}: ${step} counts down every second`).toEqual(countdown);
  }
}

/**
 * The user's journey as on a phone: safety → check-in → every step of the routine, holds
 * included, to the finish; a reload in the middle of a hold resumes with the right time (and
 * a tap takes the wake lock again where the browser refused it after the reload); an offline
 * reload opens the app. Time runs 20 times faster (harness.js), except around the reload.
 * Returns what this engine showed that others may not.
 */
export async function journey(engine: Engine, screenshots: string): Promise<string[]> {
  const app: StaticHost = await host('dist', '/', HARNESS);
  const notes: string[] = [];
  try {
    await engine.open(app.url);
    expect(await engine.run('return [innerWidth, innerHeight];'), `${engine.name}: a phone's viewport`).toEqual([390, 844]);
    await heading(engine, 'Before you start');
    await engine.tap(button('I understand'));
    await heading(engine, 'Warning signs to check first');
    await engine.tap(button('None of these apply to me'));
    await heading(engine, 'Lower-back routine');
    notes.push(`voice: ${await textOf(engine, '.coach-settings .switch:nth-of-type(2) .switch-hint')}`);
    await engine.screenshot(`${screenshots}-home.png`);

    await engine.tap(button('Start'));
    await heading(engine, 'How is your back right now?');
    await engine.tap(`//label[@class='chip'][normalize-space()='3']`);
    await engine.tap(button('Start the routine'));
    await waitFor(engine, `return document.querySelector('.phase')?.textContent === 'Hold';`, 'the first hold');
    await engine.screenshot(`${screenshots}-hold.png`);
    notes.push(`wake lock while running: ${(await textOf(engine, '.wake')) || '(nothing shown)'}`);
    await heading(engine, 'Well done');
    const seen = await engine.run<Seen>('return harness.seen();');
    expect(seen.steps, `${engine.name}: every step in order`).toEqual(expectedSteps());
    expectEveryHoldCounted(seen, engine);
    expect(await textOf(engine, '.finish .stats')).toContain('65 of 65');
    await engine.tap(button('Done'));
    await heading(engine, 'Lower-back routine');
    expect(await textOf(engine, '[data-testid=last-session]')).toContain('completed');

    // A reload in the middle of a leg-raise hold, in real time around it.
    const hold = 'Leg Raise / Hold / Right leg — round 2 of 5';
    await engine.run(`harness.forget(); harness.slowAt(${JSON.stringify(hold)});`);
    await engine.tap(button('Start'));
    await engine.tap(button('Skip'));
    await waitFor(engine, 'return harness.speed() === 1;', 'the hold of round 2', 60_000);
    await new Promise((done) => setTimeout(done, 1_500));
    const before = await engine.run<{ timer: string; at: number }>(
      `return { timer: document.querySelector('[role=timer]').textContent, at: Date.now() };`,
    );
    await engine.reload();
    const after = await waitFor<{ step: string; timer: string; at: number }>(
      engine,
      `const phase = document.querySelector('.phase');
       return phase && {
         step: ['.exercise-name', '.phase', '.position'].map((s) => document.querySelector(s).textContent.trim()).join(' / '),
         timer: document.querySelector('[role=timer]').textContent,
         at: Date.now(),
       };`,
      'the player after the reload',
    );
    expect(after.step, `${engine.name}: the same hold after the reload`).toBe(hold);
    const elapsed = Math.ceil((after.at - before.at) / 1000);
    const shownAfter = Number(after.timer);
    expect(shownAfter, `${engine.name}: ${before.timer} s left, then ${elapsed} s passed`).toBeLessThanOrEqual(Number(before.timer));
    expect(shownAfter).toBeGreaterThanOrEqual(Number(before.timer) - elapsed);
    notes.push(`reload mid-hold: ${before.timer} s left, ${after.timer} s after ${elapsed} s`);

    const refused = 'The screen may turn off: tap anywhere here to keep it on.';
    const wake = await waitFor<string>(engine, `return document.querySelector('.wake').textContent.trim() || 'off';`, 'the wake lock hint');
    notes.push(`wake lock after the reload: ${wake}`);
    if (wake === refused) {
      await engine.screenshot(`${screenshots}-wake-refused.png`);
      await engine.tap(`//*[contains(@class, 'figure')]`);
      await waitFor(engine, `return document.querySelector('.wake').textContent === 'Screen stays on';`, 'the wake lock after a tap');
      notes.push('wake lock after a tap: Screen stays on');
    }
    await engine.run('harness.setSpeed(20);');
    await heading(engine, 'Well done');
    await engine.tap(button('Done'));
    await heading(engine, 'Lower-back routine');

    // Offline: the service worker answers for the server, which is gone.
    await waitFor(engine, 'return navigator.serviceWorker?.controller != null;', 'a service worker in control');
    const errors = (await engine.run<Seen>('return harness.seen();')).errors;
    expect(errors, `${engine.name}: no uncaught error`).toEqual([]);
    await app.stop();
    // Back home with the server gone: the app's update check fails, and handles it (no
    // unhandled rejection). The harness is still on this page; a reload below comes from the
    // service worker's cache, without it.
    await engine.tap(button('See your history'));
    await engine.tap(button('‹ Home'));
    await waitFor(engine, 'return harness.updateChecked() || null;', 'the offline update check');
    const offline = (await engine.run<Seen>('return harness.seen();')).errors;
    expect(offline, `${engine.name}: no uncaught error offline`).toEqual([]);
    await engine.reload();
    await heading(engine, 'Lower-back routine');
    expect(await textOf(engine, '[data-testid=last-session]')).toContain('completed');
    return notes;
  } finally {
    await app.stop().catch(() => {});
    await engine.close();
  }
}

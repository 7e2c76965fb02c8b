// The main thread's work per minute of a session, in each state, with the CPU slowed 4× as
// on a mid-range phone: DevTools Protocol's Performance.getMetrics (TaskDuration,
// ScriptDuration, RecalcStyleCount, LayoutCount), deltas over a stretch of each state,
// scaled to a minute. Through puppeteer-core's raw DevTools connection, because Playwright
// emulates focus on every page it drives and so never lets one become hidden; here a second
// tab in front hides the first, as a locked phone does. Recorded by make bench (bench.mjs),
// never asserted. Alone: node scripts/main_thread.mjs [url] (default: a host of dist/).
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './measure.mjs';

const SECONDS = Number(process.env.BENCH_STATE_SECONDS ?? 20);
const button = (label) => `::-p-xpath(//button[normalize-space()='${label}'])`;

export async function measureMainThread(url) {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    headless: true,
    defaultViewport: { width: 390, height: 844 },
  });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    const tap = async (label) => (await page.waitForSelector(button(label))).click();
    await tap('I understand');
    await tap('None of these apply to me'); // the warning signs
    await tap('Start');
    await tap('Skip'); // the check-in question
    await tap('Skip'); // the warm-up: Wall Slides, holds and moves, for the running state
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Performance.enable');
    const metrics = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
    const perMinute = async (state) => {
      const before = await metrics();
      await new Promise((done) => setTimeout(done, SECONDS * 1000));
      const after = await metrics();
      const scale = 60 / SECONDS;
      const delta = (name) => (after[name] - before[name]) * scale;
      return {
        state,
        visibility: await page.evaluate(() => document.visibilityState),
        step: await page.evaluate(() => document.querySelector('.phase')?.textContent ?? ''),
        taskSeconds: delta('TaskDuration'),
        scriptSeconds: delta('ScriptDuration'),
        styleRecalcs: delta('RecalcStyleCount'),
        layouts: delta('LayoutCount'),
      };
    };
    const rows = [await perMinute('running')];
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    rows.push(await perMinute('running, reduced motion'));
    await page.emulateMediaFeatures([]);
    await tap('Pause');
    rows.push(await perMinute('paused'));
    await tap('Resume');
    const cover = await browser.newPage();
    await cover.bringToFront();
    rows.push(await perMinute('running, hidden'));
    await cover.close();
    await page.bringToFront();
    await tap('Stop');
    await tap('End session');
    rows.push(await perMinute('finished'));
    return { rows, seconds: SECONDS, version: await browser.version() };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { serveCompressed } = await import('./serve-compressed.mjs');
  const port = 4198;
  const server = process.argv[2] ? null : await serveCompressed('dist', port);
  const { rows } = await measureMainThread(process.argv[2] ?? `http://127.0.0.1:${port}/`);
  console.table(rows.map((r) => ({ ...r, taskSeconds: r.taskSeconds.toFixed(2), scriptSeconds: r.scriptSeconds.toFixed(2), styleRecalcs: Math.round(r.styleRecalcs), layouts: Math.round(r.layouts) })));
  await server?.close();
}

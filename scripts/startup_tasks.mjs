// The main thread's tasks from the wasm's arrival until the app has settled, on a first
// visit with the CPU slowed 4× (as Lighthouse's mobile preset assumes): per task over 5 ms
// its length, how many wasm functions V8 compiled in it (it compiles each on its first
// call), where the time went, and any performance.mark() calls made in it. Lighthouse counts
// a task over 50 ms as blocking. Needs a release build in dist/ (or DIST=folder).
// Run: node scripts/startup_tasks.mjs [runs]
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './measure.mjs';
import { serveCompressed } from './serve-compressed.mjs';

const PORT = 4196;
const RUNS = Number(process.argv[2] ?? 3);
const TRACE = join(tmpdir(), 'lumbar-startup-trace.json');
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'blink.user_timing'];
// The browser's own navigation-timing marks, which the same trace category carries.
const NAVIGATION = /^(navigationStart|fetchStart|responseEnd|unload|dom|loadEvent)/;
const ms = (microseconds) => (microseconds / 1000).toFixed(1);

const server = await serveCompressed(process.env.DIST ?? 'dist', PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
for (let run = 1; run <= RUNS; run += 1) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { path: TRACE, categories: CATEGORIES });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('button', { name: 'I understand' }).waitFor();
  // The service worker's registration comes a few tasks after the first screen.
  await page.waitForTimeout(1000);
  await browser.stopTracing();
  await context.close();

  const events = JSON.parse(readFileSync(TRACE, 'utf8')).traceEvents;
  const main = events.find((event) => event.name === 'thread_name' && event.args.name === 'CrRendererMain');
  const onMain = events.filter((event) => event.pid === main.pid && event.tid === main.tid);
  const within = (task) => onMain.filter((event) => event !== task && event.ts >= task.ts && event.ts <= task.ts + task.dur);
  const tasks = onMain.filter((event) => event.name === 'RunTask' && event.dur > 5000).sort((a, b) => a.ts - b.ts);
  const arrival = tasks.findIndex((task) => within(task).some((event) => event.name === 'v8.wasm.compileConsume'));
  console.log(`run ${run}`);
  for (const task of tasks.slice(Math.max(arrival, 0))) {
    const inside = within(task);
    const spent = {};
    for (const event of inside.filter((event) => event.dur)) spent[event.name] = (spent[event.name] ?? 0) + event.dur;
    const top = Object.entries(spent)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([name, time]) => `${name} ${ms(time)}`);
    const compiled = inside.filter((event) => event.name === 'wasm.CompileLazy').length;
    const marks = inside
      .filter((event) => event.cat.includes('user_timing') && !NAVIGATION.test(event.name))
      .map((event) => `${event.name} at ${ms(event.ts - task.ts)}`);
    console.log(`  ${ms(task.dur)} ms, ${compiled} functions compiled: ${[...top, ...marks].join(', ')}`);
  }
}
await browser.close();
server.close();

// Measures the release build in Debian's Chromium and writes BENCHMARKS.md: sizes (raw, gzip,
// brotli), Lighthouse (mobile, three runs, medians), first and returning visits through
// DevTools' 3G throttling, a first visit's bytes on the wire, timer accuracy in real time,
// wake-ups per state, main-thread work per state, the tones scheduled ahead, memory after a
// full session. Timings are recorded here, never asserted in tests. Run: make bench
import { chromium } from 'playwright-core';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { serveCompressed } from './serve-compressed.mjs';
import { CHROMIUM, CHROMIUM_FLAGS, medians, untilControlled } from './measure.mjs';
import { measureMainThread } from './main_thread.mjs';
import { measureToneSchedule } from './tone_schedule.mjs';
import { measureWeakConnection } from './weak_connection.mjs';

const PORT = 4199;
const URL = `http://127.0.0.1:${PORT}/`;
// The whole Wall Slides sequence after the skipped warm-up: 6 holds, the moves between them
// and the rest, 101 s with the routine as written.
const ACCURACY_SECONDS = Number(process.env.BENCH_SECONDS ?? 101);

const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

const server = await serveCompressed('dist', PORT);

// 0. Lighthouse, mobile preset (simulated slow 4G and a 4× slower CPU), first visit.
const lighthouseRuns = [];
for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
  // Not execFileSync: the host above runs in this process and must keep answering.
  const { stdout: json } = await promisify(execFile)(
    'bench/node_modules/.bin/lighthouse',
    [URL, '--quiet', '--output=json', '--output-path=stdout', '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`],
    { encoding: 'utf8', maxBuffer: 64 * 2 ** 20, env: { ...process.env, CHROME_PATH: CHROMIUM } },
  );
  const { categories, audits, lighthouseVersion } = JSON.parse(json);
  lighthouseRuns.push({
    version: lighthouseVersion,
    performance: categories.performance.score * 100,
    accessibility: categories.accessibility.score * 100,
    bestPractices: categories['best-practices'].score * 100,
    fcp: audits['first-contentful-paint'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    speedIndex: audits['speed-index'].numericValue,
  });
}
const lighthouse = medians(lighthouseRuns);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });

// Counts every timer and animation-frame callback the page runs, by state.
const countWakeUps = () => {
  const counts = { timeout: 0, interval: 0, raf: 0 };
  window.__wakeups = counts;
  const wrap = (name, kind) => {
    const original = window[name];
    window[name] = (callback, ...rest) => original((...args) => { counts[kind] += 1; return callback(...args); }, ...rest);
  };
  wrap('setTimeout', 'timeout');
  wrap('setInterval', 'interval');
  wrap('requestAnimationFrame', 'raf');
  addEventListener('TrunkApplicationStarted', (event) => { window.__wasm = event.detail.wasm; });
};

async function freshPage(context) {
  const page = await context.newPage();
  await page.addInitScript(countWakeUps);
  await page.goto(URL);
  await page.getByRole('button', { name: 'I understand' }).click();
  await page.getByRole('button', { name: 'None of these apply to me' }).click();
  return page;
}

const wakeups = (page) => page.evaluate(() => ({ ...window.__wakeups }));
const total = (c) => c.timeout + c.interval + c.raf;
async function wakeupsDuring(page, ms) {
  const before = total(await wakeups(page));
  await page.waitForTimeout(ms);
  return ((total(await wakeups(page)) - before) * 1000) / ms;
}

// 1. Timer accuracy: when does the displayed second change, against the stored deadline?
const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await freshPage(context);
const idlePerSecond = await wakeupsDuring(page, 5000);
await page.getByRole('button', { name: 'Start', exact: true }).click();
await page.getByRole('button', { name: 'Skip' }).click(); // the check-in question
await page.getByRole('button', { name: 'Skip' }).click(); // the warm-up
await page.locator('.exercise-name', { hasText: 'Wall Slides' }).waitFor();
const firstDeadline = await page.evaluate(() => {
  window.__changes = [];
  const timer = document.querySelector('[role=timer]');
  new MutationObserver(() => window.__changes.push({ at: Date.now(), text: timer.textContent })).observe(timer, { subtree: true, childList: true, characterData: true });
  return JSON.parse(localStorage.getItem('lumbar.progress')).progress.active.clock.deadline_ms;
});
const runningPerSecond = await wakeupsDuring(page, ACCURACY_SECONDS * 1000);
const changes = await page.evaluate(() => window.__changes);
// A change to "m:ss" showing s seconds should happen exactly when deadline − now = s s. Each
// step's deadline is chained from the first one stored: a new step (the number goes up) starts
// at the previous deadline and first shows its whole length. Any drift accumulates here.
let deadline = firstDeadline;
let previous = Infinity;
let steps = 1;
const lateness = changes.map(({ at, text }) => {
  const [m, s] = text.includes(':') ? text.split(':').map(Number) : [0, Number(text)];
  const seconds = m * 60 + s;
  if (seconds > previous) {
    deadline += seconds * 1000;
    steps += 1;
  }
  previous = seconds;
  return at - (deadline - seconds * 1000);
});
const sorted = [...lateness].sort((a, b) => a - b);
const drift = lateness.length > 1 ? lateness.at(-1) - lateness[0] : 0;
await page.getByRole('button', { name: 'Pause' }).click();
const pausedPerSecond = await wakeupsDuring(page, 5000);
await page.getByRole('button', { name: 'Resume' }).click();
// Headless pages are never hidden: the page is told it is, as a locked phone would tell it.
const setHidden = (hidden) => {
  if (hidden) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  else delete document.visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
};
await page.evaluate(setHidden, true);
const hiddenPerSecond = await wakeupsDuring(page, 5000);
await page.evaluate(setHidden, false);
await page.getByRole('button', { name: 'Stop', exact: true }).click();
await page.getByRole('button', { name: 'End session' }).click();
const finishedPerSecond = await wakeupsDuring(page, 5000);
await context.close();

// 2. Memory after a whole session, on a fake clock.
const memoryContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
const memoryPage = await memoryContext.newPage();
await memoryPage.addInitScript(countWakeUps);
await memoryPage.clock.install();
await memoryPage.goto(URL);
await memoryPage.getByRole('button', { name: 'I understand' }).click();
await memoryPage.getByRole('button', { name: 'None of these apply to me' }).click();
await memoryPage.getByRole('button', { name: 'Start', exact: true }).click();
await memoryPage.getByRole('button', { name: 'Skip' }).click();
await memoryPage.clock.runFor(477_000);
await memoryPage.getByRole('button', { name: 'Done' }).click();
const cdp = await memoryContext.newCDPSession(memoryPage);
await cdp.send('HeapProfiler.collectGarbage');
const memory = {
  wasm: await memoryPage.evaluate(() => window.__wasm?.memory?.buffer.byteLength ?? 0),
  heap: (await cdp.send('Runtime.getHeapUsage')).usedSize,
};

// 3. First and returning visits on a weak connection, through the network as it comes.
const weak = await measureWeakConnection(browser, server, URL);

// 4. A first visit's bytes on the wire, counted by the host, until the service worker has
// cached everything and controls the page (so the app works offline from then on).
const wireContext = await browser.newContext();
const wirePage = await wireContext.newPage();
server.sent.length = 0;
await wirePage.goto(URL);
await wirePage.getByRole('button', { name: 'I understand' }).waitFor();
await untilControlled(wirePage);
await wireContext.close();
const wire = { requests: server.sent.length, revalidated: server.sent.filter((r) => r.status === 304).length, app: 0, icons: 0 };
for (const { path, bytes } of server.sent) wire[path.startsWith('icons/') ? 'icons' : 'app'] += bytes;
const browserVersion = browser.version();
await browser.close();

// 5. The main thread's work per minute in each state, at 4× CPU (a raw DevTools connection).
const mainThread = await measureMainThread(URL);

// 6. The tones scheduled ahead on the audio clock, after each event that schedules them.
const toneSchedule = await measureToneSchedule(URL);

// 7. Sizes, from the same script make test uses.
await server.close();
const sizes = execFileSync('scripts/size.sh', { encoding: 'utf8' }).trimEnd();

const ms = (v) => `${Math.round(v)} ms`;
const report = `# Benchmarks

Measured by \`make bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}:
${os.cpus().length} × ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Chromium ${browserVersion}
(headless, Debian), Node ${process.version}. Recorded, never asserted in tests.

## Size of the release build

\`\`\`
${sizes}
\`\`\`

## Lighthouse ${lighthouseRuns[0].version} (mobile preset, first visit, median of ${LIGHTHOUSE_RUNS} runs)

Served with brotli, as a static host does (scripts/serve-compressed.mjs).

| performance | accessibility | best practices | FCP | LCP | TBT | CLS | Speed Index |
|---|---|---|---|---|---|---|---|
| ${lighthouse.performance} | ${lighthouse.accessibility} | ${lighthouse.bestPractices} | ${ms(lighthouse.fcp)} | ${ms(lighthouse.lcp)} | ${ms(lighthouse.tbt)} | ${lighthouse.cls.toFixed(3)} | ${ms(lighthouse.speedIndex)} |

Each run: ${lighthouseRuns.map((run) => `${run.performance} / LCP ${ms(run.lcp)} / TBT ${ms(run.tbt)}`).join('; ')}.

## On a weak connection (median of 3)

DevTools' network throttling ("Slow 3G": 2 s latency per request, 50 KB/s; "Fast 3G":
563 ms, 180 KB/s) and a 4× slower CPU, served with brotli; ms from the navigation
(scripts/weak_connection.mjs). A first visit sees the advice painted from index.html alone;
its button works once the app has replaced that copy. A returning visit (advice acknowledged,
the service worker in control) is a reload, with the host holding every answer for the
network's latency, since DevTools does not throttle the worker's own requests; "button works"
is then the app's first screen.

| visit | advice on screen | wasm requested | wasm received | button works | each run |
|---|---|---|---|---|---|
${Object.entries(weak).map(([name, t]) => `| ${name} | ${Number.isNaN(t.paint) ? '—' : ms(t.paint)} | ${ms(t.wasmRequested)} | ${ms(t.wasmReceived)} | ${ms(t.ready)} | ${t.runs.join(', ')} |`).join('\n')}

## A first visit on the wire (until the app works offline)

Bytes of response bodies the host sent, brotli where the browser asks for it, from the first
request until the service worker controls the page. The host sends ETags, as static hosts
do, so the worker's precache revalidates what the page has just loaded instead of loading
it again.

| requests | answered "not modified" | all but icons | icons |
|---|---|---|---|
| ${wire.requests} | ${wire.revalidated} | ${wire.app} | ${wire.icons} |

## Timer accuracy (real time, no fake clock, the first ${ACCURACY_SECONDS} s of the Wall Slides)

Each change of the displayed second, against the moment it is due: the first step's stored
deadline, and each later step chained on from it (so drift between steps would show):

| steps | changes seen | earliest | median | latest | drift first → last |
|---|---|---|---|---|---|
| ${steps} | ${lateness.length} | ${ms(sorted[0])} | ${ms(sorted[Math.floor(sorted.length / 2)])} | ${ms(sorted.at(-1))} | ${ms(drift)} |

## Wake-ups (timer and animation-frame callbacks per second)

| state | callbacks / s |
|---|---|
| home, idle | ${idlePerSecond.toFixed(2)} |
| session running | ${runningPerSecond.toFixed(2)} |
| session paused | ${pausedPerSecond.toFixed(2)} |
| session running, page hidden | ${hiddenPerSecond.toFixed(2)} |
| session finished | ${finishedPerSecond.toFixed(2)} |

## Main-thread work per minute of session (CPU slowed 4×)

DevTools Protocol's \`Performance.getMetrics\` over ${mainThread.seconds} s of each state, scaled to a
minute (scripts/main_thread.mjs): the running state is the Wall Slides' first steps, holds
and moves of the figure included; hidden is the page behind another tab, as on a locked phone.

| state | page | task time / min | script / min | style recalcs / min | layouts / min |
|---|---|---|---|---|---|
${mainThread.rows.map((r) => `| ${r.state} | ${r.visibility} | ${r.taskSeconds.toFixed(2)} s | ${r.scriptSeconds.toFixed(2)} s | ${Math.round(r.styleRecalcs)} | ${Math.round(r.layouts)} |`).join('\n')}

## Tones scheduled ahead on the audio clock (real time)

After each event that schedules the tones again (scripts/tone_schedule.mjs): the notes
scheduled (a tone is one to three notes), the notes cancelled by then, how far ahead the
last one is, and the error between a note's moment on the audio clock, mapped to wall time
by \`getOutputTimestamp()\`, and its moment in the plan (the end of the current step, as the
stored session has it). A late error is the output's latency: the app schedules against
\`currentTime\`. Once the cue track's \`<audio>\` element plays (here at the start), it
carries the tones and Web Audio schedules nothing more: the last columns are that track, how
many times it was rendered so far, its length, and the error of its tone nearest the step's
end by the element's own clock, read 0.3 s after each event while it still catches up
(it plays up to 25 % faster until it is within 40 ms, for 5 s at most), and at "shown", 10 s on, settled.

| event | page | notes scheduled | cancelled so far | last one ahead | error at the step's end | track renders | track length | track error |
|---|---|---|---|---|---|---|---|---|
${toneSchedule.rows.map((r) => `| ${r.event} | ${r.visibility} | ${r.notes} | ${r.cancelledBefore} | ${r.aheadSeconds.toFixed(1)} s | ${Number.isNaN(r.errorMs) ? '–' : `${r.errorMs.toFixed(1)} ms`} | ${r.track?.renders ?? '–'} | ${r.track ? `${r.track.seconds.toFixed(1)} s` : '–'} | ${r.track ? `${r.track.errorMs.toFixed(1)} ms` : '–'} |`).join('\n')}

## Memory after a whole session (fake clock, 476 s of routine)

| wasm linear memory | JS heap used |
|---|---|
| ${(memory.wasm / 1024).toFixed(0)} KiB | ${(memory.heap / 1024).toFixed(0)} KiB |
`;
writeFileSync('BENCHMARKS.md', report);
console.log(report);

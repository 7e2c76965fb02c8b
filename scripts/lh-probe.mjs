// Lighthouse runs one by one, for looking into the load: per run the score, the simulated
// FCP, LCP and TBT, the observed paints and each request's start and end (ms). make bench
// gives the medians; this shows the spread. Needs a release build in dist/ (or DIST=folder)
// and bench/node_modules (make bench installs it). Run: node scripts/lh-probe.mjs [runs]
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CHROMIUM, CHROMIUM_FLAGS } from './measure.mjs';
import { serveCompressed } from './serve-compressed.mjs';

const PORT = 4198;
const RUNS = Number(process.argv[2] ?? 3);
const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS].join(' ');

await serveCompressed(process.env.DIST ?? 'dist', PORT);
for (let run = 0; run < RUNS; run += 1) {
  const { stdout } = await promisify(execFile)(
    'bench/node_modules/.bin/lighthouse',
    [`http://127.0.0.1:${PORT}/`, '--quiet', '--output=json', '--output-path=stdout', '--only-categories=performance', `--chrome-flags=${FLAGS}`],
    { encoding: 'utf8', maxBuffer: 64 * 2 ** 20, env: { ...process.env, CHROME_PATH: CHROMIUM } },
  );
  const { categories, audits } = JSON.parse(stdout);
  const ms = (name) => Math.round(audits[name].numericValue);
  const observed = audits.metrics.details.items[0];
  const requests = audits['network-requests'].details.items
    .map((r) => `${r.url.split('/').pop() || '/'} ${Math.round(r.networkRequestTime)}–${Math.round(r.networkEndTime)}`)
    .join(', ');
  console.log(`score ${categories.performance.score * 100}, FCP ${ms('first-contentful-paint')}, LCP ${ms('largest-contentful-paint')}, TBT ${ms('total-blocking-time')}`);
  console.log(`  observed FCP ${observed.observedFirstContentfulPaint}, LCP ${observed.observedLargestContentfulPaint}; ${requests}`);
  const longTasks = (audits['long-tasks'].details?.items ?? [])
    .map((task) => `${task.url.split('/').pop() || '/'} at ${Math.round(task.startTime)} for ${Math.round(task.duration)}`)
    .join(', ');
  console.log(`  long tasks (simulated ms): ${longTasks || 'none'}`);
}
process.exit(0);

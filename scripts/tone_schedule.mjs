// The tones a session schedules ahead on the Web Audio clock, in real time in Chromium: how
// many notes each schedule holds, how far ahead the last one is, and the error between a
// note's moment on the audio clock (mapped to wall time by getOutputTimestamp) and its
// moment in the plan, the end of the current step as the stored session has it. Measured
// after each event that schedules again: the start, a skip, a resume, the page hidden behind
// another tab (as on a locked phone) and shown again. Beside it, the cue track that takes
// over from that schedule once its <audio> element plays: how many times it was rendered,
// its length, and the error of its tone at the step's end, by the element's own clock. Through puppeteer-core's raw DevTools
// connection, as in main_thread.mjs, so that the page really becomes hidden. Recorded by
// make bench (bench.mjs), never asserted. Alone: node scripts/tone_schedule.mjs [url]
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './measure.mjs';

const button = (label) => `::-p-xpath(//button[normalize-space()='${label}'])`;

// Runs in the page before the app: every oscillator's start on the audio clock.
const recordNotes = () => {
  const notes = [];
  window.__notes = notes;
  window.__batch = '';
  const Original = window.AudioContext;
  window.AudioContext = class extends Original {
    constructor(...options) {
      super(...options);
      window.__context = this;
    }

    createOscillator() {
      const oscillator = super.createOscillator();
      const start = oscillator.start.bind(oscillator);
      const stop = oscillator.stop.bind(oscillator);
      const note = {};
      oscillator.start = (when) => {
        Object.assign(note, { batch: window.__batch, when, ahead: when - this.currentTime });
        notes.push(note);
        return start(when);
      };
      oscillator.stop = (when) => {
        if (when === 0) note.cancelled = true;
        return stop(when);
      };
      return oscillator;
    }
  };
};

// Runs in the page before the app: the cue track's element and every WAV it was given.
const recordTrack = () => {
  window.__tracks = {};
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (blob) => {
    const url = createObjectURL(blob);
    window.__tracks[url] = blob;
    return url;
  };
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () {
    window.__element = this;
    return play.call(this);
  };
};

// In the page: the playing track's first sample as wall time (from the element's clock),
// its length, and the error of its tone nearest `deadline` against that deadline.
const trackAt = async (deadline) => {
  const element = window.__element;
  if (!element || element.paused || !deadline) return null;
  const firstSample = performance.timeOrigin + performance.now() - element.currentTime * 1000;
  const bytes = new DataView(await window.__tracks[element.src].arrayBuffer());
  const rate = bytes.getUint32(24, true);
  const count = (bytes.byteLength - 44) / 2;
  let lastLoud = -Infinity;
  let nearest = null;
  for (let i = 0; i < count; i++) {
    if (Math.abs(bytes.getInt16(44 + 2 * i, true)) <= 1000) continue;
    const wall = firstSample + (i / rate) * 1000;
    if (i - lastLoud > rate * 0.05 && (nearest === null || Math.abs(wall - deadline) < Math.abs(nearest - deadline))) nearest = wall;
    lastLoud = i;
  }
  return { renders: Object.keys(window.__tracks).length, seconds: count / rate, errorMs: nearest === null ? NaN : nearest - deadline };
};

export async function measureToneSchedule(url) {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS, '--autoplay-policy=no-user-gesture-required'],
    headless: true,
    defaultViewport: { width: 390, height: 844 },
  });
  try {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(recordNotes);
    await page.evaluateOnNewDocument(recordTrack);
    await page.goto(url);
    const tap = async (label) => (await page.waitForSelector(button(label))).click();
    const settle = () => new Promise((done) => setTimeout(done, 300));
    const rows = [];
    const measure = async (event) => {
      await settle();
      // The audio clock mapped to wall time as the context plays now (a context that has only
      // just started has no output timestamp yet).
      const { notes, deadline } = await page.evaluate(() => {
        const { contextTime, performanceTime } = window.__context.getOutputTimestamp();
        const wall = (when) => performance.timeOrigin + performanceTime + (when - contextTime) * 1000;
        return {
          notes: window.__notes.map((n) => ({ ...n, wall: wall(n.when) })),
          deadline: JSON.parse(localStorage.getItem('lumbar.progress'))?.progress?.active?.clock?.deadline_ms,
        };
      });
      const batch = notes.filter((n) => n.batch === event);
      const atBoundary = deadline && batch.reduce((best, n) =>
        (!best || Math.abs(n.wall - deadline) < Math.abs(best.wall - deadline) ? n : best), null);
      const track = await page.evaluate(trackAt, deadline);
      rows.push({
        event,
        track,
        visibility: await page.evaluate(() => document.visibilityState),
        notes: batch.length,
        cancelledBefore: notes.filter((n) => n.batch !== event && n.cancelled).length,
        aheadSeconds: batch.length ? Math.max(...batch.map((n) => n.ahead)) : 0,
        errorMs: atBoundary ? atBoundary.wall - deadline : NaN,
      });
    };
    const next = (event) => page.evaluate((event) => { window.__batch = event; }, event);

    await tap('I understand');
    await tap('None of these apply to me');
    await next('start');
    await tap('Start');
    await tap('Skip'); // the check-in question
    await measure('start');
    await next('skip');
    await tap('Skip'); // the warm-up
    await measure('skip');
    await tap('Pause');
    await new Promise((done) => setTimeout(done, 2000));
    await next('resume');
    await tap('Resume');
    await measure('resume');
    await next('hidden');
    const cover = await browser.newPage();
    await cover.bringToFront();
    await measure('hidden');
    await new Promise((done) => setTimeout(done, 10_000));
    await next('shown');
    await cover.close();
    await page.bringToFront();
    await measure('shown');
    return { rows, version: await browser.version() };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { serveCompressed } = await import('./serve-compressed.mjs');
  const port = 4197;
  const server = process.argv[2] ? null : await serveCompressed('dist', port);
  const { rows } = await measureToneSchedule(process.argv[2] ?? `http://127.0.0.1:${port}/`);
  console.table(rows.map((r) => ({
    ...r,
    track: r.track ? `${r.track.renders} renders, ${r.track.seconds.toFixed(1)} s, ${r.track.errorMs.toFixed(1)} ms` : 'not playing',
    aheadSeconds: r.aheadSeconds.toFixed(1),
    errorMs: r.errorMs.toFixed(1),
  })));
  await server?.close();
}

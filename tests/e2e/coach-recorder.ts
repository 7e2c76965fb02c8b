import type { Page } from '@playwright/test';

export interface Recorded {
  kind: 'audio' | 'tone' | 'say' | 'vibrate' | 'wake-request' | 'wake-release' | 'track' | 'track-pause' | 'media';
  value: string;
  /** Date.now() when it was asked for. */
  t: number;
  /** A tone's start on the audio clock (seconds since the context was made). */
  at?: number;
  /** A tone stopped before it began: cancelled. */
  cancelled?: boolean;
}

/**
 * Replaces the browser's output APIs with recorders before the app loads: Web Audio (each
 * oscillator's frequency and start on an audio clock that follows the page's clock, and
 * whether it was stopped before it began), speechSynthesis (its voices there from the start,
 * never, or 'late'), navigator.vibrate and the wake lock.
 */
export async function recordCoaching(
  page: Page,
  {
    voices = true,
    wakeLock = true,
    track = false,
  }: { voices?: boolean | 'late'; wakeLock?: boolean; track?: boolean } = {},
): Promise<void> {
  await page.addInitScript(
    ({ voices, wakeLock, track }) => {
      const log: { kind: string; value: string; t: number }[] = [];
      (window as any).__coach = log;
      const rec = (kind: string, value = '', extra = {}) => {
        const entry = { kind, value, t: Date.now(), ...extra };
        log.push(entry);
        return entry;
      };
      class Param {
        value = 0;
        setValueAtTime() { return this; }
        exponentialRampToValueAtTime() { return this; }
        linearRampToValueAtTime() { return this; }
      }
      class Node { connect() {} }
      class Oscillator extends Node {
        frequency = new Param();
        type = 'sine';
        entry: any;
        constructor(readonly context: FakeAudioContext) { super(); }
        start(at: number) { this.entry = rec('tone', String(this.frequency.value), { at }); }
        stop(at: number) {
          if (at < this.entry.at && this.entry.at > this.context.currentTime) this.entry.cancelled = true;
        }
      }
      class Gain extends Node { gain = new Param(); }
      class FakeAudioContext {
        state = 'suspended';
        made = Date.now();
        destination = new Node();
        constructor() { rec('audio', 'created'); }
        get currentTime() { return (Date.now() - this.made) / 1000; }
        resume() { this.state = 'running'; rec('audio', 'resumed'); return Promise.resolve(); }
        createOscillator() { return new Oscillator(this); }
        createGain() { return new Gain(); }
      }
      (window as any).AudioContext = FakeAudioContext;
      // 'late': no voice until `window.__voicesArrive()`, which fires `voiceschanged` as
      // Chrome does once it has filled the list.
      const synth = Object.assign(new EventTarget(), {
        speak: (u: SpeechSynthesisUtterance) => rec('say', u.text),
        cancel: () => {},
        getVoices: () => (voices === true ? [{ name: 'Test voice', lang: 'en-GB' }] : []),
      });
      (window as any).__voicesArrive = () => {
        voices = true;
        synth.dispatchEvent(new Event('voiceschanged'));
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth });
      // The cue track's <audio>: refused unless `track`, so that most tests hear the Web
      // Audio schedule; with `track`, each play is recorded with its WAV's object URL.
      const blobs: Record<string, Blob> = ((window as any).__blobs = {});
      const createObjectURL = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => {
        const url = createObjectURL(blob);
        blobs[url] = blob;
        return url;
      };
      HTMLMediaElement.prototype.play = function () {
        if (!track) return Promise.reject(new DOMException('no track here', 'NotSupportedError'));
        Object.defineProperty(this, 'paused', { value: false, configurable: true });
        rec('track', this.src);
        return Promise.resolve();
      };
      HTMLMediaElement.prototype.pause = function () {
        Object.defineProperty(this, 'paused', { value: true, configurable: true });
        rec('track-pause');
      };
      // The lock screen's controls: what they show, and their buttons to press.
      const handlers: Record<string, () => void> = {};
      (window as any).__press = (action: string) => handlers[action]();
      (window as any).MediaMetadata = class {
        constructor(init: object) { Object.assign(this, init); }
      };
      const media = {
        set metadata(value: any) { rec('media', value ? `${value.title} | ${value.artist} | ${value.album}` : 'none'); },
        playbackState: 'none',
        setActionHandler: (action: string, handler: () => void) => { handlers[action] = handler; },
      };
      Object.defineProperty(navigator, 'mediaSession', { value: media });
      Object.defineProperty(navigator, 'vibrate', {
        value: (pattern: number[]) => { rec('vibrate', JSON.stringify(pattern)); return true; },
      });
      Object.defineProperty(navigator, 'wakeLock', {
        value: wakeLock
          ? {
              request: (type: string) => {
                rec('wake-request', type);
                const sentinel = {
                  released: false,
                  release: () => { sentinel.released = true; rec('wake-release'); return Promise.resolve(); },
                };
                return Promise.resolve(sentinel);
              },
            }
          : undefined,
      });
    },
    { voices, wakeLock, track },
  );
}

export async function recorded(page: Page, kind?: Recorded['kind']): Promise<Recorded[]> {
  const log: Recorded[] = await page.evaluate(() => (window as any).__coach);
  return kind ? log.filter((r) => r.kind === kind) : log;
}

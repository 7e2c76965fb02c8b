// Loaded first on every page by the engines' test host (tests/engines/host.ts), never shipped.
// WebKit over WebDriver and Firefox over BiDi have no fake clock like Playwright's, so time
// runs faster instead: Date and the timers run `speed` times real time, and the clock carries
// on across reloads from where it was (sessionStorage keeps it), as a phone's clock would.
// Also records every step the player shows and every uncaught error, in sessionStorage too,
// so a reload keeps what was seen before it.
(() => {
  const store = {
    get: (key, fallback) => JSON.parse(sessionStorage.getItem(`harness.${key}`) ?? 'null') ?? fallback,
    set: (key, value) => sessionStorage.setItem(`harness.${key}`, JSON.stringify(value)),
  };

  const RealDate = Date;
  const realNow = () => RealDate.now();
  let clock = store.get('clock', { real: realNow(), fake: realNow(), speed: 20 });
  const now = () => Math.floor(clock.fake + (realNow() - clock.real) * clock.speed);
  const setSpeed = (speed) => {
    clock = { real: realNow(), fake: now(), speed };
    store.set('clock', clock);
  };
  store.set('clock', clock);

  class FastDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(now());
      else super(...args);
    }
    static now() {
      return now();
    }
  }
  globalThis.Date = FastDate;
  for (const name of ['setTimeout', 'setInterval']) {
    const real = globalThis[name].bind(globalThis);
    globalThis[name] = (callback, ms = 0, ...rest) => real(callback, Math.max(0, ms) / clock.speed, ...rest);
  }

  const errors = store.get('errors', []);
  const failed = (message) => {
    errors.push(String(message));
    store.set('errors', errors);
  };
  addEventListener('error', (event) => failed(event.message));
  addEventListener('unhandledrejection', (event) => failed(event.reason?.message ?? event.reason));

  // When the app's last service-worker update check settled. The wrapper passes the result
  // on in a promise of its own, so a rejection the app leaves unhandled still surfaces.
  let updateSettledAt = null;
  const update = globalThis.ServiceWorkerRegistration?.prototype.update;
  if (update) {
    ServiceWorkerRegistration.prototype.update = function () {
      updateSettledAt = null;
      return new Promise((resolve, reject) => {
        update.call(this).then(
          (value) => { updateSettledAt = realNow(); resolve(value); },
          (error) => { updateSettledAt = realNow(); reject(error); },
        );
      });
    };
  }

  // Each distinct step as "exercise / phase / position", and the seconds shown in each hold.
  const steps = store.get('steps', []);
  const holds = store.get('holds', {});
  let slowAt = store.get('slowAt', null);
  const text = (selector) => (document.querySelector(selector)?.textContent ?? '').trim();
  const record = () => {
    const phase = text('.phase');
    if (!phase) return;
    const step = `${text('.exercise-name')} / ${phase} / ${text('.position')}`;
    if (steps.at(-1) !== step) {
      steps.push(step);
      store.set('steps', steps);
      if (step === slowAt) {
        setSpeed(1);
        slowAt = null;
        store.set('slowAt', null);
      }
    }
    if (phase === 'Hold') {
      const seconds = (holds[step] ??= []);
      const timer = text('[role=timer]');
      if (seconds.at(-1) !== timer) {
        seconds.push(timer);
        store.set('holds', holds);
      }
    }
  };
  addEventListener('DOMContentLoaded', () => {
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

  globalThis.harness = {
    now,
    setSpeed,
    speed: () => clock.speed,
    /** Real time from the moment the player shows `step`. */
    slowAt(step) {
      slowAt = step;
      store.set('slowAt', step);
    },
    seen: () => ({ steps, holds, errors }),
    /** An update check settled at least 200 ms ago: any unhandled rejection has been seen. */
    updateChecked: () => updateSettledAt !== null && realNow() - updateSettledAt > 200,
    forget() {
      steps.length = 0;
      for (const key of Object.keys(holds)) delete holds[key];
      store.set('steps', steps);
      store.set('holds', holds);
    },
  };
})();

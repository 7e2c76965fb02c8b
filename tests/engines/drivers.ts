import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { Builder, By, until } from 'selenium-webdriver';

/** What the journey needs of a browser, whichever protocol drives it. */
export interface Engine {
  name: string;
  version: string;
  open(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs a function body in the page; its result, awaited if a promise, comes back as JSON. */
  run<T>(body: string): Promise<T>;
  /** A real tap through the driver (a user activation) on the element `xpath` names. */
  tap(xpath: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export const PHONE = { width: 390, height: 844 };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

async function poll(ready: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ready().catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Debian's WebKitGTK (the engine of Safari) through WebKitWebDriver. MiniBrowser has no
 * headless mode: it runs in an Xvfb screen of the phone's size.
 */
export async function webkit(): Promise<Engine> {
  const port = await freePort();
  const screen = `-screen 0 ${PHONE.width}x${PHONE.height}x24`;
  const server = spawn('xvfb-run', ['-a', '-s', screen, 'WebKitWebDriver', `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  try {
    await poll(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, 'WebKitWebDriver');
    const driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation', '--full-screen'],
        },
      })
      .build();
    // Full-screen MiniBrowser still opens at 1024×768; asked for the phone's size, it fills
    // the screen without its toolbar (a window cannot be narrower than 447 px).
    await driver.manage().window().setRect({ x: 0, y: 0, ...PHONE });
    const capabilities = await driver.getCapabilities();
    return {
      name: 'WebKit',
      version: `WebKitGTK ${capabilities.get('browserVersion')}`,
      open: (url) => driver.get(url),
      reload: () => driver.navigate().refresh(),
      run: (body) => driver.executeScript(body),
      tap: async (xpath) => (await driver.wait(until.elementLocated(By.xpath(xpath)), 10_000)).click(),
      screenshot: async (path) => {
        const { writeFile } = await import('node:fs/promises');
        await writeFile(path, await driver.takeScreenshot(), 'base64');
      },
      close: async () => {
        await driver.quit().catch(() => {});
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

/** Debian's Firefox ESR over WebDriver BiDi (puppeteer-core: no download, no geckodriver). */
export async function firefox(): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: await mkdtemp(join(tmpdir(), 'lumbar-firefox-')),
    defaultViewport: PHONE,
    extraPrefsFirefox: {
      // The machine reaches no Mozilla service: do not keep trying.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  // The first tab does not take `defaultViewport`.
  await page.setViewport(PHONE);
  return {
    name: 'Firefox',
    version: await browser.version(),
    open: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    run: (body) => page.evaluate(`(async () => { ${body} })()`),
    tap: async (xpath) => {
      const element = await page.waitForSelector(`::-p-xpath(${xpath})`, { timeout: 10_000 });
      await element!.click();
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => browser.close(),
  };
}

// Renders the PNG icons from the SVG sources in assets/icons with Debian's Chromium, so the
// PNGs are reproducible from the artwork in the repository: `make icons`.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const dir = new URL('../assets/icons/', import.meta.url);
const outputs = [
  ['icon.svg', 192, 'icon-192.png'],
  ['icon.svg', 512, 'icon-512.png'],
  ['icon-maskable.svg', 512, 'icon-maskable-512.png'],
  // iOS draws its own rounded corners over an opaque square.
  ['icon-maskable.svg', 180, 'apple-touch-icon.png'],
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const [source, size, target] of outputs) {
  const svg = readFileSync(new URL(source, dir)).toString('base64');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px}</style>` +
      `<img src="data:image/svg+xml;base64,${svg}">`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  await page.screenshot({ path: new URL(target, dir).pathname, omitBackground: true });
  console.log(`${target}: ${size}×${size} from ${source}`);
}
await browser.close();

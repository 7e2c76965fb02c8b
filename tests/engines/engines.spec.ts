import { test } from '@playwright/test';
import { firefox, webkit, type Engine } from './drivers';
import { journey } from './journey';

// The engines of Safari and Firefox, driven by their own protocols (Playwright's builds of
// them are downloads these machines cannot make). One at a time: each is a whole browser.
for (const [name, launch] of [
  ['WebKit', webkit],
  ['Firefox', firefox],
] as [string, () => Promise<Engine>][]) {
  test(`the whole journey at phone size in ${name}`, async ({}, info) => {
    test.setTimeout(240_000);
    const engine = await launch();
    const notes = await journey(engine, info.outputPath(name.toLowerCase()));
    console.log(`${engine.version}:\n  ${notes.join('\n  ')}`);
  });
}

import { defineConfig } from '@playwright/test';

// The user's journey in WebKit and Firefox (tests/engines): each test starts its own static
// host and browser, so there is no web server or Playwright browser here.
export default defineConfig({
  testDir: 'tests/engines',
  workers: 1,
  retries: 0,
  reporter: [['list']],
});

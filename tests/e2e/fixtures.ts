import { expect, test as base } from '@playwright/test';

/**
 * Every end-to-end test runs under two guards: no request may leave the app's origin (the
 * app must work with no network but its own host), and the Content Security Policy must never
 * have to block anything.
 */
export const test = base.extend<{ guards: void }>({
  guards: [
    async ({ context }, use) => {
      const origins = new Set<string>();
      const violations: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'http:' || url.protocol === 'https:') origins.add(url.origin);
      });
      context.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) violations.push(message.text());
      });
      await use();
      expect(violations, 'CSP violations').toEqual([]);
      expect([...origins].length, `requests went to ${[...origins].join(', ')}`).toBeLessThanOrEqual(1);
      for (const origin of origins) expect(new URL(origin).hostname).toBe('127.0.0.1');
    },
    { auto: true },
  ],
});

export { expect };

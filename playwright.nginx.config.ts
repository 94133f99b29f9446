import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

/**
 * The browser tests against nginx with the project's configuration (deploy/nginx.conf):
 * the build at / (dist/) and the build under /guide/ (dist-base/), each served by its own
 * unprivileged nginx on a loopback port (scripts/nginx.mjs). `npm test` runs them after the
 * tests on the preview server; alone: `npx playwright test -c playwright.nginx.config.ts`
 * (after `npm run build` and a /guide/ build into dist-base/, see scripts/test.mjs).
 */
const TEST_PORT = Number(process.env.TEST_PORT || 4391);
/** Two ports: NGINX_PORT (default TEST_PORT + 10) for /, the next one for /guide/. */
const ROOT_PORT = Number(process.env.NGINX_PORT || TEST_PORT + 10);
const GUIDE_PORT = ROOT_PORT + 1;
const browser = findChromium();

export default defineConfig({
  testDir: 'tests/server',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e-nginx.json' }]] : 'list',
  use: {
    trace: 'off',
    launchOptions: {
      ...(browser?.path ? { executablePath: browser.path } : {}),
      args: CHROMIUM_ARGS,
    },
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    channel: undefined,
  },
  projects: [
    {
      name: 'nginx /',
      use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` },
      metadata: { dist: 'dist', base: '/' },
    },
    {
      name: 'nginx /guide/',
      use: { baseURL: `http://127.0.0.1:${GUIDE_PORT}/guide/` },
      metadata: { dist: 'dist-base', base: '/guide/' },
    },
  ],
  webServer: [
    {
      command: `node scripts/nginx.mjs --dir dist --base / --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
      timeout: 20_000,
      stdout: 'pipe',
    },
    {
      command: `node scripts/nginx.mjs --dir dist-base --base /guide/ --port ${GUIDE_PORT}`,
      url: `http://127.0.0.1:${GUIDE_PORT}/guide/`,
      reuseExistingServer: false,
      timeout: 20_000,
      stdout: 'pipe',
    },
  ],
});

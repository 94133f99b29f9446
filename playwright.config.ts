import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

/** The test server: our own static server on a dedicated port, never one we did not start. */
export const TEST_PORT = Number(process.env.TEST_PORT || 4391);
const browser = findChromium();

export default defineConfig({
  /** Browser tests live in tests/e2e/ and beside each feature (src/features/<name>/*.spec.ts). */
  testDir: '.',
  testMatch: ['tests/e2e/**/*.spec.ts', 'src/features/**/*.spec.ts'],
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${TEST_PORT}`,
    trace: 'off',
    launchOptions: {
      ...(browser?.path ? { executablePath: browser.path } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, channel: undefined },
    },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], channel: undefined },
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${TEST_PORT} --dir dist`,
    url: `http://127.0.0.1:${TEST_PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
    stdout: 'ignore',
  },
});

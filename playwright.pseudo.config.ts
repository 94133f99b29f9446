import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';
import { PSEUDO_LOCALE } from './src/features/pseudo-locale/locale.ts';

/**
 * The frame's browser tests against the pseudo-locale test build (PSEUDO_LOCALE=1, in
 * dist-pseudo/; src/features/pseudo-locale/): every en-xa page has the frame, its 404 page, and
 * its language switch lists both other locales. Desktop only (the normal build runs the rest). `npm test` builds it and runs
 * this after the other builds; alone, after that build:
 * `PSEUDO_LOCALE=1 npx playwright test -c playwright.pseudo.config.ts`.
 */
const TEST_PORT = Number(process.env.TEST_PORT || 4391);
/** Its own server: PSEUDO_PORT, by default TEST_PORT + 5. */
const PORT = Number(process.env.PSEUDO_PORT || TEST_PORT + 5);
/** The pseudo-locale build: OUT_DIR as it was built with, by default dist-pseudo. */
const DIR = process.env.OUT_DIR || 'dist-pseudo';
// The tests read the registry: with the switch on, it has the pseudo-locale (workers inherit this).
process.env.PSEUDO_LOCALE = '1';

/** The main configuration's browser, limits and desktop project, on the pseudo build's server. */
export default defineConfig({
  ...base,
  testDir: 'tests/e2e',
  testMatch: 'frame.spec.ts',
  // The frame of the pseudo-locale's pages; the other locales' run on the normal build.
  grep: new RegExp(`site frame \\(${PSEUDO_LOCALE}\\)`),
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e-pseudo.json' }]] : 'list',
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  projects: (base.projects ?? []).filter((project) => project.name === 'desktop'),
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT} --dir ${DIR}`,
    url: `http://127.0.0.1:${PORT}/en-xa/`,
    reuseExistingServer: false,
    timeout: 20_000,
    stdout: 'ignore',
  },
});

/**
 * Finds a Chromium for the browser tests: Playwright's own build when installed, else
 * CHROMIUM_PATH, else Debian's /usr/bin/chromium. Returns null when there is none.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for a headless Chromium on a closed network (no background traffic, no GPU). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** @returns {{ path: string | undefined, source: string } | null} undefined path = Playwright's own browser */
export function findChromium() {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: undefined, source: `Playwright's Chromium (${own})` };
  } catch {
    // Playwright has no browser of its own here.
  }
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  for (const path of candidates) if (existsSync(path)) return { path, source: path };
  return null;
}

export const NO_BROWSER_MESSAGE =
  'No Chromium found: install one with "sudo apt-get install chromium" (Debian/Ubuntu) or "npx playwright install chromium", or set CHROMIUM_PATH.';

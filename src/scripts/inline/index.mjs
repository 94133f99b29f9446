// @ts-check
/**
 * Inline scripts written by hand (they must run before the page's bundled scripts, e.g. the
 * theme before the first paint). The Content-Security-Policy allows exactly these, by hash:
 * astro.config.mjs and the _headers file take their hashes from here.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const INLINE_SCRIPTS = /** @type {const} */ (['theme']);

/** The exact text of an inline script, as its component writes it into the page (trimmed). @param {(typeof INLINE_SCRIPTS)[number]} name */
function inlineScript(name) {
  return compactInline(readFileSync(new URL(`./${name}.js`, import.meta.url), 'utf8'));
}

/**
 * The inline text of a hand-written script: its `//` comment lines dropped and its lines
 * joined (each line of these files ends where a statement may, so joining is safe).
 * @param {string} source
 */
export function compactInline(source) {
  return source
    .split('\n')
    .filter((line) => !line.startsWith('//'))
    .join('')
    .trim();
}

/** CSP source expressions ('sha256-…') for every inline script. */
export function inlineScriptHashes() {
  return INLINE_SCRIPTS.map(
    (name) =>
      /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(inlineScript(name)).digest('base64')}`),
  );
}

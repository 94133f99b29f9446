/**
 * Every string of the frame's dictionary (src/i18n/ui.ts) is used somewhere: by its key written
 * out (`t('footer.official')`), or by a key built from a prefix (`t(\`callout.${type}\`)`).
 * A string nobody shows is a translation nobody checks.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { UI } from '../../src/i18n/ui.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCE = /\.(ts|tsx|mjs|astro)$/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return SOURCE.test(name) && !/\.(test|spec)\.ts$/.test(name) ? [full] : [];
  });
}

const files = [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'scripts'))].filter(
  (file) => !file.endsWith(join('src', 'i18n', 'ui.ts')),
);
const code = files.map((file) => readFileSync(file, 'utf8')).join('\n');
/** Prefixes of keys built at run time: `callout.` from t(`callout.${type}`). */
const builtPrefixes = [...code.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z]+)*\.)\$\{/g)].map((m) => m[1] as string);

test('the sources were read', () => {
  assert.ok(files.length > 50, `read only ${files.length} files`);
});

test('every frame string is used', () => {
  const unused = Object.keys(UI.en).filter(
    (key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !builtPrefixes.some((p) => key.startsWith(p)),
  );
  assert.deepEqual(unused, [], `unused keys in src/i18n/ui.ts: ${unused.join(', ')}`);
});

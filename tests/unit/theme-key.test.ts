/** The theme's storage key: the toggle module and the inline head script read the same one. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { compactInline } from '../../src/scripts/inline/index.mjs';
import { THEME_KEY } from '../../src/scripts/theme-key.ts';

test('the inline head script reads the key the theme toggle writes', () => {
  const inline = compactInline(readFileSync('src/scripts/inline/theme.js', 'utf8'));
  assert.ok(inline.includes(`localStorage.getItem('${THEME_KEY}')`), inline);
});

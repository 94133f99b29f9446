/**
 * Where the reader's theme choice is saved. The inline head script (src/scripts/inline/theme.js)
 * cannot import: it spells the same key, and tests/unit/theme-key.test.ts checks that it does.
 */
export const THEME_KEY = 'hwc-guide:theme:v1';

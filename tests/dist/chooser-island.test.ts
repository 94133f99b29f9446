/**
 * The chooser's island module carries its own language's interactive strings and nothing of
 * the comparison table (server-rendered only) or of the other language.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { COMPARE_STRINGS, ISLAND_STRINGS } from '../../src/features/chooser/strings.ts';
import { BASE, builtPages, DIST, readBuilt } from './helpers.ts';

/** A string as it may appear in a bundle: as written, or escaped in a JS string literal. */
const forms = (s: string): string[] => [s, JSON.stringify(s).slice(1, -1)];
const contains = (code: string, s: string): boolean => forms(s).some((f) => code.includes(f));

describe('chooser island module', () => {
  const pages = builtPages().filter((p) => p.html.includes('data-island="chooser"'));

  test('the recharge page of each language has the chooser', () => {
    assert.deepEqual(pages.map((p) => p.key).sort(), ['recharge/', 'recharge/']);
  });

  for (const page of pages) {
    test(`${page.file}: its module has the island's strings of its language only`, () => {
      const src = page.html.match(/data-island="chooser" data-island-src="([^"]+)"/)?.[1] ?? '';
      assert.ok(src.startsWith(BASE), page.file);
      const file = src.slice(BASE.length);
      assert.ok(existsSync(join(DIST, file)), file);
      const code = readBuilt(file);
      const other = page.locale === 'en' ? 'zh-cn' : 'en';
      for (const key of ['status.empty', 'share.copy', 'caveat.partner-safety', 'method.transfer'] as const)
        assert.ok(contains(code, ISLAND_STRINGS[page.locale][key]), `${file} lacks ${key}`);
      // Its caption and cells (column headings such as "Pros" are words the island may use too).
      const cells = Object.entries(COMPARE_STRINGS[page.locale]).filter(
        ([key]) => key === 'compare.caption' || /^compare\.[^.]+\.[^.]+$/.test(key),
      );
      assert.ok(cells.length >= 20);
      for (const [key, value] of cells)
        assert.ok(!contains(code, value), `${file} carries the comparison table's ${key}`);
      for (const key of ['status.empty', 'caveat.partner-safety'] as const)
        assert.ok(!contains(code, ISLAND_STRINGS[other][key]), `${file} carries ${other} ${key}`);
    });
  }
});

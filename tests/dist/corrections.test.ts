/**
 * Facts corrected against the official help center stay corrected: for every entry of
 * tests/dist/corrections/*.ts, the old wording is gone and the corrected wording is there,
 * on the built page, in both languages.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Correction } from './corrections/types.ts';
import { text } from './pages.ts';

const dir = new URL('./corrections/', import.meta.url);
const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'types.ts');
assert.ok(modules.length > 0, 'no correction lists in tests/dist/corrections/');
const all: Correction[] = [];
for (const file of modules) {
  const mod = (await import(new URL(file, dir).href)) as { corrections?: Correction[] };
  assert.ok(Array.isArray(mod.corrections), `${file} exports corrections`);
  all.push(...mod.corrections);
}

describe('corrected facts', () => {
  test('every row of the second check (C1-C11) is checked', () => {
    const ids = new Set(all.map((c) => c.id));
    const missing = Array.from({ length: 11 }, (_, i) => `C${i + 1}`).filter((id) => !ids.has(id));
    assert.deepEqual(missing, []);
  });
  test('every correction is checked in both languages', () => {
    const byId = new Map<string, Set<string>>();
    for (const c of all) {
      const pages = typeof c.page === 'string' ? [c.page] : c.page;
      const langs = new Set(pages.map((p) => (p.startsWith('/zh-cn/') ? 'zh-cn' : 'en')));
      assert.equal(langs.size, 1, `${c.id}: ${pages.join(', ')} are pages of one language`);
      const [lang = 'en'] = langs;
      byId.set(c.id, (byId.get(c.id) ?? new Set()).add(lang));
    }
    for (const [id, langs] of byId) assert.deepEqual([...langs].sort(), ['en', 'zh-cn'], `${id} in both languages`);
  });
  for (const c of all) {
    const pages = typeof c.page === 'string' ? [c.page] : c.page;
    test(`${c.id} ${pages.join(' + ')}: ${c.fact}`, () => {
      assert.ok(pages.length > 0, 'at least one page');
      for (const page of pages) {
        for (const re of c.absent) assert.doesNotMatch(text(page), re, `old wording is back on ${page}`);
      }
      const body = pages.map((p) => text(p)).join(' ');
      for (const re of c.present) assert.match(body, re, `corrected wording missing on ${pages.join(', ')}`);
    });
  }
});

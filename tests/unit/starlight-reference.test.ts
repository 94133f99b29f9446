/**
 * The benchmark's copy of the Starlight reference project (scripts/lib/starlight-reference.mjs):
 * the bench itself is not part of `npm test`, so the step that prepares its comparison is
 * tested here, on a fixture project and on the guide's own English pages.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { copyStarlightReference, writeGuidePages } from '../../scripts/lib/starlight-reference.mjs';

const root = mkdtempSync(join(tmpdir(), 'starlight-reference-test-'));
after(() => rmSync(root, { recursive: true, force: true }));

function file(path: string, text = 'x'): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

describe('copyStarlightReference', () => {
  test('copies the project without installed packages or build output', () => {
    const source = join(root, 'reference');
    for (const f of ['from-guide.mjs', 'package.json', 'package-lock.json', 'src/content/docs/index.mdx'])
      file(join(source, f));
    for (const f of ['node_modules/astro/index.js', 'dist/index.html', '.astro/types.d.ts', 'src/.astro/x'])
      file(join(source, f));
    const work = join(root, 'work');
    assert.equal(copyStarlightReference(source, work), null);
    for (const f of ['from-guide.mjs', 'package.json', 'package-lock.json', 'src/content/docs/index.mdx'])
      assert.ok(existsSync(join(work, f)), `${f} copied`);
    for (const f of ['node_modules', 'dist', '.astro', 'src/.astro'])
      assert.ok(!existsSync(join(work, f)), `${f} left out`);
    assert.ok(existsSync(join(source, 'dist/index.html')), 'the source is left as it was');
  });

  test('says why a folder that is not the reference project cannot be used', () => {
    const other = join(root, 'other');
    file(join(other, 'package.json'));
    const work = join(root, 'work-other');
    assert.match(copyStarlightReference(other, work) ?? '', /is not the Starlight reference project/);
    assert.ok(!existsSync(work), 'nothing copied');
  });
});

describe('writeGuidePages', () => {
  test('writes every page, with the link check tag emptied from its line and the rest unchanged', () => {
    const from = join(root, 'pages');
    file(join(from, 'a.mdx'), '# A\n\n<LinkCheck />\n\nText.\n');
    file(join(from, 'b.mdx'), '# B\n\n<LinkCheck full />\nMore <LinkCheck /> in a sentence.\n');
    file(join(from, 'notes.txt'), 'not a page');
    const to = join(root, 'out');
    assert.deepEqual(writeGuidePages(from, to).sort(), ['a.mdx', 'b.mdx']);
    assert.equal(readFileSync(join(to, 'a.mdx'), 'utf8'), '# A\n\n\nText.\n');
    assert.equal(readFileSync(join(to, 'b.mdx'), 'utf8'), '# B\n\n\nMore <LinkCheck /> in a sentence.\n');
    assert.deepEqual(readdirSync(to).sort(), ['a.mdx', 'b.mdx']);
  });

  test("the guide's English pages: all of them, none left with a link check tag on its own line", () => {
    const to = join(root, 'guide');
    const names = writeGuidePages('src/content/docs/en', to);
    assert.ok(names.length >= 15, `${names.length} pages`);
    const withTag = names.filter((n) => /<LinkCheck\b/.test(readFileSync(join('src/content/docs/en', n), 'utf8')));
    assert.ok(withTag.length > 0, 'some guide pages have the link check');
    for (const n of names) assert.doesNotMatch(readFileSync(join(to, n), 'utf8'), /^<LinkCheck\b/m, n);
  });
});

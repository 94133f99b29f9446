/**
 * One round trip to first render: no page needs anything but its own HTML to render (its
 * stylesheet is inlined), that HTML fits the first TCP flight, and the strict
 * Content-Security-Policy still allows exactly the inline styles and scripts of that page, by hash.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { elements, parseHtml, textOf } from '../../scripts/lib/html.ts';
import {
  contentAndFrame,
  FIRST_FLIGHT,
  htmlBudget,
  inlineStyles,
  renderBlockingResources,
} from '../../scripts/lib/page-weight.mjs';
import { frameLoader } from '../../src/integrations/island-page-scripts.mjs';
import { BASE, builtPages, DIST, readBuilt, tags } from './helpers.ts';

const pages = builtPages();
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policyOf = (html: string) =>
  tags(html, 'meta').find((m) => m['http-equiv'] === 'content-security-policy')?.content ?? '';
/** Whether a page has an island (an element with `data-island`). */
const hasIsland = (html: string) =>
  elements(parseHtml(html), (el) => el.attribs['data-island'] !== undefined).length > 0;
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find((d) => d[0] === name)
    ?.slice(1) ?? [];

describe('one round trip to first render', () => {
  test('no page has a render-blocking resource outside its HTML', () => {
    assert.ok(pages.length > 10);
    for (const p of pages) assert.deepEqual(renderBlockingResources(p.html), [], p.file);
  });

  test('every page fits its HTML budget: 14 KiB compressed, or its content plus 10 KiB of frame', () => {
    // The build this runs on has the report link (REPOSITORY_URL), as a deployed site does.
    const over = pages.flatMap((p) => {
      const sizes = contentAndFrame(p.html);
      const budget = htmlBudget(sizes);
      return budget.ok ? [] : [`${p.file}: ${sizes.page.gzip} B (content ${sizes.content.gzip} B) > ${budget.limit} B`];
    });
    assert.deepEqual(over, []);
    assert.equal(FIRST_FLIGHT, 14 * 1024);
  });

  test('every page carries its styles inline', () => {
    for (const p of pages)
      assert.ok(inlineStyles(p.html).join('').length > 2000, `${p.file} has its stylesheet inline`);
  });

  test("style-src allows exactly the page's inline styles by hash, in the meta and in _headers", () => {
    const headers = readBuilt('_headers');
    for (const p of pages) {
      const policy = policyOf(p.html);
      const allowed = directive(policy, 'style-src');
      const hashes = [...new Set(inlineStyles(p.html).map(sha256))];
      assert.deepEqual(allowed.filter((s) => s.startsWith("'sha256-")).sort(), hashes.sort(), p.file);
      assert.ok(!allowed.includes("'unsafe-inline'"), p.file);
      assert.ok(headers.includes(`${p.path}\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'`), p.file);
    }
  });
});

describe('scripts: inline on content pages, cached files on pages with islands', () => {
  const srcs = (html: string) =>
    tags(html, 'script')
      .map((s) => s.src)
      .filter((src) => src !== undefined);
  test('content pages load no script file', () => {
    const content = pages.filter((p) => !hasIsland(p.html));
    assert.ok(content.length >= 6);
    for (const p of content) assert.deepEqual(srcs(p.html), [], p.file);
  });

  test('pages with islands load their module scripts from one hashed file of the build, through one inline loader', () => {
    const islands = pages.filter((p) => hasIsland(p.html));
    assert.ok(islands.length >= 6);
    for (const p of islands) {
      assert.deepEqual(srcs(p.html), [], p.file);
      const modules = elements(p.html, (el) => el.name === 'script' && el.attribs.type === 'module' && !el.attribs.src);
      assert.equal(modules.length, 1, p.file);
      const code = modules[0] ? textOf(modules[0]) : '';
      const url = /import\(("[^"]+")\)/.exec(code)?.[1];
      assert.ok(url, p.file);
      const src = JSON.parse(url) as string;
      assert.equal(code, frameLoader(src), p.file);
      assert.match(src, new RegExp(`^${BASE}_astro/frame-[0-9a-f]{12}\\.js$`), p.file);
      assert.ok(existsSync(join(DIST, src.slice(BASE.length))), `${p.file}: ${src}`);
    }
  });
});

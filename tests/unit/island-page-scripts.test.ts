import assert from 'node:assert/strict';
import { test } from 'node:test';
import { externalizeModuleScripts, scriptFileName } from '../../src/integrations/island-page-scripts.mjs';

const page = (body: string) =>
  `<!doctype html><html><head><script>document.documentElement.dataset.theme="dark"</script><script type="application/ld+json">{}</script></head><body>${body}</body></html>`;

test('on a page with islands, inline module scripts become files named by their hash', () => {
  const html = page(
    '<div data-island="checklist"></div><script type="module">a()</script><script type="module">b()</script>',
  );
  const { html: out, files } = externalizeModuleScripts(html, '/guide/_astro/');
  assert.deepEqual(
    [...files.entries()],
    [
      [scriptFileName('a()'), 'a()'],
      [scriptFileName('b()'), 'b()'],
    ],
  );
  assert.match(
    out,
    new RegExp(
      `<script type="module" src="/guide/_astro/${scriptFileName('a()')}" fetchpriority="low"></script><script type="module" src="/guide/_astro/${scriptFileName('b()')}" fetchpriority="low"></script>`,
    ),
  );
  // The classic theme script (it must run before the first paint) and JSON-LD stay inline.
  assert.match(out, /<script>document.documentElement.dataset.theme="dark"<\/script>/);
  assert.match(out, /<script type="application\/ld\+json">\{\}<\/script>/);
});

test('content pages are left as they are', () => {
  const html = page('<main><script type="module">a()</script></main>');
  const { html: out, files } = externalizeModuleScripts(html, '/_astro/');
  assert.equal(out, html);
  assert.equal(files.size, 0);
});

test('the file name follows the text: the same script, the same file; another script, another file', () => {
  assert.equal(scriptFileName('x()'), scriptFileName('x()'));
  assert.notEqual(scriptFileName('x()'), scriptFileName('y()'));
  assert.match(scriptFileName('x()'), /^frame-[0-9a-f]{12}\.js$/);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  contentAndFrame,
  FIRST_FLIGHT,
  FRAME_ALLOWANCE,
  gzipSize,
  htmlBudget,
  inlineStyles,
  renderBlockingResources,
} from '../../scripts/lib/page-weight.mjs';

const doc = (head: string, body = '<main><h1>Hi</h1></main>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

test('a page with inline styles and module or deferred scripts renders after one round trip', () => {
  const html = doc(
    '<style>body{margin:0}</style><script>document.documentElement.className="js"</script><script type="module" src="/a.js"></script><script defer src="/b.js"></script><script async src="/c.js"></script><link rel="stylesheet" href="/print.css" media="print"><link rel="preload" href="/f.woff2" as="font">',
  );
  assert.deepEqual(renderBlockingResources(html), []);
});

test('linked stylesheets, parser-blocking scripts and @import are named as blocking', () => {
  const html = doc(
    '<link rel="stylesheet" href="/site.css"><link rel="alternate stylesheet" href="/alt.css" disabled><script src="/old.js"></script><style>@import url(/more.css);</style>',
    '<main></main><link rel="stylesheet" href="/late.css" media="screen">',
  );
  assert.deepEqual(renderBlockingResources(html), [
    'stylesheet /site.css',
    'script /old.js',
    '@import in an inline style',
    'stylesheet /late.css',
  ]);
});

test('inlineStyles returns the text of every <style>, in order', () => {
  assert.deepEqual(inlineStyles(doc('<style>a{}</style>', '<main><style>b{}</style></main>')), ['a{}', 'b{}']);
  assert.deepEqual(inlineStyles(doc('')), []);
});

test('contentAndFrame splits a page into its <main> and the rest, raw and compressed', () => {
  const main = `<main id="content"><h1>Title</h1>${'<p>Words of the page.</p>'.repeat(20)}</main>`;
  const html = doc('<title>T</title><style>nav{display:flex}</style>', `<nav>menu</nav>${main}<footer>f</footer>`);
  const s = contentAndFrame(html);
  assert.equal(s.content.raw, Buffer.byteLength(main));
  assert.equal(s.page.raw, Buffer.byteLength(html));
  assert.equal(s.frame.raw, s.page.raw - s.content.raw);
  assert.equal(s.content.gzip, gzipSize(main));
  assert.equal(s.frame.gzip, s.page.gzip - s.content.gzip);
  assert.equal(contentAndFrame(doc('', '<p>no main</p>')).content.raw, 0);
});

test('the HTML budget: the first flight, or content plus the frame allowance when the content alone does not fit', () => {
  const sizes = (page: number, content: number) => ({
    page: { gzip: page },
    content: { gzip: content },
    frame: { gzip: page - content },
  });
  assert.deepEqual(htmlBudget(sizes(FIRST_FLIGHT, 5000)), { rule: 'first flight', limit: FIRST_FLIGHT, ok: true });
  assert.equal(htmlBudget(sizes(FIRST_FLIGHT + 1, 5000)).ok, false);
  const big = FIRST_FLIGHT + 2000;
  assert.deepEqual(htmlBudget(sizes(big + FRAME_ALLOWANCE, big)), {
    rule: 'content + frame',
    limit: big + FRAME_ALLOWANCE,
    ok: true,
  });
  assert.equal(htmlBudget(sizes(big + FRAME_ALLOWANCE + 1, big)).ok, false);
});

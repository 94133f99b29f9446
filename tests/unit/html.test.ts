import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  attributesOf,
  classesOf,
  element,
  elements,
  idsOf,
  parseHtml,
  parseXml,
  replaceElements,
  textOf,
  visibleText,
} from '../../scripts/lib/html.ts';

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="content-security-policy" content="script-src 'self' &#39;sha256-x&#39;">
<title>Fees &amp; limits</title><style>a>b{color:red}</style>
<script>if (a < b && c) x("</p>")</script><script type="application/ld+json">{"a":"&amp;"}</script></head>
<body><!-- <p id="not-an-element"> --><p id="one" class="lead  intro">Hello&nbsp;<b>world</b> &lt;3</p>
<template><p id="in-template">hidden</p></template><svg><title>Icon</title><use href="#i"></use></svg>
<div data-x="a>b" id="two">last</div></body></html>`;

describe('reading HTML with the parser', () => {
  test('elements by tag name or test, in document order', () => {
    assert.deepEqual(
      elements(PAGE, 'p').map((p) => p.attribs.id),
      ['one', 'in-template'],
    );
    assert.equal(element(PAGE, (el) => el.attribs['data-x'] === 'a>b')?.attribs.id, 'two');
    assert.equal(element(PAGE, 'table'), undefined);
    const p = element(PAGE, 'p');
    assert.ok(p);
    assert.deepEqual(elements(p, 'b').map(textOf), ['world'], 'within an element');
  });

  test('attribute values are decoded; comments are not elements', () => {
    const csp = attributesOf(PAGE, 'meta').find((m) => m['http-equiv'] === 'content-security-policy');
    assert.equal(csp?.content, "script-src 'self' 'sha256-x'");
    assert.deepEqual([...idsOf(PAGE)], ['one', 'in-template', 'two']);
  });

  test('text is decoded, but the code of scripts and styles is raw', () => {
    assert.equal(textOf(element(PAGE, 'title') ?? parseHtml('')), 'Fees & limits');
    assert.equal(textOf(element(PAGE, 'style') ?? parseHtml('')), 'a>b{color:red}');
    assert.equal(textOf(elements(PAGE, 'script')[0] ?? parseHtml('')), 'if (a < b && c) x("</p>")');
    assert.equal(textOf(elements(PAGE, 'script')[1] ?? parseHtml('')), '{"a":"&amp;"}');
  });

  test('classesOf splits the class attribute', () => {
    const p = element(PAGE, 'p');
    assert.ok(p);
    assert.deepEqual(classesOf(p), ['lead', 'intro']);
    assert.deepEqual(classesOf(element(PAGE, 'div') ?? p), []);
  });

  test('visibleText: the body as a reader sees it', () => {
    assert.equal(visibleText(PAGE), 'Hello world <3 Icon last');
    assert.equal(visibleText('<p>a<i>b</i>c</p><script>d</script>'), 'a b c', 'a fragment; element edges are spaces');
  });

  test('replaceElements rewrites elements in place and keeps every other byte', () => {
    const doc = parseHtml(PAGE);
    const meta = element(doc, (el) => el.attribs['http-equiv'] === 'content-security-policy');
    const div = element(doc, 'div');
    assert.ok(meta && div);
    const out = replaceElements(PAGE, [
      { el: div, html: '<hr>' },
      { el: meta, html: '<meta name="x">' },
    ]);
    assert.equal(out, PAGE.replace(/<meta http-equiv[^>]*>/, '<meta name="x">').replace(/<div[\s\S]*?<\/div>/, '<hr>'));
    assert.equal(replaceElements(PAGE, []), PAGE);
    const p = element(doc, 'p');
    const b = element(doc, 'b');
    assert.ok(p && b);
    assert.throws(
      () =>
        replaceElements(PAGE, [
          { el: p, html: '' },
          { el: b, html: '' },
        ]),
      /overlaps/,
    );
  });

  test('XML keeps its tag names (a sitemap)', () => {
    const xml = parseXml(
      '<urlset><url><loc>https://e.org/a/</loc><xhtml:link rel="alternate" hreflang="en" href="https://e.org/a/"/></url></urlset>',
    );
    assert.deepEqual(elements(xml, 'loc').map(textOf), ['https://e.org/a/']);
    assert.equal(element(xml, 'xhtml:link')?.attribs.hreflang, 'en');
  });
});

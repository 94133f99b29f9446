import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeAttribute, decodeEntities } from '../../src/lib/entities.ts';

describe('character references', () => {
  test('the ones Astro writes, decoded once', () => {
    assert.equal(decodeEntities('Tom &amp; Jerry'), 'Tom & Jerry');
    assert.equal(decodeEntities('&lt;b&gt; &quot;x&quot; &#39;y&#39; &#x27;z&#x27;'), "<b> \"x\" 'y' 'z'");
    assert.equal(decodeEntities('&amp;lt;'), '&lt;', 'not twice');
  });

  test('every named and numeric reference, as a browser reads it', () => {
    assert.equal(decodeEntities('a&nbsp;b'), 'a\u00a0b');
    assert.equal(decodeEntities('&copy; &euro; &hellip; &mdash;'), '© € … —');
    assert.equal(decodeEntities('&#20013;&#x6587;'), '中文');
    assert.equal(decodeEntities('no references'), 'no references');
    assert.equal(decodeEntities('a & b'), 'a & b', 'a lone ampersand stays');
  });

  test('attribute values follow the attribute rules (no legacy reference before = or a letter)', () => {
    assert.equal(decodeAttribute("script-src 'self' &#39;sha256-x&#39;"), "script-src 'self' 'sha256-x'");
    assert.equal(decodeAttribute('?a=1&copy=2'), '?a=1&copy=2');
    assert.equal(decodeEntities('?a=1&copy=2'), '?a=1©=2');
  });
});

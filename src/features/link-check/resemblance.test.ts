/** Look-alike detection helpers. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeHost, editDistance, foreignScripts, resemblance, skeleton } from './resemblance.ts';

test('edit distance counts substitutions, insertions, deletions and swaps of neighbours', () => {
  assert.equal(editDistance('huaweicloud', 'huaweicloud'), 0);
  assert.equal(editDistance('huawe1cloud', 'huaweicloud'), 1);
  assert.equal(editDistance('huaweiclouds', 'huaweicloud'), 1);
  assert.equal(editDistance('hauweicloud', 'huaweicloud'), 1);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('kitten', 'sitting'), 3);
});

test('skeletons map look-alike letters from other alphabets to Latin ones', () => {
  assert.equal(skeleton('huаweicloud'), 'huaweicloud'); // Cyrillic а
  assert.equal(skeleton('huaweiclοud'), 'huaweicloud'); // Greek ο
  assert.equal(skeleton('HUAWEI'), 'huawei');
  assert.equal(skeleton('huaweiclóud'), 'huaweicloud');
});

test('punycode is decoded for display; a broken label is left as it is', () => {
  assert.equal(decodeHost('www.xn--huweicloud-0qi.com'), 'www.huаweicloud.com');
  assert.equal(decodeHost('www.huaweicloud.com'), 'www.huaweicloud.com');
  assert.equal(decodeHost('xn--'), 'xn--');
  assert.equal(decodeHost('xn--99999999999.example'), 'xn--99999999999.example');
  assert.equal(decodeHost('a.xn--fiqs8s'), 'a.中国');
});

test('resemblance: the brand, near misses, and names that do not resemble', () => {
  assert.equal(resemblance('huaweicloud-intl')?.type, 'brand');
  assert.equal(resemblance('myhuaweicloud')?.type, 'brand');
  assert.deepEqual(resemblance('huawe1cloud'), { type: 'near', skeleton: 'huawe1cloud', distance: 1 });
  assert.equal(resemblance('huawel')?.type, 'near');
  assert.equal(resemblance('xn--huweicloud-0qi')?.type, 'brand');
  assert.equal(resemblance('example'), null);
  assert.equal(resemblance('cloud'), null);
  assert.equal(resemblance(''), null);
  assert.equal(resemblance('a'.repeat(64)), null);
});

test('foreign scripts are named once each, ASCII is not', () => {
  assert.deepEqual(foreignScripts('www.huаweicloud.com'), ['Cyrl']);
  assert.deepEqual(foreignScripts('hυаwei'), ['Grek', 'Cyrl']);
  assert.deepEqual(foreignScripts('huaweicloud'), []);
  assert.deepEqual(foreignScripts('例子'), ['Hani']);
  assert.deepEqual(foreignScripts('ó'), ['Latn']);
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { joinBase, normalizeBase, stripBase } from '../../src/lib/base-path.ts';
import { normalizeBase as fromLocale } from '../../src/lib/locale.ts';

describe('base paths', () => {
  test('normalizeBase gives one leading and one trailing slash', () => {
    for (const [input, expected] of [
      ['/', '/'],
      ['', '/'],
      ['//', '/'],
      ['guide', '/guide/'],
      ['/guide', '/guide/'],
      ['guide/', '/guide/'],
      ['//guide//', '/guide/'],
      ['/a/b', '/a/b/'],
    ] as const)
      assert.equal(normalizeBase(input), expected, input);
  });

  test('the locale module hands out the same function (one place)', () => {
    assert.equal(fromLocale, normalizeBase);
  });

  test('joinBase puts a path under the base, with one slash between', () => {
    assert.equal(joinBase('/', '/faq/'), '/faq/');
    assert.equal(joinBase('/', 'faq/'), '/faq/');
    assert.equal(joinBase('/guide', '/faq/'), '/guide/faq/');
    assert.equal(joinBase('guide/', '//faq/'), '/guide/faq/');
    assert.equal(joinBase('/guide/', ''), '/guide/');
    assert.equal(joinBase('/guide/', '_astro/x.css'), '/guide/_astro/x.css');
  });

  test('stripBase takes the base off, or says the path is outside it', () => {
    assert.equal(stripBase('/', '/zh-cn/faq/'), 'zh-cn/faq/');
    assert.equal(stripBase('/guide/', '/guide/faq/'), 'faq/');
    assert.equal(stripBase('guide', '/guide/'), '');
    assert.equal(stripBase('/guide/', '/guide'), null, 'the base without its slash is not under it');
    assert.equal(stripBase('/guide/', '/guides/faq/'), null);
    assert.equal(stripBase('/guide/', '/faq/'), null);
  });

  test('joinBase and stripBase undo each other', () => {
    for (const base of ['/', '/guide/', '/a/b/'])
      for (const path of ['', 'faq/', 'zh-cn/faq/', '404.html'])
        assert.equal(stripBase(base, joinBase(base, path)), path);
  });
});

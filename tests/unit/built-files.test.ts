import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { builtFiles, fileOfPath, htmlFiles, readPage, sitePathOf } from '../../scripts/lib/built-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'built-files-'));
after(() => rmSync(dir, { recursive: true, force: true }));
for (const [file, text] of Object.entries({
  'index.html': 'home',
  '404.html': 'not found',
  'faq/index.html': 'faq',
  'faq/index.md': '# FAQ',
  'zh-cn/index.html': 'zh home',
  'zh-cn/faq/index.html': 'zh faq',
  'zh-cn/404.html': 'zh not found',
  '_astro/a.js': 'js',
  'llms.txt': 'llms',
  'a b/index.html': 'space',
})) {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

describe('the files of a build', () => {
  test('htmlFiles lists every page, relative with "/", sorted', () => {
    assert.deepEqual(htmlFiles(dir), [
      '404.html',
      'a b/index.html',
      'faq/index.html',
      'index.html',
      'zh-cn/404.html',
      'zh-cn/faq/index.html',
      'zh-cn/index.html',
    ]);
  });

  test('builtFiles filters by ending, or lists everything', () => {
    assert.deepEqual(builtFiles(dir, '.md', '.txt'), ['faq/index.md', 'llms.txt']);
    assert.equal(builtFiles(dir).length, 10);
  });

  test('sitePathOf drops index.html and keeps other names', () => {
    assert.equal(sitePathOf('index.html'), '');
    assert.equal(sitePathOf('zh-cn/faq/index.html'), 'zh-cn/faq/');
    assert.equal(sitePathOf('404.html'), '404.html');
    assert.equal(sitePathOf('zh-cn/404.html'), 'zh-cn/404.html');
  });

  test('fileOfPath finds the file a site path is served from, or null', () => {
    assert.equal(fileOfPath(dir, '/'), 'index.html');
    assert.equal(fileOfPath(dir, ''), 'index.html');
    assert.equal(fileOfPath(dir, '/zh-cn/faq/'), 'zh-cn/faq/index.html');
    assert.equal(fileOfPath(dir, 'zh-cn/faq/'), 'zh-cn/faq/index.html');
    assert.equal(fileOfPath(dir, '/faq'), 'faq/index.html', 'a folder without its slash');
    assert.equal(fileOfPath(dir, '/faq/index.md'), 'faq/index.md');
    assert.equal(fileOfPath(dir, '/404.html'), '404.html');
    assert.equal(fileOfPath(dir, '/a%20b/'), 'a b/index.html', 'percent-escapes decoded');
    assert.equal(fileOfPath(dir, '/faq/?q=1#x'), 'faq/index.html', 'query and hash ignored');
    assert.equal(fileOfPath(dir, '/gone/'), null);
    assert.equal(fileOfPath(dir, '/_astro/'), null, 'a folder without index.html');
    assert.equal(fileOfPath(dir, '/%E0%A4%A/'), null, 'a malformed escape');
    assert.equal(fileOfPath(dir, '/zh-cn/../faq/'), null, 'no way out by ..');
  });

  test('readPage reads a page by its path and throws when there is none', () => {
    assert.equal(readPage(dir, '/zh-cn/'), 'zh home');
    assert.equal(readPage(dir, '/zh-cn/404.html'), 'zh not found');
    assert.throws(() => readPage(dir, '/gone/'), /No built page for \/gone\//);
  });
});

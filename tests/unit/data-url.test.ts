import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { svgDataUrl } from '../../src/lib/data-url.ts';

const favicon = readFileSync('public/favicon.svg', 'utf8');

test('the favicon data URL holds no character a URL may not carry raw (the W3C checker rejects spaces)', () => {
  const url = svgDataUrl(favicon);
  assert.match(url, /^data:image\/svg\+xml,%3Csvg/);
  assert.doesNotMatch(url, /[\s"<>#{}|\\^`]/);
  assert.equal(new URL(url).href, url);
});

test('it decodes to the same drawing without its title', () => {
  const decoded = decodeURIComponent(svgDataUrl(favicon).slice('data:image/svg+xml,'.length));
  assert.doesNotMatch(decoded, /<title>/);
  assert.match(decoded, /<path fill='#b3001b' d='M16 3 29 10v12L16 29 3 22V10z'\/>/);
  assert.equal(
    decoded,
    favicon
      .replace(/<title>[^<]*<\/title>/, '')
      .trim()
      .replace(/"/g, "'"),
  );
});

test('non-ASCII text and percent signs are encoded, not passed through', () => {
  const url = svgDataUrl('<svg><text>指南 100%</text></svg>');
  assert.equal(url, 'data:image/svg+xml,%3Csvg%3E%3Ctext%3E%E6%8C%87%E5%8D%97%20100%25%3C/text%3E%3C/svg%3E');
  assert.equal(decodeURIComponent(url.split(',')[1] ?? ''), '<svg><text>指南 100%</text></svg>');
});

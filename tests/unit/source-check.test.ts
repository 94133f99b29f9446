import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  closestPassage,
  judgeClaim,
  looksLikeNotFound,
  mapLimit,
  normalizeText,
  type PageResult,
  pagePassages,
} from '../../scripts/lib/source-check.ts';

const FIXTURES = 'tests/fixtures/sources';
const claim = (quote: string) => ({
  locale: 'en',
  slug: 'recharge',
  id: 'top-up',
  source: 'https://support.huaweicloud.com/intl/en-us/x.html',
  quote,
  checked: new Date('2026-12-01T00:00:00Z'),
});
const page = (html: string | null, over: Partial<PageResult> = {}): PageResult => ({
  url: 'https://support.huaweicloud.com/intl/en-us/x.html',
  finalUrl: 'https://support.huaweicloud.com/intl/en-us/x.html',
  redirects: [],
  status: 200,
  html,
  ...over,
});

describe('normalizeText', () => {
  test('folds quotes, dashes, full-width forms, spaces around Han characters and case', () => {
    assert.equal(normalizeText('“Funds  Management” — Pay'), '"funds management" - pay');
    assert.equal(normalizeText('资金管理 ＞ 支付，充值。'), normalizeText('资金管理>支付,充值.'));
    assert.equal(normalizeText('ＡＢＣ\u00a0１２３'), 'abc 123');
  });
});

describe('pagePassages', () => {
  test('reads blocks with a parser, inline markup merged, scripts and navigation left out', () => {
    const passages = pagePassages(readFileSync(join(FIXTURES, 'recorded/nested.html'), 'utf8'));
    assert.deepEqual(passages, ['choose "funds management > pay" to repay - then wait.']);
    const found = pagePassages(readFileSync(join(FIXTURES, 'recorded/found.html'), 'utf8'));
    assert.ok(!found.some((p) => p.includes('var s')));
    assert.ok(!found.includes('menu'));
  });
});

describe('judgeClaim', () => {
  test('found, even across nested markup', () => {
    const html = '<main><p>Top-up is <strong>not <em>supported</em></strong> for postpaid customers.</p></main>';
    assert.equal(judgeClaim(claim('Top-up is not supported for postpaid customers.'), page(html)).outcome, 'found');
  });
  test('changed, with the closest passage', () => {
    const html = '<main><p>Something else.</p><p>Top-up is now supported for all customers.</p></main>';
    const r = judgeClaim(claim('Top-up is not supported for postpaid customers.'), page(html));
    assert.equal(r.outcome, 'changed');
    assert.match(r.closest ?? '', /top-up is now supported/);
    assert.ok((r.similarity ?? 0) > 0.5 && (r.similarity ?? 0) < 1);
  });
  test('moved, gone, soft 404, unreachable, server errors', () => {
    const q = claim('Quote.');
    assert.equal(
      judgeClaim(q, page('<p>Quote.</p>', { finalUrl: 'https://support.huaweicloud.com/intl/en-us/y.html' })).outcome,
      'moved',
    );
    assert.equal(
      judgeClaim(q, page('<p>Quote.</p>', { finalUrl: 'https://support.huaweicloud.com/intl/en-us/x.html/' })).outcome,
      'found',
    );
    assert.equal(judgeClaim(q, page('<p>Quote.</p>', { status: 404 })).outcome, 'gone');
    assert.equal(judgeClaim(q, page('<p>Quote.</p>', { status: 410 })).outcome, 'gone');
    assert.equal(judgeClaim(q, page('<title>Page not found</title><p>Quote.</p>')).outcome, 'gone');
    assert.equal(judgeClaim(q, page(null, { status: null, error: 'timeout' })).outcome, 'unreachable');
    assert.equal(judgeClaim(q, page('<p>busy</p>', { status: 503 })).outcome, 'unreachable');
  });
  test('looksLikeNotFound reads the title and heading, in both languages', () => {
    assert.ok(looksLikeNotFound('<title>404</title>'));
    assert.ok(looksLikeNotFound('<h1>抱歉，您访问的页面不存在</h1>'));
    assert.ok(!looksLikeNotFound('<title>Topping Up an Account</title><p>404 errors are rare</p>'));
  });
  test('closestPassage on an empty page', () =>
    assert.deepEqual(closestPassage([], 'x'), { passage: '', similarity: 0 }));
});

test('mapLimit keeps order and never runs more than the limit', async () => {
  let running = 0;
  let most = 0;
  const out = await mapLimit([5, 1, 4, 2, 3], 2, async (n) => {
    running += 1;
    most = Math.max(most, running);
    await new Promise((r) => setTimeout(r, n));
    running -= 1;
    return n * 10;
  });
  assert.deepEqual(out, [50, 10, 40, 20, 30]);
  assert.equal(most, 2);
});

test('npm run check:sources -- --offline: every outcome, as JSON and Markdown, exit 1', () => {
  const out = mkdtempSync(join(tmpdir(), 'sources-'));
  const r = spawnSync(
    process.execPath,
    [
      'scripts/check-sources.ts',
      '--offline',
      join(FIXTURES, 'recorded'),
      '--content',
      join(FIXTURES, 'content'),
      '--out',
      out,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(r.status, 1, r.stderr);
  const report = JSON.parse(readFileSync(join(out, 'sources.json'), 'utf8')) as {
    counts: Record<string, number>;
    claims: { id: string; outcome: string; detail: string; closest?: string }[];
  };
  const outcome = Object.fromEntries(report.claims.map((c) => [c.id, c.outcome]));
  assert.deepEqual(outcome, {
    found: 'found',
    nested: 'found',
    changed: 'changed',
    moved: 'moved',
    gone: 'gone',
    'gone-410': 'gone',
    'soft-404': 'gone',
    unreachable: 'unreachable',
    chinese: 'found',
  });
  assert.deepEqual(report.counts, { found: 3, changed: 1, moved: 1, gone: 3, unreachable: 1 });
  assert.match(report.claims.find((c) => c.id === 'moved')?.detail ?? '', /new\.html \(the quote is there\)/);
  assert.match(report.claims.find((c) => c.id === 'changed')?.closest ?? '', /4th of the following month/);
  const md = readFileSync(join(out, 'sources.md'), 'utf8');
  assert.match(md, /^# Official sources check/);
  assert.match(md, /\| en\/page \| changed \| changed \|/);
  assert.match(r.stdout, /found: 3, changed: 1, moved: 1, gone: 3, unreachable: 1/);
});

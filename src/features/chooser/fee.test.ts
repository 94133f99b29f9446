import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FeeError } from './fee.ts';
import { estimateFee, formatMoney, MAX_AMOUNT } from './fee.ts';

describe('estimateFee', () => {
  test('plain amounts', () => {
    assert.deepEqual(estimateFee('100'), { ok: true, amount: 100, low: 1, high: 2 });
    assert.deepEqual(estimateFee('1234.56'), { ok: true, amount: 1234.56, low: 12.35, high: 24.69 });
    assert.deepEqual(estimateFee('  250.5 '), { ok: true, amount: 250.5, low: 2.51, high: 5.01 });
    assert.deepEqual(estimateFee('.5'), { ok: true, amount: 0.5, low: 0.01, high: 0.01 });
    assert.deepEqual(estimateFee('5.'), { ok: true, amount: 5, low: 0.05, high: 0.1 });
    assert.deepEqual(estimateFee('007'), { ok: true, amount: 7, low: 0.07, high: 0.14 });
  });

  test('rounds to cents, half up, without float drift', () => {
    assert.deepEqual(estimateFee('0.01'), { ok: true, amount: 0.01, low: 0, high: 0 });
    assert.deepEqual(estimateFee('0.50'), { ok: true, amount: 0.5, low: 0.01, high: 0.01 });
    assert.deepEqual(estimateFee('0.49'), { ok: true, amount: 0.49, low: 0, high: 0.01 });
    assert.deepEqual(estimateFee('1.25'), { ok: true, amount: 1.25, low: 0.01, high: 0.03 });
    assert.deepEqual(estimateFee('100.50'), { ok: true, amount: 100.5, low: 1.01, high: 2.01 });
    assert.deepEqual(estimateFee('0.1'), { ok: true, amount: 0.1, low: 0, high: 0 });
  });

  test('well-formed thousands separators', () => {
    assert.deepEqual(estimateFee('1,000'), { ok: true, amount: 1000, low: 10, high: 20 });
    assert.deepEqual(estimateFee('1,000.50'), { ok: true, amount: 1000.5, low: 10.01, high: 20.01 });
    assert.deepEqual(estimateFee('10,000,000'), { ok: true, amount: MAX_AMOUNT, low: 100000, high: 200000 });
  });

  test('limits', () => {
    assert.deepEqual(estimateFee('10000000.00'), { ok: true, amount: 10_000_000, low: 100_000, high: 200_000 });
    assert.deepEqual(estimateFee('10000000.01'), { ok: false, error: 'too-large' });
    assert.deepEqual(estimateFee('99999999999999999999999'), { ok: false, error: 'too-large' });
    assert.deepEqual(estimateFee('9'.repeat(400)), { ok: false, error: 'too-large' });
  });

  const ERRORS: [string, FeeError][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['\t\n', 'empty'],
    ['0', 'zero'],
    ['0.00', 'zero'],
    ['-0', 'zero'],
    ['0,000', 'zero'],
    ['-5', 'negative'],
    ['-1,000.5', 'negative'],
    ['1.234', 'too-many-decimals'],
    ['1.000', 'too-many-decimals'],
    ['-1.999', 'too-many-decimals'],
    ['abc', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['-Infinity', 'not-a-number'],
    ['1e5', 'not-a-number'],
    ['1E5', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['0b101', 'not-a-number'],
    ['--1', 'not-a-number'],
    ['+1', 'not-a-number'],
    ['-', 'not-a-number'],
    ['.', 'not-a-number'],
    ['-.', 'not-a-number'],
    ['1..2', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['1 000', 'not-a-number'],
    ['1,00', 'not-a-number'],
    ['1,0000', 'not-a-number'],
    [',100', 'not-a-number'],
    ['100,', 'not-a-number'],
    ['1,000,00', 'not-a-number'],
    ['1000,50', 'not-a-number'],
    ['1.000,50', 'not-a-number'],
    ['1_000', 'not-a-number'],
    ['$100', 'not-a-number'],
    ['100 USD', 'not-a-number'],
    ['１００', 'not-a-number'],
    ['١٠٠', 'not-a-number'],
    ['1\u200B00', 'not-a-number'],
    ['<script>', 'not-a-number'],
    ['x'.repeat(1000), 'not-a-number'],
  ];

  for (const [input, error] of ERRORS) {
    test(`${JSON.stringify(input.slice(0, 20))} -> ${error}`, () => {
      assert.deepEqual(estimateFee(input), { ok: false, error });
    });
  }

  test('never returns NaN, always low <= high <= amount', () => {
    for (let i = 1; i <= 20_000; i += 7) {
      const input = (i / 100).toFixed(2);
      const r = estimateFee(input);
      assert.ok(r.ok, input);
      assert.ok(!Number.isNaN(r.amount) && !Number.isNaN(r.low) && !Number.isNaN(r.high));
      assert.ok(r.low <= r.high && r.high <= r.amount, input);
      assert.equal(r.amount, i / 100);
      assert.equal(r.low, Math.round(r.low * 100) / 100, 'low is whole cents');
      assert.equal(r.high, Math.round(r.high * 100) / 100, 'high is whole cents');
    }
  });

  test('non-string input does not throw', () => {
    assert.deepEqual(estimateFee(undefined as unknown as string), { ok: false, error: 'not-a-number' });
  });
});

describe('formatMoney', () => {
  const nbsp = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

  test('formats with Intl', () => {
    assert.equal(formatMoney(1234.5, 'USD', 'en-US'), '$1,234.50');
    assert.equal(nbsp(formatMoney(1234.5, 'EUR', 'de-DE')), '1.234,50 €');
    assert.equal(formatMoney(1234, 'JPY', 'ja-JP'), '￥1,234');
    assert.equal(formatMoney(12.3, 'CNY', 'zh-CN'), '¥12.30');
  });

  test('unknown but well-formed currency code still formats', () => {
    assert.match(nbsp(formatMoney(5, 'ABC', 'en-US')), /^ABC 5\.00$/);
  });

  test('malformed currency code falls back to a plain number', () => {
    assert.equal(formatMoney(5, 'US', 'en-US'), '5.00');
    assert.equal(formatMoney(5, '<script>', 'en-US'), '5.00');
    assert.equal(formatMoney(5, 'usd', 'en-US'), '5.00');
  });

  test('invalid locale falls back to English', () => {
    assert.equal(formatMoney(5, 'USD', 'not a locale!!'), '$5.00');
    assert.equal(formatMoney(5, 'US', ''), '5.00');
  });

  test('non-finite values give an empty string', () => {
    assert.equal(formatMoney(Number.NaN, 'USD', 'en-US'), '');
    assert.equal(formatMoney(Number.POSITIVE_INFINITY, 'USD', 'en-US'), '');
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BillDate } from './billing-date.ts';
import { formatBillDate, nextBillDate } from './billing-date.ts';

const bill = (year: number, month: number): BillDate => ({ year, month, day: 3 });
const at = (iso: string) => nextBillDate(new Date(iso));

describe('nextBillDate', () => {
  const CASES: [string, BillDate][] = [
    // Days 1-3 in GMT+8 -> the 3rd of this month (on the 3rd itself: today).
    ['2026-03-01T00:00:00+08:00', bill(2026, 3)],
    ['2026-03-02T12:00:00+08:00', bill(2026, 3)],
    ['2026-03-03T00:00:00+08:00', bill(2026, 3)],
    ['2026-03-03T23:59:59.999+08:00', bill(2026, 3)],
    // From the 4th -> the 3rd of next month.
    ['2026-03-04T00:00:00+08:00', bill(2026, 4)],
    ['2026-03-15T09:30:00+08:00', bill(2026, 4)],
    // GMT+8 boundary, given in UTC.
    ['2026-03-02T15:59:59.999Z', bill(2026, 3)], // Mar 2 23:59 GMT+8
    ['2026-03-02T16:00:00Z', bill(2026, 3)], // Mar 3 00:00 GMT+8: the bill day itself
    ['2026-03-03T15:59:59.999Z', bill(2026, 3)], // Mar 3 23:59 GMT+8
    ['2026-03-03T16:00:00Z', bill(2026, 4)], // Mar 4 00:00 GMT+8
    ['2026-01-31T15:59:59Z', bill(2026, 2)], // Jan 31 23:59 GMT+8
    ['2026-01-31T17:00:00Z', bill(2026, 2)], // Feb 1 01:00 GMT+8 -> Feb 3 (not yet passed)
    ['2026-02-03T16:00:00Z', bill(2026, 3)], // Feb 4 00:00 GMT+8 -> Mar 3
    // Month ends (30, 31, February).
    ['2026-04-30T12:00:00+08:00', bill(2026, 5)],
    ['2026-05-31T12:00:00+08:00', bill(2026, 6)],
    ['2026-02-28T12:00:00+08:00', bill(2026, 3)],
    ['2028-02-29T12:00:00+08:00', bill(2028, 3)], // leap day
    ['2026-02-28T16:00:00Z', bill(2026, 3)], // Mar 1 00:00 GMT+8
    // Year end.
    ['2026-12-04T00:00:00+08:00', bill(2027, 1)],
    ['2026-12-31T23:59:59+08:00', bill(2027, 1)],
    ['2026-12-31T15:59:59Z', bill(2027, 1)],
    ['2026-12-31T16:00:00Z', bill(2027, 1)], // Jan 1 2027 in GMT+8
    ['2027-01-03T10:00:00+08:00', bill(2027, 1)],
    ['2026-12-02T20:00:00-05:00', bill(2026, 12)], // Dec 3 09:00 GMT+8: the bill day itself
  ];

  for (const [iso, expected] of CASES) {
    test(iso, () => assert.deepEqual(at(iso), expected));
  }

  test('every day of 2026 and 2027: result is the 3rd within 0-31 days ahead, in GMT+8', () => {
    const start = Date.UTC(2025, 11, 31, 0);
    for (let t = start; t < Date.UTC(2028, 0, 2); t += 5 * 60 * 60 * 1000) {
      const r = nextBillDate(new Date(t));
      assert.equal(r.day, 3);
      assert.ok(r.month >= 1 && r.month <= 12);
      // The bill day starts at 00:00 GMT+8 = 16:00 UTC the day before.
      const billStart = Date.UTC(r.year, r.month - 1, 3) - 8 * 3600_000;
      const billEnd = billStart + 24 * 3600_000;
      assert.ok(t < billEnd, 'bill day has not passed');
      assert.ok(billStart - t <= 31 * 24 * 3600_000, 'at most a month ahead');
    }
  });

  test('does not depend on the process time zone', () => {
    const d = new Date('2026-06-03T18:00:00Z'); // Jun 4 02:00 GMT+8
    assert.deepEqual(nextBillDate(d), bill(2026, 7));
  });

  test('invalid date throws RangeError', () => {
    assert.throws(() => nextBillDate(new Date('nope')), RangeError);
  });
});

describe('formatBillDate', () => {
  test('long date in the locale, no day shift', () => {
    assert.equal(formatBillDate(bill(2026, 3), 'en-GB'), '3 March 2026');
    assert.equal(formatBillDate(bill(2026, 3), 'en-US'), 'March 3, 2026');
    assert.equal(formatBillDate(bill(2027, 1), 'zh-CN'), '2027年1月3日');
  });

  test('same day whatever the day or locale', () => {
    for (let month = 1; month <= 12; month += 1) {
      assert.match(formatBillDate(bill(2026, month), 'en-GB'), /^3 \w+ 2026$/);
    }
  });

  test('invalid locale falls back to English', () => {
    assert.equal(formatBillDate(bill(2026, 3), 'not a locale!!'), 'March 3, 2026');
  });

  test('format of nextBillDate', () => {
    assert.equal(formatBillDate(nextBillDate(new Date('2026-01-31T17:00:00Z')), 'en-GB'), '3 February 2026');
  });
});

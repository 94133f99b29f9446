/**
 * When is the next monthly bill? Huawei Cloud generates the previous month's bill on the 3rd
 * of each month, with billing cycles counted in GMT+08:00 (no daylight saving time).
 *
 * Rule: take today's date in GMT+08:00. On day 1, 2 or 3 the next bill is the 3rd of this
 * month (on the 3rd itself the answer is today: that is the day the bill is generated);
 * from day 4 on it is the 3rd of the next month (December -> January 3 of the next year).
 */

/** A calendar date; month is 1-12. */
export interface BillDate {
  year: number;
  month: number;
  day: 3;
}

const GMT8_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The date of the next bill (the 3rd, counted in GMT+08:00); throws RangeError for an invalid Date. */
export function nextBillDate(now: Date): BillDate {
  const time = now instanceof Date ? now.getTime() : Number.NaN;
  if (!Number.isFinite(time)) throw new RangeError('nextBillDate: invalid date');
  const gmt8 = new Date(time + GMT8_OFFSET_MS); // read its UTC fields as GMT+08:00 wall time
  const year = gmt8.getUTCFullYear();
  const month = gmt8.getUTCMonth() + 1;
  if (gmt8.getUTCDate() <= 3) return { year, month, day: 3 };
  return month === 12 ? { year: year + 1, month: 1, day: 3 } : { year, month: month + 1, day: 3 };
}

/** Format a bill date for a locale (e.g. '3 March 2026' in en-GB) without any time-zone day shift. */
export function formatBillDate(d: BillDate, locale: string): string {
  const noonUtc = new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
  if (!Number.isFinite(noonUtc.getTime())) return '';
  for (const loc of [locale, 'en']) {
    try {
      return new Intl.DateTimeFormat(loc, { dateStyle: 'long', timeZone: 'UTC' }).format(noonUtc);
    } catch {
      // RangeError: invalid locale tag; try the next one.
    }
  }
  return noonUtc.toISOString().slice(0, 10);
}

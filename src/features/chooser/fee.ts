/**
 * Cross-border card fee estimate. The 1%-2% is the tutorial's estimate of what a card
 * issuer may charge to convert a non-USD card payment; it is not a Huawei fee.
 *
 * Accepted input (after trimming): ASCII digits with an optional '.' and at most 2 decimals
 * ('1000', '1000.5', '.5', '5.'), optionally with well-formed thousands commas ('1,000,000.50'),
 * optionally with a single leading '-' (reported as 'negative'). Everything else ('1e5', '0x10',
 * 'NaN', 'Infinity', '--1', '+1', '1 000', '1,00', '1.000,50', full-width digits) is 'not-a-number'.
 */

/** Largest amount accepted. */
export const MAX_AMOUNT = 10_000_000;

/** Why an input could not be estimated. */
export type FeeError = 'empty' | 'not-a-number' | 'negative' | 'zero' | 'too-large' | 'too-many-decimals';

/** The estimate (amount and fees rounded to cents) or why there is none. */
export type FeeResult = { ok: true; amount: number; low: number; high: number } | { ok: false; error: FeeError };

const NUMBER_RE = /^(-?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/;
const MAX_INPUT_LENGTH = 200;

/** Estimate the 1%-2% cross-border fee on an amount as typed by a person; never NaN. */
export function estimateFee(input: string): FeeResult {
  if (typeof input !== 'string') return { ok: false, error: 'not-a-number' };
  const text = input.trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_INPUT_LENGTH) {
    return { ok: false, error: /^[\d,.]+$/.test(text) ? 'too-large' : 'not-a-number' };
  }
  const match = NUMBER_RE.exec(text);
  const sign = match?.[1] ?? '';
  const whole = (match?.[2] ?? '').replace(/,/g, '');
  const decimals = match?.[3];
  if (!match || (whole === '' && !decimals)) return { ok: false, error: 'not-a-number' };
  if (decimals !== undefined && decimals.length > 2) return { ok: false, error: 'too-many-decimals' };

  // Work in integer cents so rounding is exact (no 1.005 surprises).
  const cents = Number(whole || '0') * 100 + Number((decimals ?? '').padEnd(2, '0'));
  if (cents === 0) return { ok: false, error: 'zero' };
  if (sign === '-') return { ok: false, error: 'negative' };
  if (!(cents <= MAX_AMOUNT * 100)) return { ok: false, error: 'too-large' };
  return {
    ok: true,
    amount: cents / 100,
    low: Math.round(cents / 100) / 100, // 1% of the cents, rounded half up to a cent
    high: Math.round(cents / 50) / 100, // 2%
  };
}

/** Format money with Intl.NumberFormat; falls back to a plain number (plus a well-formed code) if the locale or currency is unusable; '' for a non-finite value. */
export function formatMoney(value: number, currency: string, locale: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const code = typeof currency === 'string' && /^[A-Z]{3}$/.test(currency) ? currency : null;
  for (const loc of [locale, 'en']) {
    try {
      if (code) return new Intl.NumberFormat(loc, { style: 'currency', currency: code }).format(value);
      return new Intl.NumberFormat(loc, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    } catch {
      // RangeError: invalid locale tag; try the next one.
    }
  }
  const plain = value.toFixed(2);
  return code ? `${code} ${plain}` : plain;
}

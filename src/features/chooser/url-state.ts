/**
 * The chooser's answers <-> the page's query string, e.g.
 * `?for=individual&card=yes&pay=monthly&acct=postpaid&need=large,local&amount=250.50&cur=EUR`.
 *
 * Parsing is allowlist-only and never throws: unknown params are ignored, a param that
 * appears more than once is ignored entirely, values longer than 40 characters, values that
 * are not exactly an allowed value (case-sensitive, no trimming, no Unicode folding) and
 * malformed percent-encoding are ignored.
 */

import type { Answers, Need } from './answers.ts';
import { ALL_ACCOUNT_FOR, ALL_ACCOUNT_MODES, ALL_CARD_ANSWERS, ALL_NEEDS, ALL_PAY_PREFERENCES } from './answers.ts';

/** The chooser's answers plus the fee estimate's amount (as typed, validated) and card currency. */
export interface ChooserState extends Answers {
  amount?: string;
  currency?: string;
}

/** A change to apply with mergeQuery: a missing/undefined field keeps its value, null clears it. */
export type ChooserPatch = { [K in keyof ChooserState]?: ChooserState[K] | null | undefined };

/** Currencies accepted in `cur` (ISO 4217, upper-case). */
export const CURRENCIES: readonly string[] = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'HKD',
  'SGD',
  'MYR',
  'THB',
  'IDR',
  'PHP',
  'VND',
  'INR',
  'KRW',
  'AUD',
  'NZD',
  'CAD',
  'CHF',
  'BRL',
  'MXN',
  'ZAR',
  'AED',
  'SAR',
  'TRY',
  'NGN',
  'EGP',
  'PKR',
  'BDT',
  'KES',
];

/** The query params the chooser owns, in canonical order. */
export const QUERY_PARAMS = ['for', 'card', 'pay', 'acct', 'need', 'amount', 'cur'] as const;

/** Longest raw (still percent-encoded) value that is even looked at. */
const MAX_VALUE_LENGTH = 40;

type Param = (typeof QUERY_PARAMS)[number];

const AMOUNT_RE = /^\d+(?:\.\d{1,2})?$/;
const MAX_AMOUNT_LENGTH = 12;

/** True if `value` is one of `allowed` (exact, case-sensitive). */
function isOneOf<T extends string>(allowed: readonly T[], value: string | null | undefined): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/** True for an amount string the URL may carry: digits, optional '.' and 1-2 decimals, at most 12 chars. */
export function isValidAmount(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.length <= MAX_AMOUNT_LENGTH && AMOUNT_RE.test(value);
}

/** True for a currency code in CURRENCIES. */
function isValidCurrency(value: string | null | undefined): value is string {
  return isOneOf(CURRENCIES, value);
}

/** Valid needs from any list: unknown members and duplicates dropped, canonical order. */
function normalizeNeeds(values: readonly string[]): Need[] {
  return ALL_NEEDS.filter((n) => values.includes(n));
}

/** decodeURIComponent with '+' as space; null instead of throwing on malformed input. */
function safeDecode(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Read the chooser's state from a query string ('?a=b' or 'a=b'); never throws. */
export function parseChooserQuery(search: string): ChooserState {
  const state: ChooserState = { needs: [] };
  if (typeof search !== 'string') return state;

  const seen = new Map<Param, string | null>(); // decoded value, or null if unusable
  const repeated = new Set<Param>();
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    if (rawKey.length > MAX_VALUE_LENGTH) continue;
    const key = safeDecode(rawKey);
    if (!isOneOf(QUERY_PARAMS, key)) continue;
    if (seen.has(key)) repeated.add(key);
    seen.set(key, rawValue.length > MAX_VALUE_LENGTH ? null : safeDecode(rawValue));
  }
  const get = (key: Param): string | null => (repeated.has(key) ? null : (seen.get(key) ?? null));

  const who = get('for');
  if (isOneOf(ALL_ACCOUNT_FOR, who)) state.for = who;
  const card = get('card');
  if (isOneOf(ALL_CARD_ANSWERS, card)) state.card = card;
  const pay = get('pay');
  if (isOneOf(ALL_PAY_PREFERENCES, pay)) state.pay = pay;
  const acct = get('acct');
  if (isOneOf(ALL_ACCOUNT_MODES, acct)) state.account = acct;
  const need = get('need');
  if (need !== null) state.needs = normalizeNeeds(need.split(','));
  const amount = get('amount');
  if (isValidAmount(amount)) state.amount = amount;
  const cur = get('cur');
  if (isValidCurrency(cur)) state.currency = cur;
  return state;
}

/**
 * A query string of the chooser's params from form entries ([name, value], as a form submits
 * them): the first value of each single-valued param, every `need` joined by commas, empty
 * values and foreign names left out. Read it with parseChooserQuery, which validates.
 */
export function queryFromEntries(entries: Iterable<readonly [string, string]>): string {
  const single = new Map<string, string>();
  const needs: string[] = [];
  for (const [name, value] of entries) {
    if (value === '' || !isOneOf(QUERY_PARAMS, name)) continue;
    if (name === 'need') needs.push(value);
    else if (!single.has(name)) single.set(name, value);
  }
  const params = new URLSearchParams([...single]);
  if (needs.length > 0) params.set('need', needs.join(','));
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Write the state as a canonical query string ('' or '?for=...'); invalid fields are left out. */
export function serializeChooserQuery(state: ChooserState): string {
  return serialize(state);
}

/**
 * Apply a patch to the chooser state found in `existingSearch` and return the new canonical
 * query string. Only the chooser's own params are kept: foreign params of the page (tracking
 * ids, junk) are dropped, so a shared link carries nothing but the chooser's answers.
 */
export function mergeQuery(existingSearch: string, patch: ChooserPatch): string {
  const old = parseChooserQuery(existingSearch);
  const pick = <T>(next: T | null | undefined, prev: T | undefined): T | undefined =>
    next === undefined ? prev : (next ?? undefined);
  return serialize({
    for: pick(patch.for, old.for),
    card: pick(patch.card, old.card),
    pay: pick(patch.pay, old.pay),
    account: pick(patch.account, old.account),
    needs: pick(patch.needs, old.needs),
    amount: pick(patch.amount, old.amount),
    currency: pick(patch.currency, old.currency),
  });
}

/** Like ChooserState, but any field may be explicitly undefined. */
type LooseState = { readonly [K in keyof ChooserState]?: ChooserState[K] | undefined };

/** Canonical query string from a loosely typed state; drops anything invalid. */
function serialize(state: LooseState): string {
  const parts: string[] = [];
  if (isOneOf(ALL_ACCOUNT_FOR, state.for)) parts.push(`for=${state.for}`);
  if (isOneOf(ALL_CARD_ANSWERS, state.card)) parts.push(`card=${state.card}`);
  if (isOneOf(ALL_PAY_PREFERENCES, state.pay)) parts.push(`pay=${state.pay}`);
  if (isOneOf(ALL_ACCOUNT_MODES, state.account)) parts.push(`acct=${state.account}`);
  const needs = normalizeNeeds(Array.isArray(state.needs) ? state.needs : []);
  if (needs.length > 0) parts.push(`need=${needs.join(',')}`);
  if (isValidAmount(state.amount)) parts.push(`amount=${state.amount}`);
  if (isValidCurrency(state.currency)) parts.push(`cur=${state.currency}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

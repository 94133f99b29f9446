import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ALL_ACCOUNT_FOR, ALL_ACCOUNT_MODES, ALL_CARD_ANSWERS, ALL_NEEDS, ALL_PAY_PREFERENCES } from './recommend.ts';
import type { ChooserState } from './url-state.ts';
import { CURRENCIES, isValidAmount, mergeQuery, parseChooserQuery, serializeChooserQuery } from './url-state.ts';

const EMPTY: ChooserState = { needs: [] };

describe('parseChooserQuery', () => {
  test('reads every param, with or without "?"', () => {
    const expected: ChooserState = {
      for: 'enterprise',
      card: 'unsure',
      pay: 'prepaid',
      account: 'postpaid',
      needs: ['large', 'local', 'discount'],
      amount: '1250.50',
      currency: 'EUR',
    };
    const q = 'for=enterprise&card=unsure&pay=prepaid&acct=postpaid&need=large,local,discount&amount=1250.50&cur=EUR';
    assert.deepEqual(parseChooserQuery(`?${q}`), expected);
    assert.deepEqual(parseChooserQuery(q), expected);
  });

  test('acct: only postpaid, prepaid or unsure, exactly', () => {
    for (const v of ALL_ACCOUNT_MODES) assert.deepEqual(parseChooserQuery(`acct=${v}`), { account: v, needs: [] });
    for (const bad of ['Postpaid', 'post', '', 'prepaid%00', 'unsure ', 'acct']) {
      assert.deepEqual(parseChooserQuery(`acct=${bad}`), EMPTY, bad);
    }
    assert.deepEqual(parseChooserQuery('acct=prepaid&acct=prepaid'), EMPTY);
  });

  test('empty inputs', () => {
    for (const s of ['', '?', '&', '?&&', '=', '?=&=']) assert.deepEqual(parseChooserQuery(s), EMPTY, s);
  });

  test('param order does not matter; percent-encoded comma and keys are decoded', () => {
    assert.deepEqual(parseChooserQuery('?cur=JPY&need=discount%2Clarge&pay=any&%66or=individual'), {
      for: 'individual',
      pay: 'any',
      needs: ['large', 'discount'],
      currency: 'JPY',
    });
  });

  test('need: invalid members dropped, duplicates dropped, canonical order', () => {
    assert.deepEqual(parseChooserQuery('need=discount,bogus,large,large,,LOCAL').needs, ['large', 'discount']);
    assert.deepEqual(parseChooserQuery('need=').needs, []);
    assert.deepEqual(parseChooserQuery('need=,,,').needs, []);
  });

  test('a repeated param is ignored entirely, others kept', () => {
    assert.deepEqual(parseChooserQuery('for=individual&for=individual&card=yes'), { card: 'yes', needs: [] });
    assert.deepEqual(parseChooserQuery('need=large&need=local&pay=any'), { pay: 'any', needs: [] });
    assert.deepEqual(parseChooserQuery('cur=EUR&cur=%E0%A4%A'), EMPTY);
    assert.deepEqual(parseChooserQuery('for=individual&%66or=enterprise'), EMPTY);
  });

  test('amount: digits with up to 2 decimals, at most 12 characters', () => {
    for (const ok of ['0', '1', '100', '99.9', '99.99', '123456789.12', '123456789012']) {
      assert.equal(parseChooserQuery(`amount=${ok}`).amount, ok, ok);
    }
    for (const bad of [
      '',
      '1.',
      '.5',
      '1.234',
      '-1',
      '+1',
      '1e5',
      '1,000',
      '0x10',
      'NaN',
      'Infinity',
      '1234567890123',
      '1234567890.12',
      '１２',
    ]) {
      assert.equal(parseChooserQuery(`amount=${encodeURIComponent(bad)}`).amount, undefined, bad);
    }
  });

  test('currency: allowlist only, upper-case', () => {
    for (const c of CURRENCIES) assert.equal(parseChooserQuery(`cur=${c}`).currency, c);
    for (const bad of ['eur', 'Eur', 'XXX', 'EURO', 'EU', 'BTC', 'USDT']) {
      assert.equal(parseChooserQuery(`cur=${bad}`).currency, undefined, bad);
    }
  });

  test('values are case-sensitive and not trimmed', () => {
    assert.deepEqual(parseChooserQuery('for=Individual&card=YES&pay=%20any&need=Large'), EMPTY);
    assert.deepEqual(parseChooserQuery('pay=any+'), EMPTY);
  });

  const HOSTILE: string[] = [
    '?for=<script>alert(1)</script>',
    '?for=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '?card="yes"',
    "?card='yes'",
    '?card=yes%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    '?for=ｉｎｄｉｖｉｄｕａｌ', // full-width letters
    '?for=%EF%BD%89ndividual', // percent-encoded full-width i
    '?card=y\u0435s', // Cyrillic e
    '?pay=month\u200Bly', // zero-width space
    '?pay=monthly%E2%80%8B', // encoded zero-width space
    '?pay=\u202Emonthly', // RTL override
    '?pay=%E2%80%AEylhtnom',
    '?for=individual%00',
    '?for=%', // malformed: decodeURIComponent throws
    '?for=%E0%A4%A', // truncated UTF-8 sequence
    '?for=%ZZ',
    '?%=individual',
    '?%E0%A4%A=1',
    '?for=%uD800', // old-style escape
    '?card=%ED%A0%80', // encoded lone surrogate
    '?need=large%2C%3Cscript%3E',
    `?need=${'large,'.repeat(20)}`, // longer than 40 characters
    `?for=${'a'.repeat(100_000)}`,
    `?${'x'.repeat(10_000)}=1`,
    '?__proto__=x&constructor=y&toString=z',
    '?for[]=individual',
    '?for.=individual',
    '?FOR=individual&CARD=yes',
    '?cur=eur',
    '?cur=EUR%00',
    '?amount=1%2E5%2E5',
    '?amount=javascript:alert(1)',
    '?amount=1e308',
    '?amount=-0',
    '?amount=%31%30%30%30%30%30%30%30%30%30%30%30%30', // 13 digits, encoded
    '?for=individual#card=yes',
    '??for=individual',
    '? for=individual',
    '?for =individual',
    '?for=individual;card=yes',
    '?need=large\u2063,local', // invisible separator
  ];

  test(`${HOSTILE.length} hostile inputs never throw and yield nothing invalid`, () => {
    assert.ok(HOSTILE.length >= 25);
    for (const input of HOSTILE) {
      let s: ChooserState = EMPTY;
      assert.doesNotThrow(
        () => {
          s = parseChooserQuery(input);
        },
        input.slice(0, 60),
      );
      assert.deepEqual(
        Object.keys(s).filter((k) => !['for', 'card', 'pay', 'account', 'needs', 'amount', 'currency'].includes(k)),
        [],
      );
      if (s.for !== undefined) assert.ok(ALL_ACCOUNT_FOR.includes(s.for));
      if (s.card !== undefined) assert.ok(ALL_CARD_ANSWERS.includes(s.card));
      if (s.pay !== undefined) assert.ok(ALL_PAY_PREFERENCES.includes(s.pay));
      if (s.account !== undefined) assert.ok(ALL_ACCOUNT_MODES.includes(s.account));
      for (const n of s.needs) assert.ok(ALL_NEEDS.includes(n));
      if (s.amount !== undefined) assert.ok(isValidAmount(s.amount));
      if (s.currency !== undefined) assert.ok(CURRENCIES.includes(s.currency));
      assert.ok(!/[<>"'%\s]/.test(serializeChooserQuery(s)), input.slice(0, 60));
    }
  });

  test('hostile inputs are ignored (exact results)', () => {
    const all = HOSTILE.map((h) => parseChooserQuery(h));
    // Only the need lists keep their valid members.
    assert.deepEqual(parseChooserQuery('?need=large%2C%3Cscript%3E'), { needs: ['large'] });
    assert.deepEqual(parseChooserQuery('?need=large\u2063,local'), { needs: ['local'] });
    // '?for=individual;card=yes' is one param with the value 'individual;card=yes' -> ignored.
    // '?for=individual#card=yes': value 'individual#card=yes' -> ignored (callers pass location.search).
    const nonEmpty = all.filter((s) => JSON.stringify(s) !== JSON.stringify(EMPTY));
    assert.deepEqual(nonEmpty, [{ needs: ['large'] }, { needs: ['local'] }]);
  });

  test('hostile param next to valid ones: the valid ones survive', () => {
    assert.deepEqual(parseChooserQuery('?card=yes&for=%E0%A4%A&pay=monthly&x=<script>'), {
      card: 'yes',
      pay: 'monthly',
      needs: [],
    });
  });

  test('non-string input does not throw', () => {
    assert.deepEqual(parseChooserQuery(undefined as unknown as string), EMPTY);
    assert.deepEqual(parseChooserQuery(null as unknown as string), EMPTY);
  });
});

describe('serializeChooserQuery', () => {
  test('empty state -> empty string', () => {
    assert.equal(serializeChooserQuery(EMPTY), '');
  });

  test('canonical order, omits empty', () => {
    const s: ChooserState = {
      currency: 'GBP',
      needs: ['discount', 'large'],
      account: 'prepaid',
      pay: 'monthly',
      for: 'individual',
    };
    assert.equal(serializeChooserQuery(s), '?for=individual&pay=monthly&acct=prepaid&need=large,discount&cur=GBP');
    assert.equal(serializeChooserQuery({ needs: [], amount: '12.5' }), '?amount=12.5');
  });

  test('drops invalid values it is handed at runtime', () => {
    const bad = {
      for: 'x<y',
      card: 'YES',
      account: 'post paid',
      needs: ['large', 'large', 'nope'],
      amount: '1e5',
      currency: 'eur',
    } as unknown as ChooserState;
    assert.equal(serializeChooserQuery(bad), '?need=large');
  });

  test('round-trips: parse(serialize(s)) deep-equals s for canonical states', () => {
    const states: ChooserState[] = [
      EMPTY,
      { for: 'individual', card: 'yes', pay: 'monthly', needs: [] },
      { for: 'individual', card: 'yes', pay: 'prepaid', account: 'unsure', needs: [] },
      {
        for: 'enterprise',
        card: 'no',
        pay: 'any',
        needs: ['large', 'local', 'discount'],
        amount: '0.99',
        currency: 'USD',
      },
      { needs: ['local'], amount: '10000000' },
    ];
    for (const s of states) assert.deepEqual(parseChooserQuery(serializeChooserQuery(s)), s);
  });

  test('serialize(parse(q)) is idempotent', () => {
    const q = '?cur=INR&need=local,large,local&card=no&utm_source=x&pay=prepaid';
    const once = serializeChooserQuery(parseChooserQuery(q));
    assert.equal(once, '?card=no&pay=prepaid&need=large,local&cur=INR');
    assert.equal(serializeChooserQuery(parseChooserQuery(once)), once);
  });
});

describe('mergeQuery', () => {
  test('applies the patch, keeps other chooser params, drops foreign params', () => {
    const existing = '?utm_source=news&for=individual&card=yes&amount=100&cur=EUR&lang=zh';
    assert.equal(mergeQuery(existing, { pay: 'monthly' }), '?for=individual&card=yes&pay=monthly&amount=100&cur=EUR');
  });

  test('undefined keeps, null clears', () => {
    const existing = '?for=individual&card=yes&pay=any&need=local&amount=5&cur=EUR';
    assert.equal(
      mergeQuery(existing, { card: undefined, amount: null, needs: null }),
      '?for=individual&card=yes&pay=any&cur=EUR',
    );
    assert.equal(
      mergeQuery(existing, { for: null, card: null, pay: null, needs: [], amount: null, currency: null }),
      '',
    );
  });

  test('the account answer is kept, replaced and cleared like the others', () => {
    assert.equal(mergeQuery('?for=individual&acct=unsure', { account: 'postpaid' }), '?for=individual&acct=postpaid');
    assert.equal(mergeQuery('?acct=prepaid&pay=any', { for: 'individual' }), '?for=individual&pay=any&acct=prepaid');
    assert.equal(mergeQuery('?acct=prepaid', { account: null }), '');
  });

  test('replaces needs and fixes their order', () => {
    assert.equal(mergeQuery('?need=large', { needs: ['discount', 'local'] }), '?need=local,discount');
  });

  test('hostile existing query is cleaned', () => {
    assert.equal(mergeQuery('?for=%E0%A4%A&card=<script>&x="', { pay: 'prepaid' }), '?pay=prepaid');
  });

  test('a full state works as a patch', () => {
    const s: ChooserState = { for: 'enterprise', card: 'no', pay: 'prepaid', needs: ['large'] };
    assert.equal(mergeQuery('', s), serializeChooserQuery(s));
  });
});

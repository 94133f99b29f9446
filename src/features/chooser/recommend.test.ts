import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AccountFor, AccountMode, Answers, CardAnswer, Need, PayPreference } from './recommend.ts';
import {
  ALL_ACCOUNT_FOR,
  ALL_ACCOUNT_MODES,
  ALL_CARD_ANSWERS,
  ALL_CAVEATS,
  ALL_METHODS,
  ALL_NEEDS,
  ALL_PAY_PREFERENCES,
  ALL_REASONS,
  METHOD_CAVEATS,
  recommend,
} from './recommend.ts';

const PARTNER_CAVEATS = ['partner-7-days', 'partner-reseller-frozen', 'partner-safety'] as const;

/** Every subset of `items`, members in the order of `items`. */
function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((acc, item) => acc.concat(acc.map((s) => [...s, item])), [[]]);
}

function answers(
  f: AccountFor | undefined,
  card: CardAnswer | undefined,
  pay: PayPreference | undefined,
  account: AccountMode | undefined,
  needs: Need[],
): Answers {
  const a: Answers = { needs };
  if (f !== undefined) a.for = f;
  if (card !== undefined) a.card = card;
  if (pay !== undefined) a.pay = pay;
  if (account !== undefined) a.account = account;
  return a;
}

function allCombinations(): Answers[] {
  const list: Answers[] = [];
  for (const f of [undefined, ...ALL_ACCOUNT_FOR])
    for (const card of [undefined, ...ALL_CARD_ANSWERS])
      for (const pay of [undefined, ...ALL_PAY_PREFERENCES])
        for (const account of [undefined, ...ALL_ACCOUNT_MODES])
          for (const needs of subsets(ALL_NEEDS)) list.push(answers(f, card, pay, account, needs));
  return list;
}

const unique = <T>(xs: readonly T[]): boolean => new Set(xs).size === xs.length;

describe('recommend: invariants over every combination', () => {
  const combos = allCombinations();

  test('covers 3 x 4 x 4 x 4 x 8 combinations', () => {
    assert.equal(combos.length, 3 * 4 * 4 * 4 * 8);
  });

  for (const a of combos) {
    const label = JSON.stringify(a);
    test(label, () => {
      const r = recommend(a);
      const missing = (['for', 'card', 'pay'] as const).filter((k) => a[k] === undefined);
      assert.deepEqual(r.missing, missing);

      if (missing.length > 0) {
        assert.equal(r.status, 'incomplete');
        assert.equal(r.method, null);
        assert.deepEqual(r.reasons, []);
        assert.deepEqual(r.caveats, []);
        assert.deepEqual(r.alternatives, []);
        return;
      }

      assert.equal(r.status, 'ready');
      const method = r.method;
      assert.ok(method !== null && ALL_METHODS.includes(method));
      assert.ok(r.reasons.length >= 1 && r.reasons.length <= 3, 'reasons: 1-3');
      assert.ok(unique(r.reasons));
      for (const reason of r.reasons) assert.ok(ALL_REASONS.includes(reason), reason);

      assert.ok(!r.alternatives.includes(method), 'alternatives exclude the method');
      assert.ok(unique(r.alternatives), 'alternatives unique');
      for (const m of r.alternatives) assert.ok(ALL_METHODS.includes(m));
      // Alternatives come in canonical order.
      assert.deepEqual(
        r.alternatives,
        ALL_METHODS.filter((m) => r.alternatives.includes(m)),
      );

      if (a.card === 'no') {
        assert.notEqual(method, 'card');
        assert.ok(!r.alternatives.includes('card'));
        assert.notEqual(method, 'topup');
        assert.ok(!r.alternatives.includes('topup'));
      }
      if (a.card === 'unsure') {
        assert.notEqual(method, 'card');
        assert.ok(r.caveats.includes('check-card'));
        assert.equal(r.caveats[0], 'check-card');
      }
      if (a.card === 'no' || a.needs.length > 0) assert.equal(method, 'partner');

      // Top-up is only for prepaid accounts: recommended only to a reader who says so, never
      // offered to a postpaid one, and whenever it is offered the reader is told it needs a
      // prepaid account.
      if (method === 'topup') assert.equal(a.account, 'prepaid');
      if (a.account === 'postpaid') assert.ok(method !== 'topup' && !r.alternatives.includes('topup'));
      if (method === 'topup' || r.alternatives.includes('topup')) assert.ok(r.caveats.includes('postpaid-no-topup'));
      if (a.account === 'prepaid') assert.ok(method !== 'card' && !r.alternatives.includes('card'));
      // Wished for but perhaps not allowed: said first (after the card check), with what to do instead.
      if (a.pay === 'prepaid' && a.account !== 'prepaid' && method !== 'partner') {
        assert.equal(method, 'card');
        assert.equal(r.caveats[a.card === 'unsure' ? 1 : 0], 'postpaid-no-topup');
        assert.ok(r.reasons.includes(a.account === 'postpaid' ? 'is-postpaid' : 'likely-postpaid'));
      }
      const unknownMode = a.account === undefined || a.account === 'unsure';
      const topupWished = a.pay === 'prepaid' && method !== 'partner';
      assert.equal(
        r.caveats.includes('check-account-mode'),
        unknownMode && (topupWished || method === 'topup' || r.alternatives.includes('topup')),
        'how to tell the account type, when it matters and is not known',
      );

      assert.ok(r.caveats.length > 0);
      assert.ok(unique(r.caveats), 'caveats unique');
      for (const c of r.caveats) assert.ok(ALL_CAVEATS.includes(c), c);
      for (const m of [method, ...r.alternatives]) {
        for (const c of METHOD_CAVEATS[m]) assert.ok(r.caveats.includes(c), `${m} needs ${c}`);
      }
      if (method === 'partner' || r.alternatives.includes('partner')) {
        for (const c of PARTNER_CAVEATS) assert.ok(r.caveats.includes(c), c);
      } else {
        for (const c of PARTNER_CAVEATS) assert.ok(!r.caveats.includes(c), c);
      }
      if (a.card !== 'yes') assert.ok(r.caveats.includes('card-required-to-buy'));
      if (a.card === 'yes') assert.ok(!r.caveats.includes('card-required-to-buy'));

      // Deterministic: same answers (needs in any order, duplicated) -> same result.
      const shuffled = { ...a, needs: [...a.needs].reverse().concat(a.needs) };
      assert.deepEqual(recommend(shuffled), r);
    });
  }
});

describe('recommend: specific cases', () => {
  test('nothing answered', () => {
    assert.deepEqual(recommend({ needs: [] }), {
      status: 'incomplete',
      method: null,
      reasons: [],
      caveats: [],
      alternatives: [],
      missing: ['for', 'card', 'pay'],
    });
  });

  test('needs alone do not make it ready', () => {
    const r = recommend({ for: 'enterprise', card: 'yes', needs: ['large'] });
    assert.equal(r.status, 'incomplete');
    assert.deepEqual(r.missing, ['pay']);
  });

  test('individual with a card, monthly -> card', () => {
    assert.deepEqual(recommend({ for: 'individual', card: 'yes', pay: 'monthly', needs: [] }), {
      status: 'ready',
      method: 'card',
      reasons: ['has-card', 'wants-monthly'],
      caveats: ['card-brands', 'card-check', 'bill-on-3rd', 'fx-fee'],
      alternatives: [],
      missing: [],
    });
  });

  test('individual with a card, any, account type unknown -> card; top-up only as an alternative, with its limits', () => {
    const r = recommend({ for: 'individual', card: 'yes', pay: 'any', needs: [] });
    assert.equal(r.method, 'card');
    assert.deepEqual(r.reasons, ['has-card', 'no-preference']);
    assert.deepEqual(r.alternatives, ['topup']);
    assert.deepEqual(r.caveats, [
      'check-account-mode',
      'card-brands',
      'card-check',
      'bill-on-3rd',
      'fx-fee',
      'postpaid-no-topup',
      'online-payment-limited',
      'paypal-undocumented',
    ]);
  });

  test('individual with a card, any, postpaid -> card, no top-up at all', () => {
    const r = recommend({ for: 'individual', card: 'yes', pay: 'any', account: 'postpaid', needs: [] });
    assert.equal(r.method, 'card');
    assert.deepEqual(r.alternatives, []);
    assert.deepEqual(r.caveats, ['card-brands', 'card-check', 'bill-on-3rd', 'fx-fee']);
  });

  test("wants to top up, account type unknown (the guide's reader) -> card, told first why not top-up", () => {
    for (const account of [undefined, 'unsure'] as const) {
      const a: Answers = { for: 'individual', card: 'yes', pay: 'prepaid', needs: [] };
      if (account) a.account = account;
      const r = recommend(a);
      assert.equal(r.method, 'card');
      assert.deepEqual(r.reasons, ['has-card', 'likely-postpaid']);
      assert.deepEqual(r.alternatives, ['topup']);
      assert.deepEqual(r.caveats.slice(0, 3), ['postpaid-no-topup', 'check-account-mode', 'card-brands']);
    }
  });

  test('wants to top up, postpaid -> card, top-up not offered', () => {
    const r = recommend({ for: 'individual', card: 'yes', pay: 'prepaid', account: 'postpaid', needs: [] });
    assert.equal(r.method, 'card');
    assert.deepEqual(r.reasons, ['has-card', 'is-postpaid']);
    assert.deepEqual(r.alternatives, []);
    assert.deepEqual(r.caveats, ['postpaid-no-topup', 'card-brands', 'card-check', 'bill-on-3rd', 'fx-fee']);
  });

  test('prepaid account with a card -> top-up, whatever the pay preference', () => {
    for (const pay of ALL_PAY_PREFERENCES) {
      const r = recommend({ for: 'individual', card: 'yes', pay, account: 'prepaid', needs: [] });
      assert.equal(r.method, 'topup', pay);
      assert.deepEqual(r.reasons, ['has-card', 'account-prepaid']);
      assert.deepEqual(r.alternatives, []);
      assert.deepEqual(r.caveats, [
        'postpaid-no-topup',
        'online-payment-limited',
        'card-brands',
        'fx-fee',
        'paypal-undocumented',
      ]);
    }
  });

  test('enterprise with a card, prepaid, account unknown -> card; top-up and bank transfer as alternatives', () => {
    const r = recommend({ for: 'enterprise', card: 'yes', pay: 'prepaid', needs: [] });
    assert.equal(r.method, 'card');
    assert.deepEqual(r.alternatives, ['topup', 'transfer']);
    assert.deepEqual(r.reasons, ['has-card', 'likely-postpaid', 'enterprise-transfer']);
    assert.ok(r.caveats.includes('transfer-ticket'));
    assert.equal(r.caveats[0], 'postpaid-no-topup');
  });

  test('enterprise, prepaid account -> top-up, bank transfer as alternative', () => {
    const r = recommend({ for: 'enterprise', card: 'yes', pay: 'prepaid', account: 'prepaid', needs: [] });
    assert.equal(r.method, 'topup');
    assert.deepEqual(r.alternatives, ['transfer']);
    assert.deepEqual(r.reasons, ['has-card', 'account-prepaid', 'enterprise-transfer']);
  });

  test('enterprise with a card, monthly -> card, PayPal flagged as undocumented', () => {
    const r = recommend({ for: 'enterprise', card: 'yes', pay: 'monthly', needs: [] });
    assert.equal(r.method, 'card');
    assert.deepEqual(r.alternatives, []);
    assert.equal(r.caveats.at(-1), 'paypal-undocumented');
  });

  test('no card -> partner, with the card-required caveat', () => {
    const r = recommend({ for: 'individual', card: 'no', pay: 'monthly', needs: [] });
    assert.equal(r.method, 'partner');
    assert.deepEqual(r.reasons, ['no-card']);
    assert.deepEqual(r.alternatives, []);
    assert.deepEqual(r.caveats, [
      'partner-7-days',
      'partner-reseller-frozen',
      'partner-safety',
      'card-required-to-buy',
    ]);
  });

  test('enterprise, no card, prepaid -> partner, bank transfer as alternative', () => {
    const r = recommend({ for: 'enterprise', card: 'no', pay: 'prepaid', needs: [] });
    assert.equal(r.method, 'partner');
    assert.deepEqual(r.alternatives, ['transfer']);
    assert.deepEqual(r.reasons, ['no-card', 'enterprise-transfer']);
  });

  test('enterprise with a card, monthly, large -> partner; card and transfer as alternatives', () => {
    const r = recommend({ for: 'enterprise', card: 'yes', pay: 'monthly', needs: ['large'] });
    assert.equal(r.method, 'partner');
    assert.deepEqual(r.alternatives, ['card', 'transfer']);
    assert.deepEqual(r.reasons, ['needs-large', 'enterprise-transfer']);
  });

  test('individual with a card, prepaid, large -> partner; card, top-up and transfer as alternatives', () => {
    const r = recommend({ for: 'individual', card: 'yes', pay: 'prepaid', needs: ['large'] });
    assert.equal(r.method, 'partner');
    assert.deepEqual(r.alternatives, ['card', 'topup', 'transfer']);
    assert.deepEqual(r.reasons, ['needs-large']);
    assert.ok(r.caveats.indexOf('partner-7-days') < r.caveats.indexOf('postpaid-no-topup'));
  });

  test('local payment or discount -> partner', () => {
    for (const need of ['local', 'discount'] as const) {
      const r = recommend({ for: 'individual', card: 'yes', pay: 'monthly', needs: [need] });
      assert.equal(r.method, 'partner');
      assert.deepEqual(r.reasons, [need === 'local' ? 'needs-local' : 'needs-discount']);
      assert.deepEqual(r.alternatives, ['card']);
    }
  });

  test('reasons are capped at 3, card reason first', () => {
    const r = recommend({ for: 'enterprise', card: 'no', pay: 'any', needs: ['discount', 'local', 'large'] });
    assert.deepEqual(r.reasons, ['no-card', 'needs-large', 'needs-local']);
  });

  test('unsure card, monthly -> partner, card as alternative, check-card first', () => {
    const r = recommend({ for: 'individual', card: 'unsure', pay: 'monthly', needs: [] });
    assert.equal(r.method, 'partner');
    assert.deepEqual(r.reasons, ['unsure-card']);
    assert.deepEqual(r.alternatives, ['card']);
    assert.deepEqual(r.caveats.slice(0, 4), [
      'check-card',
      'partner-7-days',
      'partner-reseller-frozen',
      'partner-safety',
    ]);
    assert.ok(r.caveats.includes('card-brands'));
  });

  test('unsure card, prepaid, enterprise -> partner; card, top-up and transfer as alternatives', () => {
    const r = recommend({ for: 'enterprise', card: 'unsure', pay: 'prepaid', needs: [] });
    assert.equal(r.method, 'partner');
    assert.deepEqual(r.alternatives, ['card', 'topup', 'transfer']);
    const postpaid = recommend({ for: 'enterprise', card: 'unsure', pay: 'prepaid', account: 'postpaid', needs: [] });
    assert.deepEqual(postpaid.alternatives, ['card', 'transfer']);
  });

  test('junk account answers at runtime count as not known', () => {
    const junk = { for: 'individual', card: 'yes', pay: 'prepaid', account: 'bogus', needs: [] } as unknown as Answers;
    assert.deepEqual(recommend(junk), recommend({ for: 'individual', card: 'yes', pay: 'prepaid', needs: [] }));
  });

  test('junk needs at runtime are ignored', () => {
    const junk = ['large', 'bogus', 'large'] as unknown as Need[];
    const r = recommend({ for: 'individual', card: 'yes', pay: 'monthly', needs: junk });
    assert.deepEqual(r.reasons, ['needs-large']);
  });

  test('does not mutate its input', () => {
    const a: Answers = { for: 'individual', card: 'yes', pay: 'monthly', needs: ['local', 'large'] };
    const copy = structuredClone(a);
    recommend(a);
    assert.deepEqual(a, copy);
  });

  test('method caveats exist and partner caveats are the three partner ids', () => {
    assert.deepEqual([...METHOD_CAVEATS.partner], [...PARTNER_CAVEATS]);
    for (const m of ALL_METHODS) for (const c of METHOD_CAVEATS[m]) assert.ok(ALL_CAVEATS.includes(c));
    assert.ok(unique(ALL_CAVEATS) && unique(ALL_REASONS) && unique(ALL_METHODS) && unique(ALL_NEEDS));
    assert.ok(unique(ALL_ACCOUNT_MODES));
  });
});

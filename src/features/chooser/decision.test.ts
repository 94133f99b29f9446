import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chooserWords, type DecisionWords, decisionRows, decisionTable } from './decision.ts';
import {
  ALL_ACCOUNT_FOR,
  ALL_ACCOUNT_MODES,
  ALL_CARD_ANSWERS,
  ALL_NEEDS,
  ALL_PAY_PREFERENCES,
  type Need,
  recommend,
} from './recommend.ts';
import { ISLAND_STRINGS } from './strings.ts';

const needSets: Need[][] = [[]];
for (const need of ALL_NEEDS) for (const set of [...needSets]) needSets.push([...set, need]);

describe('chooser decision table', () => {
  test('the rows the current rules give, in the order of the answers', () => {
    assert.deepEqual(
      decisionRows().map((r) => [r.card, r.pay ?? 'any', r.needs, r.account, r.methods.join('/')]),
      [
        ['yes', 'monthly', 'none', 'prepaid', 'topup'],
        ['yes', 'monthly', 'none', 'other', 'card'],
        ['yes', 'monthly', 'some', 'any', 'partner'],
        ['yes', 'prepaid', 'none', 'prepaid', 'topup'],
        ['yes', 'prepaid', 'none', 'other', 'card'],
        ['yes', 'prepaid', 'some', 'any', 'partner'],
        ['yes', 'any', 'none', 'prepaid', 'topup'],
        ['yes', 'any', 'none', 'other', 'card'],
        ['yes', 'any', 'some', 'any', 'partner'],
        ['no', 'any', 'any', 'any', 'partner'],
        ['unsure', 'any', 'any', 'any', 'partner'],
      ],
    );
  });
  test('every complete set of answers is covered by exactly one row, which names what recommend() suggests', () => {
    const rows = decisionRows();
    for (const who of ALL_ACCOUNT_FOR)
      for (const card of ALL_CARD_ANSWERS)
        for (const pay of ALL_PAY_PREFERENCES)
          for (const account of [undefined, ...ALL_ACCOUNT_MODES])
            for (const needs of needSets) {
              const label = `${who} ${card} ${pay} ${account} [${needs}]`;
              const matching = rows.filter(
                (r) =>
                  r.card === card &&
                  (r.pay === null || r.pay === pay) &&
                  (r.needs === 'any' || (r.needs === 'none') === (needs.length === 0)) &&
                  (r.account === 'any' || (r.account === 'prepaid') === (account === 'prepaid')),
              );
              assert.equal(matching.length, 1, label);
              const answers = account ? { for: who, card, pay, account, needs } : { for: who, card, pay, needs };
              const method = recommend(answers).method;
              assert.ok(method && matching[0]?.methods.includes(method), label);
            }
  });
  test('the table is written with the words of the locale', () => {
    const dict = ISLAND_STRINGS['zh-cn'];
    const words: DecisionWords = {
      caption: '选择工具的建议',
      header: ['卡', '付款', '需要', '账号', '建议'],
      any: '任意',
      none: '都不需要',
      some: '至少一项',
      prepaid: dict['q.acct.prepaid'],
      other: '后付费或还不知道',
      or: '或',
      cardAnswer: { yes: dict['q.card.yes'], no: dict['q.card.no'], unsure: dict['q.card.unsure'] },
      payAnswer: { monthly: dict['q.pay.monthly'], prepaid: dict['q.pay.prepaid'], any: dict['q.pay.any'] },
      method: {
        card: dict['method.card'],
        topup: dict['method.topup'],
        partner: dict['method.partner'],
        transfer: dict['method.transfer'],
      },
    };
    const table = decisionTable(words);
    assert.equal(table.caption, '选择工具的建议');
    assert.deepEqual(table.header, ['卡', '付款', '需要', '账号', '建议']);
    assert.equal(table.rows.length, 11);
    assert.deepEqual(table.rows[3], [
      dict['q.card.yes'],
      dict['q.pay.prepaid'],
      '都不需要',
      dict['q.acct.prepaid'],
      dict['method.topup'],
    ]);
    assert.deepEqual(table.rows[4], [
      dict['q.card.yes'],
      dict['q.pay.prepaid'],
      '都不需要',
      '后付费或还不知道',
      dict['method.card'],
    ]);
    assert.deepEqual(table.rows[9], [dict['q.card.no'], '任意', '任意', '任意', dict['method.partner']]);
  });
  test("the answers' and methods' words come from the chooser's own strings, one name per method", () => {
    for (const locale of ['en', 'zh-cn'] as const) {
      const dict = ISLAND_STRINGS[locale];
      const words = chooserWords(locale);
      assert.deepEqual(words.cardAnswer, {
        yes: dict['q.card.yes'],
        no: dict['q.card.no'],
        unsure: dict['q.card.unsure'],
      });
      assert.deepEqual(words.payAnswer, {
        monthly: dict['q.pay.monthly'],
        prepaid: dict['q.pay.prepaid'],
        any: dict['q.pay.any'],
      });
      assert.deepEqual(words.method, {
        card: dict['method.card'],
        topup: dict['method.topup'],
        partner: dict['method.partner'],
        transfer: dict['method.transfer'],
      });
    }
  });
});

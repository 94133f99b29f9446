import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { dictionaryMismatches, translator } from '../../i18n/translate.ts';
import type { FeeError } from './fee.ts';
import { COMPARE_ASPECTS, METHODS } from './methods.ts';
import type { Answers, Need } from './recommend.ts';
import {
  ALL_ACCOUNT_FOR,
  ALL_ACCOUNT_MODES,
  ALL_CARD_ANSWERS,
  ALL_CAVEATS,
  ALL_METHODS,
  ALL_NEEDS,
  ALL_PAY_PREFERENCES,
  ALL_QUESTIONS,
  ALL_REASONS,
  recommend,
} from './recommend.ts';
import { COMPARE_STRINGS, ISLAND_STRINGS } from './strings.ts';
import {
  amountForUrl,
  CHOOSER_PAGE,
  currencyLabel,
  explainReasons,
  feeView,
  fill,
  joinList,
  METHOD_SECTION,
  methodHref,
  pickFormatLocale,
  splitTemplate,
  statusText,
} from './text.ts';
import { CURRENCIES } from './url-state.ts';

const LOCALES = ['en', 'zh-cn'] as const;
const en = ISLAND_STRINGS.en;
const zh = ISLAND_STRINGS['zh-cn'];
/** Every string of a locale: the island's and the comparison table's. */
const CHOOSER = {
  en: { ...en, ...COMPARE_STRINGS.en },
  'zh-cn': { ...zh, ...COMPARE_STRINGS['zh-cn'] },
} as const;
const tEn = translator(en, 'en');
const tZh = translator(zh, 'zh-CN');
const T = { en: tEn, 'zh-cn': tZh } as const;
const FEE_ERRORS: FeeError[] = ['empty', 'not-a-number', 'negative', 'zero', 'too-large', 'too-many-decimals'];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function allAnswers(): Answers[] {
  const needSets: Need[][] = ALL_NEEDS.reduce<Need[][]>((acc, n) => acc.concat(acc.map((s) => [...s, n])), [[]]);
  const list: Answers[] = [];
  for (const f of ALL_ACCOUNT_FOR)
    for (const card of ALL_CARD_ANSWERS)
      for (const pay of ALL_PAY_PREFERENCES)
        for (const account of [undefined, ...ALL_ACCOUNT_MODES])
          for (const needs of needSets)
            list.push(account ? { for: f, card, pay, account, needs } : { for: f, card, pay, needs });
  return list;
}

describe('chooser dictionary', () => {
  test('both locales have the same keys, every string non-empty and trimmed', () => {
    assert.deepEqual(dictionaryMismatches(en, zh), []);
    assert.deepEqual(dictionaryMismatches(COMPARE_STRINGS.en, COMPARE_STRINGS['zh-cn']), []);
    assert.deepEqual(Object.keys(CHOOSER['zh-cn']).sort(), Object.keys(CHOOSER.en).sort());
    for (const locale of LOCALES) {
      for (const [key, value] of Object.entries(CHOOSER[locale])) {
        const separator = key.endsWith('.sep') || key.endsWith('.last'); // list separators keep their spaces
        assert.ok(value.length > 0 && (separator || value === value.trim()), `${locale} ${key}`);
      }
    }
  });

  test('the same placeholders in both locales', () => {
    for (const key of Object.keys(CHOOSER.en) as (keyof typeof CHOOSER.en)[]) {
      assert.deepEqual(placeholders(CHOOSER['zh-cn'][key]), placeholders(CHOOSER.en[key]), key);
    }
  });

  test('no markup in any string (they are rendered as text)', () => {
    for (const locale of LOCALES) {
      for (const [key, value] of Object.entries(CHOOSER[locale])) assert.doesNotMatch(value, /<\/?[a-z]/i, key);
    }
  });

  test('the Chinese strings are Chinese, not left-over English', () => {
    for (const [key, value] of Object.entries(CHOOSER['zh-cn'])) {
      if (key.endsWith('.sep') || key.endsWith('.last')) continue;
      assert.match(value, /[\u4e00-\u9fff]/, key);
    }
  });

  test('every id of the rules has text in both locales', () => {
    for (const locale of LOCALES) {
      const d: Record<string, string> = CHOOSER[locale];
      const need = (key: string) => assert.ok(typeof d[key] === 'string' && d[key] !== '', `${locale}: ${key}`);
      for (const r of ALL_REASONS) need(`reason.${r}`);
      for (const c of ALL_CAVEATS) need(`caveat.${c}`);
      for (const m of ALL_METHODS) {
        need(`method.${m}`);
        for (const aspect of ['suits', 'needs', 'how', 'pros', 'cons']) need(`compare.${m}.${aspect}`);
      }
      for (const n of ALL_NEEDS) need(`q.need.${n}`);
      for (const v of ALL_ACCOUNT_FOR) need(`q.for.${v}`);
      for (const v of ALL_CARD_ANSWERS) need(`q.card.${v}`);
      for (const v of ALL_PAY_PREFERENCES) need(`q.pay.${v}`);
      for (const v of ALL_ACCOUNT_MODES) need(`q.acct.${v}`);
      for (const q of ALL_QUESTIONS) need(`missing.${q}`);
      for (const e of FEE_ERRORS) need(`fee.error.${e}`);
    }
  });

  test("every method of the table has its name in the island's strings and its row in the comparison's", () => {
    for (const locale of LOCALES) {
      const island: Record<string, string> = ISLAND_STRINGS[locale];
      const compare: Record<string, string> = COMPARE_STRINGS[locale];
      for (const m of METHODS) {
        assert.ok(island[m.name], `${locale}: ${m.id} name ${m.name}`);
        for (const aspect of COMPARE_ASPECTS) assert.ok(compare[m.compare[aspect]], `${locale}: ${m.id} ${aspect}`);
        for (const c of m.caveats) assert.ok(island[`caveat.${c}`], `${locale}: caveat ${c}`);
      }
    }
  });

  test('caveats carry the facts of the sources', () => {
    assert.match(en['caveat.card-brands'], /Visa and Mastercard credit cards/);
    assert.match(en['caveat.card-check'], /US\$1/);
    assert.match(en['caveat.bill-on-3rd'], /3rd.*GMT\+08:00/);
    assert.match(en['caveat.postpaid-no-topup'], /only for prepaid accounts.*cannot top up.*Funds Management > Pay/);
    assert.match(en['caveat.check-account-mode'], /do not say where the console shows it.*service ticket/);
    assert.match(en['caveat.partner-7-days'], /7 days old.*cannot be linked to a partner directly.*pre-registers/);
    assert.doesNotMatch(en['caveat.partner-7-days'], /can only be linked|no longer|cannot undo/);
    assert.match(en['caveat.card-brands'], /a card can be added to one account only/);
    assert.doesNotMatch(en['caveat.card-brands'], /one card per account/);
    assert.match(
      en['caveat.bill-on-3rd'],
      /after 10:00 on the 4th \(GMT\+08:00\).*Yearly\/monthly purchases are paid when you order them/,
    );
    assert.match(en['caveat.transfer-ticket'], /invoice number.*Transfer Ticket.*two or three days/);
    assert.match(en['caveat.paypal-undocumented'], /not found in the help-center pages checked/);
    for (const d of [en, zh]) assert.doesNotMatch(d['result.nextBill'], /2nd|2 日/);
    assert.match(zh['caveat.postpaid-no-topup'], /只有预付费账号才能充值/);
    assert.match(zh['caveat.partner-7-days'], /不能直接关联合作伙伴.*报备/);
    assert.match(zh['caveat.card-brands'], /同一张卡只能添加到一个账号/);
    for (const [key, value] of Object.entries(CHOOSER['zh-cn'])) assert.doesNotMatch(value, /现金券|代售/, key);
    assert.match(en['caveat.fx-fee'], /1%-2%/);
    assert.match(zh['caveat.card-brands'], /Visa 和 Mastercard/);
    assert.match(zh['caveat.card-check'], /1 美元/);
    assert.match(zh['caveat.bill-on-3rd'], /3 日.*GMT\+08:00/);
    assert.match(zh['caveat.partner-7-days'], /7 天/);
    assert.match(zh['fee.source'], /1%–2%/);
    assert.match(en['fee.source'], /tutorial's estimate.*not a Huawei Cloud fee/);
  });

  test("the island's dictionary and the comparison table's are apart, and the island's modules carry only the island's", () => {
    for (const locale of LOCALES) {
      const island = Object.keys(ISLAND_STRINGS[locale]);
      const compare = Object.keys(COMPARE_STRINGS[locale]);
      assert.ok(island.length > 0 && compare.length > 0);
      assert.ok(island.every((k) => !k.startsWith('compare.')));
      assert.ok(compare.every((k) => k.startsWith('compare.')));
    }
    for (const file of ['chooser-en.ts', 'chooser-zh-cn.ts']) {
      const code = readFileSync(join('src/features/chooser', file), 'utf8');
      const imports = [...code.matchAll(/^import .*$/gm)].map((m) => m[0]);
      assert.ok(
        imports.some((i) => /^import \{ island as dict \} from '\.\/strings\/[a-z-]+\.ts';$/.test(i)),
        file,
      );
      assert.ok(
        imports.every((i) => !/compare|strings\.ts'/.test(i)),
        file,
      );
    }
  });
});

describe('fill and joinList', () => {
  test('fill replaces known placeholders only', () => {
    assert.equal(fill('a {x} b {y}', { x: '1' }), 'a 1 b {y}');
    assert.equal(fill('{x}{x}', { x: '$&' }), '$&$&');
    assert.equal(fill('{constructor}', {}), '{constructor}');
  });

  test('splitTemplate', () => {
    assert.deepEqual(splitTemplate('Suggested: {method}.', 'method'), ['Suggested: ', '.']);
    assert.deepEqual(splitTemplate('{method}', 'method'), ['', '']);
    assert.deepEqual(splitTemplate('none', 'method'), ['none', '']);
  });

  test('joinList', () => {
    assert.equal(joinList([], ', ', ' and '), '');
    assert.equal(joinList(['a'], ', ', ' and '), 'a');
    assert.equal(joinList(['a', 'b'], ', ', ' and '), 'a and b');
    assert.equal(joinList(['a', 'b', 'c'], ', ', ' and '), 'a, b and c');
    assert.equal(joinList(['甲', '乙', '丙'], '、', '和'), '甲、乙和丙');
  });
});

describe('explainReasons', () => {
  test('examples in both languages', () => {
    const r = recommend({ for: 'individual', card: 'yes', pay: 'monthly', needs: [] });
    assert.deepEqual(explainReasons(tEn, r.reasons), [
      'It fits because you have a Visa or Mastercard credit card issued in your country/region and would rather be charged automatically each month.',
    ]);
    assert.deepEqual(explainReasons(tZh, r.reasons), [
      '推荐理由：您有在注册国家/地区发行的 Visa 或 Mastercard 信用卡，并且希望每月自动扣款。',
    ]);
    const big = recommend({ for: 'enterprise', card: 'no', pay: 'any', needs: ['large', 'local'] });
    assert.deepEqual(explainReasons(tEn, big.reasons), [
      'It fits because you have no Visa or Mastercard credit card issued in your country/region, need a large top-up and want to pay by local methods such as a local bank transfer.',
    ]);
    const ent = recommend({ for: 'enterprise', card: 'yes', pay: 'prepaid', needs: [] });
    assert.deepEqual(explainReasons(tEn, ent.reasons), [
      'It fits because you have a Visa or Mastercard credit card issued in your country/region.',
      'You would rather top up in advance, but top-up is only for prepaid accounts, and an account opened with a credit card, as this guide describes, is normally postpaid: its bills are charged to your card.',
      'As an enterprise, you can also pay by bank transfer.',
    ]);
    const prepaid = recommend({ for: 'individual', card: 'yes', pay: 'prepaid', account: 'prepaid', needs: [] });
    assert.deepEqual(explainReasons(tZh, prepaid.reasons), [
      '推荐理由：您有在注册国家/地区发行的 Visa 或 Mastercard 信用卡。',
      '您的账号是预付费账号，预付费账号需要先充值、再使用资源。',
    ]);
  });

  test('every complete answer gives one to three finished sentences, in both languages', () => {
    for (const a of allAnswers()) {
      const r = recommend(a);
      for (const locale of LOCALES) {
        const sentences = explainReasons(T[locale], r.reasons);
        assert.ok(sentences.length >= 1 && sentences.length <= 3, JSON.stringify(a));
        for (const s of sentences) {
          assert.doesNotMatch(s, /[{}]|undefined/, s);
          assert.match(s, locale === 'en' ? /\.$/ : /。$/, s);
        }
      }
    }
  });
});

describe('statusText', () => {
  test('empty, partial and complete', () => {
    const none = recommend({ needs: [] });
    assert.equal(statusText(tEn, none, false), 'Answer the questions above to see which way to pay suits you.');
    const partial = recommend({ for: 'individual', needs: [] });
    assert.equal(
      statusText(tEn, partial, true),
      'Still to answer: whether you have a suitable credit card and how you would rather pay.',
    );
    assert.equal(statusText(tZh, partial, true), '还需回答：是否有符合要求的信用卡和付款偏好。');
    const needsOnly = recommend({ needs: ['large'] });
    assert.equal(
      statusText(tEn, needsOnly, true),
      'Still to answer: who the account is for, whether you have a suitable credit card and how you would rather pay.',
    );
    const done = recommend({ for: 'individual', card: 'no', pay: 'prepaid', needs: [] });
    assert.equal(statusText(tEn, done, true), 'Suggested way to pay: Top-up through an authorized partner');
    assert.equal(statusText(tZh, done, true), '建议的付款方式：通过授权合作伙伴充值');
  });

  test('depends only on the recommended method, not on reasons or caveats', () => {
    const a = recommend({ for: 'individual', card: 'no', pay: 'monthly', needs: [] });
    const b = recommend({ for: 'individual', card: 'no', pay: 'any', needs: ['discount'] });
    assert.notDeepEqual(a, b);
    assert.equal(statusText(tEn, a, true), statusText(tEn, b, true));
  });
});

describe('pickFormatLocale', () => {
  test("the reader's variant of the page language, else the page language", () => {
    assert.equal(pickFormatLocale('en', ['en-GB', 'en']), 'en-GB');
    assert.equal(pickFormatLocale('en', ['de-DE', 'en-IN']), 'en-IN');
    assert.equal(pickFormatLocale('en', ['de-DE', 'fr']), 'en');
    assert.equal(pickFormatLocale('zh-CN', ['en-US', 'zh-TW']), 'zh-TW');
    assert.equal(pickFormatLocale('zh-CN', ['en-US']), 'zh-CN');
    assert.equal(pickFormatLocale('en', ['en-gb']), 'en-GB');
  });

  test('junk preferences are ignored', () => {
    assert.equal(pickFormatLocale('en', ['en-<script>', 'en_US!!', 'x'.repeat(100)]), 'en');
    assert.equal(pickFormatLocale('en', null), 'en');
    assert.equal(pickFormatLocale('en', undefined), 'en');
    assert.equal(pickFormatLocale('en', [42 as unknown as string]), 'en');
  });
});

describe('currencyLabel', () => {
  test('code and localized name', () => {
    assert.equal(currencyLabel('EUR', 'en'), 'EUR - Euro');
    assert.equal(currencyLabel('EUR', 'zh-CN'), 'EUR - 欧元');
    for (const c of CURRENCIES) assert.ok(currencyLabel(c, 'en').startsWith(c));
  });

  test('unknown or malformed codes fall back to the code', () => {
    assert.equal(currencyLabel('not a code', 'en'), 'not a code');
  });
});

describe('feeView', () => {
  const nb = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

  test('untouched empty field: nothing, or what is still missing', () => {
    assert.deepEqual(feeView(tEn, '', false, 'EUR', 'en'), { kind: 'idle' });
    assert.deepEqual(feeView(tEn, '', false, undefined, 'en'), {
      kind: 'choose-currency',
      message: "Choose your card's currency to see an estimate.",
    });
    assert.equal(feeView(tEn, '', false, 'USD', 'en').kind, 'usd');
  });

  test('an estimate formatted for the locale', () => {
    assert.deepEqual(feeView(tEn, '250', true, 'EUR', 'en-US'), {
      kind: 'estimate',
      message: 'Estimated cross-border fee on €250.00: €2.50 to €5.00.',
    });
    assert.equal(
      nb((feeView(tEn, '1,000.50', true, 'EUR', 'de-DE') as { message: string }).message),
      'Estimated cross-border fee on 1.000,50 €: 10,01 € to 20,01 €.',
    );
    assert.deepEqual(feeView(tZh, '1000', true, 'CNY', 'zh-CN'), {
      kind: 'estimate',
      message: '按 ¥1,000.00 计算，预计跨境手续费为 ¥10.00 至 ¥20.00。',
    });
  });

  test('a US dollar card needs no conversion', () => {
    assert.deepEqual(feeView(tEn, '250', true, 'USD', 'en'), { kind: 'usd', message: en['fee.usd'] });
    assert.deepEqual(feeView(tEn, '', true, 'USD', 'en'), { kind: 'usd', message: en['fee.usd'] });
  });

  test('every kind of bad input gets a clear message, never NaN', () => {
    const cases: [string, string][] = [
      ['', 'Enter an amount, for example 250.'],
      ['abc', 'Enter the amount as a number, for example 250 or 1,000.50.'],
      ['-5', 'Enter an amount greater than zero.'],
      ['0', 'Enter an amount greater than zero.'],
      ['1e309', 'Enter the amount as a number, for example 250 or 1,000.50.'],
      ['99999999999', 'Enter an amount of 10,000,000 or less.'],
      ['1.234', 'Use at most two decimal places.'],
      ['NaN', 'Enter the amount as a number, for example 250 or 1,000.50.'],
      ['<script>alert(1)</script>', 'Enter the amount as a number, for example 250 or 1,000.50.'],
    ];
    for (const [input, message] of cases) {
      for (const currency of ['EUR', undefined]) {
        assert.deepEqual(feeView(tEn, input, true, currency, 'en'), { kind: 'error', message }, input);
      }
    }
    assert.equal(feeView(tZh, '99999999999', true, 'EUR', 'zh-CN').kind, 'error');
    assert.match(
      (feeView(tZh, '99999999999', true, 'EUR', 'zh-CN') as { message: string }).message,
      /^金额不能超过 10,000,000。$/,
    );
  });

  test('no message ever says NaN, undefined or a raw placeholder', () => {
    const inputs = [
      '',
      ' ',
      '0.01',
      '10000000',
      '10000000.01',
      '1,000',
      'Infinity',
      '-0',
      '.',
      '１２',
      '1'.repeat(300),
    ];
    for (const locale of LOCALES) {
      for (const input of inputs) {
        for (const currency of [undefined, 'USD', 'EUR', 'JPY', 'IDR']) {
          const v = feeView(T[locale], input, true, currency, locale === 'en' ? 'en' : 'zh-CN');
          const text = 'message' in v ? v.message : '';
          assert.doesNotMatch(text, /NaN|undefined|Infinity|[{}]/, `${input} ${currency}`);
        }
      }
    }
  });
});

describe('amountForUrl', () => {
  test('a canonical amount, or null', () => {
    assert.equal(amountForUrl('250'), '250');
    assert.equal(amountForUrl(' 1,000.50 '), '1000.5');
    assert.equal(amountForUrl('.5'), '0.5');
    assert.equal(amountForUrl('10,000,000'), '10000000');
    for (const bad of ['', '0', '-5', 'abc', '1e5', '1.234', '10000000.01']) assert.equal(amountForUrl(bad), null, bad);
  });
});

describe('links and markup', () => {
  test('every method links to a section that exists on its page, in every locale (a missing page fails)', () => {
    for (const locale of LOCALES) {
      const chooserPage = readFileSync(`src/content/docs/${locale}/${CHOOSER_PAGE}.mdx`, 'utf8');
      assert.ok(chooserPage.includes('{#choose-a-method}'), locale);
      assert.ok(chooserPage.includes('<RechargeChooser />'), locale);
      for (const m of ALL_METHODS) {
        const { page, id } = METHOD_SECTION[m];
        const mdx = readFileSync(`src/content/docs/${locale}/${page}.mdx`, 'utf8');
        assert.ok(mdx.includes(`{#${id}}`), `${locale}/${page}: ${id}`);
      }
    }
  });

  test('method links are relative to the chooser page: the same page by id, another page as a sibling', () => {
    assert.equal(methodHref('card'), '#automatic-card-payment');
    assert.equal(methodHref('topup'), '../top-up/#manual-top-up');
    assert.equal(methodHref('partner'), '../partners/#partner-top-up');
    assert.equal(methodHref('transfer'), '../top-up/#bank-transfer');
    for (const base of ['https://example.org/recharge/', 'https://example.org/guide/zh-cn/recharge/']) {
      const there = new URL(methodHref('topup'), base);
      assert.equal(there.pathname, base.replace('https://example.org', '').replace('recharge/', 'top-up/'));
    }
  });

  test('the chooser never writes HTML from strings', () => {
    // Every file of the feature (components, island modules, rules, strings), tests aside.
    const files = readdirSync('src/features/chooser', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|tsx|astro)$/.test(f) && !/\.(test|spec)\.ts$/.test(f))
      .map((f) => join('src/features/chooser', f));
    assert.ok(files.length >= 20, `only ${files.length} files found`);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      assert.doesNotMatch(
        code,
        /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write|set:html|eval\(|new Function/,
        file,
      );
    }
  });

  test('no component names a method: they iterate the method table', () => {
    const components = readdirSync('src/features/chooser')
      .filter((f) => /\.(tsx|astro)$/.test(f))
      .map((f) => join('src/features/chooser', f));
    assert.ok(components.length >= 8, `only ${components.length} components found`);
    for (const file of components) {
      // A question's form name (`name="card"`) and its strings' keys (`'q.card.hint'`) are not methods.
      const code = readFileSync(file, 'utf8')
        .replace(/\bname="[a-z]+"/g, '')
        .replace(/(['"`])q\.[a-z.${}-]+\1/g, '');
      for (const { id } of METHODS) {
        // 'card', "card", `card`, a key such as 'method.card' or 'compare.card.suits'.
        assert.doesNotMatch(code, new RegExp(`['"\`.]${id}['"\`.]`), `${file} names the method "${id}"`);
      }
    }
  });
});

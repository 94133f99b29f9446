import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type ClaimData,
  claimProblems,
  contentClaimProblems,
  crossLocaleProblems,
  officialPageKey,
  quoteLength,
  quoteLink,
  sourceLocale,
  sourceProblem,
} from '../../src/lib/claims.ts';

const EN = 'https://support.huaweicloud.com/intl/en-us/usermanual-billing/en-us_topic_0031465732.html';
const ZH = 'https://support.huaweicloud.com/intl/zh-cn/usermanual-billing/zh-cn_topic_0031465732.html';
const good = (over: Partial<ClaimData> = {}): ClaimData => ({
  status: 'differs',
  source: EN,
  sourceTitle: 'Topping Up an Account (Prepaid Direct Customers)',
  quote: 'Top-up is not supported for postpaid customers.',
  checked: new Date('2026-12-01T00:00:00Z'),
  ...over,
});

describe('sourceProblem', () => {
  test('accepts the help center and the website over https', () => {
    assert.equal(sourceProblem(EN), null);
    assert.equal(
      sourceProblem('https://www.huaweicloud.com/intl/en-us/securecenter/compliance/compliance-center/hk.html'),
      null,
    );
  });
  for (const [bad, why] of [
    ['http://support.huaweicloud.com/intl/en-us/x.html', /https/],
    ['https://support.huaweicloud.com.evil.example/intl/en-us/x.html', /official host/],
    ['https://www.lingducloud.com/en/news/27-2026', /official host/],
    ['https://huaweicloud.com/intl/en-us/x.html', /official host/],
    ['https://user@support.huaweicloud.com/intl/en-us/x.html', /credentials/],
    ['https://support.huaweicloud.com/', /home page/],
    ['not a url', /not a URL/],
  ] as const) {
    test(`rejects ${bad}`, () => assert.match(sourceProblem(bad) ?? '', why));
  }
});

describe('claimProblems', () => {
  test('a complete claim has none', () => assert.deepEqual(claimProblems('top-up', good()), []));
  test('names the claim and each missing part', () => {
    const p = claimProblems('top-up', { status: 'differs', source: EN });
    assert.ok(p.every((m) => m.startsWith('claim "top-up"')));
    assert.ok(p.some((m) => /no quote/.test(m)));
    assert.ok(p.some((m) => /sourceTitle/.test(m)));
    assert.ok(p.some((m) => /checked/.test(m)));
  });
  test('rejects a bad status, id and date', () => {
    const p = claimProblems('Top Up', good({ status: 'maybe' as never, checked: new Date('x') }));
    assert.equal(p.length, 3);
  });
  test('rejects a long quote, in words and in Han characters', () => {
    assert.match(claimProblems('a', good({ quote: 'word '.repeat(45) })).join(), /too long/);
    assert.match(
      claimProblems('a', good({ quote: '充'.repeat(95), quoteLang: 'zh-cn', source: ZH })).join(),
      /too long/,
    );
    assert.deepEqual(claimProblems('a', good({ quote: '预付费客户需要先充值后使用。', source: ZH }), 'zh-cn'), []);
  });
  test('the quote language follows the linked edition', () => {
    assert.match(claimProblems('a', good({ source: ZH }), 'en').join(), /quoteLang: zh-cn/);
    assert.match(claimProblems('a', good(), 'zh-cn').join(), /quoteLang: en/);
    assert.deepEqual(claimProblems('a', good({ quoteLang: 'en' }), 'zh-cn'), []);
    assert.deepEqual(claimProblems('a', good({ source: ZH, quoteLang: 'zh-cn' }), 'en'), []);
  });
});

describe('officialPageKey and sourceLocale', () => {
  test('English and Chinese editions of one page have one key', () => {
    assert.equal(officialPageKey(EN), officialPageKey(ZH));
    assert.equal(
      officialPageKey('https://support.huaweicloud.com/intl/en-us/usermanual-account/account_id_001.html'),
      officialPageKey('https://support.huaweicloud.com/intl/zh-cn/usermanual-account/account_id_001.html'),
    );
    assert.equal(
      officialPageKey('https://support.huaweicloud.com/eu/usermanual-account/account_id_009.html'),
      officialPageKey('https://support.huaweicloud.com/intl/zh-cn/usermanual-account/account_id_009.html'),
    );
  });
  test('different pages or manuals have different keys', () => {
    assert.notEqual(
      officialPageKey('https://support.huaweicloud.com/intl/en-us/usermanual-account/en-us_topic_0045531772.html'),
      officialPageKey('https://support.huaweicloud.com/intl/zh-cn/usermanual-bpconsole/zh-cn_topic_0045531772.html'),
    );
    assert.notEqual(officialPageKey(EN), officialPageKey(EN.replace('0031465732', '0031465734')));
  });
  test('reads the locale path', () => {
    assert.equal(sourceLocale(EN), 'en-us');
    assert.equal(sourceLocale(ZH), 'zh-cn');
    assert.equal(sourceLocale('https://support.huaweicloud.com/eu/account_faq/faq_id_0058.html'), null);
  });
});

describe('crossLocaleProblems and contentClaimProblems', () => {
  test('the same ids, pages and statuses pass', () => {
    assert.deepEqual(crossLocaleProblems('recharge', { a: good() }, { a: good({ source: ZH, quote: '不支持' }) }), []);
  });
  test('a missing translation, another page or another status fail', () => {
    assert.match(crossLocaleProblems('recharge', { a: good() }, {}).join(), /no Chinese version/);
    assert.match(crossLocaleProblems('recharge', {}, { a: good() }).join(), /no English version/);
    const other = good({ source: EN.replace('0031465732', '0031465734') });
    assert.match(crossLocaleProblems('recharge', { a: good() }, { a: other }).join(), /cites/);
    assert.match(
      crossLocaleProblems('recharge', { a: good() }, { a: good({ status: 'confirmed' }) }).join(),
      /"differs" in English/,
    );
  });
  test('the whole content: each page on its own and the pairs', () => {
    const problems = contentClaimProblems([
      { locale: 'en', slug: 'recharge', claims: { a: good() } },
      { locale: 'zh-cn', slug: 'recharge', claims: { a: good({ source: ZH, quote: '' }) } },
    ]);
    assert.deepEqual(problems, ['zh-cn/recharge: claim "a": no quote (verbatim words of the official page)']);
  });
});

describe('quoteLength and quoteLink', () => {
  test('counts words and Han characters', () => {
    assert.deepEqual(quoteLength('Top-up is not supported.'), { words: 4, cjk: 0 });
    assert.deepEqual(quoteLength('后付费客户不支持充值'), { words: 0, cjk: 10 });
  });
  test('links the quote with a text fragment, encoding its syntax characters', () => {
    assert.equal(
      quoteLink(EN, 'Top-up is not supported, sorry.'),
      `${EN}#:~:text=Top%2Dup%20is%20not%20supported%2C%20sorry.`,
    );
  });
  test('names a long quote by its first and last words', () => {
    const long =
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen';
    assert.equal(
      quoteLink(EN, long),
      `${EN}#:~:text=one%20two%20three%20four%20five,thirteen%20fourteen%20fifteen%20sixteen%20seventeen`,
    );
  });
  test('drops an existing fragment and keeps the page for an empty quote', () => {
    assert.equal(quoteLink(`${EN}#section`, ''), `${EN}#section`);
    assert.ok(quoteLink(`${EN}#section`, 'x').startsWith(`${EN}#:~:text=`));
  });
  test('names a Chinese quote of more than twenty characters by its first and last eight', () => {
    const zh = '后付费客户不支持充值，先使用后付款，按账单金额支付费用即可完成付款';
    assert.ok([...zh].length > 20);
    assert.equal(
      quoteLink(ZH, zh),
      `${ZH}#:~:text=${encodeURIComponent('后付费客户不支持')},${encodeURIComponent('费用即可完成付款')}`,
    );
    assert.equal(quoteLink(ZH, '后付费客户不支持充值'), `${ZH}#:~:text=${encodeURIComponent('后付费客户不支持充值')}`);
    assert.equal(
      quoteLink(EN, 'one two three four five six seven eight nine ten'),
      `${EN}#:~:text=one%20two%20three%20four%20five%20six%20seven%20eight%20nine%20ten`,
    );
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { officialPageLang } from '../../src/lib/source-lang.ts';

describe('officialPageLang', () => {
  test('the Chinese edition of the help center is Chinese', () => {
    assert.equal(
      officialPageLang('https://support.huaweicloud.com/intl/zh-cn/faq-billing/postRules_topic_100015.html'),
      'zh-cn',
    );
    assert.equal(
      officialPageLang('https://support.huaweicloud.com/intl/zh-cn/usermanual-billing/zh-cn_topic_0031465734.html'),
      'zh-cn',
    );
    assert.equal(officialPageLang('https://www.huaweicloud.com/intl/zh-cn/securecenter/compliance/hk.html'), 'zh-cn');
  });

  test('other editions the site cites are read as English', () => {
    for (const url of [
      'https://support.huaweicloud.com/intl/en-us/faq-billing/creditcard_topic_100004.html',
      'https://support.huaweicloud.com/eu/faq-billing/creditcard_topic_2000031.html',
      'https://support.huaweicloud.com/eu/es-es/usermanual-billing/repay_topic_000000001.html',
      'https://support.huaweicloud.com/intl/pt-br/usermanual-billing/renewals_topic_00000001.html',
    ]) {
      assert.equal(officialPageLang(url), 'en', url);
    }
  });

  test('a file name alone can mark the Chinese edition; a bad URL is read as English', () => {
    assert.equal(officialPageLang('https://support.huaweicloud.com/usermanual-billing/zh-cn_topic_1.html'), 'zh-cn');
    assert.equal(officialPageLang('https://support.huaweicloud.com/usermanual-billing/en-us_topic_1.html'), 'en');
    assert.equal(officialPageLang('not a url'), 'en');
  });
});

/** The sentences of the link check's verdicts, in both languages. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { translator } from '../../i18n/translate.ts';
import { classifyAddress } from './classify.ts';
import { pslLookup } from './psl.ts';
import enDict from './strings/en.ts';
import zhCnDict from './strings/zh-cn.ts';
import { languageName, scriptNames, trustedHosts, verdictView } from './verdict-text.ts';

// The translators the island modules build (island-en.ts, island-zh-cn.ts).
const en = translator(enDict, 'en');
const zhCn = translator(zhCnDict, 'zh-CN');
const view = (input: string, t = en) => verdictView(classifyAddress(input, pslLookup), t);
const all = (v: ReturnType<typeof view>) =>
  v ? [v.headline, v.status ?? '', ...v.about, ...v.lures, ...v.notes].join(' ') : '';

describe('verdictView', () => {
  test('nothing typed: no verdict', () => {
    assert.equal(view('   '), null);
  });
  test('while the list of domain names loads: "Checking…", nothing announced; if it fails, say so and announce it', () => {
    const pending = classifyAddress('https://evil.example/', null);
    assert.equal(verdictView(pending, en)?.headline, 'Checking…');
    assert.equal(verdictView(pending, en)?.announce, '');
    const failed = verdictView(pending, en, true);
    assert.equal(failed?.headline, 'Could not check this address');
    assert.match(failed?.announce ?? '', /Read the address by eye/);
    assert.equal(verdictView(pending, zhCn, true)?.headline, '无法检查这个网址');
  });
  test('the International site matches the official list, names its language area and its sources', () => {
    const v = view('https://www.huaweicloud.com/intl/en-us/');
    assert.equal(v?.tone, 'match');
    assert.equal(v?.headline, 'Huawei Cloud International');
    assert.equal(v?.status, 'Matches the official list.');
    assert.ok(v?.about.includes('Language area in the address: en-us (American English).'), v?.about.join('|'));
    assert.ok((v?.sources.length ?? 0) > 0);
    assert.equal(v?.announce, 'Huawei Cloud International. Matches the official list.');
  });
  test('no verdict ever says "safe"', () => {
    const inputs = [
      'https://www.huaweicloud.com/intl/en-us/',
      'https://www.huaweicloud.com/',
      'https://console-intl.huaweicloud.com/',
      'https://activity.huaweicloud.com/',
      'https://www.huaweicloud.com.evil.example/intl/',
      'javascript:alert(1)',
    ];
    for (const input of inputs) {
      assert.doesNotMatch(all(view(input)), /\bsafe\b/i, input);
      assert.doesNotMatch(all(view(input, zhCn)), /安全/, input);
    }
  });
  test('http:// or a port make a match cautious, and the remark says why', () => {
    const v = view('http://www.huaweicloud.com/intl/en-us/');
    assert.equal(v?.tone, 'caution');
    assert.match(v?.notes.join(' ') ?? '', /not encrypted/);
    assert.equal(view('https://www.huaweicloud.com:8443/intl/')?.tone, 'caution');
  });
  test('the China site says what that means for this guide and what the help center says about partners', () => {
    const v = view('https://www.huaweicloud.com/');
    assert.equal(v?.headline, 'Huawei Cloud China site');
    assert.equal(v?.tone, 'caution');
    assert.match(v?.about.join(' ') ?? '', /open www\.huaweicloud\.com\/intl\/ instead/);
    assert.match(v?.about.join(' ') ?? '', /cannot be associated with a partner/);
  });
  test('an undocumented listed address says so instead of "matches"', () => {
    const v = view('https://console-intl.huaweicloud.com/');
    assert.equal(v?.headline, 'Huawei Cloud console (International)');
    assert.match(v?.status ?? '', /no official page that states this address/);
    assert.doesNotMatch(v?.status ?? '', /Matches/);
    assert.equal(v?.tone, 'caution');
  });
  test('parameters on a Huawei address bring the note that invitation links are undocumented', () => {
    const v = view('https://www.huaweicloud.com/intl/en-us/?bpId=1');
    assert.match(v?.notes.join(' ') ?? '', /does not show what they look like/);
    const elsewhere = view('https://evil.example/?bpId=1');
    assert.doesNotMatch(elsewhere?.notes.join(' ') ?? '', /invitation/);
  });
  test('a look-alike names the site it leads to and why it looks like Huawei Cloud', () => {
    const v = view('https://www.huaweicloud.com@evil.example/intl/');
    assert.equal(v?.headline, 'Not a Huawei Cloud address');
    assert.equal(v?.tone, 'danger');
    assert.equal(v?.about[0], 'It leads to evil.example, which is not one of the domains on the official list.');
    assert.match(v?.lures[0] ?? '', /\(www\.huaweicloud\.com\) is only a user name/);
    assert.equal(v?.notes.length, 0, 'the user name is explained once, as a lure');
    assert.match(
      view('https://www.huaweicloud.com.evil.example/')?.lures[0] ?? '',
      /the part that counts is evil\.example/,
    );
    assert.match(view('huawe1cloud.com')?.lures[0] ?? '', /one letter away from “huaweicloud”/);
    assert.match(view('https://www.huаweicloud.com/')?.lures[0] ?? '', /other alphabets \(Cyrillic\)/);
    assert.match(view('https://www.huаweicloud.com/', zhCn)?.lures[0] ?? '', /西里尔/);
  });
  test('not a web address: the reason, with the length in the reader’s digits', () => {
    assert.equal(view('javascript:alert(1)')?.headline, 'Not a web address');
    assert.match(view('javascript:alert(1)')?.about[0] ?? '', /runs code/);
    assert.match(view('x'.repeat(100_000))?.about[0] ?? '', /100,000 characters/);
    assert.match(view('x'.repeat(100_000), zhCn)?.about[0] ?? '', /100,000 个字符/);
  });
  test('every kind of verdict reads in Chinese too, with no English left in the sentences', () => {
    const inputs = [
      'https://www.huaweicloud.com/intl/zh-cn/?a=1',
      'https://www.huaweicloud.com/',
      'https://support.huaweicloud.com/intl/zh-cn/',
      'https://activity.huaweicloud.com/',
      'https://huaweicloud-intl.com/',
      'data:text/html,x',
    ];
    for (const input of inputs) {
      const v = view(input, zhCn);
      assert.ok(v && /[\u4e00-\u9fff]/.test(v.headline), input);
      // Addresses and names may be Latin; the words around them are Chinese.
      const words = all(v).replace(/[a-z0-9.:/?#@&=_+-]+|https?:\/\/\S+/gi, '');
      assert.doesNotMatch(words, /\b(the|is|not|and|of)\b/i, input);
    }
  });
});

describe('names', () => {
  test('language areas are named with Intl, or left out when unknown', () => {
    assert.equal(languageName('en-us', 'en'), 'American English');
    assert.match(languageName('zh-cn', 'zh-CN') ?? '', /中文/);
    assert.equal(languageName('qq-zz', 'en'), null);
    assert.equal(languageName('not a tag', 'en'), null);
  });
  test('scripts are named with Intl in the reader’s language', () => {
    assert.equal(scriptNames(['Cyrl', 'Grek'], en), 'Cyrillic, Greek');
    assert.equal(scriptNames(['Cyrl'], zhCn), '西里尔文');
    assert.equal(scriptNames(['Latn', 'Zzzz'], en), 'accented Latin, other');
  });
  test('the trusted hosts are the list’s, once each', () => {
    const hosts = trustedHosts();
    assert.ok(hosts.includes('www.huaweicloud.com') && hosts.includes('console-intl.huaweicloud.com'));
    assert.equal(new Set(hosts).size, hosts.length);
  });
});

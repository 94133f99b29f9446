/**
 * The link check's classifier, on the real Public Suffix List (tldts): one expectation per
 * address, covering every case the issue names and more.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyAddress, type Lure, MAX_INPUT, type Note, type Verdict } from './classify.ts';
import { pslLookup } from './psl.ts';

const check = (input: string): Verdict => classifyAddress(input, pslLookup);

/** The essentials of a verdict, for comparison. */
function summary(v: Verdict): Record<string, unknown> {
  switch (v.kind) {
    case 'empty':
      return { kind: 'empty' };
    case 'pending':
      return { kind: 'pending', host: v.host };
    case 'not-web':
      return { kind: 'not-web', reason: v.reason };
    case 'listed':
      return { kind: 'listed', entry: v.entry.id, language: v.language };
    case 'owner':
      return { kind: 'owner', domain: v.domain };
    case 'elsewhere':
      return { kind: 'elsewhere', site: v.site, siteKind: v.siteKind };
  }
}
const notesOf = (v: Verdict): Note['type'][] => ('notes' in v ? v.notes.map((n) => n.type) : []);
const luresOf = (v: Verdict): Lure['type'][] => (v.kind === 'elsewhere' ? v.lures.map((l) => l.type) : []);

interface Case {
  input: string;
  expect: Record<string, unknown>;
  notes?: Note['type'][];
  lures?: Lure['type'][];
  why: string;
}

const intl = (language: string | null = null) => ({ kind: 'listed', entry: 'intl-site', language });
const listed = (entry: string) => ({ kind: 'listed', entry, language: null });
const elsewhere = (site: string, siteKind = 'domain') => ({ kind: 'elsewhere', site, siteKind });
const notWeb = (reason: string) => ({ kind: 'not-web', reason });

const CASES: Case[] = [
  // The International site and its language areas
  {
    input: 'https://www.huaweicloud.com/intl/en-us/',
    expect: intl('en-us'),
    notes: [],
    why: 'the English International site',
  },
  {
    input: 'https://www.huaweicloud.com/intl/zh-cn/',
    expect: intl('zh-cn'),
    notes: [],
    why: 'the Chinese International site',
  },
  {
    input: 'https://www.huaweicloud.com/intl/es-us/pricing/index.html',
    expect: intl('es-us'),
    notes: [],
    why: 'a deeper page',
  },
  { input: 'https://www.huaweicloud.com/intl', expect: intl(null), notes: [], why: '/intl without a language' },
  { input: 'https://www.huaweicloud.com/intl/', expect: intl(null), notes: [], why: '/intl/ without a language' },
  { input: 'HTTPS://WWW.HuaweiCloud.COM/INTL/EN-US/', expect: intl('en-us'), notes: [], why: 'mixed case' },
  {
    input: 'https://www.huaweicloud.com./intl/en-us/',
    expect: intl('en-us'),
    notes: ['trailing-dot'],
    why: 'a trailing dot',
  },
  {
    input: 'https://www.huaweicloud.com:443/intl/en-us/',
    expect: intl('en-us'),
    notes: [],
    why: 'the default port is no port',
  },
  {
    input: 'https://www.huaweicloud.com:8443/intl/en-us/',
    expect: intl('en-us'),
    notes: ['port'],
    why: 'another port is flagged',
  },
  {
    input: 'http://www.huaweicloud.com/intl/en-us/',
    expect: intl('en-us'),
    notes: ['http'],
    why: 'http:// is flagged',
  },
  { input: '//www.huaweicloud.com/intl/en-us/', expect: intl('en-us'), notes: ['no-scheme'], why: '//host' },
  { input: 'www.huaweicloud.com/intl/en-us/', expect: intl('en-us'), notes: ['no-scheme'], why: 'a bare host' },
  {
    input: 'www.huaweicloud.com:443/intl',
    expect: intl(null),
    notes: ['no-scheme'],
    why: 'a bare host with a port is not a scheme',
  },
  {
    input: '  \t https://www.huaweicloud.com/intl/en-us/ \n\n',
    expect: intl('en-us'),
    notes: [],
    why: 'white space around',
  },
  {
    input: '\u3000https://www.huaweicloud.com/intl/en-us/\u200b',
    expect: intl('en-us'),
    notes: [],
    why: 'an ideographic space and a zero-width space around',
  },
  {
    input: 'https://www.huaweicloud.com/in\ntl/en-\r\nus/',
    expect: intl('en-us'),
    notes: ['line-breaks'],
    why: 'line breaks inside, as a browser removes them',
  },
  {
    input: '<https://www.huaweicloud.com/intl/en-us/>',
    expect: intl('en-us'),
    notes: [],
    why: 'angle brackets around',
  },
  { input: '“https://www.huaweicloud.com/intl/zh-cn/”', expect: intl('zh-cn'), notes: [], why: 'quotes around' },
  {
    input: 'https://ｗｗｗ.huaweicloud.com/intl/en-us/',
    expect: intl('en-us'),
    notes: ['rewritten'],
    why: 'full-width letters, read as ASCII by browsers',
  },
  {
    input: 'https:\\\\www.huaweicloud.com\\intl\\en-us\\',
    expect: intl('en-us'),
    notes: [],
    why: 'backslashes, read as slashes',
  },
  {
    input: 'https://www.huaweicloud.com/intl/en-us/?bpId=123456&inviteCode=ABCD#register',
    expect: intl('en-us'),
    notes: ['params'],
    why: 'an invitation-style query string',
  },
  {
    input: 'https://user@www.huaweicloud.com/intl/en-us/',
    expect: intl('en-us'),
    notes: ['userinfo'],
    why: 'a user name on the real host',
  },

  // The China site and the other listed addresses
  { input: 'https://www.huaweicloud.com/', expect: listed('china-site'), why: 'the same host without /intl' },
  { input: 'www.huaweicloud.com', expect: listed('china-site'), notes: ['no-scheme'], why: 'a bare China site host' },
  { input: 'https://www.huaweicloud.com/product/ecs.html', expect: listed('china-site'), why: 'a China site page' },
  { input: 'https://www.huaweicloud.com/intlx/', expect: listed('china-site'), why: '/intlx is not /intl' },
  { input: 'https://www.huaweicloud.com/en-us/intl/', expect: listed('china-site'), why: '/intl must come first' },
  { input: 'https://www.huaweicloud.com/eu/', expect: listed('europe-site'), why: 'the Europe site' },
  {
    input: 'https://support.huaweicloud.com/intl/en-us/usermanual-account/account_id_001.html',
    expect: { kind: 'listed', entry: 'intl-help', language: 'en-us' },
    why: 'the International help center, with its language',
  },
  {
    input: 'https://support.huaweicloud.com/usermanual-account/index.html',
    expect: listed('china-help'),
    why: 'the China help center',
  },
  {
    input: 'https://support.huaweicloud.com/eu/account_faq/faq_id_0058.html',
    expect: listed('europe-help'),
    why: 'the Europe help center',
  },
  {
    input: 'https://console-intl.huaweicloud.com/?locale=en-us',
    expect: listed('intl-console'),
    notes: ['params'],
    why: 'the International console',
  },
  {
    input: 'console.huaweicloud.com/console/',
    expect: listed('china-console'),
    notes: ['no-scheme'],
    why: 'the China console',
  },
  {
    input: 'https://account-intl.huaweicloud.com/obmgr/#/obmgr/index',
    expect: listed('intl-account'),
    why: 'the International Partner Center',
  },
  { input: 'https://auth.huaweicloud.com/authui/login.html', expect: listed('sign-in'), why: 'the sign-in page' },
  { input: 'https://id.huawei.com/', expect: listed('huawei-id'), why: 'the HUAWEI ID account center' },

  // Huawei domains, but not on the list
  {
    input: 'https://huaweicloud.com/intl/en-us/',
    expect: { kind: 'owner', domain: 'huaweicloud.com' },
    why: 'the bare domain is not a listed host',
  },
  {
    input: 'https://activity.huaweicloud.com/intl/en-us/',
    expect: { kind: 'owner', domain: 'huaweicloud.com' },
    why: 'an unlisted subdomain',
  },
  {
    input: 'https://id5.cloud.huawei.com/',
    expect: { kind: 'owner', domain: 'huawei.com' },
    why: 'an unlisted huawei.com host',
  },

  // Look-alikes
  {
    input: 'https://www.huaweicloud.com@evil.example/intl/',
    expect: elsewhere('evil.example'),
    notes: ['userinfo'],
    lures: ['userinfo'],
    why: 'the official host as a user name',
  },
  {
    input: 'www.huaweicloud.com@evil.example',
    expect: elsewhere('evil.example'),
    lures: ['userinfo'],
    why: 'the same without a scheme (not an email address)',
  },
  {
    input: 'https://www.huaweicloud.com.evil.example/intl/',
    expect: elsewhere('evil.example'),
    lures: ['prefix'],
    why: 'the official host as a subdomain',
  },
  {
    input: 'huaweicloud-intl.com',
    expect: elsewhere('huaweicloud-intl.com'),
    notes: ['no-scheme'],
    lures: ['brand'],
    why: 'a hyphenated name',
  },
  {
    input: 'https://huawe1cloud.com/intl/',
    expect: elsewhere('huawe1cloud.com'),
    lures: ['near'],
    why: 'a digit for a letter',
  },
  { input: 'www.huaweiclouds.com', expect: elsewhere('huaweiclouds.com'), lures: ['brand'], why: 'one letter more' },
  {
    input: 'https://www.hauweicloud.com/intl/',
    expect: elsewhere('hauweicloud.com'),
    lures: ['near'],
    why: 'two letters swapped',
  },
  {
    input: 'https://huaweicloud.com.cn/',
    expect: elsewhere('huaweicloud.com.cn'),
    lures: ['brand'],
    why: 'another suffix',
  },
  {
    input: 'https://www.huаweicloud.com/intl/',
    expect: elsewhere('xn--huweicloud-0qi.com'),
    notes: ['rewritten'],
    lures: ['alphabet'],
    why: 'a Cyrillic а',
  },
  {
    input: 'https://www.xn--huweicloud-0qi.com/intl/',
    expect: elsewhere('xn--huweicloud-0qi.com'),
    lures: ['alphabet'],
    why: 'the same as punycode',
  },
  {
    input: 'https://huaweiclοud.com/',
    expect: elsewhere('xn--huaweiclud-oqh.com'),
    notes: ['rewritten'],
    lures: ['alphabet'],
    why: 'a Greek ο',
  },
  {
    input: 'https://evil.example/?next=https://www.huaweicloud.com/intl/',
    expect: elsewhere('evil.example'),
    lures: ['path'],
    why: 'the name only in the query',
  },
  {
    input: 'https://evil.example/www.huaweicloud.com/intl/',
    expect: elsewhere('evil.example'),
    lures: ['path'],
    why: 'the name only in the path',
  },
  {
    input: 'https://huaweicloud.evil.github.io/',
    expect: elsewhere('evil.github.io'),
    lures: ['prefix'],
    why: 'a private suffix (github.io) from the list',
  },
  {
    input: 'https://x.obs.ap-southeast-1.myhuaweicloud.com/intl/',
    expect: elsewhere('myhuaweicloud.com'),
    lures: ['brand'],
    why: 'storage hosts are not on the list',
  },
  { input: 'https://example.com/', expect: elsewhere('example.com'), lures: [], why: 'an ordinary site' },
  {
    input: 'https://a.b.example.co.uk/',
    expect: elsewhere('example.co.uk'),
    lures: [],
    why: 'a two-part public suffix',
  },
  { input: 'https://203.0.113.7/intl/', expect: elsewhere('203.0.113.7', 'ip'), why: 'an IP address' },
  {
    input: 'https://[2001:db8::1]:8080/',
    expect: elsewhere('[2001:db8::1]', 'ip'),
    notes: ['port'],
    why: 'an IPv6 address',
  },
  {
    input: 'https://12345/',
    expect: elsewhere('0.0.48.57', 'ip'),
    notes: ['rewritten'],
    why: 'a number that browsers read as an IP address',
  },
  { input: 'https://localhost/', expect: elsewhere('localhost', 'name'), why: 'a local name' },

  // Not web addresses
  { input: '', expect: { kind: 'empty' }, why: 'nothing' },
  { input: ' \n\t ', expect: { kind: 'empty' }, why: 'only white space' },
  { input: 'javascript:alert(document.cookie)', expect: notWeb('javascript'), why: 'javascript:' },
  { input: ' JavaScript:alert(1)', expect: notWeb('javascript'), why: 'javascript: in mixed case' },
  { input: 'java\nscript:alert(1)', expect: notWeb('javascript'), why: 'javascript: split by a line break' },
  { input: 'data:text/html,<script>alert(1)</script>', expect: notWeb('data'), why: 'data:' },
  { input: 'mailto:someone@example.com', expect: notWeb('scheme'), why: 'another scheme' },
  { input: 'ftp://www.huaweicloud.com/intl/', expect: notWeb('scheme'), why: 'not a web scheme, whatever the host' },
  { input: '<script>alert(1)</script>', expect: notWeb('no-name'), why: 'HTML' },
  { input: '<img src=x onerror=alert(1)>', expect: notWeb('spaces'), why: 'HTML with spaces' },
  {
    input: 'Register here: https://www.huaweicloud.com/intl/',
    expect: notWeb('spaces'),
    why: 'words around an address',
  },
  {
    input: 'https://evil.example\nhttps://www.huaweicloud.com/intl/',
    expect: notWeb('several'),
    why: 'two addresses on two lines',
  },
  { input: 'someone@example.com', expect: notWeb('email'), why: 'an email address' },
  { input: 'huaweicloud', expect: notWeb('no-name'), why: 'a word' },
  { input: 'https://', expect: notWeb('unreadable'), why: 'a scheme alone' },
  { input: 'https://www.huaweicloud.com../', expect: notWeb('unreadable'), why: 'an empty label' },
  { input: 'x'.repeat(100_000), expect: notWeb('too-long'), why: '100,000 characters' },
  {
    input: `https://www.huaweicloud.com/intl/?${'a'.repeat(100_000)}`,
    expect: notWeb('too-long'),
    why: 'a long address is not read',
  },
];

describe('classifyAddress', () => {
  test(`covers at least 40 addresses (${CASES.length})`, () => {
    assert.ok(CASES.length >= 40);
    assert.equal(new Set(CASES.map((c) => c.input)).size, CASES.length, 'no address twice');
  });
  for (const c of CASES) {
    test(`${c.why}: ${JSON.stringify(c.input.length > 80 ? `${c.input.slice(0, 60)}… (${c.input.length})` : c.input)}`, () => {
      const v = check(c.input);
      assert.deepEqual(summary(v), c.expect);
      if (c.notes) assert.deepEqual(notesOf(v), c.notes);
      if (c.lures) assert.deepEqual(luresOf(v), c.lures);
    });
  }
});

describe('details of the verdict', () => {
  test('the parameters are named (not their values), at most eight, in order', () => {
    const v = check('https://www.huaweicloud.com/intl/en-us/?bpId=1&inviteCode=2&bpId=3&a=1&b=1&c=1&d=1&e=1&f=1&g=1');
    assert.equal(v.kind, 'listed');
    const params = v.kind === 'listed' ? v.notes.find((n) => n.type === 'params') : undefined;
    assert.deepEqual(params, { type: 'params', names: ['bpId', 'inviteCode', 'a', 'b', 'c', 'd', 'e', 'f'] });
  });
  test('the user name and the official prefix are given back as text, cut to a readable length', () => {
    const v = check(`https://www.huaweicloud.com${'x'.repeat(200)}@evil.example/`);
    assert.equal(v.kind, 'elsewhere');
    const lure = v.kind === 'elsewhere' ? v.lures[0] : undefined;
    assert.equal(lure?.type, 'userinfo');
    assert.ok(lure?.type === 'userinfo' && [...lure.user].length === 60 && lure.user.endsWith('…'));
  });
  test('a homograph is decoded to what a browser may show, with its alphabets named', () => {
    const v = check('https://www.huаweicloud.com/intl/');
    assert.equal(v.kind, 'elsewhere');
    if (v.kind !== 'elsewhere') return;
    assert.equal(v.decoded, 'www.huаweicloud.com');
    assert.deepEqual(v.lures, [{ type: 'alphabet', decoded: 'www.huаweicloud.com', scripts: ['Cyrl'] }]);
  });
  test('an internationalized name that does not imitate Huawei Cloud is decoded but not called a look-alike', () => {
    const v = check('https://例子.中国/');
    assert.equal(v.kind, 'elsewhere');
    if (v.kind !== 'elsewhere') return;
    assert.equal(v.decoded, '例子.中国');
    assert.deepEqual(v.lures, []);
  });
  test('the length is counted in characters, not UTF-16 units', () => {
    const v = check('😀'.repeat(10));
    assert.deepEqual(summary(v), notWeb('no-name'));
    assert.equal(v.kind === 'not-web' && v.length, 10);
  });
  test('input just under the limit is read; just over it is not', () => {
    const path = 'a'.repeat(MAX_INPUT - 'https://www.huaweicloud.com/intl/'.length);
    assert.deepEqual(summary(check(`https://www.huaweicloud.com/intl/${path}`)), intl(null));
    assert.deepEqual(summary(check(`https://www.huaweicloud.com/intl/${path}a`)), notWeb('too-long'));
  });
  test('a long run of white space is trimmed quickly (no regular-expression backtracking)', () => {
    const started = performance.now();
    const v = check(`${' '.repeat(50_000)}x${' '.repeat(50_000)}`);
    assert.deepEqual(summary(v), notWeb('no-name'));
    assert.ok(performance.now() - started < 500);
  });
  test('while the Public Suffix List loads, listed addresses and non-addresses are already told; others wait', () => {
    assert.deepEqual(summary(classifyAddress('https://www.huaweicloud.com/intl/en-us/', null)), intl('en-us'));
    assert.deepEqual(summary(classifyAddress('javascript:alert(1)', null)), notWeb('javascript'));
    assert.deepEqual(summary(classifyAddress('https://www.huaweicloud.com.evil.example/', null)), {
      kind: 'pending',
      host: 'www.huaweicloud.com.evil.example',
    });
    assert.deepEqual(summary(classifyAddress('https://[::1]/', null)), elsewhere('[::1]', 'ip'));
  });
  test('the classifier does not look at the network or the page: it takes the lookup it is given', () => {
    const calls: string[] = [];
    const v = classifyAddress('https://anything.test/', (host) => {
      calls.push(host);
      return { domain: 'anything.test', label: 'anything', isIp: false };
    });
    assert.deepEqual(calls, ['anything.test']);
    assert.deepEqual(summary(v), elsewhere('anything.test'));
  });
});

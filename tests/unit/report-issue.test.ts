import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTranslations } from '../../src/i18n/ui.ts';
import { type ReportFields, reportIssueUrl, repositoryUrl, withSection } from '../../src/lib/report-issue.ts';

describe('repositoryUrl', () => {
  test('reads package.json shapes', () => {
    assert.equal(repositoryUrl('https://github.com/org/guide'), 'https://github.com/org/guide');
    assert.equal(
      repositoryUrl({ type: 'git', url: 'git+https://github.com/org/guide.git' }),
      'https://github.com/org/guide',
    );
    assert.equal(repositoryUrl('https://gitlab.example/group/sub/guide/'), 'https://gitlab.example/group/sub/guide');
  });
  test('gives null for anything else, so the link is not rendered', () => {
    for (const bad of [
      undefined,
      null,
      '',
      '  ',
      42,
      {},
      { url: 3 },
      'github:org/guide',
      'http://github.com/org/guide',
      'https://github.com/',
      'https://github.com/org',
      'https://u:p@github.com/org/guide',
      'javascript:alert(1)',
      'not a url',
      'https://github.com/org/guide?x=1',
    ]) {
      assert.equal(repositoryUrl(bad), null, String(JSON.stringify(bad)));
    }
  });
});

const fields: ReportFields = {
  pageUrl: 'https://guide.example/guide/recharge/',
  pageTitle: 'Pay and top up',
  language: 'English (en)',
  built: '2026-12-01',
  labels: {
    page: 'Page',
    section: 'Section',
    language: 'Language',
    built: 'Site built',
    prompt: 'What is wrong?',
    // The frame's own strings, through the translator, as Footer.astro gives them.
    title: (where) => useTranslations('en')('report.title', { where }),
  },
};

describe('reportIssueUrl', () => {
  test('prefills title and body with page, language and build date', () => {
    const url = new URL(reportIssueUrl('https://github.com/org/guide', fields));
    assert.equal(`${url.origin}${url.pathname}`, 'https://github.com/org/guide/issues/new');
    assert.equal(url.searchParams.get('title'), 'Problem on “Pay and top up”');
    assert.equal(
      url.searchParams.get('body'),
      'Page: https://guide.example/guide/recharge/\nLanguage: English (en)\nSite built: 2026-12-01\n\nWhat is wrong?\n',
    );
  });
  test('names the section in view, in title, body and page link', () => {
    const url = new URL(
      reportIssueUrl('https://github.com/org/guide', {
        ...fields,
        pageUrl: `${fields.pageUrl}#old`,
        section: { id: 'manual-top-up', title: 'Manual top-up' },
      }),
    );
    assert.equal(url.searchParams.get('title'), 'Problem on “Pay and top up › Manual top-up”');
    assert.match(
      url.searchParams.get('body') ?? '',
      /^Page: https:\/\/guide\.example\/guide\/recharge\/#manual-top-up\nSection: Manual top-up \(#manual-top-up\)\n/,
    );
  });
  test('other scripts stay unescaped, everything a query could misread is escaped', () => {
    const url = reportIssueUrl('https://github.com/org/guide', {
      ...fields,
      pageTitle: '付款与充值',
      labels: {
        ...fields.labels,
        title: (where) => useTranslations('zh-cn')('report.title', { where }),
        prompt: '哪里有误？100% & #1 + a=b',
      },
    });
    assert.ok(url.includes('“付款与充值”页面有误'), url);
    assert.doesNotMatch(url.slice(url.indexOf('?') + 1), /[\s#"<>]|&(?!body=)|%(?![0-9A-F]{2})/);
    assert.equal(new URL(url).searchParams.get('body')?.split('\n').at(-2), '哪里有误？100% & #1 + a=b');
  });
  test('hostile section text stays text inside the query', () => {
    const url = reportIssueUrl('https://github.com/org/guide', {
      ...fields,
      section: { id: 'x', title: '<script>&"#' },
    });
    assert.ok(!url.includes('<script>'));
    assert.match(new URL(url).searchParams.get('body') ?? '', /Section: <script>&"# \(#x\)/);
  });
});

/** What a link prefills: its address, title and body, decoded. */
const prefill = (href: string) => {
  const u = new URL(href);
  return { at: `${u.origin}${u.pathname}`, title: u.searchParams.get('title'), body: u.searchParams.get('body') };
};

describe('withSection', () => {
  const written = reportIssueUrl('https://github.com/org/guide', fields);
  const section = { id: 'manual-top-up', title: 'Manual top-up' };
  test('adds the section to the link the server wrote, as reportIssueUrl writes it', () => {
    assert.deepEqual(
      prefill(withSection(written, fields.pageTitle, fields.labels.section, section)),
      prefill(reportIssueUrl('https://github.com/org/guide', { ...fields, section })),
    );
  });
  test('works the same in Chinese', () => {
    const zh: ReportFields = {
      ...fields,
      pageTitle: '付款与充值',
      labels: {
        ...fields.labels,
        section: '章节',
        title: (where) => useTranslations('zh-cn')('report.title', { where }),
      },
    };
    const zhWritten = reportIssueUrl('https://github.com/org/guide', zh);
    const s = { id: 'automatic-card-payment', title: '信用卡自动扣款' };
    assert.deepEqual(
      prefill(withSection(zhWritten, zh.pageTitle, '章节', s)),
      prefill(reportIssueUrl('https://github.com/org/guide', { ...zh, section: s })),
    );
  });
  test('leaves the link alone without a section, or when it is not a new-issue link', () => {
    assert.equal(withSection(written, fields.pageTitle, 'Section', null), written);
    for (const other of ['not a url', 'https://github.com/org/guide', 'https://github.com/org/guide/issues/new']) {
      assert.equal(withSection(other, fields.pageTitle, 'Section', section), other);
    }
  });
});

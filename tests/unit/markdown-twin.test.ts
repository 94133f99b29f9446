import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMarkdownFile, pageToMarkdown, type TwinLabels, twinPath } from '../../src/lib/markdown-twin.ts';

const FIXTURE = readFileSync(new URL('./fixtures/markdown-twin-page.html', import.meta.url), 'utf8');

const LABELS: TwinLabels = {
  lastChecked: 'Last checked',
  canonical: 'Canonical URL',
  colon: ': ',
  claimStatus: (status) => `Help center check (${status})`,
  claimSource: 'Official page',
  chooserQuestions: 'The chooser asks:',
  chooserNote: 'The chooser also lists alternatives.',
};
const DECISION = {
  caption: 'What the chooser suggests',
  header: ['Card', 'Pay', 'Needs', 'Suggested'],
  rows: [
    ['Yes', 'Top up in advance', 'None', 'Manual top-up'],
    ['No', 'Any answer', 'Any answer', 'Partner'],
  ],
};

function twin(withDecisionTable = true) {
  const page = pageToMarkdown(FIXTURE, { labels: LABELS, decisionTable: withDecisionTable ? DECISION : undefined });
  assert.ok(page, 'the fixture declares a twin');
  return page;
}

const lines = (md: string) => md.split('\n');
const mdast = (md: string): Root => unified().use(remarkParse).use(remarkGfm).parse(md);
function nodes(tree: Root, type: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (n: { type: string; children?: unknown[] }) => {
    if (n.type === type) out.push(n as Record<string, unknown>);
    for (const c of n.children ?? []) walk(c as { type: string; children?: unknown[] });
  };
  walk(tree);
  return out;
}

describe('Markdown twin: where it lives', () => {
  test('the twin of a page is index.md in its directory, base path kept', () => {
    assert.equal(twinPath('/guide/zh-cn/faq/'), '/guide/zh-cn/faq/index.md');
    assert.equal(twinPath('/'), '/index.md');
    assert.equal(twinPath('/register'), '/register/index.md');
  });
  test('twins and llms files are Markdown files, pages are not', () => {
    assert.equal(isMarkdownFile('/register/index.md'), true);
    assert.equal(isMarkdownFile('/zh-cn/llms.txt'), true);
    assert.equal(isMarkdownFile('llms-full.txt'), true);
    assert.equal(isMarkdownFile('/register/index.html'), false);
    assert.equal(isMarkdownFile('/robots.txt'), false);
  });
});

describe('Markdown twin: the page facts', () => {
  test('a page that announces no twin (search, 404) gets none', () => {
    const html = FIXTURE.replace(/<link rel="alternate" type="text\/markdown"[^>]*>/, '');
    assert.equal(pageToMarkdown(html, { labels: LABELS }), null);
  });
  test('a page with a twin but no canonical URL is a build error, not a twin with relative links', () => {
    const html = FIXTURE.replace(/<link rel="canonical"[^>]*>/, '');
    assert.throws(() => pageToMarkdown(html, { labels: LABELS }), /canonical/);
  });
  test('title, description, canonical and twin URL, date, language and reading order come from the page', () => {
    const page = twin();
    assert.equal(page.title, 'Pay and top up');
    assert.equal(page.description, 'How to pay: card, top-up, partner.');
    assert.equal(page.canonical, 'https://example.org/guide/recharge/');
    assert.equal(page.markdownUrl, 'https://example.org/guide/recharge/index.md');
    assert.equal(page.lastChecked, '2026-11-26');
    assert.equal(page.lang, 'en');
    assert.deepEqual(page.readingOrder, [
      'https://example.org/guide/',
      'https://example.org/guide/recharge/',
      'https://example.org/guide/faq/',
    ]);
  });
  test('the top: title, description, last checked, canonical URL and the unofficial note', () => {
    assert.deepEqual(lines(twin().markdown).slice(0, 8), [
      '# Pay and top up',
      '',
      '> How to pay: card, top-up, partner.',
      '',
      '- Last checked: 2026-11-26',
      '- Canonical URL: <https://example.org/guide/recharge/>',
      '- An unofficial guide, not affiliated with Huawei. [Official site](https://www.huaweicloud.com/intl/en-us/)',
      '',
    ]);
  });
  test("the labels follow the locale's punctuation", () => {
    const md = pageToMarkdown(FIXTURE, { labels: { ...LABELS, lastChecked: '最近核对', colon: '：' } })?.markdown ?? '';
    assert.match(md, /^- 最近核对：2026-11-26$/m);
  });
  test('the page has one H1 (the title) and ends with its official sources', () => {
    const md = twin().markdown;
    assert.equal(md.match(/^# /gm)?.length, 1);
    assert.ok(
      md.endsWith(
        '## Official sources for this page {#sources-heading}\n\n- [Topping Up an Account](https://support.example.com/topup.html)\n',
      ),
    );
  });
});

describe('Markdown twin: the body', () => {
  const md = twin().markdown;
  test('headings keep their ids as {#id}; headings of widgets are dropped', () => {
    assert.match(md, /^## Manual `top-up` \{#manual-top-up\}$/m);
    assert.match(md, /^### Progress \{#progress\}$/m);
    assert.match(md, /^## Choose a method \{#choose-a-method\}$/m);
    assert.doesNotMatch(md, /Your result|chooser-result-heading/);
  });
  test('steps are a numbered list', () => {
    assert.match(md, /^1\. Open the \*\*Billing Center\*\*\.\n2\. Go to \*\*Funds Management\*\* > \*\*Top-Up\*\*\.$/m);
    const ordered = nodes(mdast(md), 'list').filter((l) => l.ordered === true);
    assert.ok(ordered.length >= 1);
  });
  test('a claim (current structure) is a blockquote: status and label, sentence, official quote, link and date', () => {
    assert.ok(
      md.includes(
        [
          '> **Help center check (differs)**: The official help center says otherwise',
          '>',
          '> The tutorial says **Money Management** > **Recharge**.',
          '>',
          '> > “Choose Funds Management > Top-Up and Repayment.”',
          '>',
          '> — [Topping Up an Account](https://support.example.com/topup.html) · checked November 26, 2026',
        ].join('\n'),
      ),
      md,
    );
  });
  test('claims in the earlier structures keep status, text, link and date too', () => {
    assert.ok(
      md.includes(
        [
          '> **Help center check (confirmed)**: Confirmed by the official help center',
          '>',
          '> The bill is generated on the 3rd.',
          '>',
          '> — [Official page](https://support.example.com/cycle.html) · checked November 26, 2026',
        ].join('\n'),
      ),
    );
    assert.ok(
      md.includes(
        [
          '> **Help center check (undocumented)**: Not in the official help center',
          '>',
          '> No partner directory was found.',
          '>',
          '> — [Requesting Association with a Partner](https://support.example.com/partner.html) · checked November 26, 2026',
        ].join('\n'),
      ),
    );
  });
  test('a callout is a blockquote that starts with its label', () => {
    assert.ok(md.includes('> **Caution: Decide before you spend**\n>\n> Choose your partner within _7 days_.'));
  });
  test('a checklist is its title and a task list of unticked items', () => {
    assert.ok(
      md.includes(
        [
          '**Things to prepare**',
          '',
          '- [ ] **An email address** — A mailbox that receives mail from abroad. [How to choose](https://example.org/guide/recharge/#email)',
          '- [ ] **A stable network**',
        ].join('\n'),
      ),
      md,
    );
    const tasks = nodes(mdast(md), 'listItem').filter((i) => i.checked !== null && i.checked !== undefined);
    assert.equal(tasks.length, 2);
    assert.ok(tasks.every((t) => t.checked === false));
    assert.doesNotMatch(md, /0 of 2 ready|Clear all/);
  });
  test('the chooser is its questions, its decision table and its comparison table', () => {
    assert.ok(md.includes('The chooser asks:\n\n1. Do you have a card? (Credit cards only.)\n\n   - Yes\n   - No'), md);
    assert.ok(
      md.includes(
        [
          '**What the chooser suggests**',
          '',
          '| Card | Pay | Needs | Suggested |',
          '| - | - | - | - |',
          '| Yes | Top up in advance | None | Manual top-up |',
          '| No | Any answer | Any answer | Partner |',
        ].join('\n'),
      ),
      md,
    );
    assert.ok(
      md.includes(
        [
          '**The ways to pay, compared**',
          '',
          '| Method | Pros |',
          '| - | - |',
          '| [Card \\| monthly](https://example.org/guide/recharge/#automatic-card-payment) | Simplest |',
        ].join('\n'),
      ),
      md,
    );
    assert.match(md, /^The chooser also lists alternatives\.$/m);
    assert.doesNotMatch(md, /Answer the questions above/);
    assert.equal(nodes(mdast(md), 'table').length, 2);
  });
  test('without a decision table the chooser still shows its questions and comparison', () => {
    const plain = twin(false).markdown;
    assert.doesNotMatch(plain, /What the chooser suggests/);
    assert.match(plain, /\*\*The ways to pay, compared\*\*/);
  });
  test('the checklist overview lists the checklists without the progress of this browser', () => {
    assert.match(md, /^- \[Things to prepare\]\(https:\/\/example\.org\/guide\/prepare\/#checklist\)$/m);
    assert.doesNotMatch(md, /0 of 4 ready/);
  });
  test('every link is absolute, base path included', () => {
    assert.ok(md.includes('[link to the FAQ](https://example.org/guide/faq/#account-at-risk)'));
    assert.ok(md.includes('[same-page link](https://example.org/guide/recharge/#bank-transfer)'));
    assert.ok(md.includes('[official page](https://support.example.com/page.html)'));
    for (const link of nodes(mdast(md), 'link')) assert.match(String(link.url), /^https:\/\//);
  });
  test('no chrome: scripts, buttons, screen-reader hints, navigation, tags or the twin link itself', () => {
    for (const gone of [
      '(external site)',
      'Copy link',
      'Link to section',
      'Skip to content',
      'Header link',
      'Previous',
      'headScript',
      'import(',
      'View as Markdown',
      'data-',
    ]) {
      assert.ok(!md.includes(gone), `"${gone}" is in the twin`);
    }
    assert.doesNotMatch(md, /<(?!https:\/\/)[a-z/!]/i, 'no HTML tag (autolinks such as <https://…> are fine)');
    assert.equal(nodes(mdast(md), 'html').length, 0);
  });
});

/**
 * "Report a problem with this page": on every guide page when the build has a repository
 * (REPOSITORY_URL, or package.json's `repository`), prefilled with the page, its language and
 * the build date; on no page when it has none.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'node-html-parser';
import { repositoryUrl } from '../../src/lib/report-issue.ts';
import { builtPages, isGuidePage } from './helpers.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { repository?: unknown };
const repo = repositoryUrl(process.env.REPOSITORY_URL ?? pkg.repository);
const pages = builtPages();
const LINK_TEXT = { en: 'Report a problem with this page', 'zh-cn': '报告本页的问题' } as const;

describe(`report-a-problem link (${repo ? `repository ${repo}` : 'no repository'})`, () => {
  for (const page of pages) {
    test(page.path, () => {
      const links = parse(page.html).querySelectorAll('a[data-report-issue]');
      if (!repo || !isGuidePage(page)) {
        assert.equal(links.length, 0, 'no report link');
        return;
      }
      assert.equal(links.length, 1);
      const link = links[0];
      assert.ok(link);
      assert.equal(link.text.replace(/\s+/g, ' ').trim().startsWith(LINK_TEXT[page.locale]), true);
      const href = new URL(link.getAttribute('href') ?? '');
      assert.equal(`${href.origin}${href.pathname}`, `${repo}/issues/new`);
      const body = href.searchParams.get('body') ?? '';
      assert.ok(body.includes(page.url), `the body names ${page.url}`);
      assert.match(body, page.locale === 'en' ? /Language: English \(en\)/ : /语言: 简体中文 \(zh-cn\)/);
      assert.match(body, /\d{4}-\d{2}-\d{2}/);
      assert.ok((href.searchParams.get('title') ?? '').length > 3);
    });
  }
});

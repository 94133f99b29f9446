/**
 * The Markdown editions of the built site: every guide page's twin (index.md beside its
 * index.html), llms.txt and llms-full.txt per language. Runs over the default build and, from
 * `npm test`, over the /guide/ build too (OUT_DIR, BASE_PATH, SITE_URL as for the build).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { stringsFor } from '../../src/i18n/translate.ts';
import { UI } from '../../src/i18n/ui.ts';
import { parseLlmsTxt } from '../../src/lib/llms-txt.ts';
import { PERMANENT_IDS } from '../../src/lib/permalinks.ts';
import { ID_SOURCE } from '../../src/lib/section-id.ts';
import { BASE, type BuiltPage, builtPages, DIST, fileForUrl, ids, isGuidePage, readBuilt, SITE } from './helpers.ts';

/** A Markdown heading that keeps its section id: `## Title {#an-id}`. */
const HEADING_WITH_ID = new RegExp(`^#{2,6} .+ \\{#(${ID_SOURCE})\\}$`);

const pages = builtPages();
const guide = pages.filter(isGuidePage);
const htmlOf = (html: string) => unified().use(rehypeParse).parse(html);
const mdOf = (md: string): Root => unified().use(remarkParse).use(remarkGfm).parse(md);
const text = (node: Element | undefined) => (node ? toText(node).replace(/\s+/g, ' ').trim() : '');

/** Every node of a type in a Markdown tree. */
function nodesOf<T = Record<string, unknown>>(tree: Root, type: string): T[] {
  const out: T[] = [];
  const walk = (n: { type: string; children?: unknown[] }) => {
    if (n.type === type) out.push(n as T);
    for (const c of n.children ?? []) walk(c as { type: string; children?: unknown[] });
  };
  walk(tree);
  return out;
}

const twinFile = (p: BuiltPage) => p.file.replace(/index\.html$/, 'index.md');
const twinUrl = (p: BuiltPage) => `${p.url}index.md`;
const twin = (p: BuiltPage) => readBuilt(twinFile(p));
const llmsDir = (locale: BuiltPage['locale']) => (locale === 'en' ? '' : 'zh-cn/');

/** The claims of a page: status and official link. */
function claimsOf(p: BuiltPage) {
  return selectAll('main .claim', htmlOf(p.html)).map((claim) => {
    const status =
      String(claim.properties.dataClaimStatus ?? '') ||
      (claim.properties.className as string[]).find((c) => c !== 'claim')?.replace('claim-', '');
    const link = select('.claim-source a[href], .claim-line a[href]', claim);
    return { status, href: String(link?.properties.href ?? '') };
  });
}

/** One guide page per content file, in each language. */
const CONTENT_PAGES = readdirSync('src/content/docs/en').filter((f) => f.endsWith('.mdx')).length;

test('every content page is built once per language', () => {
  assert.ok(CONTENT_PAGES >= 7);
  assert.equal(guide.filter((p) => p.locale === 'en').length, CONTENT_PAGES);
  assert.equal(guide.filter((p) => p.locale === 'zh-cn').length, CONTENT_PAGES);
});

describe('every guide page has a Markdown twin, and says so', () => {
  for (const p of guide) {
    test(`${p.path}: the twin exists and is linked from the head and the footer`, () => {
      assert.ok(existsSync(join(DIST, twinFile(p))), `${twinFile(p)} is missing`);
      const tree = htmlOf(p.html);
      const alternate = select('link[rel=alternate][type="text/markdown"]', tree);
      assert.equal(alternate?.properties.href, twinUrl(p));
      assert.equal(fileForUrl(twinUrl(p)), twinFile(p));
      const visible = selectAll('footer a[href]', tree).find((a) => a.properties.href === `${p.path}index.md`);
      assert.ok(visible, `${p.path}: no footer link to ${p.path}index.md`);
      assert.equal(text(visible), stringsFor(UI, p.locale)['footer.markdown']);
      assert.equal(visible.properties.type, 'text/markdown');
    });
  }
  test('the search and 404 pages have no twin', () => {
    for (const p of pages.filter((x) => !isGuidePage(x))) {
      assert.deepEqual(selectAll('[type="text/markdown"]', htmlOf(p.html)), [], p.file);
    }
  });
});

describe('every twin is clean Markdown with the facts of its page', () => {
  for (const p of guide) {
    test(`${p.path}: title, description, last checked and canonical URL at the top`, () => {
      const tree = htmlOf(p.html);
      const md = twin(p);
      const t = stringsFor(UI, p.locale);
      const lines = md.split('\n');
      assert.equal(lines[0], `# ${text(select('main h1', tree))}`);
      assert.equal(lines[2], `> ${select('meta[name=description]', tree)?.properties.content}`);
      const date = select('footer .last-reviewed time', tree)?.properties.dateTime;
      assert.match(String(date), /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(lines[4], `- ${t['markdown.lastChecked']}${t['markdown.colon']}${date}`);
      assert.equal(lines[5], `- ${t['markdown.canonical']}${t['markdown.colon']}<${p.url}>`);
    });
    test(`${p.path}: no component tags, JSX, imports or HTML`, () => {
      const md = twin(p);
      assert.doesNotMatch(md, /^\s*(import|export)\s/m, 'an import or export line');
      assert.doesNotMatch(md, /<(?!https?:\/\/)[A-Za-z/!]/, 'a tag');
      assert.equal(nodesOf(mdOf(md), 'html').length, 0, 'HTML in the Markdown');
      // Braces appear only in heading ids.
      assert.deepEqual(
        md.split('\n').filter((l) => /[{}]/.test(l) && !HEADING_WITH_ID.test(l)),
        [],
        'braces outside heading ids',
      );
      for (const word of ['data-island', 'class=', 'Clear all', '清除全部', '(external site)', '（外部网站）'])
        assert.ok(!md.includes(word), `"${word}" is in the twin`);
    });
    test(`${p.path}: every heading id of the page is kept, permanent ids included`, () => {
      const md = twin(p);
      const kept = new Set(
        md
          .split('\n')
          .map((l) => HEADING_WITH_ID.exec(l)?.[1])
          .filter((id) => id !== undefined),
      );
      const headings = selectAll('main h2[id], main h3[id]', htmlOf(p.html))
        .filter((h) => h.properties.id !== 'chooser-result-heading')
        .map((h) => String(h.properties.id));
      assert.ok(headings.length > 0);
      for (const id of [...headings, ...(PERMANENT_IDS[p.key.replace(/\/$/, '')] ?? [])])
        assert.ok(kept.has(id), `${p.path}: {#${id}} is missing`);
      for (const id of kept) assert.ok(ids(p.html).has(id ?? ''), `${p.path}: {#${id}} is not an id of the page`);
    });
    test(`${p.path}: every claim is a blockquote with its status and official link`, () => {
      const claims = claimsOf(p);
      const template = stringsFor(UI, p.locale)['markdown.claimStatus'];
      const prefix = template.split('{status}')[0] ?? '';
      const claimQuotes = nodesOf<{ children: unknown[] }>(mdOf(twin(p)), 'blockquote').filter((q) =>
        JSON.stringify(q.children[0]).includes(`"value":"${prefix}`),
      );
      assert.equal(claimQuotes.length, claims.length, `${p.path}: claims in the twin`);
      claims.forEach((claim, i) => {
        const json = JSON.stringify(claimQuotes[i]);
        assert.ok(claim.href.startsWith('https://'), `${p.path}: claim ${i} has an official link`);
        assert.ok(json.includes(`"url":"${claim.href}"`), `${p.path}: claim ${i} keeps ${claim.href}`);
        const status = template.replace('{status}', String(claim.status));
        assert.ok(json.includes(`"value":"${status}"`), `${p.path}: claim ${i} keeps its status ${claim.status}`);
      });
    });
    test(`${p.path}: every link is absolute, and internal ones resolve with the base path`, () => {
      for (const link of nodesOf<{ url: string }>(mdOf(twin(p)), 'link')) {
        const url = new URL(link.url);
        assert.equal(url.href, link.url, `${link.url} is not absolute`);
        if (url.origin !== SITE) continue;
        assert.ok(url.pathname.startsWith(BASE), `${link.url} lacks the base ${BASE}`);
        const file = fileForUrl(link.url);
        assert.ok(file, `${p.path}: ${link.url} points to no file`);
        const id = decodeURIComponent(url.hash.slice(1));
        if (id) assert.ok(ids(readBuilt(file)).has(id), `${p.path}: ${link.url}: no such id`);
      }
    });
  }
  test('the claims checked above are many, in both languages', () => {
    for (const locale of ['en', 'zh-cn'] as const)
      assert.ok(guide.filter((p) => p.locale === locale).flatMap(claimsOf).length >= 20, locale);
  });
  test('steps are numbered lists, checklists task lists, callouts labelled blockquotes', () => {
    const register = guide.find((p) => p.key === 'register/' && p.locale === 'en');
    assert.ok(register);
    const tree = mdOf(twin(register));
    assert.ok(nodesOf<{ ordered: boolean }>(tree, 'list').some((l) => l.ordered));
    const tasks = nodesOf<{ checked: boolean | null }>(tree, 'listItem').filter((i) => i.checked === false);
    const items = selectAll('[data-island=checklist] .checklist-item', htmlOf(register.html));
    assert.equal(tasks.length, items.length);
    assert.ok(items.length > 0);
    const callouts = selectAll('main .callout', htmlOf(register.html)).map((c) => text(select('.callout-title', c)));
    for (const title of callouts) assert.ok(twin(register).includes(`> **${title}**`), title);
  });
  test('the recharge chooser is its questions, decision table and comparison table', () => {
    for (const locale of ['en', 'zh-cn'] as const) {
      const recharge = guide.find((p) => p.key === 'recharge/' && p.locale === locale);
      assert.ok(recharge);
      const md = twin(recharge);
      const tree = htmlOf(recharge.html);
      assert.ok(md.includes(`**${stringsFor(UI, locale)['markdown.decision.caption']}**`));
      assert.ok(md.includes(`**${text(select('.chooser-compare caption', tree))}**`));
      for (const legend of selectAll('.chooser legend', tree)) assert.ok(md.includes(text(legend)), text(legend));
      assert.ok(nodesOf(mdOf(md), 'table').length >= 3);
    }
  });
});

describe('llms.txt and llms-full.txt', () => {
  for (const locale of ['en', 'zh-cn'] as const) {
    const dir = llmsDir(locale);
    const own = guide.filter((p) => p.locale === locale);
    const order = selectAll('.sidebar-list a[href]', htmlOf(own[0]?.html ?? '')).map((a) => String(a.properties.href));
    const inOrder = [...own].sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
    test(`/${dir}llms.txt is in the llmstxt.org shape and lists every page with its twin`, () => {
      const llms = parseLlmsTxt(readBuilt(`${dir}llms.txt`));
      assert.deepEqual(llms.problems, []);
      assert.equal(llms.name, stringsFor(UI, locale)['site.name']);
      assert.match(llms.summary, locale === 'en' ? /unofficial/ : /非官方/);
      assert.match(llms.summary, /https:\/\/support\.huaweicloud\.com\/intl\//);
      const listed = llms.sections.find((s) => s.title === stringsFor(UI, locale)['llms.pages'])?.links ?? [];
      assert.deepEqual(
        listed.map((l) => l.url),
        inOrder.map(twinUrl),
      );
      for (const [i, link] of listed.entries()) {
        const page = htmlOf(inOrder[i]?.html ?? '');
        assert.equal(link.title, text(select('main h1', page)));
        assert.equal(link.description, select('meta[name=description]', page)?.properties.content);
      }
      const all = llms.sections.flatMap((s) => s.links);
      const other = locale === 'en' ? 'zh-cn/' : '';
      assert.ok(
        all.some((l) => l.url === `${SITE}${BASE}${other}llms.txt`),
        'links to the other edition',
      );
      assert.ok(
        all.some((l) => l.url === `${SITE}${BASE}${dir}llms-full.txt`),
        'links to llms-full.txt',
      );
      for (const l of all) assert.ok(fileForUrl(l.url), `${l.url} points to no file`);
    });
    test(`/${dir}llms-full.txt holds the summary and every page of the language in order`, () => {
      const full = readBuilt(`${dir}llms-full.txt`);
      const llms = parseLlmsTxt(readBuilt(`${dir}llms.txt`));
      assert.ok(full.startsWith(`# ${llms.name}\n\n> ${llms.summary}\n`));
      let at = 0;
      for (const p of inOrder) {
        const next = full.indexOf(twin(p).trim(), at);
        assert.ok(next > at, `${p.path} is missing or out of order`);
        at = next;
      }
      assert.equal(full.split('\n\n---\n\n').length, inOrder.length + 1);
    });
  }
});

describe('the Markdown files are served as Markdown and stay out of the sitemap and search', () => {
  const markdownPaths = [
    ...guide.map((p) => `${p.path}index.md`),
    ...['', 'zh-cn/'].flatMap((d) => [`${BASE}${d}llms.txt`, `${BASE}${d}llms-full.txt`]),
  ];
  test('_headers serves each of them as text/markdown; charset=utf-8', () => {
    const headers = readBuilt('_headers');
    for (const path of markdownPaths)
      assert.ok(headers.includes(`\n${path}\n  Content-Type: text/markdown; charset=utf-8\n`), path);
  });
  test('the sitemap lists none of them', () => {
    const sitemap = readBuilt('sitemap-0.xml');
    assert.doesNotMatch(sitemap, /\.md<|llms/);
    assert.ok(sitemap.includes(`<loc>${guide[0]?.url}</loc>`));
  });
  test('the search index counts only the HTML guide pages', () => {
    const entry = JSON.parse(readBuilt('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    assert.equal(entry.languages.en?.page_count, CONTENT_PAGES);
    assert.equal(entry.languages['zh-cn']?.page_count, CONTENT_PAGES);
  });
  test('the files are UTF-8 text that ends with one newline', () => {
    for (const path of markdownPaths) {
      const file = fileForUrl(`${SITE}${path}`);
      assert.ok(file, path);
      const body = readFileSync(join(DIST, file), 'utf8');
      assert.ok(body.endsWith('\n') && !body.endsWith('\n\n'), path);
      assert.doesNotMatch(body, /\uFFFD/, path);
    }
  });
});

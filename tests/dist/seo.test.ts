/**
 * Discoverability of the built site: titles, descriptions, canonical and alternate URLs,
 * share tags, sitemap, robots.txt, manifest, JSON-LD and the search index. Runs over the
 * build in OUT_DIR (default dist) for the BASE_PATH and SITE_URL it was built with.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { CONTENT_DIR, frontmatter } from '../../scripts/lib/content-claims.ts';
import { classesOf, element, elements, parseHtml, parseXml, textOf } from '../../scripts/lib/html.ts';
import {
  BASE,
  type BuiltPage,
  builtPages,
  DIST,
  fileForUrl,
  ids,
  is404,
  isGuidePage,
  isSearch,
  jsonLd,
  links,
  metas,
  readBuilt,
  SITE,
  title,
} from './helpers.ts';

type Json = Record<string, unknown>;
/** The page keys ("faq/", "payment-problems/") whose frontmatter has `faq` questions, per locale. */
function faqKeys(locale: string): string[] {
  const dir = join(CONTENT_DIR, locale);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .filter((f) => {
      const faq = frontmatter(readFileSync(join(dir, f), 'utf8')).faq;
      return Array.isArray(faq) && faq.length > 0;
    })
    .map((f) => (f === 'index.mdx' ? '' : `${f.replace(/\.mdx$/, '')}/`));
}
const FAQ_KEYS = { en: faqKeys('en'), 'zh-cn': faqKeys('zh-cn') } as const;
const pages = builtPages();
const guide = pages.filter(isGuidePage);
const HREFLANG = { en: 'en', 'zh-cn': 'zh-CN' } as const;
const urlOf = (locale: 'en' | 'zh-cn', key: string) => `${SITE}${BASE}${locale === 'en' ? '' : 'zh-cn/'}${key}`;
const counterpart = (p: BuiltPage) => pages.find((q) => q.key === p.key && q.locale !== p.locale);
/** The pages whose frontmatter has `faq:` questions (FAQPage structured data). */
const only = <T>(list: T[], what: string): T => {
  assert.equal(list.length, 1, `exactly one ${what}, found ${list.length}`);
  return list[0] as T;
};

test('the build has the guide pages, the search pages and the 404 pages', () => {
  assert.ok(
    guide.some((p) => p.key === '' && p.locale === 'en'),
    'English overview',
  );
  for (const key of ['prepare/', 'register/', 'recharge/', 'faq/', 'payment-problems/', 'account-problems/']) {
    assert.ok(
      guide.some((p) => p.key === key && p.locale === 'en'),
      key,
    );
  }
  assert.deepEqual(
    pages.filter(isSearch).map((p) => p.locale),
    ['en', 'zh-cn'],
  );
  assert.deepEqual(
    pages.filter(is404).map((p) => p.locale),
    ['en', 'zh-cn'],
  );
});

describe('titles and descriptions', () => {
  test('every page has one non-empty title and meta description, each unique across the site', () => {
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const p of pages) {
      const t = title(p.html);
      assert.ok(t && t.trim().length > 0, `${p.file}: title`);
      const titleTags = elements(parseHtml(p.html), 'title');
      assert.equal(titleTags.length, 1, `${p.file}: one title`);
      assert.equal(
        (titleTags[0]?.parent as { name?: string } | null)?.name,
        'head',
        `${p.file}: the title is in <head>`,
      );
      const d = only(metas(p.html, 'description'), `${p.file}: description`);
      assert.ok(d.trim().length > 0, `${p.file}: description empty`);
      assert.equal(titles.get(t), undefined, `${p.file}: title "${t}" also on ${titles.get(t)}`);
      assert.equal(descriptions.get(d), undefined, `${p.file}: description also on ${descriptions.get(d)}`);
      titles.set(t, p.file);
      descriptions.set(d, p.file);
    }
  });

  test('English guide descriptions are 70 to 170 characters long', () => {
    for (const p of guide.filter((q) => q.locale === 'en')) {
      const d = metas(p.html, 'description')[0] ?? '';
      assert.ok(d.length >= 70 && d.length <= 170, `${p.file}: ${d.length} characters`);
    }
  });

  test('<html lang> matches the locale of the URL', () => {
    for (const p of pages) assert.equal(element(parseHtml(p.html), 'html')?.attribs.lang, HREFLANG[p.locale], p.file);
  });
});

describe('canonical and alternate URLs', () => {
  test('canonical and og:url are the page URL on every page but the 404 pages', () => {
    for (const p of pages.filter((q) => !is404(q))) {
      assert.equal(only(links(p.html, 'canonical'), `${p.file}: canonical`).href, p.url, p.file);
      assert.equal(only(metas(p.html, 'og:url'), `${p.file}: og:url`), p.url, p.file);
    }
  });

  test('the 404 pages have no canonical and no robots meta (hosts serve them with status 404, which keeps them out of search engines)', () => {
    for (const p of pages.filter(is404)) {
      assert.deepEqual(links(p.html, 'canonical'), [], p.file);
      assert.deepEqual(metas(p.html, 'robots'), [], p.file);
    }
  });

  test('hreflang: each page lists itself, its other language when it exists, and x-default (English)', () => {
    for (const p of pages.filter((q) => !is404(q))) {
      const alt = Object.fromEntries(
        links(p.html, 'alternate')
          .filter((l) => l.hreflang)
          .map((l) => [l.hreflang, l.href]),
      );
      const other = counterpart(p);
      const expected: Record<string, string> = { [HREFLANG[p.locale]]: p.url };
      if (other) expected[HREFLANG[other.locale]] = other.url;
      if (p.locale === 'en' || other) expected['x-default'] = urlOf('en', p.key);
      assert.deepEqual(alt, expected, p.file);
      for (const href of Object.values(alt)) assert.ok(fileForUrl(href), `${p.file}: ${href} is built`);
    }
  });

  test('when both languages exist, their alternates point to each other', () => {
    const pairs = guide.filter((p) => p.locale === 'en' && counterpart(p));
    for (const en of pairs) {
      const zh = counterpart(en) as BuiltPage;
      const zhAlt = links(zh.html, 'alternate').find((l) => l.hreflang === 'en');
      const enAlt = links(en.html, 'alternate').find((l) => l.hreflang === 'zh-CN');
      assert.equal(zhAlt?.href, en.url);
      assert.equal(enAlt?.href, zh.url);
    }
  });
});

describe('share tags', () => {
  test('Open Graph and Twitter card tags with the share image of the page language', () => {
    for (const p of pages) {
      for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:locale', 'og:image:alt']) {
        assert.ok((only(metas(p.html, key), `${p.file}: ${key}`) ?? '').length > 0, `${p.file}: ${key}`);
      }
      const image = only(metas(p.html, 'og:image'), `${p.file}: og:image`);
      assert.equal(image, `${SITE}${BASE}og-${p.locale}.png`, p.file);
      assert.ok(fileForUrl(image), `${p.file}: share image exists`);
      assert.deepEqual(metas(p.html, 'og:image:width'), ['1200']);
      assert.deepEqual(metas(p.html, 'og:image:height'), ['630']);
      assert.equal(only(metas(p.html, 'og:locale'), 'og:locale'), p.locale === 'en' ? 'en_US' : 'zh_CN');
      assert.equal(only(metas(p.html, 'twitter:card'), 'twitter:card'), 'summary_large_image');
      // X falls back to og:title, og:description and og:image: no duplicate twitter: tags.
      for (const key of ['twitter:title', 'twitter:description', 'twitter:image'])
        assert.deepEqual(metas(p.html, key), []);
      assert.equal(metas(p.html, 'og:description')[0], metas(p.html, 'description')[0], p.file);
      assert.equal(metas(p.html, 'og:title')[0] && title(p.html)?.startsWith(metas(p.html, 'og:title')[0] ?? ''), true);
    }
  });

  test('theme-color for light and dark, viewport, icons and manifest links that resolve', () => {
    for (const p of pages) {
      assert.equal(metas(p.html, 'theme-color').length, 2, p.file);
      assert.equal(metas(p.html, 'viewport').length, 1, p.file);
      for (const rel of ['icon', 'apple-touch-icon', 'manifest']) {
        const found = links(p.html, rel);
        assert.ok(found.length > 0, `${p.file}: ${rel}`);
        for (const l of found) {
          // An inline (data:) icon needs no file; any other must resolve to one.
          if (l.href?.startsWith('data:image/svg+xml,')) continue;
          assert.ok(fileForUrl(new URL(l.href ?? '', p.url).href), `${p.file}: ${l.href}`);
        }
      }
    }
  });
});

describe('sitemap and robots.txt', () => {
  const locs = (xml: string) => elements(parseXml(xml), 'loc').map(textOf);

  test('sitemap-index.xml points to sitemap-0.xml, which lists every guide page and nothing else', () => {
    const index = readBuilt('sitemap-index.xml');
    assert.deepEqual(locs(index), [`${SITE}${BASE}sitemap-0.xml`]);
    const listed = locs(readBuilt('sitemap-0.xml')).sort();
    assert.deepEqual(listed, guide.map((p) => p.url).sort());
  });

  test('the search and 404 pages are not in the sitemap; the search pages (a list of every section) may be indexed', () => {
    const xml = readBuilt('sitemap-0.xml');
    for (const p of pages.filter((q) => !isGuidePage(q))) assert.ok(!locs(xml).includes(p.url), p.file);
    for (const p of pages.filter(isSearch)) assert.deepEqual(metas(p.html, 'robots'), [], p.file);
  });

  test('the sitemap gives each page its language alternates when both exist', () => {
    const xml = readBuilt('sitemap-0.xml');
    const entries = elements(parseXml(xml), 'url');
    for (const p of guide) {
      const matching = entries.filter((e) => elements(e, 'loc').some((loc) => textOf(loc) === p.url));
      assert.equal(matching.length, 1, `${p.file}: one sitemap entry`);
      const alternates = elements(
        matching[0] ?? '',
        (el) => el.name === 'xhtml:link' && el.attribs.rel === 'alternate',
      ).map((el) => [el.attribs.hreflang, el.attribs.href]);
      const other = counterpart(p);
      if (!other) {
        assert.deepEqual(alternates, [], p.file);
        continue;
      }
      assert.deepEqual(
        Object.fromEntries(alternates),
        { [HREFLANG[p.locale]]: p.url, [HREFLANG[other.locale]]: other.url },
        p.file,
      );
    }
  });

  test('robots.txt allows crawling and points to the sitemap index', () => {
    const robots = readBuilt('robots.txt');
    assert.match(robots, /^User-agent: \*$/m);
    assert.match(robots, /^Allow: \/$/m);
    assert.ok(robots.split('\n').includes(`Sitemap: ${SITE}${BASE}sitemap-index.xml`), robots);
  });
});

describe('web app manifest', () => {
  test('valid JSON under the base, with names, colours and icons that exist', () => {
    const manifest = JSON.parse(readBuilt('manifest.webmanifest')) as Json;
    assert.ok(typeof manifest.name === 'string' && manifest.name.length > 0);
    assert.ok(typeof manifest.short_name === 'string' && manifest.short_name.length > 0);
    assert.equal(manifest.start_url, BASE);
    assert.equal(manifest.scope, BASE);
    assert.match(String(manifest.theme_color), /^#[0-9a-f]{6}$/i);
    assert.match(String(manifest.background_color), /^#[0-9a-f]{6}$/i);
    const icons = manifest.icons as { src: string; sizes: string; type: string }[];
    assert.ok(Array.isArray(icons));
    for (const size of ['192x192', '512x512']) {
      assert.ok(
        icons.some((i) => i.sizes === size && i.type === 'image/png'),
        size,
      );
    }
    for (const icon of icons) {
      assert.ok(icon.src.startsWith(BASE), icon.src);
      assert.ok(existsSync(join(DIST, icon.src.slice(BASE.length))), icon.src);
    }
  });
});

describe('JSON-LD', () => {
  const ofType = (p: BuiltPage, type: string) => jsonLd(p.html).filter((d) => (d as Json)['@type'] === type) as Json[];
  const isAbsolute = (u: unknown) => typeof u === 'string' && u.startsWith(`${SITE}${BASE}`);

  test('every page has valid JSON-LD with a WebSite (name, url of its language home)', () => {
    for (const p of pages) {
      const data = jsonLd(p.html);
      assert.ok(data.length > 0, p.file);
      for (const d of data) assert.equal((d as Json)['@context'], 'https://schema.org', p.file);
      const site = only(ofType(p, 'WebSite'), `${p.file}: WebSite`);
      assert.ok(typeof site.name === 'string' && site.name.length > 0, p.file);
      assert.equal(site.url, urlOf(p.locale, ''), p.file);
    }
  });

  test('every page but the 404 pages has a BreadcrumbList ending at the page itself', () => {
    for (const p of pages.filter((q) => !is404(q))) {
      const list = only(ofType(p, 'BreadcrumbList'), `${p.file}: BreadcrumbList`);
      const items = list.itemListElement as Json[];
      assert.ok(Array.isArray(items) && items.length > 0, p.file);
      items.forEach((item, i) => {
        assert.equal(item['@type'], 'ListItem', p.file);
        assert.equal(item.position, i + 1, p.file);
        assert.ok(typeof item.name === 'string' && item.name.length > 0, p.file);
        assert.ok(isAbsolute(item.item) && fileForUrl(String(item.item)), `${p.file}: ${item.item}`);
      });
      assert.equal(items[0]?.item, urlOf(p.locale, ''), p.file);
      assert.equal(items.at(-1)?.item, p.url, p.file);
    }
  });

  test('the registration pages have a HowTo whose steps (name, text) link to the sections of their pages', () => {
    const register = guide.filter((p) => p.key === 'register/');
    assert.ok(register.length > 0);
    for (const p of register) {
      const howTo = only(ofType(p, 'HowTo'), `${p.file}: HowTo`);
      assert.ok(typeof howTo.name === 'string' && howTo.name.length > 0);
      const steps = howTo.step as Json[];
      assert.ok(Array.isArray(steps) && steps.length > 0, p.file);
      for (const step of steps) {
        assert.equal(step['@type'], 'HowToStep');
        assert.ok(typeof step.name === 'string' && step.name.length > 0);
        assert.ok(typeof step.text === 'string' && step.text.length > 0);
        // The steps are told on the registration page and the two pages after it.
        const url = new URL(String(step.url));
        const file = fileForUrl(`${url.origin}${url.pathname}`);
        assert.ok(file, `${p.file}: step page ${url.pathname}`);
        const there = guide.find((g) => g.file === file);
        assert.ok(there && there.locale === p.locale, `${p.file}: ${url.pathname} is a guide page of its language`);
        assert.ok(ids(there.html).has(url.hash.slice(1)), `${p.file}: step anchor ${url.pathname}${url.hash}`);
      }
    }
  });

  test('the pages with questions (FAQ, payment problems) have a FAQPage: each Question with a name and acceptedAnswer.text, linking to its section', () => {
    assert.ok(
      FAQ_KEYS.en.includes('faq/') &&
        FAQ_KEYS.en.includes('payment-problems/') &&
        FAQ_KEYS.en.includes('account-problems/'),
      FAQ_KEYS.en.join(', '),
    );
    assert.deepEqual(FAQ_KEYS['zh-cn'], FAQ_KEYS.en);
    const faq = guide.filter((p) => FAQ_KEYS[p.locale].includes(p.key));
    assert.equal(faq.length, FAQ_KEYS.en.length * 2);
    for (const p of faq) {
      const page = only(ofType(p, 'FAQPage'), `${p.file}: FAQPage`);
      const questions = page.mainEntity as Json[];
      assert.ok(Array.isArray(questions) && questions.length > 0, p.file);
      for (const q of questions) {
        assert.equal(q['@type'], 'Question');
        assert.ok(typeof q.name === 'string' && q.name.length > 0);
        const answer = q.acceptedAnswer as Json;
        assert.equal(answer['@type'], 'Answer');
        assert.ok(typeof answer.text === 'string' && answer.text.length > 0);
        const url = new URL(String(q.url));
        assert.equal(`${url.origin}${url.pathname}`, p.url, `${p.file}: the question links to its own page`);
        assert.ok(ids(p.html).has(url.hash.slice(1)), `${p.file}: question anchor ${url.hash}`);
      }
    }
  });

  test('HowTo and FAQPage appear only on their pages (FAQPage: the pages whose frontmatter has questions)', () => {
    for (const p of pages) {
      if (p.key !== 'register/') assert.deepEqual(ofType(p, 'HowTo'), [], p.file);
      if (!FAQ_KEYS[p.locale].includes(p.key)) assert.deepEqual(ofType(p, 'FAQPage'), [], p.file);
    }
  });
});

describe('search index', () => {
  const entry = JSON.parse(readBuilt('pagefind/pagefind-entry.json')) as {
    languages: Record<string, { page_count: number }>;
  };

  test('one Pagefind index per language, holding exactly the guide pages of that language', () => {
    for (const locale of ['en', 'zh-cn'] as const) {
      const count = guide.filter((p) => p.locale === locale).length;
      if (count === 0) assert.equal(entry.languages[locale], undefined, locale);
      else assert.equal(entry.languages[locale]?.page_count, count, locale);
    }
    assert.deepEqual(Object.keys(entry.languages).sort(), [...new Set(guide.map((p) => p.locale))].sort());
  });

  test('only the guide pages mark their main content for indexing, and section chrome is left out', () => {
    for (const p of pages) {
      const doc = parseHtml(p.html);
      const marked = elements(doc, (el) => el.attribs['data-pagefind-body'] !== undefined);
      assert.equal(marked.length, isGuidePage(p) ? 1 : 0, p.file);
      assert.ok(
        marked.every((el) => el.name === 'main'),
        `${p.file}: the <main> is marked`,
      );
      for (const a of elements(doc, (el) => el.name === 'a' && classesOf(el).includes('anchor-link')))
        assert.notEqual(a.attribs['data-pagefind-ignore'], undefined, p.file);
    }
  });

  test("Pagefind's API is there, its UI bundles are not (the site has its own search UI)", () => {
    const files = readdirSync(join(DIST, 'pagefind'));
    assert.ok(files.includes('pagefind.js'));
    assert.deepEqual(
      files.filter((f) => /ui|highlight/.test(f)),
      [],
    );
  });
});

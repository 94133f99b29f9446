#!/usr/bin/env node
/**
 * After the build (scripts/build.mjs): writes the Markdown twin of every guide page next to its
 * HTML (`register/index.html` -> `register/index.md`), then `llms.txt` and `llms-full.txt` for
 * each language (`/llms.txt`, `/zh-cn/llms.txt`). A guide page is one that announces its twin
 * with `<link rel="alternate" type="text/markdown">` (src/layouts/DocLayout.astro). The twins
 * are plain files written after Astro's build, so neither the sitemap nor Pagefind (which
 * indexes HTML only) lists them.
 *
 *   node scripts/markdown-twins.mjs [--dir dist]
 *
 * Needs a Node that runs TypeScript (22.18+ or 23.6+; the project's own Node 24 on PATH).
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { CHOOSER } from '../src/i18n/chooser.ts';
import { stringsFor } from '../src/i18n/translate.ts';
import { useTranslations } from '../src/i18n/ui.ts';
import { markdownHeaderRules } from '../src/integrations/security-headers.mjs';
import { decisionTable } from '../src/lib/chooser-decision.ts';
import { llmsFullTxt, llmsTxt } from '../src/lib/llms-txt.ts';
import { HTML_LANG, LOCALES } from '../src/lib/locale.ts';
import { pageToMarkdown } from '../src/lib/markdown-twin.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--dir');
const outDir = at >= 0 && args[at + 1] ? args[at + 1] : process.env.OUT_DIR || 'dist';

/** @param {string} d @returns {string[]} */
const walk = (d) =>
  readdirSync(d).flatMap((name) => {
    const full = join(d, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });

/** @param {string} lang @returns {import('../src/lib/locale.ts').Locale} */
const localeOfLang = (lang) => {
  const locale = LOCALES.find((l) => HTML_LANG[l] === lang);
  if (!locale) throw new Error(`Unknown page language "${lang}"`);
  return locale;
};

/** @param {import('../src/lib/locale.ts').Locale} locale */
function optionsFor(locale) {
  const t = useTranslations(locale);
  const dict = stringsFor(CHOOSER, locale);
  return {
    labels: {
      lastChecked: t('markdown.lastChecked'),
      canonical: t('markdown.canonical'),
      colon: t('markdown.colon'),
      claimStatus: t('markdown.claimStatus', { status: '{status}' }),
      claimSource: t('markdown.claimSource'),
      chooserQuestions: t('markdown.chooserQuestions'),
      chooserNote: t('markdown.chooserNote'),
    },
    decisionTable: decisionTable({
      caption: t('markdown.decision.caption'),
      header: [
        t('markdown.decision.card'),
        t('markdown.decision.pay'),
        t('markdown.decision.needs'),
        t('markdown.decision.account'),
        t('markdown.decision.method'),
      ],
      any: t('markdown.decision.any'),
      none: t('markdown.decision.none'),
      some: t('markdown.decision.some'),
      prepaid: t('markdown.decision.prepaid'),
      other: t('markdown.decision.other'),
      or: t('markdown.decision.or'),
      cardAnswer: { yes: dict['q.card.yes'], no: dict['q.card.no'], unsure: dict['q.card.unsure'] },
      payAnswer: { monthly: dict['q.pay.monthly'], prepaid: dict['q.pay.prepaid'], any: dict['q.pay.any'] },
      method: {
        card: dict['method.card'],
        topup: dict['method.topup'],
        partner: dict['method.partner'],
        transfer: dict['method.transfer'],
      },
    }),
  };
}

/** @type {Map<string, { file: string, twin: NonNullable<ReturnType<typeof pageToMarkdown>> }[]>} */
const byLocale = new Map();
let base = '/';
/** Every Markdown file written, as site paths (for _headers). */
const served = [];
for (const file of walk(outDir).filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(file, 'utf8');
  const lang = html.match(/<html[^>]*\slang="([^"]+)"/)?.[1] ?? '';
  if (!html.includes('type="text/markdown"')) continue;
  const locale = localeOfLang(lang);
  const twin = pageToMarkdown(html, optionsFor(locale));
  if (!twin) continue;
  const rel = relative(outDir, file).split(sep).join('/');
  const mdRel = rel.replace(/index\.html$/, 'index.md');
  const { pathname } = new URL(twin.markdownUrl);
  if (!pathname.endsWith(`/${mdRel}`)) throw new Error(`${rel}: its Markdown twin ${pathname} is not beside it`);
  base = pathname.slice(0, pathname.length - mdRel.length);
  writeFileSync(join(outDir, mdRel), twin.markdown);
  served.push(pathname);
  byLocale.set(locale, [...(byLocale.get(locale) ?? []), { file: mdRel, twin }]);
}
if (byLocale.size === 0) throw new Error(`No page in ${outDir} announces a Markdown twin`);

const origin = new URL([...byLocale.values()][0]?.[0]?.twin.canonical ?? 'https://localhost/').origin;
/** @param {import('../src/lib/locale.ts').Locale} locale */
const llmsDir = (locale) => (locale === 'en' ? '' : `${locale}/`);
let written = 0;
for (const [locale, pages] of byLocale) {
  const order = pages[0]?.twin.readingOrder ?? [];
  const rank = (/** @type {string} */ url) => (order.includes(url) ? order.indexOf(url) : order.length);
  pages.sort((a, b) => rank(a.twin.canonical) - rank(b.twin.canonical) || a.file.localeCompare(b.file));
  const t = useTranslations(locale);
  const here = `${origin}${base}${llmsDir(locale)}`;
  const others = LOCALES.filter((l) => l !== locale && byLocale.has(l));
  const doc = {
    name: t('site.name'),
    summary: t('llms.summary'),
    details: [t('llms.details')],
    sections: [
      {
        title: t('llms.pages'),
        links: pages.map(({ twin }) => ({ title: twin.title, url: twin.markdownUrl, description: twin.description })),
      },
      ...(others.length > 0
        ? [
            {
              title: t('llms.editions'),
              links: others.map((l) => ({
                title: t('llms.otherEdition'),
                url: `${origin}${base}${llmsDir(l)}llms.txt`,
                description: t('llms.otherEditionDescription'),
              })),
            },
          ]
        : []),
      {
        title: 'Optional',
        links: [{ title: t('llms.full'), url: `${here}llms-full.txt`, description: t('llms.fullDescription') }],
      },
    ],
  };
  const dir = join(outDir, llmsDir(locale));
  mkdirSync(dirname(join(dir, 'llms.txt')), { recursive: true });
  writeFileSync(join(dir, 'llms.txt'), llmsTxt(doc));
  writeFileSync(
    join(dir, 'llms-full.txt'),
    llmsFullTxt(
      doc,
      pages.map((p) => p.twin.markdown),
    ),
  );
  served.push(`${base}${llmsDir(locale)}llms.txt`, `${base}${llmsDir(locale)}llms-full.txt`);
  written += pages.length;
}
const headersFile = join(outDir, '_headers');
if (!existsSync(headersFile)) throw new Error(`${headersFile} is missing: the security-headers integration writes it`);
appendFileSync(headersFile, `${markdownHeaderRules(served).join('\n')}\n`);
console.log(`Markdown: ${written} page twins, llms.txt and llms-full.txt for ${[...byLocale.keys()].join(', ')}.`);

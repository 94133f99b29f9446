import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { dictionaryMismatches, placeholders, stringsFor, translator } from '../../i18n/translate.ts';
import { UI } from '../../i18n/ui.ts';
import { docSchema } from '../../lib/doc-schema.ts';
import type { Locale } from '../../lib/locale.ts';
import { CHECKLIST_STRINGS } from '../checklist/strings/index.ts';
import { HANDOFF_STRINGS } from '../handoff/strings/index.ts';
import { LINK_CHECK } from '../link-check/strings/index.ts';
import { SEARCH_STRINGS as SEARCH_UI } from '../search/strings/index.ts';
import { docsPattern, pseudoPageSource } from './content.ts';
import { PSEUDO_LOCALE, pseudoLocaleEnabled, pseudoLocaleInfo } from './locale.ts';
import { pseudoLocaleText } from './markdown-plugin.ts';
import { accent, pseudoDictionary, pseudoLocalize } from './pseudo-localize.ts';

const XA = PSEUDO_LOCALE as Locale;

describe('pseudoLocalize', () => {
  test('accents the letters, brackets the string and makes it about 30% longer', () => {
    assert.equal(pseudoLocalize('Sign up'), '[Šîğñ ûþ ~~~]');
    const long = 'Choose your country or region, which cannot be changed later.';
    const out = pseudoLocalize(long);
    assert.match(out, /^\[Çĥööšé ýöûŕ çöûñţŕý/);
    assert.ok(out.length >= long.length * 1.3, out);
    assert.doesNotMatch(out.slice(1, -1).replace(/ ~+$/, ''), /[A-Za-z]/);
  });
  test('keeps placeholders and heading ids', () => {
    assert.equal(pseudoLocalize('Problem on “{where}”'), '[Þŕöƀļéɱ öñ “{where}” ~~~~~~]');
    assert.deepEqual(placeholders(pseudoLocalize('{count} of {total} ready')), ['count', 'total']);
    assert.match(pseudoLocalize('Your progress {#progress}'), /\{#progress\}/);
  });
  test('keeps URLs, host names, paths and e-mail addresses', () => {
    const out = pseudoLocalize(
      'Go to https://www.huaweicloud.com/intl/en-us/, not www.huaweicloud.com, check /intl and write to a.b@example.org.',
    );
    for (const kept of [
      'https://www.huaweicloud.com/intl/en-us/,',
      ' www.huaweicloud.com,',
      ' /intl ',
      'a.b@example.org.',
    ])
      assert.ok(out.includes(kept), `${kept} in ${out}`);
    assert.match(out, /^\[Ĝö ţö /);
  });
  test('keeps code spans, HTML tags and entities', () => {
    assert.match(pseudoLocalize('Use `npm run build` here'), /^\[Ûšé `npm run build` ĥéŕé ~+\]$/);
    assert.match(
      pseudoLocalize('<strong class="x">Note</strong> &amp; more'),
      /^\[<strong class="x">Ñöţé<\/strong> &amp; ɱöŕé ~+\]$/,
    );
  });
  test('leaves strings without letters as they are, and white space outside the brackets', () => {
    for (const s of ['', '2026-12-01', '42', '{count}', '·', ' – ', 'https://example.org/a'])
      assert.equal(pseudoLocalize(s), s);
    assert.equal(pseudoLocalize(' Next '), ' [Ñéẋţ ~~] ');
    assert.equal(pseudoLocalize('US$1'), '[ÛŠ$1 ~~]');
  });
  test('keeps within a length limit: less padding, then no brackets', () => {
    const title = 'Frozen, restricted or deleted accounts';
    assert.equal(pseudoLocalize(title, { maxLength: title.length + 2 }), `[${accent(title)}]`);
    assert.equal(pseudoLocalize(title, { maxLength: title.length + 5 }), `[${accent(title)} ~~]`);
    assert.equal(pseudoLocalize(title, { maxLength: title.length }), accent(title));
  });
});

describe('pseudoDictionary and stringsFor', () => {
  test('maps every string of nested tables, keeps functions and numbers', () => {
    const fn = (n: number) => `${n} items`;
    const out = pseudoDictionary({ a: 'Close', list: ['Yes', 'No'], nested: { b: 'Open {name}' }, fn, n: 3 });
    assert.deepEqual(out.list, ['[Ýéš ~]', '[Ñö ~]']);
    assert.equal(out.a, '[Çļöšé ~~]');
    assert.equal(out.nested.b, '[Öþéñ {name} ~~~~]');
    assert.equal(out.fn, fn);
    assert.equal(out.n, 3);
  });
  test('translated locales get their own table, untouched', () => {
    assert.equal(stringsFor(UI, 'en'), UI.en);
    assert.equal(stringsFor(UI, 'zh-cn'), UI['zh-cn']);
  });
  test('the pseudo-locale gets English pseudo-localized, same keys and placeholders, derived once', () => {
    for (const table of [UI, SEARCH_UI] as const) {
      const xa = stringsFor(table as Record<Locale, Record<string, string>>, XA);
      assert.deepEqual(dictionaryMismatches(table.en, xa), []);
      for (const [key, value] of Object.entries(table.en as Record<string, string>))
        assert.equal(xa[key], pseudoLocalize(value), key);
      assert.equal(stringsFor(table as Record<Locale, Record<string, string>>, XA), xa);
    }
    for (const table of [CHECKLIST_STRINGS, HANDOFF_STRINGS, LINK_CHECK] as Record<Locale, unknown>[])
      assert.notDeepEqual(stringsFor(table, XA), table.en);
    const t = translator(stringsFor(UI, XA), 'en-XA');
    assert.equal(t('report.title', { where: 'FAQ' }), '[Þŕöƀļéɱ öñ “FAQ” ~~~~~~]');
  });
  test('any other locale a table lacks is an error', () => {
    assert.throws(() => stringsFor(UI, 'fr' as Locale), /No strings for the locale "fr"/);
  });
});

describe('the switch and the registry', () => {
  test('PSEUDO_LOCALE=1 and nothing else turns it on', () => {
    assert.equal(pseudoLocaleEnabled({ PSEUDO_LOCALE: '1' }), true);
    for (const env of [{}, { PSEUDO_LOCALE: '' }, { PSEUDO_LOCALE: '0' }, { PSEUDO_LOCALE: 'true' }, undefined])
      assert.equal(pseudoLocaleEnabled(env), false);
  });
  test('its registry entry: en-XA, left to right, a label, English made pseudo', () => {
    const en = {
      code: 'en',
      lang: 'en',
      ogLocale: 'en_US',
      label: 'English',
      dir: 'ltr',
      siteName: 'Guide',
      officialPath: 'en-us',
      ogImage: 'og-en.png',
    } as const;
    assert.deepEqual(pseudoLocaleInfo(en), {
      ...en,
      code: 'en-xa',
      lang: 'en-XA',
      ogLocale: 'en_XA',
      label: 'Ƥšéûðö-Éñğļîšĥ',
      siteName: '[Ĝûîðé ~~]',
    });
  });
  const registry = (env: Record<string, string>) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          "const m = await import('./src/lib/locale.ts'); console.log(JSON.stringify({ locales: m.LOCALES, lang: m.HTML_LANG, others: m.otherLocales('en') }))",
        ],
        { env: { ...process.env, PSEUDO_LOCALE: '', ...env }, encoding: 'utf8' },
      ),
    );
  test('the registry has the pseudo-locale only when the switch is on', () => {
    assert.deepEqual(registry({}), {
      locales: ['en', 'zh-cn'],
      lang: { en: 'en', 'zh-cn': 'zh-CN' },
      others: ['zh-cn'],
    });
    assert.deepEqual(registry({ PSEUDO_LOCALE: '1' }), {
      locales: ['en', 'zh-cn', 'en-xa'],
      lang: { en: 'en', 'zh-cn': 'zh-CN', 'en-xa': 'en-XA' },
      others: ['zh-cn', 'en-xa'],
    });
  });
  test('the collection reads the pseudo-locale folder only when the switch is on', () => {
    assert.equal(docsPattern(true), '**/*.mdx');
    assert.deepEqual(docsPattern(false), ['**/*.mdx', '!en-xa/**']);
  });
});

describe('the pseudo-locale pages', () => {
  const DOCS = 'src/content/docs/en';
  const limits = {
    title: docSchema.shape.title.maxLength ?? undefined,
    description: docSchema.shape.description.maxLength ?? undefined,
  };
  const split = (source: string) => /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];

  test('every English page makes a valid page: frontmatter text pseudo, keys, ids, URLs, dates and quotes kept, body as it is', async () => {
    const { parse } = await import('yaml');
    for (const name of readdirSync(DOCS).filter((f) => f.endsWith('.mdx'))) {
      const source = readFileSync(join(DOCS, name), 'utf8');
      const out = await pseudoPageSource(source, limits);
      const [, enFront = '', enBody] = split(source);
      const [, xaFront = '', xaBody] = split(out);
      assert.equal(xaBody, enBody, `${name}: body`);
      const en = parse(enFront);
      const xa = parse(xaFront);
      assert.deepEqual(Object.keys(xa), Object.keys(en), name);
      assert.equal(xa.title, pseudoLocalize(en.title, { maxLength: limits.title }), name);
      assert.notEqual(xa.title, en.title);
      assert.notEqual(xa.description, en.description);
      for (const key of ['order', 'lastReviewed', 'sources', 'aliases', 'moved', 'claims'])
        assert.deepEqual(xa[key], en[key], `${name}: ${key}`);
      for (const [i, q] of (en.faq ?? []).entries()) {
        assert.equal(xa.faq[i].id, q.id);
        assert.equal(xa.faq[i].question, pseudoLocalize(q.question));
      }
      for (const [i, s] of (en.howTo?.steps ?? []).entries()) assert.equal(xa.howTo.steps[i].id, s.id);
      // Checklists: ids and link targets stay as they are; labels and link texts are accented.
      for (const [list, checklist] of Object.entries<{
        items: { id: string; label: string; link?: { href: string; text: string } }[];
      }>(en.checklists ?? {}))
        for (const [i, item] of checklist.items.entries()) {
          const other = xa.checklists[list].items[i];
          assert.equal(other.id, item.id, `${name}: ${list}.${item.id}`);
          assert.notEqual(other.label, item.label);
          if (item.link) {
            assert.equal(other.link.href, item.link.href, `${name}: ${list}.${item.id} link`);
            assert.notEqual(other.link.text, item.link.text);
          }
        }
      const parsed = docSchema.safeParse(xa);
      assert.ok(parsed.success, `${name}: ${parsed.error?.message}`);
    }
  });

  test('the Markdown plugin changes text only, only in the pseudo-locale folder', async () => {
    const source =
      '## Your progress {#progress}\n\nOpen [the site](https://example.org/a) and run `npm test`.\n\n```sh\necho hi\n```\n';
    const render = async (path: string) =>
      (
        await markdownToHtml(source, {
          features: { headingAttributes: true },
          mdastPlugins: [pseudoLocaleText],
          fileURL: pathToFileURL(path),
        })
      ).html;
    const xa = await render(`/site/src/content/docs/${PSEUDO_LOCALE}/prepare.mdx`);
    assert.match(xa, /<h2 id="progress">\[Ýöûŕ þŕöğŕéšš ~~~~\]<\/h2>/);
    assert.match(xa, /<a href="https:\/\/example.org\/a">\[ţĥé šîţé ~~~\]<\/a>/);
    assert.match(xa, /<code>npm test<\/code>/);
    assert.match(xa, /echo hi/);
    assert.equal(
      await render('/site/src/content/docs/en/prepare.mdx'),
      markdownToHtml(source, { features: { headingAttributes: true } }).html,
    );
  });
});

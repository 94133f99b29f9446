/** Locales of the guide, URL helpers and language switching. Pure: no DOM, no Astro. */

import { isPseudoLocale, pseudoLocaleEnabled, pseudoLocaleInfo } from '../features/pseudo-locale/locale.ts';
import { joinBase, normalizeBase, stripBase } from './base-path.ts';

/** One language of the guide: everything the frame needs to know about it, in one place. */
export interface LocaleInfo {
  /** The URL segment and the content folder (`src/content/docs/<code>/`). */
  readonly code: string;
  /** The value of `<html lang>` and `hreflang`. */
  readonly lang: string;
  /** Open Graph's `og:locale`. */
  readonly ogLocale: string;
  /** The language's own name, as the language switch shows it. */
  readonly label: string;
  /** Writing direction, for `<html dir>`. */
  readonly dir: 'ltr' | 'rtl';
  /** The site's name in this language (the WebSite JSON-LD, titles). */
  readonly siteName: string;
  /** Huawei Cloud's International site and help center in this language: `/intl/<path>/`. */
  readonly officialPath: string;
  /** The Open Graph image of its pages, in public/ (scripts/make-images.mjs draws them). */
  readonly ogImage: string;
}

/** The translated locales. The first entry is the default locale (served without a prefix). */
const TRANSLATED = [
  {
    code: 'en',
    lang: 'en',
    ogLocale: 'en_US',
    label: 'English',
    dir: 'ltr',
    siteName: 'HUAWEI CLOUD International: sign-up and payment guide',
    officialPath: 'en-us',
    ogImage: 'og-en.png',
  },
  {
    code: 'zh-cn',
    lang: 'zh-CN',
    ogLocale: 'zh_CN',
    label: '中文',
    dir: 'ltr',
    siteName: '华为云国际站注册与付款指南',
    officialPath: 'zh-cn',
    ogImage: 'og-zh-cn.png',
  },
] as const satisfies readonly LocaleInfo[];

/** A translated locale: every locale-keyed table (`Record<Locale, …>`) has one entry per such locale. */
export type Locale = (typeof TRANSLATED)[number]['code'];

/** An entry of the registry. */
export type LocaleEntry = LocaleInfo & { readonly code: Locale };

/**
 * The locale registry: the locales this build serves. The first entry is the default locale
 * (served without a prefix). Config, head, header, footer, JSON-LD, the 404 pages, the servers
 * and the sitemap derive their locale data from here.
 *
 * A test build with `PSEUDO_LOCALE=1` (src/features/pseudo-locale/) adds the pseudo-locale
 * `en-xa`, made from English at build time. It is not translated: it reaches pages and
 * components as a `Locale`, and its strings come from `stringsFor` (src/i18n/translate.ts),
 * which derives them from English. A table indexed directly (`TABLE[locale]`) has no entry for it.
 */
export const LOCALE_REGISTRY: readonly [LocaleEntry, ...LocaleEntry[]] = pseudoLocaleEnabled()
  ? [...TRANSLATED, pseudoLocaleInfo(TRANSLATED[0]) as LocaleEntry]
  : TRANSLATED;
/** The locales of the build, in registry order (with the pseudo-locale in a pseudo-locale build). */
export const LOCALES: readonly Locale[] = LOCALE_REGISTRY.map((l) => l.code);
export const DEFAULT_LOCALE: Locale = TRANSLATED[0].code;

/** The registry entry of a locale. */
export function localeInfo(locale: Locale): LocaleInfo {
  const info = LOCALE_REGISTRY.find((l) => l.code === locale);
  if (!info) throw new Error(`"${locale}" is not a locale of this build`);
  return info;
}

/** The value of `<html lang>` and `hreflang` for a locale. */
export const HTML_LANG: Readonly<Record<Locale, string>> = Object.fromEntries(
  LOCALE_REGISTRY.map((l) => [l.code, l.lang]),
) as Record<Locale, string>;

/** Every locale but this one, in registry order: what the language switch offers. */
export function otherLocales<L extends string = Locale>(locale: L, all: readonly L[] = LOCALES as readonly L[]): L[] {
  return all.filter((l) => l !== locale);
}

/** The home page of Huawei Cloud's International site in a locale's language. */
export function officialSite(locale: Locale): string {
  return `https://www.huaweicloud.com/intl/${localeInfo(locale).officialPath}/`;
}

/** Whether a string is one of the guide's locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The locale a page wrote into its HTML (a `data-locale` attribute), read in the browser: one of
 * the guide's locales, or the test build's pseudo-locale (which the browser's registry does not
 * list: the switch that adds it is read at build time); anything else is the default locale.
 */
export function localeFromPage(value: string | undefined): Locale {
  return isLocale(value) || (value !== undefined && isPseudoLocale(value)) ? (value as Locale) : DEFAULT_LOCALE;
}

/** Ensures a base path starts and ends with a slash ("guide" -> "/guide/"); from base-path.ts. */
export { normalizeBase };

/** Splits a content entry id such as "zh-cn/register" into locale and page slug ("" for the overview). */
export function splitEntryId(id: string): { locale: Locale; slug: string } {
  const [first = '', ...rest] = id.split('/');
  const locale: Locale = isLocale(first) ? first : DEFAULT_LOCALE;
  const tail = (isLocale(first) ? rest : [first, ...rest]).join('/');
  return { locale, slug: tail === 'index' ? '' : tail.replace(/\/index$/, '') };
}

/** The site-relative path of a page: ("zh-cn", "register") -> "zh-cn/register/", ("en", "") -> "". */
export function pagePath(locale: Locale, slug: string): string {
  const parts = [locale === DEFAULT_LOCALE ? '' : locale, slug].filter((p) => p !== '');
  return parts.length === 0 ? '' : `${parts.join('/')}/`;
}

/** The absolute path of a page under the base: ("/guide/", "en", "faq") -> "/guide/faq/". */
export function pageHref(base: string, locale: Locale, slug: string): string {
  return joinBase(base, pagePath(locale, slug));
}

/** Reads locale and page slug back from a URL pathname under the base. Unknown shapes give the overview. */
export function parsePathname(pathname: string, base: string): { locale: Locale; slug: string } {
  const rest = stripBase(base, pathname) ?? pathname.replace(/^\/+/, '');
  const parts = rest.split('/').filter((p) => p !== '' && p !== 'index.html');
  const [first, ...others] = parts;
  if (isLocale(first)) return { locale: first, slug: others.join('/') };
  return { locale: DEFAULT_LOCALE, slug: parts.join('/') };
}

/**
 * The link of the language switch: the same page in the other locale, keeping the query
 * string (the chooser's answers) and the section hash. Ids are identical in both locales.
 */
export function switchLocaleHref(
  url: { pathname: string; search?: string; hash?: string },
  target: Locale,
  base: string,
): string {
  const { slug } = parsePathname(url.pathname, base);
  return `${pageHref(base, target, slug)}${url.search ?? ''}${url.hash ?? ''}`;
}

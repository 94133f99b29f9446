/** Locales of the guide, URL helpers and language switching. Pure: no DOM, no Astro. */

export const LOCALES = ['en', 'zh-cn'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The value of `<html lang>` and `hreflang` for a locale. */
export const HTML_LANG: Record<Locale, string> = { en: 'en', 'zh-cn': 'zh-CN' };

/** Whether a string is one of the guide's locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Ensures a base path starts and ends with a slash ("guide" -> "/guide/"). */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

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
  return `${normalizeBase(base)}${pagePath(locale, slug)}`;
}

/** Reads locale and page slug back from a URL pathname under the base. Unknown shapes give the overview. */
export function parsePathname(pathname: string, base: string): { locale: Locale; slug: string } {
  const b = normalizeBase(base);
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
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

/** Reads the locale of the page being rendered from its URL. Pure. */
import { type Locale, parsePathname } from './locale.ts';

/** The locale of a URL pathname under the configured base. */
export function localeOf(pathname: string, base: string): Locale {
  return parsePathname(pathname, base).locale;
}

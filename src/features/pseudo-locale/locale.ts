/**
 * The pseudo-locale of the test build: its registry entry and the switch that adds it. Read by
 * the locale registry (src/lib/locale.ts), the translation API (stringsFor) and the content
 * loader. Pure apart from reading the switch from the environment, here and nowhere else.
 */
import type { LocaleInfo } from '../../lib/locale.ts';
import { pseudoLocalize } from './pseudo-localize.ts';

/** The URL segment and content folder of the pseudo-locale. */
export const PSEUDO_LOCALE = 'en-xa';
export type PseudoLocale = typeof PSEUDO_LOCALE;
/** The locale its pages and strings are made from. */
export const PSEUDO_SOURCE = 'en';

/**
 * Whether this build has the pseudo-locale: `PSEUDO_LOCALE=1` in the environment of the build
 * (`npm run build:pseudo`, into dist-pseudo/). Never set for a deployed build. In a browser there is no switch.
 */
export function pseudoLocaleEnabled(
  env: Record<string, string | undefined> | undefined = globalThis.process?.env,
): boolean {
  return env?.PSEUDO_LOCALE === '1';
}

/** Whether a locale code is the pseudo-locale. */
export function isPseudoLocale(code: string): code is PseudoLocale {
  return code === PSEUDO_LOCALE;
}

/** The registry entry of the pseudo-locale, made from its source locale's entry. */
export function pseudoLocaleInfo(source: LocaleInfo): LocaleInfo {
  return {
    ...source,
    code: PSEUDO_LOCALE,
    lang: 'en-XA',
    ogLocale: 'en_XA',
    label: 'Ƥšéûðö-Éñğļîšĥ',
    dir: 'ltr',
    siteName: pseudoLocalize(source.siteName),
  };
}

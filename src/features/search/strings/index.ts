/**
 * Search's strings by locale (strings/en.ts, strings/zh-cn.ts: the same keys, checked by
 * strings.test.ts), and a translator for a page's locale.
 */
import { stringsFor, type Translator, translator } from '../../../i18n/translate.ts';
import { HTML_LANG, type Locale } from '../../../lib/locale.ts';
import en, { type SearchDict, type SearchKey } from './en.ts';
import zhCn from './zh-cn.ts';

export type { SearchDict, SearchKey };
export const SEARCH_STRINGS: Readonly<Record<Locale, SearchDict>> = { en, 'zh-cn': zhCn };

/** Search's translator for a locale: `t('search.label')`, `t.plural('search.results', 3, { query })`. */
export function searchTranslator(locale: Locale): Translator<SearchKey> {
  return translator(stringsFor(SEARCH_STRINGS, locale), HTML_LANG[locale]);
}

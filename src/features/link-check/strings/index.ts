/** The link check's strings by locale (server side; each island module imports one language). */
import { stringsFor, type Translator, translator } from '../../../i18n/translate.ts';
import { HTML_LANG, type Locale } from '../../../lib/locale.ts';
import en, { type LinkCheckDict, type LinkCheckKey } from './en.ts';
import zhCn from './zh-cn.ts';

export type { LinkCheckDict, LinkCheckKey };
export const LINK_CHECK: Readonly<Record<Locale, LinkCheckDict>> = { en, 'zh-cn': zhCn };

/** The link check's translator for a locale: `t('check')`, `t('note.port', { port })`. */
export function linkCheckTranslator(locale: Locale): Translator<LinkCheckKey> {
  return translator(stringsFor(LINK_CHECK, locale), HTML_LANG[locale]);
}

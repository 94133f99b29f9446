/**
 * Strings of "Continue on another device", per locale: strings/en.ts and strings/zh-cn.ts, with
 * the same keys and placeholders (strings.test.ts). The island's module is built once per
 * language (handoff-en.ts, handoff-zh-cn.ts) and carries only its own.
 */
import { stringsFor, type Translator, translator } from '../../../i18n/translate.ts';
import { HTML_LANG, type Locale } from '../../../lib/locale.ts';
import en, { type HandoffDict, type HandoffKey } from './en.ts';
import zhCn from './zh-cn.ts';

export type { HandoffDict, HandoffKey };
export const HANDOFF_STRINGS: Readonly<Record<Locale, HandoffDict>> = { en, 'zh-cn': zhCn };

/** The handoff's translator for a locale: `t('copy')`, `t.plural('ticks', 5)`. */
export function handoffTranslator(locale: Locale): Translator<HandoffKey> {
  return translator(stringsFor(HANDOFF_STRINGS, locale), HTML_LANG[locale]);
}

/**
 * Every user-facing string of the recharge-method chooser, per locale (strings/en.ts,
 * strings/zh-cn.ts, same keys), as two dictionaries looked up through the translation API:
 * the island's (the interactive chooser; its script carries one language's, see chooser-en.ts)
 * and the comparison table's (server-rendered only: shown without JavaScript and in print).
 */
import { stringsFor, type Translator, translator } from '../../i18n/translate.ts';
import { HTML_LANG, type Locale } from '../../lib/locale.ts';
import type { CompareDict, CompareKey, IslandDict, IslandKey } from './strings/en.ts';
import * as en from './strings/en.ts';
import * as zhCn from './strings/zh-cn.ts';

export type { CompareDict, CompareKey, IslandDict, IslandKey };

/** The island's strings in every locale. */
export const ISLAND_STRINGS: Readonly<Record<Locale, IslandDict>> = { en: en.island, 'zh-cn': zhCn.island };
/** The comparison table's strings in every locale. */
export const COMPARE_STRINGS: Readonly<Record<Locale, CompareDict>> = { en: en.compare, 'zh-cn': zhCn.compare };

/** A translator over the island's strings. */
export type ChooserT = Translator<IslandKey>;

/** The island's strings of a locale. */
export function islandStrings(locale: Locale): IslandDict {
  return stringsFor(ISLAND_STRINGS, locale);
}

/** A translator over a locale's comparison-table strings. */
export function compareTranslator(locale: Locale): Translator<CompareKey> {
  return translator(stringsFor(COMPARE_STRINGS, locale), HTML_LANG[locale]);
}

/**
 * Strings of the checklists and the progress overview, per locale (strings/en.ts,
 * strings/zh-cn.ts), looked up through the guide's one translation API. Islands get the
 * dictionary of their page's locale and its `lang` as props (progress.ts translates them), so
 * no island ships both languages.
 */
import { stringsFor } from '../../../i18n/translate.ts';
import { HTML_LANG, type Locale } from '../../../lib/locale.ts';
import type { ChecklistDict, ChecklistText } from '../progress.ts';
import en, { type ChecklistKey } from './en.ts';
import zhCn from './zh-cn.ts';

export { checklistTranslator, progressText } from '../progress.ts';
export type { ChecklistDict, ChecklistKey, ChecklistText };

export const CHECKLIST_STRINGS: Readonly<Record<Locale, ChecklistDict>> = { en, 'zh-cn': zhCn };

/** The dictionary and `lang` of one locale, for an island's props. */
export function checklistText(locale: Locale): ChecklistText {
  return { strings: stringsFor(CHECKLIST_STRINGS, locale), lang: HTML_LANG[locale] };
}

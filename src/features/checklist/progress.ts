/**
 * The islands' side of the checklist strings: a translator over the dictionary an island gets
 * as a prop, and the progress line. Imports no dictionary, so an island's bundle carries only
 * the strings of its page's locale (strings/index.ts hands them over).
 */
import { type Dictionary, type Translator, translator } from '../../i18n/translate.ts';
import type { ChecklistKey } from './strings/en.ts';

export type ChecklistDict = Dictionary<ChecklistKey>;
export type ChecklistT = Translator<ChecklistKey>;

/** What an island needs to translate: the dictionary of its locale and the `<html lang>`. */
export interface ChecklistText {
  strings: ChecklistDict;
  lang: string;
}

/** The translator of an island's props. */
export function checklistTranslator({ strings, lang }: ChecklistText): ChecklistT {
  return translator(strings, lang);
}

/** "2 of 4 ready", or "All set" when every item is ticked. */
export function progressText(t: ChecklistT, done: number, total: number): string {
  if (total > 0 && done >= total) return t('complete');
  return t('progress', { done, total });
}

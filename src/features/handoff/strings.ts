/**
 * Strings of "Continue on another device", per locale: strings/en.ts and strings/zh-cn.ts, with
 * the same keys (the type enforces it; a unit test checks the placeholders). The island's
 * module is built once per language (handoff-en.ts, handoff-zh-cn.ts) and carries only its own.
 */
import { stringsFor } from '../../i18n/translate.ts';
import type { Locale } from '../../lib/locale.ts';
import en, { type HandoffStrings } from './strings/en.ts';
import zhCn from './strings/zh-cn.ts';

export { type Counted, counted } from './strings/counted.ts';
export type { HandoffStrings };

export const HANDOFF_STRINGS: Record<Locale, HandoffStrings> = { en, 'zh-cn': zhCn };

/** The strings of one locale. */
export function handoffStrings(locale: Locale): HandoffStrings {
  return stringsFor(HANDOFF_STRINGS, locale);
}

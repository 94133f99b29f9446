/**
 * Strings of the checklists and the progress overview, per locale. Both dictionaries have the
 * same keys (the type enforces it; a unit test checks it too). Islands get the strings of
 * their page's locale as a prop, so no island ships both languages.
 */
import type { Locale } from '../lib/locale.ts';
import { stringsFor } from './translate.ts';

const en = {
  /** Legend of a checklist written without a title. */
  defaultTitle: 'Checklist',
  /** Progress line and the live announcement after a tick. */
  progress: '{done} of {total} ready',
  /** Progress when every item is ticked. */
  complete: 'All set',
  clear: 'Clear all',
  undo: 'Undo clear',
  /** Announced after "Clear all". */
  cleared: 'All ticks cleared.',
  /** Announced after "Undo clear". */
  restored: 'Ticks restored. {progress}',
  /** The one line shown when this browser cannot keep the ticks. */
  cannotSave: 'This browser cannot save your ticks. They stay only until you leave or reload this page.',
};

export type ChecklistStrings = typeof en;

const zhCn: ChecklistStrings = {
  defaultTitle: '核对清单',
  progress: '已完成 {done} 项，共 {total} 项',
  complete: '全部完成',
  clear: '全部清除',
  undo: '撤销清除',
  cleared: '已清除全部勾选。',
  restored: '已恢复勾选。{progress}',
  cannotSave: '此浏览器无法保存你的勾选，离开或刷新本页后勾选将不再保留。',
};

export const CHECKLIST_STRINGS: Record<Locale, ChecklistStrings> = { en, 'zh-cn': zhCn };

/** The strings of one locale. */
export function checklistStrings(locale: Locale): ChecklistStrings {
  return stringsFor(CHECKLIST_STRINGS, locale);
}

/** "2 of 4 ready", or "All set" when every item is ticked. */
export function progressText(strings: ChecklistStrings, done: number, total: number): string {
  if (total > 0 && done >= total) return strings.complete;
  return strings.progress.replace('{done}', String(done)).replace('{total}', String(total));
}

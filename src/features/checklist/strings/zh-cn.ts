/** The checklists' and the progress overview's strings in Simplified Chinese (keys: en.ts). */
import type { Dictionary } from '../../../i18n/translate.ts';
import type { ChecklistKey } from './en.ts';

const zhCn: Dictionary<ChecklistKey> = {
  defaultTitle: '核对清单',
  progress: '已完成 {done} 项，共 {total} 项',
  complete: '全部完成',
  clear: '全部清除',
  undo: '撤销清除',
  cleared: '已清除全部勾选。',
  restored: '已恢复勾选。{progress}',
  cannotSave: '此浏览器无法保存你的勾选，离开或刷新本页后勾选将不再保留。',
};

export default zhCn;

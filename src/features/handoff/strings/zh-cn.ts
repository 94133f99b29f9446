/**
 * "Continue on another device" in Simplified Chinese (handoff-zh-cn.ts imports only this language).
 * Chinese has one plural form: the `.one` keys are there for the same keys, never chosen.
 */
import type { HandoffDict } from './en.ts';

const zhCn = {
  open: '在另一台设备上继续',
  preparing: '正在生成链接…',
  intro:
    '在手机或其他设备上打开此链接，即可带上你的勾选：本指南所有清单中的 {ticks}。勾选只保存在链接里，不会发送到任何服务器。',
  nothing: '还没有勾选任何项目。请先在清单中勾选，再回到这里获取链接。',
  'ticks.one': '{count} 项勾选',
  'ticks.other': '{count} 项勾选',
  qr: '此链接的二维码。请用另一台设备的相机扫描。',
  link: '带有你的勾选的链接',
  copy: '复制链接',
  copied: '链接已复制。',
  copyFailed: '无法复制。请选中上方的链接后手动复制。',
  share: '分享…',
  found: '来自另一台设备的 {ticks}',
  'missing.one': '有 {count} 个项目已不在本指南中，将被跳过。',
  'missing.other': '有 {count} 个项目已不在本指南中，将被跳过。',
  here: '本设备现有 {ticks}。',
  question: '要如何处理本设备上的勾选？',
  add: '添加到本设备的勾选',
  replace: '替换本设备的勾选',
  ignore: '忽略',
  added: '已添加另一台设备的勾选。',
  replaced: '本设备的勾选已替换为另一台设备的勾选。',
  ignored: '已忽略此链接，本设备的勾选没有改变。',
  undo: '撤销',
  undone: '已撤销，勾选已恢复原样。',
  unusable: '无法使用此链接',
  newer: '此链接由更新版本的指南生成。本设备的勾选没有改变。',
  damaged: '此链接不完整或已损坏。请在另一台设备上重新复制完整的链接。本设备的勾选没有改变。',
  tooMany: '此链接中的勾选超过本指南的项目数，因此未被读取。本设备的勾选没有改变。',
  empty: '此链接中没有本指南能识别的勾选。本设备的勾选没有改变。',
  cannotSave: '此浏览器无法保存勾选，因此无法在这里保留链接中的勾选。',
  ok: '确定',
} satisfies HandoffDict;

export default zhCn;

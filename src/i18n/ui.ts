/**
 * Every user-facing string of the site frame, per locale. Components never hard-code text:
 * they take it from here. Both dictionaries must have the same keys (a unit test checks it).
 */
import type { Locale } from '../lib/locale.ts';
import { fill } from '../lib/template.ts';

const en = {
  'site.name': 'HUAWEI CLOUD International: sign-up and payment guide',
  'site.shortName': 'HUAWEI CLOUD Intl guide',
  'site.tagline': 'An unofficial guide, checked against the official help center',
  'skip.link': 'Skip to content',
  'nav.label': 'Guide',
  'nav.menu': 'Menu',
  'toc.label': 'On this page',
  'toc.overview': 'Overview',
  'lang.label': 'Language',
  'lang.switch': '中文',
  'lang.switchLabel': '阅读中文版',
  'theme.toggle': 'Dark theme',
  'prevnext.label': 'More pages',
  'prevnext.prev': 'Previous',
  'prevnext.next': 'Next',
  'footer.lastReviewed': 'Last reviewed',
  'footer.unofficial': 'An unofficial guide, not affiliated with Huawei.',
  'footer.official': 'Official site: HUAWEI CLOUD International',
  'footer.sources': 'Official sources for this page',
  'external.hint': '(external site)',
  'heading.anchor': 'Link to section: {title}',
  'heading.copy': 'Copy link to section: {title}',
  'heading.copied': 'Link copied',
  'heading.copyFailed': 'Copy failed. Select the address below and copy it.',
  'claim.confirmed': 'Confirmed by the official help center',
  'claim.differs': 'The official help center says otherwise',
  'claim.undocumented': 'Not in the official help center',
  'claim.checked': 'checked {date}',
  'claim.says': 'Quoted from the official page:',
  'claim.quoteInEnglish': '(in English)',
  'claim.quoteInChinese': '(in Chinese: no English edition of this page was found)',
  'callout.note': 'Note',
  'callout.tip': 'Tip',
  'callout.caution': 'Caution',
  'callout.danger': 'Warning',
  'notfound.title': 'Page not found',
  'notfound.body': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notfound.home': 'Go to the start of the guide',
  'notfound.description': 'This page does not exist in the HUAWEI CLOUD International sign-up and payment guide.',
} as const;

export type UiKey = keyof typeof en;

const zhCn: Record<UiKey, string> = {
  'site.name': '华为云国际站注册与付款指南',
  'site.shortName': '华为云国际站指南',
  'site.tagline': '非官方指南，已与官方帮助中心逐条核对',
  'skip.link': '跳到正文',
  'nav.label': '指南',
  'nav.menu': '目录',
  'toc.label': '本页内容',
  'toc.overview': '概览',
  'lang.label': '语言',
  'lang.switch': 'English',
  'lang.switchLabel': 'Read in English',
  'theme.toggle': '深色主题',
  'prevnext.label': '更多页面',
  'prevnext.prev': '上一页',
  'prevnext.next': '下一页',
  'footer.lastReviewed': '最近核对',
  'footer.unofficial': '本指南为非官方内容，与华为公司无关。',
  'footer.official': '官方网站：华为云国际站',
  'footer.sources': '本页引用的官方资料',
  'external.hint': '（外部网站）',
  'heading.anchor': '本节链接：{title}',
  'heading.copy': '复制本节链接：{title}',
  'heading.copied': '链接已复制',
  'heading.copyFailed': '复制失败。请选中下方地址后手动复制。',
  'claim.confirmed': '官方帮助中心已确认',
  'claim.differs': '官方帮助中心的说法不同',
  'claim.undocumented': '官方帮助中心未提及',
  'claim.checked': '核对日期：{date}',
  'claim.says': '以上引自官方页面：',
  'claim.quoteInEnglish': '（英文原文，帮助中心暂无对应中文内容）',
  'claim.quoteInChinese': '（中文原文）',
  'callout.note': '说明',
  'callout.tip': '提示',
  'callout.caution': '注意',
  'callout.danger': '警告',
  'notfound.title': '页面不存在',
  'notfound.body': '这个地址没有页面。页面可能已移动，或链接有误。',
  'notfound.home': '返回指南首页',
  'notfound.description': '华为云国际站注册与付款指南中没有这个页面。',
};

export const UI: Record<Locale, Record<UiKey, string>> = { en, 'zh-cn': zhCn };

/** A translator for one locale: `t('heading.anchor', { title })`. */
export function useTranslations(locale: Locale) {
  const dict = UI[locale];
  return (key: UiKey, vars: Record<string, string> = {}): string => fill(dict[key], vars);
}

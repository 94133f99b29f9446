/**
 * Every user-facing string of search: the header trigger, the search dialog, the search page
 * and the messages the search script shows. Both dictionaries have the same keys (a unit test
 * checks it, and that both keep the same {placeholders}).
 */
import type { Locale } from '../lib/locale.ts';
import { fill } from '../lib/template.ts';
import { stringsFor } from './translate.ts';

const en = {
  'search.trigger': 'Search',
  'search.label': 'Search the guide',
  'search.placeholder': 'For example: PayPal, pre-authorization',
  'search.hint': 'Press / or Ctrl+K on any page to search. Use the arrow keys to move between results.',
  'search.close': 'Close',
  'search.results': 'Results',
  'search.loading': 'Loading search…',
  'search.one': '1 result for “{query}”',
  'search.many': '{count} results for “{query}”',
  'search.none': 'No results for “{query}”. Try another word, or browse all sections.',
  'search.error': 'Search could not be loaded. Browse all sections instead.',
  'search.browseAll': 'Browse all sections',
  'searchPage.title': 'Search',
  'searchPage.description':
    'Search the HUAWEI CLOUD International sign-up and payment guide, or browse every section of every page.',
  'searchPage.noScript':
    'Search needs JavaScript, which is turned off or not available in this browser. Every section of the guide is listed below.',
  'searchPage.allSections': 'All sections',
  'searchPage.empty': 'There are no pages in this language yet.',
} as const;

export type SearchKey = keyof typeof en;

const zhCn: Record<SearchKey, string> = {
  'search.trigger': '搜索',
  'search.label': '搜索本指南',
  'search.placeholder': '例如：PayPal、实名认证',
  'search.hint': '在任意页面按 / 或 Ctrl+K 即可搜索。用方向键在结果之间移动。',
  'search.close': '关闭',
  'search.results': '搜索结果',
  'search.loading': '正在加载搜索…',
  'search.one': '找到 1 条与“{query}”相关的结果',
  'search.many': '找到 {count} 条与“{query}”相关的结果',
  'search.none': '没有找到与“{query}”相关的结果。请换个词试试，或浏览全部章节。',
  'search.error': '搜索未能加载。请改为浏览全部章节。',
  'search.browseAll': '浏览全部章节',
  'searchPage.title': '搜索',
  'searchPage.description': '搜索华为云国际站注册与付款指南，或浏览每个页面的全部章节。',
  'searchPage.noScript': '搜索功能需要 JavaScript，但当前浏览器已将其关闭或不支持。下面列出了本指南的全部章节。',
  'searchPage.allSections': '全部章节',
  'searchPage.empty': '这个语言的页面尚未发布。',
};

export const SEARCH_UI: Record<Locale, Record<SearchKey, string>> = { en, 'zh-cn': zhCn };

/** A translator for the search strings of one locale: `t('search.many', { count: '3', query })`. */
export function searchTranslations(locale: Locale) {
  const dict = stringsFor(SEARCH_UI, locale);
  return (key: SearchKey, vars: Record<string, string> = {}): string => fill(dict[key], vars);
}

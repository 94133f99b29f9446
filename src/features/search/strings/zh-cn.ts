/** Search in Simplified Chinese (same keys as en.ts; Chinese has one plural form). */
import type { SearchDict } from './en.ts';

const zhCn = {
  'search.trigger': '搜索',
  'search.label': '搜索本指南',
  'search.placeholder': '例如：PayPal、实名认证',
  'search.hint': '在任意页面按 / 或 Ctrl+K 即可搜索。用方向键在结果之间移动。',
  'search.close': '关闭',
  'search.list': '搜索结果',
  'search.loading': '正在加载搜索…',
  'search.results.one': '找到 1 条与“{query}”相关的结果',
  'search.results.other': '找到 {count} 条与“{query}”相关的结果',
  'search.results.zero': '没有找到与“{query}”相关的结果。请换个词试试，或浏览全部章节。',
  'search.error': '搜索未能加载。请改为浏览全部章节。',
  'search.browseAll': '浏览全部章节',
  'searchPage.title': '搜索',
  'searchPage.description': '搜索华为云国际站注册与付款指南，或浏览每个页面的全部章节。',
  'searchPage.noScript': '搜索功能需要 JavaScript，但当前浏览器已将其关闭或不支持。下面列出了本指南的全部章节。',
  'searchPage.allSections': '全部章节',
  'searchPage.empty': '这个语言的页面尚未发布。',
} satisfies SearchDict;

export default zhCn;

/**
 * The language an official help-center page is written in, from its URL: the Chinese edition
 * lives under /intl/zh-cn/ (or names its file zh-cn_...), every other locale path the site
 * cites (/intl/en-us/, /eu/, /intl/pt-br/ pages in English ...) is read as English. Pure.
 */
import type { QuoteLang } from './claims.ts';

export function officialPageLang(url: string): QuoteLang {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return 'en';
  }
  const parts = path.split('/').filter((p) => p !== '');
  if (parts.includes('zh-cn')) return 'zh-cn';
  return /^zh-cn_/.test(parts.at(-1) ?? '') ? 'zh-cn' : 'en';
}

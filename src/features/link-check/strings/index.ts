/** The link check's strings by locale (server side; each island module imports one language). */
import type { Locale } from '../../../lib/locale.ts';
import en, { type LinkCheckDict, type LinkCheckKey } from './en.ts';
import zhCn from './zh-cn.ts';

export type { LinkCheckDict, LinkCheckKey };
export const LINK_CHECK: Readonly<Record<Locale, LinkCheckDict>> = { en, 'zh-cn': zhCn };

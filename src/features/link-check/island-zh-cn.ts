/** Hydrates the page's link check with its Chinese strings (only this language travels). */
import { hydrateIslands } from '../../scripts/islands/hydrate.ts';
import LinkCheckApp from './LinkCheckApp.tsx';
import dict from './strings/zh-cn.ts';

hydrateIslands('link-check', LinkCheckApp, () => ({ lang: 'zh-CN', dict }));

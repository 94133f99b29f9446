/** The handoff island's module for Chinese pages (loaded on use; see Handoff.astro). */
import { translator } from '../../i18n/translate.ts';
import { hydrateHandoff } from './hydrate.ts';
import strings from './strings/zh-cn.ts';

hydrateHandoff(translator(strings, 'zh-CN'));

/** The handoff island's module for Chinese pages (loaded on use; see Handoff.astro). */
import { hydrateHandoff } from './hydrate.ts';
import strings from './strings/zh-cn.ts';

hydrateHandoff(strings);

/** The handoff island's module for English pages (loaded on use; see Handoff.astro). */
import { translator } from '../../i18n/translate.ts';
import { hydrateHandoff } from './hydrate.ts';
import strings from './strings/en.ts';

hydrateHandoff(translator(strings, 'en'));

/** The handoff island's module for English pages (loaded on use; see Handoff.astro). */
import { hydrateHandoff } from './hydrate.ts';
import strings from './strings/en.ts';

hydrateHandoff(strings);

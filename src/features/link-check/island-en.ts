/** Hydrates the page's link check with its English strings (only this language travels). */
import { hydrateIslands } from '../../scripts/islands/hydrate.ts';
import LinkCheckApp from './LinkCheckApp.tsx';
import dict from './strings/en.ts';

hydrateIslands('link-check', LinkCheckApp, () => ({ lang: 'en', dict }));

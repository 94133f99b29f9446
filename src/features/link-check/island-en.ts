/** Hydrates the page's link check with its English strings (only this language travels). */
import { translator } from '../../i18n/translate.ts';
import { hydrateIslands } from '../../scripts/islands/hydrate.ts';
import LinkCheckApp from './LinkCheckApp.tsx';
import dict from './strings/en.ts';

// Text typed before the module arrived: read before hydration, which would reset the field.
hydrateIslands('link-check', LinkCheckApp, (element) => ({
  t: translator(dict, 'en'),
  early: element.querySelector('textarea')?.value ?? '',
}));

/** Hydrates the recharge-method chooser with its English strings (only this language travels). */

import { hydrateIslands } from '../../scripts/islands/hydrate.ts';
import ChooserApp from './ChooserApp.tsx';
import { island as dict } from './strings/en.ts';

hydrateIslands('chooser', ChooserApp, () => ({ lang: 'en', dict }));

/** Hydrates the recharge-method chooser with its English strings (only this language travels). */
import ChooserApp from '../../components/chooser/ChooserApp.tsx';
import dict from '../../i18n/chooser/en.ts';
import { hydrateIslands } from './hydrate.ts';

hydrateIslands('chooser', ChooserApp, () => ({ lang: 'en', dict }));

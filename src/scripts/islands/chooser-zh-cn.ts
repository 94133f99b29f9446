/** Hydrates the recharge-method chooser with its Chinese strings (only this language travels). */
import ChooserApp from '../../components/chooser/ChooserApp.tsx';
import dict from '../../i18n/chooser/zh-cn.ts';
import { hydrateIslands } from './hydrate.ts';

hydrateIslands('chooser', ChooserApp, () => ({ lang: 'zh-CN', dict }));

/** Hydrates the recharge-method chooser with its Chinese strings (only this language travels). */

import { hydrateIslands } from '../../scripts/islands/hydrate.ts';
import ChooserApp from './ChooserApp.tsx';
import { island as dict } from './strings/zh-cn.ts';

hydrateIslands('chooser', ChooserApp, () => ({ lang: 'zh-CN', dict }));

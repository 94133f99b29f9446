/**
 * Hydrates the page's "Continue on another device" islands with one language's strings (the
 * module is built once per language: handoff-en.ts, handoff-zh-cn.ts). The first one on the
 * page reads the link; one opened before the code arrived stays open.
 */

import type { Translator } from '../../i18n/translate.ts';
import { loadStylesheet } from '../../lib/lazy-style.ts';
import { hydrateIslands } from '../../scripts/islands/hydrate.ts';
import HandoffIsland from './HandoffIsland.tsx';
import type { HandoffKey } from './strings/en.ts';

export function hydrateHandoff(t: Translator<HandoffKey>): void {
  const first = document.querySelector('[data-island="handoff"]');
  // The panel's styles come with the code; the island renders once they are there (or failed).
  void loadStylesheet(__HANDOFF_CSS__).then(() =>
    hydrateIslands('handoff', HandoffIsland, (element) => ({
      t,
      primary: element === first,
      open: element.querySelector('details')?.open === true,
    })),
  );
}

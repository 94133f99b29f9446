/**
 * Hydrates the page's "Continue on another device" islands with one language's strings (the
 * module is built once per language: handoff-en.ts, handoff-zh-cn.ts). The first one on the
 * page reads the link; one opened before the code arrived stays open.
 */
import { loadStylesheet } from '../../lib/lazy-style.ts';
import { hydrateIslands } from '../../scripts/islands/hydrate.ts';
import HandoffIsland from './HandoffIsland.tsx';
import type { HandoffStrings } from './strings/en.ts';

export function hydrateHandoff(strings: HandoffStrings): void {
  const first = document.querySelector('[data-island="handoff"]');
  // The panel's styles come with the code; the island renders once they are there (or failed).
  void loadStylesheet(__HANDOFF_CSS__).then(() =>
    hydrateIslands('handoff', HandoffIsland, (element) => ({
      strings,
      primary: element === first,
      open: element.querySelector('details')?.open === true,
    })),
  );
}

/**
 * The islands' loader (IslandLoader.astro, once per page with islands; small enough to be
 * inlined). Each island is `<div data-island="kind" data-island-src="module URL">` around its
 * server render; the module (Preact and the island, one file per kind and language) loads:
 * - at once when the island has something to show (saved ticks, answers in the link, ticks
 *   from another device in the link's hash; never for the link check, which has nothing to
 *   show before the reader types);
 * - otherwise on the reader's first pointer, touch, focus or key inside one of its islands, or,
 *   for checklists, when ticks are saved (by another tab, or by the handoff island), or, for
 *   the handoff island, when the hash changes to one with ticks.
 * Until then the server render is the working page (native controls, which the islands adopt
 * when they hydrate; boxes ticked before this script ran are saved as soon as it runs). If the
 * module cannot load, the islands get `data-island-failed` and CSS shows the no-JavaScript
 * fallback where there is one.
 */

import { STORAGE_KEY } from '../../features/checklist/keys.ts';
import { hasHandoff } from '../../features/handoff/detect.ts';
import { CHECKLIST_KINDS, earlyTicksValue, neededNow, TICK_KEYS } from '../../lib/island-demand.ts';

/**
 * Stores the ticks made before the checklists hydrated (nothing was stored when the page
 * loaded, or they would have loaded at once), unless another tab has stored ticks since.
 */
let lastEarly: string | null = null;
const saveEarly = (): void => {
  const ticked: [string, string][] = [];
  for (const list of document.querySelectorAll<HTMLElement>('[data-island="checklist"] [data-checklist]'))
    for (const box of list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked'))
      ticked.push([list.dataset.checklist ?? '', box.name]);
  try {
    if (localStorage.getItem(STORAGE_KEY) !== lastEarly) return;
    lastEarly = earlyTicksValue(ticked);
    localStorage.setItem(STORAGE_KEY, lastEarly);
    // Tell the page's other islands, as the checklist store does after its own writes.
    dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: lastEarly }));
  } catch {}
};

const INTENT = ['pointerdown', 'touchstart', 'focusin', 'keydown'] as const;
const bySrc = new Map<string, HTMLElement[]>();
for (const el of document.querySelectorAll<HTMLElement>('[data-island-src]')) {
  const src = el.dataset.islandSrc ?? '';
  bySrc.set(src, [...(bySrc.get(src) ?? []), el]);
}

for (const [src, islands] of bySrc) {
  const kind = islands[0]?.dataset.island ?? '';
  const checklists = CHECKLIST_KINDS.includes(kind);
  const handoff = kind === 'handoff';
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    for (const el of islands) for (const type of INTENT) el.removeEventListener(type, start, true);
    import(/* @vite-ignore */ src).catch(() => {
      for (const el of islands) el.dataset.islandFailed = '';
    });
  };
  if (handoff ? hasHandoff(location.hash) : neededNow(kind, location.search, () => localStorage)) {
    start();
    continue;
  }
  for (const el of islands) {
    // Nothing saved or answered yet: the server render ("0 of N done", an empty form) is true.
    el.dataset.islandWaiting = '';
    for (const type of INTENT) el.addEventListener(type, start, { capture: true, passive: true });
  }
  if (handoff) {
    addEventListener('hashchange', () => {
      if (hasHandoff(location.hash)) start();
    });
  } else if (checklists) {
    for (const el of islands)
      el.addEventListener('change', () => {
        if (el.dataset.hydrated === undefined) saveEarly();
      });
    addEventListener('storage', (event) => {
      if (event.key === null || TICK_KEYS.includes(event.key)) start();
    });
    // Boxes ticked before this script ran (it runs after the first paint, later on a slow
    // network): nothing was stored, so these ticks are the reader's; keep them.
    if (islands.some((el) => el.querySelector('input[type="checkbox"]:checked'))) saveEarly();
  }
}

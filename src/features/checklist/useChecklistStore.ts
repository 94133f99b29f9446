/**
 * Subscribes an island to the checklist store after it has mounted. Until then (server render
 * and hydration) it returns the server state: no ticks, no storage warning, `ready` false.
 * Preact does not apply a `checked` prop that differs from the server HTML while hydrating,
 * so stored ticks must arrive in a render after hydration; a layout effect does that before
 * the next paint.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { checklistStore } from './page-store.ts';
import type { Ticks } from './storage.ts';
import type { ChecklistStore } from './ticks-store.ts';

export interface ChecklistState {
  ticks: Ticks;
  canSave: boolean;
  /** The store once mounted; null in the server render and during hydration. */
  store: ChecklistStore | null;
}

const SERVER_STATE: ChecklistState = { ticks: {}, canSave: true, store: null };

export function useChecklistStore(): ChecklistState {
  const [state, setState] = useState(SERVER_STATE);
  useLayoutEffect(() => {
    const store = checklistStore();
    const sync = () => setState({ ticks: store.$ticks.get(), canSave: store.$canSave.get(), store });
    const offTicks = store.$ticks.subscribe(sync);
    const offSave = store.$canSave.listen(sync);
    return () => {
      offTicks();
      offSave();
    };
  }, []);
  return state;
}

/**
 * A persistent checklist (Preact island). The server render is the complete, working list of
 * native checkboxes; after mount the saved ticks, the progress line and the "Clear all"
 * control come alive. Item text stays outside <label> so the site search indexes it; the
 * label's click area covers the whole row (see checklist.css).
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { type ChecklistText, checklistTranslator, progressText } from './progress.ts';
import { clearList, countTicked, isTicked, restoreList, type Ticks, toggle } from './storage.ts';
import type { ChecklistItem } from './types.ts';
import { useChecklistStore } from './useChecklistStore.ts';

interface Props extends ChecklistText {
  listId: string;
  title: string;
  /** Items with links already under the site's base path. */
  items: ChecklistItem[];
  /** Item ids ticked in the server's boxes before hydration; saved once the store is ready. */
  early?: string[];
}

export default function ChecklistIsland({ listId, title, items, strings, lang, early = [] }: Props) {
  const t = checklistTranslator({ strings, lang });
  const { ticks, canSave, store } = useChecklistStore();
  const [announcement, setAnnouncement] = useState('');
  const [undo, setUndo] = useState<Record<string, true> | null>(null);
  const ids = items.map((item) => item.id);
  const progressOf = (ticked: Ticks) => progressText(t, countTicked(ticked, listId, ids), ids.length);
  const done = countTicked(ticks, listId, ids);

  // Keep the ticks made before hydration (in the same batch as the store's first state, so no
  // render unticks them).
  useLayoutEffect(() => {
    if (!store || early.length === 0) return;
    store.update((ticked) => early.reduce((next, itemId) => toggle(next, listId, itemId, true), ticked));
    setAnnouncement(progressOf(store.$ticks.get()));
  }, [store]);

  function onToggle(itemId: string, on: boolean) {
    if (!store) return;
    store.update((ticked) => toggle(ticked, listId, itemId, on));
    setUndo(null);
    setAnnouncement(progressOf(store.$ticks.get()));
  }

  function onClearOrUndo() {
    if (!store) return;
    if (undo) {
      store.update((ticked) => restoreList(ticked, listId, undo));
      setUndo(null);
      setAnnouncement(t('restored', { progress: progressOf(store.$ticks.get()) }));
    } else {
      setUndo({ ...store.$ticks.get()[listId] });
      store.update((ticked) => clearList(ticked, listId));
      setAnnouncement(t('cleared'));
    }
  }

  const pending = store ? '' : ' is-pending';
  const idle = undo === null && done === 0 ? ' is-idle' : '';
  return (
    <div class="checklist" data-checklist={listId}>
      <fieldset>
        <legend>{title}</legend>
        <ul class="checklist-items">
          {items.map((item) => {
            const id = `cl-${listId}-${item.id}`;
            const hasDetail = Boolean(item.detail || item.link);
            return (
              <li class="checklist-item" key={item.id}>
                <label class="checklist-box">
                  <input
                    type="checkbox"
                    id={id}
                    name={item.id}
                    checked={isTicked(ticks, listId, item.id)}
                    aria-labelledby={`${id}-label`}
                    aria-describedby={hasDetail ? `${id}-detail` : undefined}
                    onChange={(event) => onToggle(item.id, event.currentTarget.checked)}
                  />
                </label>
                <div class="checklist-text">
                  <span id={`${id}-label`} class="checklist-label">
                    {item.label}
                  </span>
                  {hasDetail && (
                    <p id={`${id}-detail`} class="checklist-detail">
                      {item.detail}
                      {item.detail && item.link ? ' ' : null}
                      {item.link && <a href={item.link.href}>{item.link.text}</a>}
                    </p>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
        <div class="checklist-status">
          <p class={`checklist-progress${pending}`}>{progressText(t, done, ids.length)}</p>
          <button type="button" class={`checklist-action${pending || idle}`} onClick={onClearOrUndo}>
            {undo ? t('undo') : t('clear')}
          </button>
        </div>
        {!canSave && <p class="checklist-warning">{t('cannotSave')}</p>}
      </fieldset>
      <div role="status" class="sr-only">
        {announcement}
      </div>
    </div>
  );
}

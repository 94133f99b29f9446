/**
 * The progress of every checklist, with links to them (Preact island on the overview page).
 * Without JavaScript it is a plain list of links; the progress text appears once the saved
 * ticks are read.
 */

import { type ChecklistText, checklistTranslator, progressText } from './progress.ts';
import { countTicked } from './storage.ts';
import type { OverviewList } from './types.ts';
import { useChecklistStore } from './useChecklistStore.ts';

interface Props extends ChecklistText {
  lists: OverviewList[];
}

export default function ChecklistOverviewIsland({ lists, strings, lang }: Props) {
  const t = checklistTranslator({ strings, lang });
  const { ticks, canSave, store } = useChecklistStore();
  const pending = store ? '' : ' is-pending';
  return (
    <div class="checklist-overview">
      <ul>
        {lists.map((list) => (
          <li key={list.id}>
            <a href={list.href}>{list.title}</a>
            <span class={`checklist-overview-progress${pending}`}>
              {progressText(t, countTicked(ticks, list.id, list.itemIds), list.itemIds.length)}
            </span>
          </li>
        ))}
      </ul>
      {!canSave && <p class="checklist-warning">{t('cannotSave')}</p>}
    </div>
  );
}

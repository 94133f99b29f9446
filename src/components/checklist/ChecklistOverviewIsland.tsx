/**
 * The progress of every checklist, with links to them (Preact island on the overview page).
 * Without JavaScript it is a plain list of links; the progress text appears once the saved
 * ticks are read.
 */
import { type ChecklistStrings, progressText } from '../../i18n/checklist.ts';
import { countTicked } from '../../lib/checklist-storage.ts';
import { useChecklistStore } from './useChecklistStore.ts';

export interface OverviewList {
  id: string;
  title: string;
  href: string;
  itemIds: string[];
}

interface Props {
  lists: OverviewList[];
  strings: ChecklistStrings;
}

export default function ChecklistOverviewIsland({ lists, strings }: Props) {
  const { ticks, canSave, store } = useChecklistStore();
  const pending = store ? '' : ' is-pending';
  return (
    <div class="checklist-overview">
      <ul>
        {lists.map((list) => (
          <li key={list.id}>
            <a href={list.href}>{list.title}</a>
            <span class={`checklist-overview-progress${pending}`}>
              {progressText(strings, countTicked(ticks, list.id, list.itemIds), list.itemIds.length)}
            </span>
          </li>
        ))}
      </ul>
      {!canSave && <p class="checklist-warning">{strings.cannotSave}</p>}
    </div>
  );
}

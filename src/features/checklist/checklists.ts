/** Hydrates the page's checklists and checklist overview (one module: they share the store). */

import { hydrateIslands } from '../../scripts/islands/hydrate.ts';
import ChecklistIsland from './ChecklistIsland.tsx';
import ChecklistOverviewIsland from './ChecklistOverviewIsland.tsx';

// Boxes ticked before the module arrived (the server renders none ticked): the island saves them.
hydrateIslands('checklist', ChecklistIsland, (element) => ({
  early: [...element.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((input) => input.name),
}));
hydrateIslands('checklist-overview', ChecklistOverviewIsland);

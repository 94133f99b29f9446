/** Hydrates the page's checklists and checklist overview (one module: they share the store). */
import ChecklistIsland from '../../components/checklist/ChecklistIsland.tsx';
import ChecklistOverviewIsland from '../../components/checklist/ChecklistOverviewIsland.tsx';
import { hydrateIslands } from './hydrate.ts';

// Boxes ticked before the module arrived (the server renders none ticked): the island saves them.
hydrateIslands('checklist', ChecklistIsland, (element) => ({
  early: [...element.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((input) => input.name),
}));
hydrateIslands('checklist-overview', ChecklistOverviewIsland);

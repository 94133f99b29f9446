/** Hydrates the page's checklists and checklist overview (one module: they share the store). */
import ChecklistIsland from '../../components/checklist/ChecklistIsland.tsx';
import ChecklistOverviewIsland from '../../components/checklist/ChecklistOverviewIsland.tsx';
import { hydrateIslands } from './hydrate.ts';

hydrateIslands('checklist', ChecklistIsland);
hydrateIslands('checklist-overview', ChecklistOverviewIsland);

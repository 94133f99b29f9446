/**
 * The theme toggle in the header (a module script of every page; the saved theme itself is
 * applied before the first paint by the inline script src/scripts/inline/theme.js).
 * A click switches between light and dark and saves the choice (storage that throws is
 * ignored: the choice then lasts for the page); every toggle's aria-pressed follows the theme
 * in use, including the system's when nothing is saved and it changes.
 */
import { THEME_KEY } from './theme-key.ts';

const root = document.documentElement;
const system = matchMedia('(prefers-color-scheme: dark)');
const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : system.matches);
const sync = () => {
  for (const button of document.querySelectorAll('[data-theme-toggle]'))
    button.setAttribute('aria-pressed', String(isDark()));
};

sync();
system.addEventListener('change', sync);
addEventListener('click', (event) => {
  const button = event.target instanceof Element && event.target.closest('[data-theme-toggle]');
  if (!button) return;
  root.dataset.theme = isDark() ? 'light' : 'dark';
  try {
    localStorage.setItem(THEME_KEY, root.dataset.theme);
  } catch {
    // Storage refused: the theme still changes for this page.
  }
  sync();
});

/**
 * The search behaviour, loaded only when a person opens search (or visits the search page):
 * Search.astro's inline script imports this file, and this file imports Pagefind's API.
 *
 * It wires every search box on the page (`[data-search-root]`, rendered by SearchBox.astro):
 * queries Pagefind as the person types, lists the matching sections as links (page#id),
 * announces the number of results, and moves focus with the arrow keys. All text comes from
 * strings/ in the box's locale (`data-locale`), read with the one translator;
 * results are built as DOM nodes, never as HTML.
 */
import { stringsFor, translator } from '../../i18n/translate.ts';
import { localeFromPage } from '../../lib/locale.ts';
import { excerptParts, type PagefindPageLike, sectionResults } from './results.ts';
import { SEARCH_STRINGS } from './strings/index.ts';

interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindPageLike> }[] } | null>;
}

/** Pages whose sections are shown (Pagefind ranks pages; each page gives up to 3 sections). */
const PAGES_SHOWN = 6;
const DEBOUNCE_MS = 120;

let pagefind: Promise<PagefindApi> | undefined;

function loadPagefind(base: string): Promise<PagefindApi> {
  if (!pagefind) {
    const url = `${base}pagefind/pagefind.js`;
    pagefind = (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (api) => {
      await api.options({ baseUrl: base, excerptLength: 24 });
      await api.init();
      return api;
    });
    pagefind.catch(() => {
      pagefind = undefined;
    });
  }
  return pagefind;
}

function resultItem(r: ReturnType<typeof sectionResults>[number], index: number, idPrefix: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const a = document.createElement('a');
  a.href = r.url;
  a.className = 'search-result-link';
  const title = document.createElement('span');
  title.className = 'search-result-title';
  title.textContent = r.title;
  a.append(title);
  if (r.page !== r.title) {
    const sep = document.createElement('span');
    sep.className = 'sr-only';
    sep.textContent = ', ';
    const page = document.createElement('span');
    page.className = 'search-result-page';
    page.textContent = r.page;
    a.append(sep, page);
  }
  li.append(a);
  const parts = excerptParts(r.excerpt);
  if (parts.length > 0) {
    const p = document.createElement('p');
    p.className = 'search-result-excerpt';
    p.id = `${idPrefix}-excerpt-${index}`;
    for (const part of parts) {
      if (part.mark) {
        const m = document.createElement('mark');
        m.textContent = part.text;
        p.append(m);
      } else {
        p.append(part.text);
      }
    }
    a.setAttribute('aria-describedby', p.id);
    li.append(p);
  }
  return li;
}

function setup(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLUListElement>('[data-search-results]');
  if (!input || !status || !list || root.dataset.searchReady) return;
  root.dataset.searchReady = 'true';
  const base = root.dataset.base ?? '/';
  // The messages this script shows, in the box's locale (SearchBox.astro's data-locale). They
  // travel in this file, loaded on use, rather than in every page's HTML.
  const t = translator(
    stringsFor(SEARCH_STRINGS, localeFromPage(root.dataset.locale)),
    document.documentElement.lang || 'en',
  );
  const dialog = root.closest('dialog');
  let sequence = 0;
  let shownQuery = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let loaded = false;

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

  const show = (query: string, found: PagefindPageLike[]) => {
    const results = sectionResults(found);
    list.replaceChildren(...results.map((r, i) => resultItem(r, i, input.id)));
    list.hidden = results.length === 0;
    shownQuery = query;
    status.textContent = t.plural('search.results', results.length, { query });
  };

  const run = async () => {
    const query = input.value.trim();
    sequence += 1;
    const mine = sequence;
    if (query === '') {
      list.replaceChildren();
      list.hidden = true;
      shownQuery = '';
      status.textContent = '';
      return;
    }
    if (!loaded) status.textContent = t('search.loading');
    try {
      const api = await loadPagefind(base);
      loaded = true;
      const search = await api.search(query);
      if (mine !== sequence || !search) return;
      const found = await Promise.all(search.results.slice(0, PAGES_SHOWN).map((r) => r.data()));
      if (mine !== sequence) return;
      show(query, found);
    } catch {
      if (mine !== sequence) return;
      list.replaceChildren();
      list.hidden = true;
      status.textContent = t('search.error');
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });

  root.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && all.length > 0) {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) input.focus();
      else all[at - 1]?.focus();
    } else if (event.key === 'Enter' && event.target === input) {
      // Enter in the field opens the first result, once the results match what is typed.
      event.preventDefault();
      if (shownQuery !== '' && shownQuery === input.value.trim()) all[0]?.click();
    } else if (event.key === 'Escape' && dialog?.open) {
      // A search field would only clear itself on Escape: close the dialog instead.
      event.preventDefault();
      dialog.close();
    }
  });

  if (dialog) {
    list.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('a')) dialog.close('result');
    });
    // A click on the backdrop (outside the dialog's box) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  } else {
    const q = new URLSearchParams(location.search).get('q');
    if (q && input.value === '') input.value = q;
  }

  // Get Pagefind ready while the person types, and search what was typed before this script ran.
  loadPagefind(base).then(
    () => {
      loaded = true;
    },
    () => undefined,
  );
  if (input.value.trim() !== '') void run();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-search-root]')) setup(root);

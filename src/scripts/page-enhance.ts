/**
 * Progressive enhancement of every guide page (bundled and inlined by Astro; no request):
 * - a link to a section lands with the heading below the sticky header, highlighted, and
 *   with keyboard focus on it (cold load, in-page links, back/forward, after islands hydrate);
 * - old ids listed as aliases land on the new id; ids of sections that moved to another page
 *   go to that page; unknown ids leave the page at the top;
 *   parameters after the id (`#section&ticks=…`) are kept for the islands that read them;
 * - the table of contents marks the section in view with aria-current;
 * - copy-link buttons copy a section's absolute URL, with a fallback when the clipboard is refused
 *   (the code of this and of the report link is page-actions.ts, loaded on first use);
 * - the language switch keeps the query string and the section;
 * - "Report a problem" names the section in view in the prefilled issue.
 * Without JavaScript all links still work; the TOC then marks nothing.
 */
import { currentSection, hashParams, hashToId, movedLocation, parseAliases, resolveTarget } from '../lib/deep-link.ts';
import type { PageActions } from './page-actions.ts';

const doc = document;
const root = doc.documentElement;
const aliases = parseAliases(doc.querySelector<HTMLElement>('[data-aliases]')?.dataset.aliases);
const moved = parseAliases(doc.querySelector<HTMLElement>('[data-moved]')?.dataset.moved);
const announcer = doc.getElementById('announcer');
const header = doc.querySelector<HTMLElement>('.site-header');
const footer = doc.querySelector<HTMLElement>('.site-footer');
const headerBottom = () => (header ? header.getBoundingClientRect().bottom : 0);
const byId = (id: string) => doc.getElementById(id);
let pinned: string | null = null;
/** The section the table of contents marks as in view. */
let sectionInView: string | null = null;

function announce(message: string): void {
  if (!announcer) return;
  announcer.textContent = '';
  setTimeout(() => {
    announcer.textContent = message;
  }, 50);
}

/** Scrolls the heading under the header, highlights it and moves focus to it. */
function land(id: string, smooth = false): void {
  const heading = byId(id);
  if (!heading) return;
  heading.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  if (!heading.hasAttribute('tabindex')) {
    heading.setAttribute('tabindex', '-1');
    heading.addEventListener('blur', () => heading.removeAttribute('tabindex'), { once: true });
  }
  heading.focus({ preventScroll: true });
  heading.classList.remove('is-target');
  void heading.offsetWidth; // restart the highlight animation
  heading.classList.add('is-target');
  pinned = id;
  updateToc();
}

/** Lands on the section named by the current hash, following aliases. */
function followHash(): void {
  const asked = hashToId(location.hash);
  const target = resolveTarget(asked, (id) => byId(id) !== null, aliases);
  // A section that moved to another page: follow it there (replacing the old address in history).
  const there = target === null ? movedLocation(location.hash, moved) : null;
  if (there) {
    location.replace(there);
    return;
  }
  if (asked !== null && target !== null && target !== asked) {
    const params = hashParams(location.hash);
    history.replaceState(history.state, '', `${location.pathname}${location.search}#${target}${params}`);
  }
  if (target) land(target);
}

// Table of contents: aria-current on the link of the section in view.
const tocLinks = [...doc.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
const tocIds = tocLinks.map((a) => decodeURIComponent(a.hash.slice(1)));
let tocFrame = 0;
function updateToc(): void {
  tocFrame = 0;
  const headings = tocIds.flatMap((id) => {
    const el = byId(id);
    return el ? [{ id, top: el.getBoundingClientRect().top }] : [];
  });
  const atBottom = innerHeight + scrollY >= root.scrollHeight - 2;
  let current = currentSection(headings, headerBottom() + 8, innerHeight, atBottom);
  if (pinned && headings.some((h) => h.id === pinned && h.top >= 0 && h.top < innerHeight)) current = pinned;
  // The section being read, kept while the reader scrolls down to the footer to report it.
  const footerTop = footer ? footer.getBoundingClientRect().top : Number.POSITIVE_INFINITY;
  if (footerTop > innerHeight * 0.5) sectionInView = current;
  for (const [i, a] of tocLinks.entries()) {
    if (tocIds[i] === current) a.setAttribute('aria-current', 'true');
    else a.removeAttribute('aria-current');
  }
}
const scheduleToc = () => {
  if (!tocFrame) tocFrame = requestAnimationFrame(updateToc);
};
addEventListener('scroll', scheduleToc, { passive: true });
addEventListener('resize', scheduleToc, { passive: true });
// Islands that hydrate after a landing must not move the section away. One observer for the
// page, disconnected once the reader takes over or no island is left to hydrate by itself
// (each has hydrated, failed, or waits for the reader).
const unsettled = '[data-island]:not([data-hydrated],[data-island-waiting],[data-island-failed])';
const islandWatch = new MutationObserver(() => {
  if (pinned) byId(pinned)?.scrollIntoView({ block: 'start' });
  if (!doc.querySelector(unsettled)) islandWatch.disconnect();
});
if (doc.querySelector(unsettled)) {
  islandWatch.observe(doc.body, {
    attributes: true,
    attributeFilter: ['data-hydrated', 'data-island-waiting', 'data-island-failed'],
    subtree: true,
  });
}

// A person scrolling takes over from the section a link landed on.
for (const type of ['wheel', 'touchmove', 'keydown'] as const) {
  addEventListener(
    type,
    () => {
      pinned = null;
      islandWatch.disconnect();
    },
    { passive: true },
  );
}

addEventListener('hashchange', followHash);
// A click on a link to the section already in the URL does not fire hashchange: land again.
doc.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
  if (link && link.hash === location.hash && link.hash.length > 1) {
    event.preventDefault();
    followHash();
  }
});

// What the reader does with a page (copy a section's link, report a problem) is a module of its
// own, page-actions.ts, loaded on first use: no page requests a script before then.
type Actions = PageActions;
let actions: Promise<Actions> | undefined;
let loaded: Actions | undefined;
const loadActions = () =>
  (actions ??= import(/* @vite-ignore */ announcer?.dataset.actions ?? '').then(() => {
    const m = (globalThis as Record<symbol, Actions | undefined>)[Symbol.for('hwc-guide:page-actions')];
    if (!m) throw new Error('page actions did not load');
    loaded = m;
    return m;
  }));

// Copy-link buttons. If the code cannot load, the section's address goes to the address bar.
const strings = announcer?.dataset ?? {};
doc.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-copy-link]') : null;
  if (!button) return;
  loadActions()
    .then((m) => m.copyLink(button, strings, announce))
    .catch(() => {
      location.hash = button.dataset.copyLink ?? '';
    });
});

// The language switch (a link per other language) keeps the query string (the chooser's
// answers) and the section.
for (const langSwitch of doc.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
  const path = langSwitch.pathname;
  const sync = () => {
    langSwitch.href = `${path}${location.search}${location.hash}`;
  };
  for (const type of ['pointerenter', 'focus', 'click', 'touchstart'] as const) {
    langSwitch.addEventListener(type, sync, { passive: true });
  }
}

// "Report a problem": the prefilled issue names the section in view when the reader opens it.
const report = doc.querySelector<HTMLAnchorElement>('[data-report-issue]');
if (report) {
  const written = report.href;
  const { reportIssue: pageTitle = '', reportSection: label = '' } = report.dataset;
  const sync = (m: Actions) => {
    const id = pinned ?? sectionInView ?? hashToId(location.hash);
    const heading = id ? byId(id) : null;
    const section = id && heading ? { id, title: (heading.textContent ?? '').replace(/\s+/g, ' ').trim() } : null;
    // Without a section in view, the link the server wrote: page, language and build date.
    report.href = m.withSection(written, pageTitle, label, section);
  };
  const prepare = () => {
    loadActions()
      .then(sync)
      .catch(() => {});
  };
  for (const type of ['pointerenter', 'focus', 'touchstart'] as const) {
    report.addEventListener(type, prepare, { passive: true });
  }
  report.addEventListener('click', (event) => {
    if (loaded) {
      sync(loaded);
      return;
    }
    // A plain click before the code arrived: wait for it (or its failure), then follow the link.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    loadActions()
      .then(sync)
      .catch(() => {})
      .finally(() => location.assign(report.href));
  });
}

// Cold load: land now, and again once the page has fully loaded if nothing moved the reader.
if (location.hash.length > 1) {
  followHash();
  addEventListener('load', () => {
    if (pinned) followHash();
  });
}
updateToc();

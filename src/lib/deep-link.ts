/** Deep-link rules: which section a hash names, and which section is "current". Pure. */

/**
 * A hash may carry parameters after the section id, `#section&key=value` (a link with ticks
 * from another device: src/features/handoff/). Section ids never contain '&' or '='.
 */

/** The section id a URL hash points to: decoded, without "#" and parameters; null when empty or malformed. */
export function hashToId(hash: string): string | null {
  const section = hash.replace(/^#/, '').split('&')[0] ?? '';
  if (section === '' || section.includes('=')) return null;
  try {
    const id = decodeURIComponent(section);
    return id === '' ? null : id;
  } catch {
    return null;
  }
}

/** The parameters after the section id ("&ticks=…"), or '' when there are none. */
export function hashParams(hash: string): string {
  const at = hash.indexOf('&');
  return at === -1 ? '' : hash.slice(at);
}

/**
 * Resolves a hash id against the ids on the page and the page's aliases (old id -> new id).
 * Returns the id to land on, or null when the id is unknown (the page then stays at the top).
 */
export function resolveTarget(
  id: string | null,
  exists: (id: string) => boolean,
  aliases: Record<string, string>,
): string | null {
  if (id === null) return null;
  if (exists(id)) return id;
  const seen = new Set<string>();
  let next: string | undefined = aliases[id];
  while (next !== undefined && !seen.has(next)) {
    if (exists(next)) return next;
    seen.add(next);
    next = Object.hasOwn(aliases, next) ? aliases[next] : undefined;
  }
  return null;
}

/**
 * Where a link to a section that moved to another page should go: that page's path, the id and
 * the hash's parameters; null when the hash names no moved section (or the map is malformed).
 * `moved` maps an id to the root-relative path of its page (base path included).
 */
export function movedLocation(hash: string, moved: Record<string, string>): string | null {
  const id = hashToId(hash);
  if (id === null || !Object.hasOwn(moved, id)) return null;
  const page = moved[id] ?? '';
  if (!page.startsWith('/') || page.startsWith('//') || page.includes('#')) return null;
  return `${page}#${encodeURIComponent(id)}${hashParams(hash)}`;
}

/** Parses the page's alias map from its data attribute; anything malformed gives {}. */
export function parseAliases(raw: string | null | undefined): Record<string, string> {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
    return out;
  } catch {
    return {};
  }
}

/**
 * The section in view: the last heading whose top has passed the reading line (just under
 * the sticky header). At the very bottom of the page, the last heading that is on screen
 * wins, so a short last section can still become current. Before the first heading: null.
 */
export function currentSection(
  headings: readonly { id: string; top: number }[],
  readingLine: number,
  viewportHeight: number,
  atBottom: boolean,
): string | null {
  let current: string | null = null;
  for (const h of headings) {
    if (h.top <= readingLine) current = h.id;
  }
  if (atBottom) {
    for (const h of headings) {
      if (h.top < viewportHeight) current = h.id;
    }
  }
  return current;
}

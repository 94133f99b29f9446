/**
 * Turns Pagefind's results into the section links the search shows, and its excerpts into
 * text parts that can be rendered without HTML parsing. Pure: no DOM, no Pagefind.
 */

/** The parts of a Pagefind sub-result (a section under a heading with an id) that we use. */
export interface PagefindSubResultLike {
  title: string;
  url: string;
  excerpt: string;
  /** Missing for the text before the first heading with an id. */
  anchor?: { element: string; id: string } | undefined;
  weighted_locations?: readonly { balanced_score: number }[] | undefined;
  locations?: readonly number[] | undefined;
}

/** The parts of a Pagefind page result (`await result.data()`) that we use. */
export interface PagefindPageLike {
  url: string;
  excerpt: string;
  meta: Readonly<Record<string, string | undefined>>;
  sub_results: readonly PagefindSubResultLike[];
}

/** One line of the result list: a link to a section (page#id) or to the top of a page. */
export interface SectionResult {
  url: string;
  /** The section heading, or the page title for the top of a page. */
  title: string;
  /** The title of the page the section is on. */
  page: string;
  /** Pagefind's excerpt: text with the matches wrapped in `<mark>`. */
  excerpt: string;
}

export interface SectionResultOptions {
  /** Sections shown per page, the best matches first (default 3). */
  perPage?: number;
  /** Sections shown in all (default 10). */
  max?: number;
}

function score(sub: PagefindSubResultLike): number {
  const weighted = sub.weighted_locations ?? [];
  if (weighted.length > 0) return weighted.reduce((sum, w) => sum + w.balanced_score, 0);
  return sub.locations?.length ?? 0;
}

/**
 * The sections to show for pages in Pagefind's ranking order: per page, its best-matching
 * sections (ties keep document order); a page without sections gives a link to the page.
 * Each URL appears once.
 */
export function sectionResults(
  pages: readonly PagefindPageLike[],
  options: SectionResultOptions = {},
): SectionResult[] {
  const perPage = options.perPage ?? 3;
  const max = options.max ?? 10;
  const results: SectionResult[] = [];
  const seen = new Set<string>();
  for (const page of pages) {
    const pageTitle = page.meta.title ?? page.url;
    const subs = page.sub_results
      .map((sub, order) => ({ sub, order, score: score(sub) }))
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, perPage)
      .map((s) => s.sub);
    const lines =
      subs.length > 0
        ? subs.map((s) => ({ url: s.url, title: s.anchor ? s.title : pageTitle, page: pageTitle, excerpt: s.excerpt }))
        : [{ url: page.url, title: pageTitle, page: pageTitle, excerpt: page.excerpt }];
    for (const line of lines) {
      if (results.length >= max) return results;
      if (seen.has(line.url)) continue;
      seen.add(line.url);
      results.push(line);
    }
  }
  return results;
}

/** A run of excerpt text; `mark` when it is a match. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the named and numeric character references an excerpt can contain. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt into plain-text parts at Pagefind's `<mark>` tags. Only `<mark>` and
 * `</mark>` are markup; anything else stays text, so rendering the parts as text nodes is safe.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else if (piece !== '') {
      const text = decodeEntities(piece);
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

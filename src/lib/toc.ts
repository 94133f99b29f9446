/** Builds the on-page table of contents from a page's headings. Pure. */

export interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

/** Nests h3 under the h2 before it; keeps only h2 and h3; an h3 before any h2 stays top level. */
export function buildToc(headings: readonly HeadingLike[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const h of headings) {
    if (h.depth !== 2 && h.depth !== 3) continue;
    const entry: TocEntry = { id: h.slug, text: h.text, children: [] };
    const parent = toc.at(-1);
    if (h.depth === 3 && parent) parent.children.push(entry);
    else toc.push(entry);
  }
  return toc;
}

/** Every id the TOC links to, in document order. */
export function tocIds(toc: readonly TocEntry[]): string[] {
  return toc.flatMap((e) => [e.id, ...tocIds(e.children)]);
}

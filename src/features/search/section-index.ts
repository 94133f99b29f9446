/** The list of every section of every page, for the search page without JavaScript. Pure. */
import { type Locale, pageHref } from '../../lib/locale.ts';
import { sortPages } from '../../lib/nav.ts';
import { buildToc, type HeadingLike } from '../../lib/toc.ts';

export interface SectionLink {
  text: string;
  href: string;
  children: SectionLink[];
}

export interface PageSections {
  title: string;
  href: string;
  sections: SectionLink[];
}

export interface PageWithHeadings {
  slug: string;
  title: string;
  order: number;
  headings: readonly HeadingLike[];
}

/** Pages in reading order, each with its h2 sections and their h3 subsections, linked as page#id under the base. */
export function sectionIndex(pages: readonly PageWithHeadings[], base: string, locale: Locale): PageSections[] {
  return sortPages(pages).map((p) => {
    const href = pageHref(base, locale, p.slug);
    const link = (e: { id: string; text: string; children: readonly { id: string; text: string }[] }): SectionLink => ({
      text: e.text,
      href: `${href}#${e.id}`,
      children: e.children.map((c) => ({ text: c.text, href: `${href}#${c.id}`, children: [] })),
    });
    return { title: p.title, href, sections: buildToc(p.headings).map(link) };
  });
}

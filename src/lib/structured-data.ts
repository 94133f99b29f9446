/** JSON-LD for every guide page: WebSite, BreadcrumbList, and HowTo / FAQPage where the page has them. Pure. */
import { HTML_LANG, type Locale, localeInfo, pageHref } from './locale.ts';

export interface StructuredDataInput {
  site: string;
  base: string;
  locale: Locale;
  slug: string;
  title: string;
  description: string;
  pages: { slug: string; title: string }[];
  howTo?: { name: string; steps: { id: string; name: string; text: string }[] } | undefined;
  faq?: { id: string; question: string; answer: string }[] | undefined;
  /** Sections of this page's structured data that moved to another page: `id: slug`. */
  moved?: Record<string, string> | undefined;
}

/** The WebSite object alone: for pages outside the guide's structure (the 404 pages). */
export function websiteData(site: string, base: string, locale: Locale): object {
  const home = new URL(pageHref(base, locale, ''), site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: localeInfo(locale).siteName,
    url: home,
    inLanguage: HTML_LANG[locale],
  };
}

/** The JSON-LD objects for one page, ready for `<script type="application/ld+json">`. */
export function structuredData(input: StructuredDataInput): object[] {
  const { site, base, locale, slug, title, description, pages } = input;
  const abs = (path: string) => new URL(path, site).href;
  const url = abs(pageHref(base, locale, slug));
  const home = abs(pageHref(base, locale, ''));
  const inLanguage = HTML_LANG[locale];
  const sectionPage = (id: string) => {
    const there = input.moved?.[id];
    return there === undefined ? url : abs(pageHref(base, locale, there));
  };
  const homeTitle = pages.find((p) => p.slug === '')?.title ?? localeInfo(locale).siteName;

  const data: object[] = [
    websiteData(site, base, locale),
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: homeTitle, item: home },
        ...(slug === '' ? [] : [{ '@type': 'ListItem', position: 2, name: title, item: url }]),
      ],
    },
  ];
  if (input.howTo) {
    data.push({
      '@context': 'https://schema.org',
      '@type': 'HowTo',
      name: input.howTo.name,
      description,
      inLanguage,
      url,
      step: input.howTo.steps.map((s, i) => ({
        '@type': 'HowToStep',
        position: i + 1,
        name: s.name,
        text: s.text,
        url: `${sectionPage(s.id)}#${s.id}`,
      })),
    });
  }
  if (input.faq && input.faq.length > 0) {
    data.push({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage,
      url,
      mainEntity: input.faq.map((q) => ({
        '@type': 'Question',
        name: q.question,
        url: `${url}#${q.id}`,
        acceptedAnswer: { '@type': 'Answer', text: q.answer },
      })),
    });
  }
  return data;
}

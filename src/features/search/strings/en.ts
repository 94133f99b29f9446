/**
 * Search in English: the header trigger, the search dialog, the search page and the messages
 * the search script shows. Flat keys, read through the translator (src/i18n/translate.ts);
 * `search.results.*` is a plural group (`t.plural('search.results', count, { query })`).
 */
const en = {
  'search.trigger': 'Search',
  'search.label': 'Search the guide',
  'search.placeholder': 'For example: PayPal, pre-authorization',
  'search.hint': 'Press / or Ctrl+K on any page to search. Use the arrow keys to move between results.',
  'search.close': 'Close',
  'search.list': 'Results',
  'search.loading': 'Loading search…',
  'search.results.one': '1 result for “{query}”',
  'search.results.other': '{count} results for “{query}”',
  'search.results.zero': 'No results for “{query}”. Try another word, or browse all sections.',
  'search.error': 'Search could not be loaded. Browse all sections instead.',
  'search.browseAll': 'Browse all sections',
  'searchPage.title': 'Search',
  'searchPage.description':
    'Search the HUAWEI CLOUD International sign-up and payment guide, or browse every section of every page.',
  'searchPage.noScript':
    'Search needs JavaScript, which is turned off or not available in this browser. Every section of the guide is listed below.',
  'searchPage.allSections': 'All sections',
  'searchPage.empty': 'There are no pages in this language yet.',
} as const;

export type SearchKey = keyof typeof en;
export type SearchDict = Readonly<Record<SearchKey, string>>;
export default en satisfies SearchDict;

/** The address of the search dialog's stylesheet (src/integrations/lazy-stylesheet.mjs). */
declare const __SEARCH_CSS__: string;

/** The address of the search dialog's stylesheet (src/integrations/lazy-stylesheet.mjs). */
declare const __SEARCH_CSS__: string;
/** The address of the handoff panel's stylesheet (the same integration). */
declare const __HANDOFF_CSS__: string;

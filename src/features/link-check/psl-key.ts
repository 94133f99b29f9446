/** Where psl-entry.ts leaves the Public Suffix List lookup for the island to take. */
export const PSL_KEY = Symbol.for('hwc-guide:link-check:psl');

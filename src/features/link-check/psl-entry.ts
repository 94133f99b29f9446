/**
 * The Public Suffix List as a module of its own (bundled with `?worker&url` by LinkCheck.astro,
 * about 50 KB compressed), so that the link check's island stays small and hydrates at once.
 * The island imports it on start and reads the lookup from the key below: module bundles made
 * with `?worker&url` keep no exports.
 */

import { pslLookup } from './psl.ts';
import { PSL_KEY } from './psl-key.ts';

(globalThis as Record<symbol, unknown>)[PSL_KEY] = pslLookup;

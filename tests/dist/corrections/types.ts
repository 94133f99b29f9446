/** One corrected fact, checked against the visible text of the built page (or pages) that carry it. */
export interface Correction {
  /** The row of the second check (C1-C11), or a short name for later corrections. */
  id: string;
  /** What was wrong and what the help center says, in a few words. */
  fact: string;
  /**
   * The page's URL path without base: "/recharge/", "/zh-cn/recharge/"; or the pages, all in one
   * language, when the fact is told across them (a page split in two keeps one fact).
   */
  page: string | readonly string[];
  /** Wording that must not come back (each pattern must not match, on every page). */
  absent: RegExp[];
  /** Wording that must be there (each pattern must match, on one of the pages). */
  present: RegExp[];
}

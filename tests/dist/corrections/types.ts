/** One corrected fact, checked against the visible text of one built page. */
export interface Correction {
  /** The row of the second check (C1-C11), or a short name for later corrections. */
  id: string;
  /** What was wrong and what the help center says, in a few words. */
  fact: string;
  /** The page's URL path without base: "/recharge/", "/zh-cn/recharge/". */
  page: string;
  /** Wording that must not come back (each pattern must not match). */
  absent: RegExp[];
  /** Wording that must be there (each pattern must match). */
  present: RegExp[];
}

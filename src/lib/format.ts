/** Locale-aware formatting shared by pages and islands. Pure. */

/** A calendar date (e.g. 2026-11-26) in the reader's language, never shifted by time zones. */
export function formatDate(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

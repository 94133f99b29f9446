/**
 * Decoding HTML character references (`&amp;`, `&#39;`, `&nbsp;`, every named one) with the
 * `entities` library, as a browser does. Where a whole page or fragment is read, parse it
 * instead (scripts/lib/html.ts): the parser decodes text and attribute values itself. For the
 * build, its components and the tests; not for island code (the table of names is large, and a
 * browser decodes with its own parser). Pure.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';

/** Text of an HTML document with its character references decoded. */
export function decodeEntities(text: string): string {
  return decodeHTML(text);
}

/** An attribute value with its character references decoded (the HTML attribute rules). */
export function decodeAttribute(value: string): string {
  return decodeHTMLAttribute(value);
}

/**
 * Reading HTML with a parser (htmlparser2), one place for the build's integrations, the
 * scripts and the built-site tests: elements by tag name or test, their attributes (values
 * decoded), the visible text, and the source range of an element, so that a page can be
 * rewritten in place without touching a byte around the change.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

type ParsedDocument = ReturnType<typeof parseDocument>;
type ParsedNode = ParsedDocument['children'][number];
/** An element of a parsed page (htmlparser2's DOM). */
export type HtmlElement = Extract<ParsedNode, { attribs: Record<string, string> }>;

/** A parsed page or fragment; elements know where they start and end in the source. */
export function parseHtml(html: string): ParsedDocument {
  return parseDocument(html, { withStartIndices: true, withEndIndices: true });
}

/** A parsed XML file (a sitemap): tag names kept as written ("xhtml:link"), no HTML rules. */
export function parseXml(xml: string): ParsedDocument {
  return parseDocument(xml, { xmlMode: true });
}

const asDocument = (html: string | ParsedDocument): ParsedDocument =>
  typeof html === 'string' ? parseHtml(html) : html;

/** Where to look: a page's text, a parsed page, or an element (its descendants). */
export type Scope = string | ParsedDocument | HtmlElement;

/** Every element, in document order, that has the tag `name` or passes the test. */
export function elements(scope: Scope, match: string | ((el: HtmlElement) => boolean)): HtmlElement[] {
  const test = typeof match === 'string' ? (el: HtmlElement) => el.name === match : match;
  const root = typeof scope === 'string' ? parseHtml(scope) : scope;
  return DomUtils.findAll(test, root.children) as HtmlElement[];
}

/** The first element that has the tag `name` or passes the test. */
export function element(scope: Scope, match: string | ((el: HtmlElement) => boolean)): HtmlElement | undefined {
  return elements(scope, match)[0];
}

/** The attributes of every `<name>` element (values decoded). */
export function attributesOf(scope: Scope, name: string): Record<string, string>[] {
  return elements(scope, name).map((el) => ({ ...el.attribs }));
}

/** The text of an element, as written (decoded; the raw code of a script or style). */
export function textOf(node: HtmlElement | ParsedDocument): string {
  return DomUtils.textContent(node);
}

/** The class names of an element. */
export function classesOf(el: HtmlElement): string[] {
  return (el.attribs.class ?? '').split(/\s+/).filter(Boolean);
}

/** The ids of the elements of a page. */
export function idsOf(html: Scope): Set<string> {
  return new Set(elements(html, (el) => el.attribs.id !== undefined).map((el) => el.attribs.id ?? ''));
}

/** Elements whose content a reader never sees as text. */
const HIDDEN = new Set(['script', 'style', 'template']);

/**
 * The visible text of a page's `<body>` (or of a fragment): scripts, styles and templates left
 * out, character references decoded, every element boundary read as a space, white space
 * collapsed. The text a reader sees, for content assertions.
 */
export function visibleText(html: string | ParsedDocument): string {
  const doc = asDocument(html);
  const body = element(doc, 'body');
  const parts: string[] = [];
  const visit = (nodes: readonly ParsedNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') parts.push((node as { data: string }).data);
      else if ('attribs' in node) {
        if (HIDDEN.has(node.name)) {
          parts.push(' ');
          continue;
        }
        parts.push(' ');
        visit(node.children as ParsedNode[]);
        parts.push(' ');
      }
    }
  };
  visit((body ? body.children : doc.children) as ParsedNode[]);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Where an element is in the source: [start, end) offsets of its whole markup. */
export function sourceRange(el: HtmlElement): [number, number] {
  if (el.startIndex === null || el.endIndex === null) throw new Error(`<${el.name}> has no source position`);
  return [el.startIndex, el.endIndex + 1];
}

/** The HTML with the source of some elements replaced; the rest is kept byte for byte. */
export function replaceElements(html: string, edits: readonly { el: HtmlElement; html: string }[]): string {
  const sorted = [...edits].sort((a, b) => sourceRange(a.el)[0] - sourceRange(b.el)[0]);
  let out = '';
  let at = 0;
  for (const { el, html: replacement } of sorted) {
    const [start, end] = sourceRange(el);
    if (start < at) throw new Error(`<${el.name}> overlaps another replaced element`);
    out += html.slice(at, start) + replacement;
    at = end;
  }
  return out + html.slice(at);
}

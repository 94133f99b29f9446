/**
 * The Markdown twin of a built guide page: what an assistant or a reader who pastes the page
 * gets instead of the HTML with its navigation, buttons and scripts. Pure: HTML in, Markdown
 * out, no I/O (scripts/markdown-twins.mjs reads the build and writes the files).
 *
 * The page's <main> is parsed (rehype-parse), its components are rewritten into plain
 * semantic HTML that has a Markdown equivalent, and rehype-remark + remark-gfm +
 * remark-stringify write it out:
 * - headings keep their permanent ids as `{#id}`;
 * - claims become a blockquote: status and label, the guide's sentence, the official quote
 *   and the official link with the date of the check;
 * - callouts become a blockquote that starts with their label;
 * - steps stay numbered lists; checklists become task lists (`- [ ]`);
 * - the recharge chooser becomes its questions, its decision table and its comparison table;
 * - every link is absolute (site origin and base path included);
 * - copy buttons, anchor links, screen-reader hints, scripts and navigation are dropped.
 * Above the body: title, description, the date of the last check, the canonical URL and the
 * footer's "unofficial" note; below it: the page's official sources.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

export { isMarkdownFile, twinPath } from './markdown-twin-path.ts';

/** The words the twin adds around the page's own text (one locale; src/i18n/ui.ts). */
export interface TwinLabels {
  /** "Last checked" */
  lastChecked: string;
  /** "Canonical URL" */
  canonical: string;
  /** "Help center check (confirmed)", before each claim's label, for its status. */
  claimStatus: (status: string) => string;
  /** What follows a label before its value: ": " or "：". */
  colon: string;
  /** Link text for a claim's official page when the page gives no title. */
  claimSource: string;
  /** Introduces the chooser's questions. */
  chooserQuestions: string;
  /** After the chooser's tables: what the interactive chooser adds. */
  chooserNote: string;
}

/** A table that the twin renders in place of an interactive component. */
export interface TwinTable {
  caption: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
}

export interface TwinOptions {
  labels: TwinLabels;
  /** The recharge chooser's decision table (src/features/chooser/decision.ts), when the page has the chooser. */
  decisionTable?: TwinTable | undefined;
}

/** A guide page and its Markdown twin. */
export interface TwinPage {
  title: string;
  description: string;
  /** The page's canonical URL (absolute). */
  canonical: string;
  /** The twin's URL (absolute), from the page's `<link rel="alternate" type="text/markdown">`. */
  markdownUrl: string;
  /** YYYY-MM-DD of the last check, or null when the page shows none. */
  lastChecked: string | null;
  /** `<html lang>` */
  lang: string;
  /** The pages of the guide in reading order, as the page's sidebar lists them (absolute URLs). */
  readingOrder: string[];
  markdown: string;
}

const isElement = (node: unknown): node is Element =>
  typeof node === 'object' && node !== null && (node as { type?: unknown }).type === 'element';

const classes = (node: Element): string[] => {
  const c: unknown = node.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
};

const hasClass = (node: Element, name: string): boolean => classes(node).includes(name);

const textOf = (node: Element | undefined | null): string => (node ? toText(node).replace(/\s+/g, ' ').trim() : '');

/**
 * Rewrites the tree bottom-up: `fn` returns the node(s) that replace an element (an empty array
 * removes it), or undefined to keep it and descend into it.
 */
function rewrite(parent: Root | Element, fn: (node: Element) => ElementContent[] | undefined): void {
  const next: (RootContent | ElementContent)[] = [];
  for (const child of parent.children) {
    if (!isElement(child)) {
      next.push(child);
      continue;
    }
    const replaced = fn(child);
    if (replaced === undefined) {
      rewrite(child, fn);
      next.push(child);
    } else {
      next.push(...replaced);
    }
  }
  parent.children = next as typeof parent.children;
}

/** Chrome that has no place in the Markdown: scripts, icons, buttons, hints for screen readers, navigation. */
function isChrome(node: Element): boolean {
  if (['script', 'style', 'template', 'svg', 'button', 'nav', 'noscript'].includes(node.tagName)) return true;
  if (node.properties.dataPagefindIgnore !== undefined) return true;
  if (node.properties.ariaHidden === 'true' || node.properties.hidden !== undefined) return true;
  return hasClass(node, 'sr-only');
}

/** A paragraph from inline content, or the block children as they are. */
function asBlocks(node: Element | undefined | null): ElementContent[] {
  if (!node) return [];
  const blocks = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const isBlock = (c: ElementContent) =>
    isElement(c) && ['p', 'ul', 'ol', 'blockquote', 'table', 'div', 'figure', 'pre'].includes(c.tagName);
  if (blocks.length > 0 && blocks.every(isBlock)) return blocks;
  return [h('p', node.children)];
}

/** Puts a space between a text and an element that the HTML set side by side (the page's CSS spaces them). */
function spaced(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child, i) => {
    const prev = children[i - 1];
    return prev?.type === 'text' && isElement(child) && !/\s$/.test(prev.value)
      ? [{ type: 'text', value: ' ' }, child]
      : [child];
  });
}

/** The status of a claim: data-claim-status, else its `claim-<status>` class. */
function claimStatus(claim: Element): string {
  const data = claim.properties.dataClaimStatus;
  if (typeof data === 'string' && data !== '') return data;
  const cls = classes(claim).find((c) => c.startsWith('claim-'));
  return cls ? cls.slice('claim-'.length) : 'unknown';
}

/** Wraps the text of the quote's paragraphs in quotation marks. */
function quoted(blocks: ElementContent[]): ElementContent[] {
  const paragraphs = blocks.filter((b): b is Element => isElement(b) && b.tagName === 'p');
  const first = paragraphs[0];
  const last = paragraphs.at(-1);
  if (first) first.children.unshift({ type: 'text', value: '“' });
  if (last) last.children.push({ type: 'text', value: '”' });
  return blocks;
}

/**
 * A claim as a blockquote. Tolerates both structures the site has used:
 * - `.claim-label`, `.claim-body` (the guide's sentence), `figure.claim-official` with
 *   `blockquote.claim-quote` (the official quote) and `figcaption.claim-source` (link · date);
 * - `.claim-line` (confirmed: the label is the link) with `.claim-note`, or `.claim-label`,
 *   `.claim-body` and `p.claim-source`.
 */
function claimToMarkdownHtml(claim: Element, labels: TwinLabels): Element {
  const status = claimStatus(claim);
  const lineLink = select('.claim-line a', claim);
  const label = textOf(select('.claim-label', claim)) || textOf(lineLink);
  const body = select('.claim-body', claim) ?? select('.claim-note', claim);
  const quote = select('.claim-quote', claim);
  const sourceBox = select('.claim-source', claim) ?? select('.claim-line', claim);
  const link = (sourceBox && select('a[href]', sourceBox)) ?? lineLink;
  const href = typeof link?.properties.href === 'string' ? link.properties.href : '';
  const linkText = lineLink && link === lineLink ? labels.claimSource : textOf(link) || labels.claimSource;
  const date = textOf(select('.claim-date', claim)) || (sourceBox ? textOf(sourceBox).replace(textOf(link), '') : '');
  const when = date.replace(/^[\s·(]+|[\s)]+$/g, '');

  const children: ElementContent[] = [
    h('p', [h('strong', labels.claimStatus(status)), `${labels.colon}${label}`]),
    ...asBlocks(body),
  ];
  if (quote) children.push(h('blockquote', quoted(asBlocks(quote))));
  if (href) children.push(h('p', ['— ', h('a', { href }, linkText), when ? ` · ${when}` : '']));
  return h('blockquote', children);
}

/** A callout as a blockquote whose first line is its label ("Caution: title"). */
function calloutToMarkdownHtml(callout: Element): Element {
  const title = textOf(select('.callout-title', callout));
  return h('blockquote', [h('p', [h('strong', title)]), ...asBlocks(select('.callout-body', callout))]);
}

/** A checklist as its title and a task list: "- [ ] **label** — detail". */
function checklistToMarkdownHtml(island: Element): ElementContent[] {
  const legend = textOf(select('legend', island));
  const items = selectAll('.checklist-item', island).map((item) => {
    const label = textOf(select('.checklist-label', item));
    const detail = select('.checklist-detail', item);
    return h('li', [
      h('input', { type: 'checkbox', checked: false, disabled: true }),
      ' ',
      h('strong', label),
      ...(detail ? [' — ', ...detail.children] : []),
    ]);
  });
  return [h('p', [h('strong', legend)]), h('ul', items)];
}

/** A table built from plain strings. */
function tableFrom(data: TwinTable): ElementContent[] {
  return [
    h('p', [h('strong', data.caption)]),
    h('table', [
      h('thead', [
        h(
          'tr',
          data.header.map((cell) => h('th', cell)),
        ),
      ]),
      h(
        'tbody',
        data.rows.map((row) =>
          h(
            'tr',
            [...row].map((cell) => h('td', cell)),
          ),
        ),
      ),
    ]),
  ];
}

/** The chooser: its questions and their options, its decision table, then the comparison table. */
function chooserToMarkdownHtml(chooser: Element, options: TwinOptions): ElementContent[] {
  const questions = selectAll('fieldset', chooser).map((fieldset) => {
    const hint = textOf(select('.chooser-hint', fieldset));
    const answers = selectAll('label', fieldset).map((l) => h('li', textOf(l)));
    return h('li', [textOf(select('legend', fieldset)), hint ? ` (${hint})` : '', h('ul', answers)]);
  });
  const out: ElementContent[] = [];
  if (questions.length > 0) out.push(h('p', options.labels.chooserQuestions), h('ol', questions));
  if (options.decisionTable) out.push(...tableFrom(options.decisionTable));
  const compare = select('.chooser-compare table', chooser);
  if (compare) out.push(compare);
  out.push(h('p', options.labels.chooserNote));
  return out;
}

/** Makes every link absolute against the page URL. */
function absolutize(node: Element, pageUrl: string): void {
  for (const a of selectAll('a[href]', node)) {
    const href = String(a.properties.href);
    try {
      a.properties = { href: new URL(href, pageUrl).href };
    } catch {
      a.properties = { href };
    }
  }
}

/** Moves each table's caption out, as a bold line before the table (Markdown tables have none). */
function captionsOut(node: Element): ElementContent[] | undefined {
  if (node.tagName !== 'table') return undefined;
  const caption = node.children.find((c): c is Element => isElement(c) && c.tagName === 'caption');
  if (!caption) return undefined;
  node.children = node.children.filter((c) => c !== caption);
  return [h('p', [h('strong', textOf(caption))]), node];
}

/** The page's <main> rewritten into plain semantic HTML (mutates the element). */
function simplifyMain(main: Element, options: TwinOptions): Element {
  rewrite(main, (node) => {
    if (node.tagName === 'h1') return [];
    if (hasClass(node, 'claim')) return [claimToMarkdownHtml(node, options.labels)];
    if (hasClass(node, 'callout')) return [calloutToMarkdownHtml(node)];
    if (node.properties.dataIsland === 'checklist') return checklistToMarkdownHtml(node);
    if (hasClass(node, 'chooser')) return chooserToMarkdownHtml(node, options);
    if (hasClass(node, 'checklist-overview-progress')) return [];
    return undefined;
  });
  rewrite(main, (node) => {
    if (/^h[2-6]$/.test(node.tagName) && typeof node.properties.id === 'string') {
      node.children.push({ type: 'text', value: ` {#${node.properties.id}}` });
      return [node];
    }
    return captionsOut(node);
  });
  return main;
}

/** Writes hast content as Markdown (GFM: tables, task lists). */
function toMarkdown(children: ElementContent[]): string {
  const processor = unified()
    .use(rehypeRemark)
    .use(remarkGfm, { tablePipeAlign: false })
    .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', listItemIndent: 'one', rule: '-' });
  const root: Root = { type: 'root', children };
  return processor.stringify(processor.runSync(root) as never);
}

/**
 * Turns a built guide page into its Markdown twin, or returns null for a page that declares no
 * twin (no `<link rel="alternate" type="text/markdown">`: search, 404).
 */
export function pageToMarkdown(html: string, options: TwinOptions): TwinPage | null {
  const tree = unified().use(rehypeParse).parse(html);
  const alternate = select('link[rel~=alternate][type="text/markdown"]', tree);
  if (!alternate || !select('main', tree)) return null;
  const canonicalLink = select('link[rel=canonical]', tree);
  const canonical = String(canonicalLink?.properties.href ?? '');
  if (canonical === '') throw new Error('A page with a Markdown twin must have a canonical URL');
  const readingOrder = selectAll('.sidebar-list a[href]', tree).map(
    (a) => new URL(String(a.properties.href), canonical).href,
  );
  rewrite(tree, (node) => (node.tagName !== 'head' && isChrome(node) ? [] : undefined));
  const main = select('main', tree);
  if (!main) return null;
  const markdownUrl = new URL(String(alternate.properties.href), canonical).href;
  const title = textOf(select('main h1', tree)) || textOf(select('title', tree));
  const description = String(select('meta[name=description]', tree)?.properties.content ?? '');
  const time = select('footer .last-reviewed time', tree);
  const lastChecked = typeof time?.properties.dateTime === 'string' ? time.properties.dateTime : null;
  const lang = String(select('html', tree)?.properties.lang ?? '');
  const footer = select('footer', tree);

  const head: ElementContent[] = [h('h1', title)];
  if (description) head.push(h('blockquote', [h('p', description)]));
  const facts: ElementContent[] = [];
  if (lastChecked) facts.push(h('li', `${options.labels.lastChecked}${options.labels.colon}${lastChecked}`));
  facts.push(h('li', [`${options.labels.canonical}${options.labels.colon}`, h('a', { href: canonical }, canonical)]));
  const note = footer
    ? selectAll('p', footer).find((p) => !hasClass(p, 'last-reviewed') && !hasClass(p, 'view-markdown'))
    : undefined;
  if (note) facts.push(h('li', spaced(note.children)));
  head.push(h('ul', facts));

  const body = simplifyMain(main, options);
  const sources = footer ? select('.sources', footer) : undefined;
  const tail: ElementContent[] = [];
  if (sources) {
    const heading = select('h2', sources);
    if (heading) {
      const id = typeof heading.properties.id === 'string' ? ` {#${heading.properties.id}}` : '';
      tail.push(h('h2', [textOf(heading) + id]));
    }
    const list = select('ul', sources);
    if (list) tail.push(list);
  }
  const all = h('div', [...head, ...body.children, ...tail]);
  absolutize(all, canonical);
  return {
    title,
    description,
    canonical,
    markdownUrl,
    lastChecked,
    lang,
    readingOrder,
    markdown: toMarkdown(all.children),
  };
}

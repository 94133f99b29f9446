/**
 * `llms.txt` and `llms-full.txt` in the shape llmstxt.org describes: an H1 with the name, a
 * blockquote with a one-paragraph summary, optional paragraphs, then H2 sections whose lists
 * hold `- [Title](url): description` lines. Written and read with remark (mdast), so titles and
 * descriptions are escaped correctly. Pure.
 */
import type { List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

export interface LlmsLink {
  title: string;
  url: string;
  description?: string | undefined;
}

export interface LlmsSection {
  title: string;
  links: LlmsLink[];
}

export interface LlmsDoc {
  name: string;
  summary: string;
  /** Paragraphs between the summary and the sections. */
  details: string[];
  sections: LlmsSection[];
}

const STRINGIFY = { bullet: '-', emphasis: '_', strong: '*', listItemIndent: 'one', rule: '-' } as const;

const stringify = (root: Root): string => unified().use(remarkStringify, STRINGIFY).stringify(root);

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** One `- [Title](url): description` item. */
function item(link: LlmsLink): ListItem {
  const children: PhrasingContent[] = [{ type: 'link', url: link.url, children: [text(link.title)] }];
  if (link.description) children.push(text(`: ${link.description}`));
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] };
}

/** The head of both files: H1 name, blockquote summary, detail paragraphs. */
function head(doc: Pick<LlmsDoc, 'name' | 'summary' | 'details'>): RootContent[] {
  return [
    { type: 'heading', depth: 1, children: [text(doc.name)] },
    { type: 'blockquote', children: [{ type: 'paragraph', children: [text(doc.summary)] }] },
    ...doc.details.map((d): RootContent => ({ type: 'paragraph', children: [text(d)] })),
  ];
}

/** The text of an llms.txt file. */
export function llmsTxt(doc: LlmsDoc): string {
  const children: RootContent[] = head(doc);
  for (const section of doc.sections) {
    children.push({ type: 'heading', depth: 2, children: [text(section.title)] });
    children.push({ type: 'list', ordered: false, spread: false, children: section.links.map(item) });
  }
  return stringify({ type: 'root', children });
}

/**
 * The text of an llms-full.txt file: the same head, then every page's Markdown in order, each
 * after a thematic break.
 */
export function llmsFullTxt(doc: Pick<LlmsDoc, 'name' | 'summary' | 'details'>, pages: readonly string[]): string {
  const top = stringify({ type: 'root', children: head(doc) }).trimEnd();
  return `${[top, ...pages.map((p) => p.trim())].join('\n\n---\n\n')}\n`;
}

/** What a valid llms.txt holds, read back; `problems` lists every way it breaks the format. */
export interface ParsedLlms extends LlmsDoc {
  problems: string[];
}

const plain = (nodes: readonly { type: string }[]): string =>
  nodes
    .map((n) => {
      const node = n as { type: string; value?: string; children?: { type: string }[] };
      if (typeof node.value === 'string') return node.value;
      return node.children ? plain(node.children) : '';
    })
    .join('');

/** Reads an llms.txt file and checks it against the llmstxt.org shape. */
export function parseLlmsTxt(source: string): ParsedLlms {
  const tree = unified().use(remarkParse).parse(source);
  const problems: string[] = [];
  const nodes = tree.children;
  const result: ParsedLlms = { name: '', summary: '', details: [], sections: [], problems };
  const [first, second, ...rest] = nodes;
  if (first?.type !== 'heading' || first.depth !== 1) problems.push('it must start with an H1 (the name)');
  else result.name = plain(first.children);
  if (second?.type !== 'blockquote') problems.push('the H1 must be followed by a blockquote (the summary)');
  else {
    result.summary = plain(second.children);
    if (second.children.length !== 1 || second.children[0]?.type !== 'paragraph')
      problems.push('the summary must be one paragraph');
  }
  let section: LlmsSection | null = null;
  for (const node of rest) {
    if (node.type === 'heading') {
      if (node.depth !== 2) problems.push(`only H2 headings may follow the summary, found H${node.depth}`);
      section = { title: plain(node.children), links: [] };
      result.sections.push(section);
    } else if (section === null) {
      result.details.push(plain([node]));
    } else if (node.type === 'list') {
      for (const li of (node as List).children) {
        const para = li.children[0];
        const link = para?.type === 'paragraph' ? para.children[0] : undefined;
        if (li.children.length !== 1 || link?.type !== 'link') {
          problems.push(`"${plain(li.children)}" in "${section.title}" is not a [title](url) line`);
          continue;
        }
        const after = plain(para?.type === 'paragraph' ? para.children.slice(1) : []);
        if (after !== '' && !after.startsWith(': '))
          problems.push(`"${plain(link.children)}": a description must follow ": "`);
        const entry: LlmsLink = { title: plain(link.children), url: link.url };
        if (after.length > 2) entry.description = after.slice(2);
        section.links.push(entry);
      }
    } else {
      problems.push(`"${section.title}" must hold only a list of links, found a ${node.type}`);
    }
  }
  if (result.sections.length === 0) problems.push('it must have at least one H2 section of links');
  return result;
}

/**
 * Finds the checklists written in an MDX page: `<Checklist id="…" title="…" items={[…]} />`.
 * The overview reads them at build time, so a checklist's items are written once, in the
 * content, and the overview cannot drift from them. Pure: source text in, data out.
 *
 * The `items` attribute must be a literal array (JSON5: unquoted keys, single or double
 * quotes, trailing commas and comments are fine; variables and function calls are not).
 * Anything unreadable throws an Error naming the line, so the build stops with a clear message.
 */
import JSON5 from 'json5';
import { isValidId } from './checklist-storage.ts';

/** What the overview needs to know about one checklist. */
export interface ChecklistSummary {
  /** The list id (the storage key part shared by every locale). */
  id: string;
  /** The `title` attribute, when written. */
  title?: string;
  /** Item ids in page order. */
  itemIds: string[];
  /** Id of the closest `##`-`######` heading above the checklist (`{#id}`), if any. */
  anchor?: string;
}

type Attribute = { kind: 'string' | 'expression'; value: string } | { kind: 'boolean' };

const TAG = /<Checklist(?=[\s/>])/g;
const NAME = /[A-Za-z_$][\w$:-]*/y;
const HEADING = /^#{2,6}[ \t].*?\{#([a-z0-9][a-z0-9-]*)\}[ \t]*$/gm;
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/** Replaces fenced code blocks with spaces (same length, same line breaks) so examples in code are not read. */
function maskCodeFences(source: string): string {
  return source.replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[ \t]*$/gm, (block) =>
    block.replace(/[^\n]/g, ' '),
  );
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Index just past the `}` that closes the `{` at `start`, skipping strings and comments. */
function skipBraces(source: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      i++;
      while (i < source.length && source[i] !== ch) i += source[i] === '\\' ? 2 : 1;
    } else if (ch === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (ch === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 1;
    } else if (ch === '{') {
      depth++;
    } else if (ch === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return -1;
}

/** Reads the attributes of a tag whose name ends at `start`, up to `/>` or `>`. */
function readAttributes(source: string, start: number): Map<string, Attribute> {
  const attrs = new Map<string, Attribute>();
  const fail = (what: string): never => {
    throw new Error(`<Checklist> on line ${lineOf(source, start)}: ${what}`);
  };
  let i = start;
  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i] ?? '')) i++;
  };
  for (;;) {
    skipSpace();
    if (i >= source.length) return fail('the tag is not closed');
    if (source.startsWith('/>', i) || source[i] === '>') return attrs;
    NAME.lastIndex = i;
    const name = NAME.exec(source)?.[0];
    if (!name) return fail(`unexpected "${source[i]}" in the attributes`);
    i += name.length;
    skipSpace();
    if (source[i] !== '=') {
      attrs.set(name, { kind: 'boolean' });
      continue;
    }
    i++;
    skipSpace();
    const quote = source[i];
    if (quote === '"' || quote === "'") {
      const end = source.indexOf(quote, i + 1);
      if (end === -1) return fail(`the value of ${name} is not closed`);
      attrs.set(name, { kind: 'string', value: decodeEntities(source.slice(i + 1, end)) });
      i = end + 1;
    } else if (quote === '{') {
      const end = skipBraces(source, i);
      if (end === -1) return fail(`the value of ${name} is not closed`);
      attrs.set(name, { kind: 'expression', value: source.slice(i + 1, end - 1) });
      i = end;
    } else {
      return fail(`the value of ${name} must be "text" or {expression}`);
    }
  }
}

function readItemIds(expression: string, where: string): string[] {
  let items: unknown;
  try {
    items = JSON5.parse(expression);
  } catch (error) {
    throw new Error(`${where}: items must be a literal array (${(error as Error).message})`);
  }
  if (!Array.isArray(items) || items.length === 0) throw new Error(`${where}: items must be a non-empty array`);
  const ids = items.map((item: unknown, n) => {
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (!isValidId(id))
      throw new Error(`${where}: item ${n + 1} needs an id of lower-case letters, digits and hyphens`);
    return id;
  });
  const duplicate = ids.find((id, n) => ids.indexOf(id) !== n);
  if (duplicate) throw new Error(`${where}: item id "${duplicate}" is used twice`);
  return ids;
}

/** Every `<Checklist>` of an MDX source, in page order. Throws on a checklist it cannot read. */
export function findChecklists(source: string): ChecklistSummary[] {
  const text = maskCodeFences(source);
  const found: ChecklistSummary[] = [];
  for (const match of text.matchAll(TAG)) {
    const where = `<Checklist> on line ${lineOf(text, match.index)}`;
    const attrs = readAttributes(text, match.index + match[0].length);
    const id = attrs.get('id');
    if (id?.kind !== 'string' || !isValidId(id.value)) {
      throw new Error(`${where}: id must be written as id="lower-case-id"`);
    }
    const items = attrs.get('items');
    if (items?.kind !== 'expression') throw new Error(`${where}: items={[...]} is missing`);
    const summary: ChecklistSummary = { id: id.value, itemIds: readItemIds(items.value, where) };
    const title = attrs.get('title');
    if (title?.kind === 'string' && title.value.trim() !== '') summary.title = title.value.trim();
    const anchor = [...text.slice(0, match.index).matchAll(HEADING)].at(-1)?.[1];
    if (anchor) summary.anchor = anchor;
    found.push(summary);
  }
  return found;
}

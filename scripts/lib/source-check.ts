/**
 * The source checker's logic: read an official page's text with an HTML parser, find a claim's
 * quote in it, and tell what became of the page. Pure apart from the injected `fetchPage`.
 */
import { distance } from 'fastest-levenshtein';
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';

export type Outcome = 'found' | 'changed' | 'moved' | 'gone' | 'unreachable';

/** What a fetch of one page gave: the final response, the redirects on the way, or an error. */
export interface PageResult {
  url: string;
  /** The URL the redirects ended at (the same as url when there were none). */
  finalUrl: string;
  redirects: string[];
  status: number | null;
  html: string | null;
  error?: string;
}

export interface ClaimRef {
  locale: string;
  slug: string;
  id: string;
  source: string;
  quote: string;
  checked: Date;
}

export interface ClaimReport {
  page: string;
  id: string;
  source: string;
  quote: string;
  checked: string;
  outcome: Outcome;
  /** For "moved": where the page went. For "gone"/"unreachable": the status or error. */
  detail: string;
  /** For "changed" (and a moved page whose quote changed): the page's closest passage. */
  closest?: string;
  /** How alike the closest passage is, 0 to 1. */
  similarity?: number;
}

/** Elements whose text is not the page's readable text. */
const NOT_TEXT = 'script, style, noscript, template, svg, iframe, head';

/**
 * The readable passages of an HTML page, one per block (paragraph, list item, cell, heading),
 * inline markup merged into its block. The main content is preferred when the page marks it.
 */
export function pagePassages(html: string): string[] {
  const root = parse(html, {
    comment: false,
    blockTextElements: { script: false, style: false, noscript: false, pre: true },
  });
  for (const el of root.querySelectorAll(NOT_TEXT)) el.remove();
  const main =
    root.querySelector('main, [role="main"], article, #content, .help-content') ?? root.querySelector('body') ?? root;
  const passages: string[] = [];
  let current = '';
  const flush = () => {
    const text = normalizeText(current);
    if (text !== '') passages.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      current += node.text;
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const tag = (node as HTMLElement).tagName?.toLowerCase() ?? '';
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (tag === 'br') current += ' ';
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  walk(main);
  flush();
  return passages;
}

/** Elements that start a passage of their own. */
const BLOCKS = new Set(
  'address article aside blockquote dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul caption'.split(
    ' ',
  ),
);

/** The title of an HTML page, normalised ('' without one). */
export function pageTitle(html: string): string {
  return normalizeText(parse(html).querySelector('title')?.text ?? '');
}

/**
 * Text normalised for comparison: Unicode compatibility forms (full-width letters and
 * punctuation become their usual forms), one kind of quote and dash, no space around Han
 * characters, whitespace collapsed, case folded.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u300C\u300D\u300E\u300F]/g, '"')
    .replace(/[\u2010-\u2015\u2212\u30FC\uFE58\uFE63]/g, '-')
    .replace(/\u3002/g, '.')
    .replace(/\u3001/g, ',')
    .replace(/[\s\u00A0\u200B\u3000]+/g, ' ')
    .replace(/ ?(\p{Script=Han}) ?/gu, '$1')
    .trim()
    .toLowerCase();
}

/** Whether a page looks like a "page not found" page served with status 200. */
export function looksLikeNotFound(html: string): boolean {
  const title = pageTitle(html);
  const h1 = normalizeText(parse(html).querySelector('h1')?.text ?? '');
  return /\b404\b|not found|does not exist|页面不存在|找不到|无法找到/.test(`${title} ${h1}`);
}

/** The passage of the page closest to the quote (a block, or two neighbouring blocks), with its similarity. */
export function closestPassage(passages: readonly string[], quote: string): { passage: string; similarity: number } {
  const q = normalizeText(quote);
  let best = { passage: '', similarity: 0 };
  const candidates: string[] = [];
  for (let i = 0; i < passages.length; i += 1) {
    const one = passages[i] ?? '';
    candidates.push(one);
    if (i + 1 < passages.length) candidates.push(`${one} ${passages[i + 1]}`);
  }
  for (const candidate of candidates) {
    // Compare with the stretch of the passage as long as the quote, around its best match.
    const windows = candidate.length <= q.length * 1.5 ? [candidate] : slide(candidate, q.length);
    for (const w of windows) {
      const similarity = 1 - distance(q, w) / Math.max(q.length, w.length, 1);
      if (similarity > best.similarity) best = { passage: w, similarity };
    }
  }
  return { passage: best.passage, similarity: Math.round(best.similarity * 100) / 100 };
}

/** Windows of a long passage, the quote's length, half overlapping. */
function slide(text: string, size: number): string[] {
  const step = Math.max(1, Math.floor(size / 2));
  const out: string[] = [];
  for (let start = 0; start < text.length; start += step) {
    out.push(text.slice(start, start + size));
    if (start + size >= text.length) break;
  }
  return out;
}

/** The same page, allowing for a trailing slash, http->https or a dropped fragment. */
function samePage(a: string, b: string): boolean {
  const key = (u: string) => {
    const url = new URL(u);
    return `${url.hostname}${url.pathname.replace(/\/$/, '')}${url.search}`;
  };
  return key(a) === key(b);
}

/** What became of one claim, given the fetch of its page. */
export function judgeClaim(claim: ClaimRef, result: PageResult): ClaimReport {
  const base = {
    page: `${claim.locale}/${claim.slug || 'index'}`,
    id: claim.id,
    source: claim.source,
    quote: claim.quote,
    checked: claim.checked.toISOString().slice(0, 10),
  };
  if (result.status === null || result.html === null) {
    return { ...base, outcome: 'unreachable', detail: result.error ?? 'no response' };
  }
  if (result.status === 404 || result.status === 410)
    return { ...base, outcome: 'gone', detail: `HTTP ${result.status}` };
  if (result.status >= 400) return { ...base, outcome: 'unreachable', detail: `HTTP ${result.status}` };
  if (looksLikeNotFound(result.html)) {
    return { ...base, outcome: 'gone', detail: `HTTP ${result.status}, but the page says it was not found` };
  }
  const passages = pagePassages(result.html);
  const found = passages.join(' ').includes(normalizeText(claim.quote));
  const moved = !samePage(result.url, result.finalUrl);
  if (moved) {
    const report: ClaimReport = {
      ...base,
      outcome: 'moved',
      detail: `redirected to ${result.finalUrl} (${found ? 'the quote is there' : 'the quote is not there'})`,
    };
    if (found) return report;
    const near = closestPassage(passages, claim.quote);
    return { ...report, closest: near.passage, similarity: near.similarity };
  }
  if (found) return { ...base, outcome: 'found', detail: '' };
  const near = closestPassage(passages, claim.quote);
  return {
    ...base,
    outcome: 'changed',
    detail: 'the quote is not on the page',
    closest: near.passage,
    similarity: near.similarity,
  };
}

/** Runs tasks with at most `limit` at a time, keeping their order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** Escapes a table cell for Markdown. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The report as a Markdown document. */
export function markdownReport(reports: readonly ClaimReport[], when: string): string {
  const counts = summary(reports);
  const lines = [
    '# Official sources check',
    '',
    `Run ${when}. ${reports.length} claims: ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}.`,
    '',
    '| page | claim | outcome | source | detail |',
    '| --- | --- | --- | --- | --- |',
    ...reports.map(
      (r) =>
        `| ${cell(r.page)} | ${cell(r.id)} | ${r.outcome} | ${cell(r.source)} | ${cell(
          [r.detail, r.closest ? `closest passage (${r.similarity}): “${r.closest}”` : ''].filter(Boolean).join('; '),
        )} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

/** How many claims had each outcome. */
export function summary(reports: readonly ClaimReport[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { found: 0, changed: 0, moved: 0, gone: 0, unreachable: 0 };
  for (const r of reports) counts[r.outcome] += 1;
  return counts;
}

/**
 * Claims: what Huawei Cloud's help center says about one statement of the tutorial, with the
 * official words. Pure rules shared by the schema, the build, the source checker and tests.
 */
import { isId } from './section-id.ts';

/** The hosts a claim may cite: Huawei Cloud's own help center and website. */
export const OFFICIAL_HOSTS = ['support.huaweicloud.com', 'www.huaweicloud.com'] as const;

export const CLAIM_STATUSES = ['confirmed', 'differs', 'undocumented'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** The language of an official quote: the help center's English or Chinese edition. */
export const QUOTE_LANGS = ['en', 'zh-cn'] as const;
export type QuoteLang = (typeof QUOTE_LANGS)[number];

/** A quote longer than this is no longer "short": quote the sentence that says the thing. */
const MAX_QUOTE_WORDS = 40;
/** Chinese has no spaces: about 2 characters a word. */
const MAX_QUOTE_CJK_CHARS = 90;

/** One claim as it is written in a page's frontmatter (`claims: { id: {...} }`). */
export interface ClaimData {
  status: ClaimStatus;
  /** The official page that says it. */
  source: string;
  /** That page's title, as the help center writes it. */
  sourceTitle: string;
  /** Verbatim words from that page (what Ctrl+F finds there). */
  quote: string;
  /** The language of the quote, when it is not the page's own (a Chinese page quoting English). */
  quoteLang?: QuoteLang | undefined;
  /** The day the quote was read on the official page. */
  checked: Date;
}

/** The quote's word count: words for Latin text, about two Han characters a word. */
export function quoteLength(quote: string): { words: number; cjk: number } {
  const cjk = (quote.match(/\p{Script=Han}/gu) ?? []).length;
  const words = quote
    .replace(/\p{Script=Han}/gu, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return { words, cjk };
}

/** What is wrong with a source URL, or null: https, an official host, a real page. */
export function sourceProblem(source: string): string | null {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return `"${source}" is not a URL`;
  }
  if (url.protocol !== 'https:') return `"${source}" must use https`;
  if (!(OFFICIAL_HOSTS as readonly string[]).includes(url.hostname)) {
    return `"${source}" is not on an official host (${OFFICIAL_HOSTS.join(', ')})`;
  }
  if (url.username || url.password || url.port) return `"${source}" must not carry credentials or a port`;
  if (url.pathname === '/' || url.pathname === '')
    return `"${source}" is a home page, not the page that says the claim`;
  return null;
}

/** Every problem of one claim, each naming the claim; empty when it is complete. */
export function claimProblems(id: string, claim: Partial<ClaimData>, pageLocale: QuoteLang = 'en'): string[] {
  const problems: string[] = [];
  const where = `claim "${id}"`;
  if (!isId(id)) problems.push(`${where}: the id must be lower-case ASCII letters, digits, hyphens`);
  if (!claim.status || !(CLAIM_STATUSES as readonly string[]).includes(claim.status)) {
    problems.push(`${where}: status "${claim.status}" is not one of ${CLAIM_STATUSES.join(', ')}`);
  }
  if (!claim.source) problems.push(`${where}: no source`);
  else {
    const p = sourceProblem(claim.source);
    if (p) problems.push(`${where}: ${p}`);
  }
  if (!claim.sourceTitle?.trim()) problems.push(`${where}: no sourceTitle (the official page's title)`);
  const quote = claim.quote?.trim() ?? '';
  if (quote === '') problems.push(`${where}: no quote (verbatim words of the official page)`);
  else {
    const { words, cjk } = quoteLength(quote);
    if (words + cjk / 2 > MAX_QUOTE_WORDS || cjk > MAX_QUOTE_CJK_CHARS) {
      problems.push(`${where}: the quote is too long (${words} words, ${cjk} Han characters): quote one sentence`);
    }
  }
  if (claim.source && sourceProblem(claim.source) === null) {
    const lang = claim.quoteLang ?? pageLocale;
    const linked = sourceLocale(claim.source);
    if (linked === 'zh-cn' && lang !== 'zh-cn') {
      problems.push(`${where}: it links the zh-cn page, so its quote is Chinese: set quoteLang: zh-cn`);
    }
    if (linked !== null && linked !== 'zh-cn' && lang === 'zh-cn') {
      problems.push(`${where}: it links the ${linked} page, so its quote is English: set quoteLang: en`);
    }
  }
  if (!(claim.checked instanceof Date) || Number.isNaN(claim.checked.getTime())) {
    problems.push(`${where}: no valid "checked" date (YYYY-MM-DD)`);
  }
  return problems;
}

/** Locale segments of help-center paths: /intl/en-us/, /eu/, /eu/es-es/, /intl/zh-cn/ ... */
const REGION = /^(intl|eu|[a-z]{2}-[a-z]{2,4})$/;
/** Locale prefixes inside file names: en-us_topic_0031465732.html, zh-cn_topic_... */
const FILE_LOCALE = /^[a-z]{2}-[a-z]{2,4}_/;

/**
 * The page a URL names, with its locale taken out: the English and Chinese editions of one
 * help-center page give the same key.
 */
export function officialPageKey(source: string): string {
  const url = new URL(source);
  const parts = url.pathname.split('/').filter((p) => p !== '');
  while (parts.length > 1 && REGION.test(parts[0] ?? '')) parts.shift();
  const last = parts.length - 1;
  if (last >= 0) parts[last] = (parts[last] ?? '').replace(FILE_LOCALE, '');
  return `${url.hostname}/${parts.join('/')}`;
}

/** The help center's locale path of a URL ("en-us", "zh-cn"), or null when it has none. */
export function sourceLocale(source: string): string | null {
  const parts = new URL(source).pathname.split('/');
  return parts.find((p) => /^[a-z]{2}-[a-z]{2,4}$/.test(p)) ?? null;
}

/**
 * Problems between the English and the Chinese claims of one page: the same ids, and each
 * Chinese claim citing the same official page (other than by locale path) with the same status.
 */
export function crossLocaleProblems(
  page: string,
  en: Record<string, ClaimData>,
  zh: Record<string, ClaimData>,
): string[] {
  const problems: string[] = [];
  for (const id of Object.keys(en)) if (!(id in zh)) problems.push(`${page}: claim "${id}" has no Chinese version`);
  for (const [id, z] of Object.entries(zh)) {
    const e = en[id];
    if (!e) {
      problems.push(`${page}: Chinese claim "${id}" has no English version`);
      continue;
    }
    if (officialPageKey(e.source) !== officialPageKey(z.source)) {
      problems.push(`${page}: claim "${id}" cites ${z.source} in Chinese but ${e.source} in English`);
    }
    if (e.status !== z.status)
      problems.push(`${page}: claim "${id}" is "${e.status}" in English, "${z.status}" in Chinese`);
  }
  return problems;
}

/** Percent-encodes a text-fragment term (its `-`, `,` and `&` are syntax). */
function fragmentTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/**
 * The official page's URL with a text fragment (`#:~:text=`) that makes browsers that support
 * it scroll to and highlight the quote; others open the page as usual. A quote of more than ten
 * words (or twenty Han characters) is named by its first and last five words (eight characters):
 * the link stays short, which matters most for Chinese, percent-encoded at nine bytes a character.
 */
export function quoteLink(source: string, quote: string): string {
  const url = new URL(source);
  const text = quote.replace(/\s+/g, ' ').trim();
  if (text === '') return url.href;
  url.hash = '';
  const cjk = /\p{Script=Han}/u.test(text);
  const chars = [...text];
  const words = text.split(' ');
  let directive: string;
  if (cjk && chars.length > 20)
    directive = `${fragmentTerm(chars.slice(0, 8).join(''))},${fragmentTerm(chars.slice(-8).join(''))}`;
  else if (!cjk && words.length > 10)
    directive = `${fragmentTerm(words.slice(0, 5).join(' '))},${fragmentTerm(words.slice(-5).join(' '))}`;
  else directive = fragmentTerm(text);
  return `${url.href}#:~:text=${directive}`;
}

/** Every claim problem of the guide's content: each claim on its own, then each page's languages side by side. */
export function contentClaimProblems(
  pages: readonly { locale: string; slug: string; claims: Record<string, ClaimData> }[],
): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    const lang: QuoteLang = page.locale === 'zh-cn' ? 'zh-cn' : 'en';
    for (const [id, claim] of Object.entries(page.claims)) {
      problems.push(...claimProblems(id, claim, lang).map((p) => `${page.locale}/${page.slug || 'index'}: ${p}`));
    }
  }
  for (const en of pages.filter((p) => p.locale === 'en')) {
    const zh = pages.find((p) => p.locale === 'zh-cn' && p.slug === en.slug);
    if (zh) problems.push(...crossLocaleProblems(en.slug || 'index', en.claims, zh.claims));
  }
  return problems;
}

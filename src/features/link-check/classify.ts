/**
 * "Is this link really Huawei Cloud International?": reads an address the way a browser would
 * and says where it leads. Pure: no DOM, no network, nothing stored; the text is only read.
 *
 * - Parsing is the platform's WHATWG `URL` (what a browser uses for links and the address bar),
 *   after the same clean-up a browser does: surrounding white space dropped, tabs and line
 *   breaks inside removed.
 * - The site an address "really leads to" is its registered domain from the Public Suffix List,
 *   through `lookup` (src/features/link-check/psl.ts wraps the `tldts` package), so
 *   www.huaweicloud.com.evil.example leads to evil.example and evil.github.io stays itself.
 * - Huawei Cloud's addresses come from the official list (allow-list.ts): exact host, then path.
 */
import { ALLOW_LIST, type AllowEntry, OWNER_DOMAINS } from './allow-list.ts';
import {
  BRAND,
  BRAND_SHORT,
  decodeHost,
  foreignScripts,
  isInternationalized,
  type Resemblance,
  resemblance,
  skeleton,
} from './resemblance.ts';

/** What the Public Suffix List says about a host name (see psl.ts). */
export interface DomainInfo {
  /** The registered domain ("evil.example"), or null (an IP address, a bare suffix, a local name). */
  domain: string | null;
  /** The registered domain without its public suffix ("evil"), or null. */
  label: string | null;
  isIp: boolean;
}
export type DomainLookup = (host: string) => DomainInfo;

/** Longer input is not checked (addresses people are sent are far shorter). */
export const MAX_INPUT = 4096;

/** Why something is not a web address. */
export type NotWebReason =
  | 'too-long'
  | 'spaces'
  | 'several'
  | 'email'
  | 'javascript'
  | 'data'
  | 'scheme'
  | 'no-name'
  | 'unreadable';

/** Remarks about how the address is written (they do not change where it leads). */
export type Note =
  | { type: 'http' }
  | { type: 'no-scheme' }
  | { type: 'line-breaks' }
  | { type: 'trailing-dot' }
  | { type: 'port'; port: string }
  | { type: 'userinfo'; user: string }
  | { type: 'params'; names: string[] }
  | { type: 'rewritten'; host: string };

/** Why an address that is not Huawei Cloud's may look like it. */
export type Lure =
  /** The text before "@" is a user name, not the site. */
  | { type: 'userinfo'; user: string }
  /** Huawei's name is at the start of the host; the site is read from the end. */
  | { type: 'prefix'; prefix: string }
  /** The domain's own name uses letters from other alphabets that imitate Latin ones. */
  | { type: 'alphabet'; decoded: string; scripts: string[] }
  /** The domain's own name contains "huawei" (huaweicloud-intl.com, huaweiclouds.com). */
  | { type: 'brand'; label: string }
  /** The domain's own name is a letter or two away from "huaweicloud" (huawe1cloud.com). */
  | { type: 'near'; label: string; distance: number }
  /** "huaweicloud" appears only after the site name (path, query or fragment). */
  | { type: 'path' };

export type Verdict =
  | { kind: 'empty' }
  /** The address needs the Public Suffix List, which `lookup` cannot give yet (still loading, or failed). */
  | { kind: 'pending'; host: string }
  | { kind: 'not-web'; reason: NotWebReason; scheme?: string; length: number }
  /** On the official list. */
  | { kind: 'listed'; entry: AllowEntry; host: string; language: string | null; notes: Note[] }
  /** On a Huawei domain (owner list) but not an address on the official list. */
  | { kind: 'owner'; host: string; domain: string; notes: Note[] }
  /** Anywhere else. `site` is the registered domain, or the host itself when there is none. */
  | {
      kind: 'elsewhere';
      host: string;
      site: string;
      siteKind: 'domain' | 'ip' | 'name';
      decoded: string | null;
      lures: Lure[];
      notes: Note[];
    };

/** White space that people paste around addresses (Unicode spaces, zero-width characters, BOM). */
const SPACE_CHAR = /[\s\u200b-\u200d\u2060\ufeff]/;

/** The text without white space at both ends; linear in the length (no regular expression backtracking). */
function trimEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && SPACE_CHAR.test(text[start] as string)) start++;
  while (end > start && SPACE_CHAR.test(text[end - 1] as string)) end--;
  return text.slice(start, end);
}
const LINE_BREAKS = /[\t\n\r]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const PARAM_NAMES_SHOWN = 8;
/** Quotes and brackets that addresses are pasted in, as [opening, closing]. */
const WRAPPERS = [
  ['<', '>'],
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['(', ')'],
] as const;

/** The text without one pair of surrounding quotes or brackets (`<https://…>`, “https://…”). */
function unwrap(text: string): string {
  const pair = WRAPPERS.find((w) => text.length > 2 && text.startsWith(w[0]) && text.endsWith(w[1]));
  return pair ? trimEdges(text.slice(1, -1)) : text;
}
const SHOWN_TEXT = 60;

/** A bit of the reader's text to show back (as text only), cut to a readable length. */
export function shown(text: string, max = SHOWN_TEXT): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The host as the reader typed it: after any scheme and "//", before the path; without user name and port. */
function typedHost(rest: string): string {
  const authority = rest.replace(/^[/\\]*/, '').split(/[/\\?#]/)[0] ?? '';
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  return (host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '')).toLowerCase();
}

/** The entry of the official list for a host and path, if any. */
function listedEntry(host: string, path: string): AllowEntry | undefined {
  const lower = path.toLowerCase();
  return ALLOW_LIST.find(
    (e) =>
      e.host === host && (!e.paths || e.paths.some((p) => lower === p || (p.endsWith('/') && lower.startsWith(p)))),
  );
}

/** The language area of an International address: "en-us" in /intl/en-us/…, or null. */
function languageOf(entry: AllowEntry, path: string): string | null {
  const prefix = entry.paths?.find((p) => p.endsWith('/'));
  if (!prefix) return null;
  const segment = path.slice(prefix.length).split('/')[0] ?? '';
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(segment) ? segment.toLowerCase() : null;
}

/** The reasons an address elsewhere looks like Huawei Cloud's. */
function luresOf(url: URL, host: string, info: DomainInfo, notes: Note[]): Lure[] {
  const lures: Lure[] = [];
  const user = notes.find((n) => n.type === 'userinfo');
  if (user && skeleton(user.user).includes(BRAND_SHORT)) lures.push({ type: 'userinfo', user: user.user });
  if (info.domain && host.endsWith(`.${info.domain}`)) {
    const prefix = host.slice(0, -info.domain.length - 1);
    if (skeleton(decodeHost(prefix)).includes(BRAND_SHORT)) lures.push({ type: 'prefix', prefix: decodeHost(prefix) });
  }
  const label = info.label ?? '';
  const look: Resemblance | null = resemblance(label);
  if (look) {
    if (isInternationalized(label))
      lures.push({ type: 'alphabet', decoded: decodeHost(host), scripts: foreignScripts(decodeHost(label)) });
    else if (look.type === 'brand') lures.push({ type: 'brand', label });
    else lures.push({ type: 'near', label, distance: look.distance });
  }
  const after = safeDecode(`${url.pathname}${url.search}${url.hash}`).toLowerCase();
  if (after.includes(BRAND)) lures.push({ type: 'path' });
  return lures;
}

/**
 * What an address is. `lookup` reads the Public Suffix List (psl.ts; tests may pass any
 * implementation with the same answers), or is null while the list is loading: addresses on
 * the official list are still recognized, others are `pending`.
 */
export function classifyAddress(input: string, lookup: DomainLookup | null): Verdict {
  const edged = trimEdges(input);
  if (edged === '') return { kind: 'empty' };
  if (edged.length > MAX_INPUT) return { kind: 'not-web', reason: 'too-long', length: [...edged].length };
  const trimmed = unwrap(edged);
  const length = [...trimmed].length;
  if (/[\t\n\r]+\s*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i.test(trimmed))
    return { kind: 'not-web', reason: 'several', length };
  const notes: Note[] = [];
  const text = trimmed.replace(LINE_BREAKS, '');
  if (text !== trimmed) notes.push({ type: 'line-breaks' });
  if (/\s/.test(text)) return { kind: 'not-web', reason: 'spaces', length };

  const scheme = SCHEME.exec(text)?.[1];
  // "www.huaweicloud.com:443/intl" is a host and a port, not a scheme named "www.huaweicloud.com".
  const isScheme =
    scheme !== undefined && !scheme.includes('.') && !/^\d+(?:[/\\?#]|$)/.test(text.slice(scheme.length + 1));
  let rest: string;
  let href: string;
  if (isScheme) {
    const name = scheme.toLowerCase();
    if (name === 'javascript') return { kind: 'not-web', reason: 'javascript', scheme: name, length };
    if (name === 'data') return { kind: 'not-web', reason: 'data', scheme: name, length };
    if (name !== 'http' && name !== 'https')
      return { kind: 'not-web', reason: 'scheme', scheme: shown(name, 20), length };
    rest = text.slice(scheme.length + 1);
    href = text;
  } else if (/^[/\\]{2}/.test(text)) {
    notes.push({ type: 'no-scheme' });
    rest = text;
    href = `https:${text}`;
  } else {
    // name@example.com is an email address; www.huaweicloud.com@evil.example is a lure, read as a web address.
    const email = /^([^/\\?#@:]+)@[^/\\?#@:]+\.[^/\\?#@:]+$/.exec(text);
    if (email && !skeleton(email[1] ?? '').includes(BRAND_SHORT)) return { kind: 'not-web', reason: 'email', length };
    const authority = typedHost(text);
    if (!authority.includes('.') && !authority.startsWith('[')) return { kind: 'not-web', reason: 'no-name', length };
    notes.push({ type: 'no-scheme' });
    rest = text;
    href = `https://${text}`;
  }

  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: 'not-web', reason: 'unreadable', length };
  }
  if (url.protocol === 'http:') notes.unshift({ type: 'http' });
  if (url.username !== '' || url.password !== '')
    notes.push({ type: 'userinfo', user: shown(safeDecode(url.username)) });

  let host = url.hostname;
  if (host === '') return { kind: 'not-web', reason: 'unreadable', length };
  if (host.endsWith('.') && !host.startsWith('[')) {
    host = host.slice(0, -1);
    notes.push({ type: 'trailing-dot' });
  }
  if (host === '' || host.split('.').some((part) => part === ''))
    return { kind: 'not-web', reason: 'unreadable', length };
  const typed = typedHost(rest).replace(/\.$/, '');
  if (typed !== host && typed !== '') notes.push({ type: 'rewritten', host });
  if (url.port !== '') notes.push({ type: 'port', port: url.port });
  const names = [...new Set([...url.searchParams.keys()])].filter((n) => n !== '');
  if (names.length > 0)
    notes.push({ type: 'params', names: names.slice(0, PARAM_NAMES_SHOWN).map((n) => shown(n, 40)) });

  const entry = listedEntry(host, url.pathname);
  if (entry) return { kind: 'listed', entry, host, language: languageOf(entry, url.pathname), notes };

  if (lookup === null && !host.startsWith('[')) return { kind: 'pending', host };
  const info: DomainInfo =
    host.startsWith('[') || lookup === null ? { domain: null, label: null, isIp: true } : lookup(host);
  if (info.isIp)
    return {
      kind: 'elsewhere',
      host,
      site: host,
      siteKind: 'ip',
      decoded: null,
      lures: luresOf(url, host, info, notes),
      notes,
    };
  const decoded = isInternationalized(host) ? decodeHost(host) : null;
  if (info.domain === null)
    return {
      kind: 'elsewhere',
      host,
      site: host,
      siteKind: 'name',
      decoded,
      lures: luresOf(url, host, info, notes),
      notes,
    };
  if (OWNER_DOMAINS.some((d) => d.domain === info.domain)) return { kind: 'owner', host, domain: info.domain, notes };
  return {
    kind: 'elsewhere',
    host,
    site: info.domain,
    siteKind: 'domain',
    decoded,
    lures: luresOf(url, host, info, notes),
    notes,
  };
}

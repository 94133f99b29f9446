/**
 * Turns a verdict (classify.ts) into the sentences the reader sees, in one language. Pure:
 * language and script names come from the platform's Intl.DisplayNames. Every string is plain
 * text, rendered as text by the island: what the reader typed never becomes markup or a link.
 */
import { fill } from '../../lib/template.ts';
import { ALLOW_LIST, type AllowEntry, PARTNER_INVITATION, type Source } from './allow-list.ts';
import type { Lure, Note, Verdict } from './classify.ts';
import type { LinkCheckDict, LinkCheckKey } from './strings/en.ts';

export type Tone = 'match' | 'caution' | 'danger' | 'none';

export interface VerdictView {
  tone: Tone;
  headline: string;
  /** How it stands against the official list ("Matches the official list."), if it is an address. */
  status: string | null;
  /** What it is and where it leads. */
  about: string[];
  /** Why it can look like Huawei Cloud (addresses elsewhere only). */
  lures: string[];
  /** Remarks on how it is written. */
  notes: string[];
  /** The official pages behind a listed address. */
  sources: readonly Source[];
  /** The short text announced to screen readers: headline and status. */
  announce: string;
}

/** "a, b, c" in the dictionary's language. */
export function joinList(items: readonly string[], dict: LinkCheckDict): string {
  return items.join(dict['list.and']);
}

/** A language area code ("en-us") with its name in `lang` ("American English"), or the code alone. */
export function languageName(code: string, lang: string): string | null {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' }).of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : null;
  } catch {
    return null;
  }
}

/** Names of ISO 15924 scripts in `lang` ("Cyrl" -> "Cyrillic"). */
export function scriptNames(codes: readonly string[], lang: string, dict: LinkCheckDict): string {
  const names = codes.map((code) => {
    if (code === 'Latn') return dict['script.latin'];
    if (code === 'Zzzz') return dict['script.unknown'];
    try {
      return new Intl.DisplayNames([lang], { type: 'script', fallback: 'code' }).of(code) ?? code;
    } catch {
      return code;
    }
  });
  return joinList(names, dict);
}

function noteText(note: Note, dict: LinkCheckDict): string {
  switch (note.type) {
    case 'port':
      return fill(dict['note.port'], { port: note.port });
    case 'userinfo':
      return fill(dict['note.userinfo'], { user: note.user });
    case 'params':
      return fill(dict['note.params'], { names: joinList(note.names, dict) });
    case 'rewritten':
      return fill(dict['note.rewritten'], { host: note.host });
    default:
      return dict[`note.${note.type}`];
  }
}

function lureText(lure: Lure, site: string, lang: string, dict: LinkCheckDict): string {
  switch (lure.type) {
    case 'userinfo':
      return fill(dict['lure.userinfo'], { user: lure.user });
    case 'prefix':
      return fill(dict['lure.prefix'], { prefix: lure.prefix, site });
    case 'alphabet':
      return fill(dict['lure.alphabet'], { scripts: scriptNames(lure.scripts, lang, dict), decoded: lure.decoded });
    case 'brand':
      return fill(dict['lure.brand'], { label: lure.label, site });
    case 'near':
      return fill(dict[lure.distance === 1 ? 'lure.near.1' : 'lure.near.2'], { label: lure.label });
    case 'path':
      return dict['lure.path'];
  }
}

/** The registered domain of a listed host ("console-intl.huaweicloud.com" -> "huaweicloud.com"). */
function domainOf(entry: AllowEntry): string {
  return entry.host.split('.').slice(-2).join('.');
}

/** The remarks for an address on a Huawei domain; parameters add the note on invitation links. */
function huaweiNotes(notes: readonly Note[], dict: LinkCheckDict): string[] {
  const out = notes.map((n) => noteText(n, dict));
  if (notes.some((n) => n.type === 'params')) out.push(dict['note.invitation']);
  return out;
}

function listedView(v: Extract<Verdict, { kind: 'listed' }>, lang: string, dict: LinkCheckDict): VerdictView {
  const { entry } = v;
  const headline = dict[`head.${entry.id}` as LinkCheckKey];
  const undocumented = entry.evidence === 'undocumented';
  const status = undocumented ? fill(dict['status.undocumented'], { domain: domainOf(entry) }) : dict['status.match'];
  const about = [dict[`about.${entry.id}` as LinkCheckKey]];
  if (entry.id === 'intl-site') {
    if (v.language) {
      const name = languageName(v.language, lang);
      about.push(name ? fill(dict['about.intl-site.language'], { code: v.language, name }) : v.language);
    } else about.push(dict['about.intl-site.no-language']);
  }
  if (entry.site === 'china') about.push(dict['about.china-partner']);
  const warned = v.notes.some((n) => n.type === 'http' || n.type === 'port' || n.type === 'userinfo');
  const tone: Tone = entry.id === 'intl-site' && !undocumented && !warned ? 'match' : 'caution';
  const sources = entry.site === 'china' ? [...entry.sources, PARTNER_INVITATION.chinaSite] : entry.sources;
  return {
    tone,
    headline,
    status,
    about,
    lures: [],
    notes: huaweiNotes(v.notes, dict),
    sources,
    announce: `${headline}. ${status}`,
  };
}

/**
 * What the reader sees for a verdict, in the dictionary's language (`lang` is the page's
 * `<html lang>`). `pslFailed`: the Public Suffix List could not be loaded (a pending verdict
 * then says so, and to read the address by eye).
 */
export function verdictView(
  verdict: Verdict,
  lang: string,
  dict: LinkCheckDict,
  pslFailed = false,
): VerdictView | null {
  switch (verdict.kind) {
    case 'empty':
      return null;
    case 'pending': {
      const headline = dict[pslFailed ? 'head.pending-failed' : 'head.pending'];
      const about = dict[pslFailed ? 'about.pending-failed' : 'about.pending'];
      return {
        tone: pslFailed ? 'caution' : 'none',
        headline,
        status: null,
        about: [about],
        lures: [],
        notes: [],
        sources: [],
        announce: pslFailed ? `${headline}. ${about}` : '',
      };
    }
    case 'not-web': {
      const headline = dict['head.not-web'];
      const about = fill(dict[`notweb.${verdict.reason}`], {
        scheme: verdict.scheme ?? '',
        length: verdict.length.toLocaleString(lang),
      });
      return {
        tone: 'danger',
        headline,
        status: null,
        about: [about],
        lures: [],
        notes: [],
        sources: [],
        announce: `${headline}. ${about}`,
      };
    }
    case 'listed':
      return listedView(verdict, lang, dict);
    case 'owner': {
      const headline = dict['head.owner'];
      return {
        tone: 'caution',
        headline,
        status: dict['status.owner'],
        about: [fill(dict['about.owner'], { host: verdict.host, domain: verdict.domain })],
        lures: [],
        notes: huaweiNotes(verdict.notes, dict),
        sources: [],
        announce: `${headline}. ${fill(dict['about.owner'], { host: verdict.host, domain: verdict.domain })}`,
      };
    }
    case 'elsewhere': {
      const headline = dict['head.elsewhere'];
      const leads = fill(dict[`about.${verdict.siteKind === 'domain' ? 'domain' : verdict.siteKind}`], {
        site: verdict.site,
      });
      const about = [leads];
      if (verdict.decoded) about.push(fill(dict['about.decoded'], { decoded: verdict.decoded }));
      return {
        tone: 'danger',
        headline,
        status: dict['status.elsewhere'],
        about,
        lures: verdict.lures.map((l) => lureText(l, verdict.site, lang, dict)),
        notes: verdict.notes
          .filter((n) => n.type !== 'userinfo' || !verdict.lures.some((l) => l.type === 'userinfo'))
          .map((n) => noteText(n, dict)),
        sources: [],
        announce: `${headline}. ${leads}`,
      };
    }
  }
}

/** The hosts the list trusts, without repeats, in the list's order. */
export function trustedHosts(): string[] {
  return [...new Set(ALLOW_LIST.map((e) => e.host))];
}

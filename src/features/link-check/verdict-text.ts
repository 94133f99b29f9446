/**
 * Turns a verdict (classify.ts) into the sentences the reader sees, in one language. Pure:
 * language and script names come from the platform's Intl.DisplayNames. Every string is plain
 * text, rendered as text by the island: what the reader typed never becomes markup or a link.
 */
import type { Translator } from '../../i18n/translate.ts';
import { ALLOW_LIST, type AllowEntry, PARTNER_INVITATION, type Source } from './allow-list.ts';
import type { Lure, Note, Verdict } from './classify.ts';
import type { LinkCheckKey } from './strings/en.ts';

/** The link check's translator for the page's language (`t.lang` is its `<html lang>`). */
export type LinkCheckT = Translator<LinkCheckKey>;

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

/** "a, b, c" in the translator's language. */
export function joinList(items: readonly string[], t: LinkCheckT): string {
  return items.join(t('list.and'));
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

/** Names of ISO 15924 scripts in the translator's language ("Cyrl" -> "Cyrillic"). */
export function scriptNames(codes: readonly string[], t: LinkCheckT): string {
  const names = codes.map((code) => {
    if (code === 'Latn') return t('script.latin');
    if (code === 'Zzzz') return t('script.unknown');
    try {
      return new Intl.DisplayNames([t.lang], { type: 'script', fallback: 'code' }).of(code) ?? code;
    } catch {
      return code;
    }
  });
  return joinList(names, t);
}

function noteText(note: Note, t: LinkCheckT): string {
  switch (note.type) {
    case 'port':
      return t('note.port', { port: note.port });
    case 'userinfo':
      return t('note.userinfo', { user: note.user });
    case 'params':
      return t('note.params', { names: joinList(note.names, t) });
    case 'rewritten':
      return t('note.rewritten', { host: note.host });
    default:
      return t(`note.${note.type}`);
  }
}

function lureText(lure: Lure, site: string, t: LinkCheckT): string {
  switch (lure.type) {
    case 'userinfo':
      return t('lure.userinfo', { user: lure.user });
    case 'prefix':
      return t('lure.prefix', { prefix: lure.prefix, site });
    case 'alphabet':
      return t('lure.alphabet', { scripts: scriptNames(lure.scripts, t), decoded: lure.decoded });
    case 'brand':
      return t('lure.brand', { label: lure.label, site });
    case 'near':
      return t(lure.distance === 1 ? 'lure.near.1' : 'lure.near.2', { label: lure.label });
    case 'path':
      return t('lure.path');
  }
}

/** The registered domain of a listed host ("console-intl.huaweicloud.com" -> "huaweicloud.com"). */
function domainOf(entry: AllowEntry): string {
  return entry.host.split('.').slice(-2).join('.');
}

/** The remarks for an address on a Huawei domain; parameters add the note on invitation links. */
function huaweiNotes(notes: readonly Note[], t: LinkCheckT): string[] {
  const out = notes.map((n) => noteText(n, t));
  if (notes.some((n) => n.type === 'params')) out.push(t('note.invitation'));
  return out;
}

function listedView(v: Extract<Verdict, { kind: 'listed' }>, t: LinkCheckT): VerdictView {
  const { entry } = v;
  const headline = t(`head.${entry.id}` as LinkCheckKey);
  const undocumented = entry.evidence === 'undocumented';
  const status = undocumented ? t('status.undocumented', { domain: domainOf(entry) }) : t('status.match');
  const about = [t(`about.${entry.id}` as LinkCheckKey)];
  if (entry.id === 'intl-site') {
    if (v.language) {
      const name = languageName(v.language, t.lang);
      about.push(name ? t('about.intl-site.language', { code: v.language, name }) : v.language);
    } else about.push(t('about.intl-site.no-language'));
  }
  if (entry.site === 'china') about.push(t('about.china-partner'));
  const warned = v.notes.some((n) => n.type === 'http' || n.type === 'port' || n.type === 'userinfo');
  const tone: Tone = entry.id === 'intl-site' && !undocumented && !warned ? 'match' : 'caution';
  const sources = entry.site === 'china' ? [...entry.sources, PARTNER_INVITATION.chinaSite] : entry.sources;
  return {
    tone,
    headline,
    status,
    about,
    lures: [],
    notes: huaweiNotes(v.notes, t),
    sources,
    announce: `${headline}. ${status}`,
  };
}

/**
 * What the reader sees for a verdict, in the translator's language (`t.lang` is the page's
 * `<html lang>`). `pslFailed`: the Public Suffix List could not be loaded (a pending verdict
 * then says so, and to read the address by eye).
 */
export function verdictView(verdict: Verdict, t: LinkCheckT, pslFailed = false): VerdictView | null {
  switch (verdict.kind) {
    case 'empty':
      return null;
    case 'pending': {
      const headline = t(pslFailed ? 'head.pending-failed' : 'head.pending');
      const about = t(pslFailed ? 'about.pending-failed' : 'about.pending');
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
      const headline = t('head.not-web');
      const about = t(`notweb.${verdict.reason}`, {
        scheme: verdict.scheme ?? '',
        length: verdict.length.toLocaleString(t.lang),
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
      return listedView(verdict, t);
    case 'owner': {
      const headline = t('head.owner');
      return {
        tone: 'caution',
        headline,
        status: t('status.owner'),
        about: [t('about.owner', { host: verdict.host, domain: verdict.domain })],
        lures: [],
        notes: huaweiNotes(verdict.notes, t),
        sources: [],
        announce: `${headline}. ${t('about.owner', { host: verdict.host, domain: verdict.domain })}`,
      };
    }
    case 'elsewhere': {
      const headline = t('head.elsewhere');
      const leads = t(`about.${verdict.siteKind === 'domain' ? 'domain' : verdict.siteKind}`, {
        site: verdict.site,
      });
      const about = [leads];
      if (verdict.decoded) about.push(t('about.decoded', { decoded: verdict.decoded }));
      return {
        tone: 'danger',
        headline,
        status: t('status.elsewhere'),
        about,
        lures: verdict.lures.map((l) => lureText(l, verdict.site, t)),
        notes: verdict.notes
          .filter((n) => n.type !== 'userinfo' || !verdict.lures.some((l) => l.type === 'userinfo'))
          .map((n) => noteText(n, t)),
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

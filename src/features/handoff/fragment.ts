/**
 * The ticks of every checklist, carried from one device to another in a link's hash (which
 * browsers never send to a server). Pure: no DOM, no storage.
 *
 * Hash:    #<section>&ticks=<payload>   (or #ticks=<payload> when there is no section to land on)
 * Payload: <version>.<check>.<lists>
 *   version  FORMAT_VERSION ("1"); a larger number is a newer format this build cannot read.
 *   check    CRC-32 of <lists>, unsigned, in base 36: a link cut short or changed by hand fails it.
 *   lists    <listId>:<itemId>,<itemId>;<listId>:<itemId>   sorted, ids only (never labels).
 * Ids are checklist ids (checklist/storage.ts) ([a-z0-9-]), so ':', ',', ';' and '.' never occur in them and
 * none of them needs escaping in a URL. Example:
 *   #checklist&ticks=1.1fq3x2k.prepare:email,network;register:open-the-international-site
 *
 * Reading never throws and never trusts the link: anything that is not exactly this format is
 * 'damaged', a newer version is 'newer', more than MAX_IDS ids (or a payload longer than
 * MAX_PAYLOAD_LENGTH) is 'too-many'. Ids the site no longer has are dropped and counted
 * (sortOut), and the ticks of this device change only through applyHandoff.
 */
import CRC32 from 'crc-32';
import { clearList, isValidId, restoreList, serializeTicks, type Ticks } from '../checklist/storage.ts';
import { HANDOFF_PARAM } from './detect.ts';

export { HANDOFF_PARAM };

/** The payload format this build writes and reads. */
export const FORMAT_VERSION = 1;
/** The most ids a link may carry (the guide has a few dozen at most). */
export const MAX_IDS = 500;
/** The longest payload read at all (characters, before percent-decoding). */
export const MAX_PAYLOAD_LENGTH = 10_000;

/** Every checklist of the site: list id -> its item ids (read from the content at build time). */
export type KnownLists = Readonly<Record<string, readonly string[]>>;

/** What a payload holds. */
export type Decoded = { status: 'ok'; ticks: Ticks } | { status: 'newer' | 'damaged' | 'too-many' };

/** The ticks of a decoded link that this site knows, and how many ids it no longer has. */
export interface Sorted {
  ticks: Ticks;
  /** Ticks of known items. */
  found: number;
  /** Ticked ids (items, or every item of a list) that this site does not have. */
  missing: number;
}

/** How the ticks of a link meet the ticks of this device. */
export type Mode = 'add' | 'replace';

function checksum(text: string): string {
  return (CRC32.str(text) >>> 0).toString(36);
}

function knows(known: KnownLists, listId: string, itemId?: string): boolean {
  if (!Object.hasOwn(known, listId)) return false;
  return itemId === undefined || (known[listId] ?? []).includes(itemId);
}

/** The number of ticks in a tick set. */
export function countTicks(ticks: Ticks): number {
  let count = 0;
  for (const items of Object.values(ticks)) count += Object.keys(items).length;
  return count;
}

/** The payload for the ticks this site knows (ticks of unknown lists or items are left out). */
export function encodeTicks(ticks: Ticks, known: KnownLists): string {
  const lists: string[] = [];
  for (const listId of Object.keys(ticks).sort()) {
    const items = ticks[listId] ?? {};
    if (!isValidId(listId) || !knows(known, listId)) continue;
    const ids = Object.keys(items)
      .filter((id) => isValidId(id) && items[id] === true && knows(known, listId, id))
      .sort();
    if (ids.length > 0) lists.push(`${listId}:${ids.join(',')}`);
  }
  const body = lists.join(';');
  return `${FORMAT_VERSION}.${checksum(body)}.${body}`;
}

/** Reads a payload (as found in the hash, percent-encoded or not); never throws. */
export function decodeTicks(payload: string): Decoded {
  if (payload.length > MAX_PAYLOAD_LENGTH) return { status: 'too-many' };
  let text: string;
  try {
    text = decodeURIComponent(payload);
  } catch {
    return { status: 'damaged' };
  }
  const [version = '', check = '', ...rest] = text.split('.');
  if (/^[1-9]\d{0,8}$/.test(version) && Number(version) > FORMAT_VERSION) return { status: 'newer' };
  if (version !== String(FORMAT_VERSION) || rest.length !== 1 || !/^[0-9a-z]{1,7}$/.test(check)) {
    return { status: 'damaged' };
  }
  const body = rest[0] ?? '';
  // Each id but the first of a list follows a ',' and each list but the first a ';'.
  if ((body.match(/[,;]/g)?.length ?? 0) + 1 > MAX_IDS) return { status: 'too-many' };
  if (checksum(body) !== check) return { status: 'damaged' };
  const ticks: Ticks = {};
  if (body === '') return { status: 'ok', ticks };
  for (const list of body.split(';')) {
    const [listId, items, ...extra] = list.split(':');
    if (!isValidId(listId) || items === undefined || extra.length > 0 || Object.hasOwn(ticks, listId)) {
      return { status: 'damaged' };
    }
    const set: Record<string, true> = {};
    for (const itemId of items.split(',')) {
      if (!isValidId(itemId) || Object.hasOwn(set, itemId)) return { status: 'damaged' };
      set[itemId] = true;
    }
    ticks[listId] = set;
  }
  return { status: 'ok', ticks };
}

/** Keeps the ticks of known lists and items; counts the others. */
export function sortOut(ticks: Ticks, known: KnownLists): Sorted {
  const kept: Ticks = {};
  let found = 0;
  let missing = 0;
  for (const [listId, items] of Object.entries(ticks)) {
    for (const itemId of Object.keys(items)) {
      if (knows(known, listId, itemId)) {
        kept[listId] = { ...kept[listId], [itemId]: true };
        found++;
      } else {
        missing++;
      }
    }
  }
  return { ticks: kept, found, missing };
}

/**
 * The ticks of this device after taking those of a link (already sorted out):
 * - 'add': every tick of the link is added; nothing here is unticked.
 * - 'replace': each checklist of the site holds exactly the link's ticks (like "Clear all" and
 *   then ticking them, so its ids the site no longer has go too); lists the site does not know
 *   are left as they are, as the checklist storage keeps them.
 * Returns `local` itself when nothing changes, and never modifies its inputs.
 */
export function applyHandoff(local: Ticks, incoming: Ticks, mode: Mode, known: KnownLists): Ticks {
  let next = local;
  if (mode === 'replace') for (const listId of Object.keys(known)) next = clearList(next, listId);
  for (const [listId, items] of Object.entries(incoming)) {
    if (knows(known, listId)) next = restoreList(next, listId, items);
  }
  return serializeTicks(next) === serializeTicks(local) ? local : next;
}

/** The parts of a URL hash: the section to land on, and the raw payload if there is one. */
export function readHash(hash: string): { section: string | null; payload: string | null } {
  const parts = hash.replace(/^#/, '').split('&');
  const first = parts[0] ?? '';
  const section = first !== '' && !first.includes('=') ? first : null;
  const prefix = `${HANDOFF_PARAM}=`;
  const found = parts.find((part) => part.startsWith(prefix));
  return { section, payload: found === undefined ? null : found.slice(prefix.length) };
}

/** The hash without the ticks ('#section', or '' when nothing else was in it), for history.replaceState. */
export function hashWithoutTicks(hash: string): string {
  const prefix = `${HANDOFF_PARAM}=`;
  const kept = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part !== '' && !part.startsWith(prefix));
  return kept.length > 0 ? `#${kept.join('&')}` : '';
}

/** The link to give the other device: `page` (origin and path), the section, and the payload. */
export function handoffLink(page: string, section: string | null, payload: string): string {
  return `${page}#${section ? `${section}&` : ''}${HANDOFF_PARAM}=${payload}`;
}

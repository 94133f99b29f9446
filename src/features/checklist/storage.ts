/**
 * Persistent checklist ticks: parsing, migration and immutable updates (no DOM, no I/O).
 *
 * Stored format v2, under STORAGE_KEY:
 *   { "v": 2, "lists": { "<listId>": { "<itemId>": true, ... }, ... } }
 * - listId and itemId: 1-64 chars matching /^[a-z0-9][a-z0-9-]*$/, identical in every locale.
 * - Only ticked items are stored, always with the value `true`; unticking deletes the key.
 * - Lists and items this build does not know (other pages, renamed or removed items) are
 *   kept: nothing here erases them except an explicit clearList.
 * - Unknown top-level fields are ignored on read and not written back.
 *
 * Legacy v1, under LEGACY_KEYS[0]: { "<listId>": ["<itemId>", ...] }.
 *
 * Write policy for callers, by the status parseTicks/loadTicks return:
 * - 'empty', 'ok': write after every user change.
 * - 'migrated': the ticks came from v1; writing them to STORAGE_KEY right away is safe.
 *   Legacy keys are only ever read, never written or deleted.
 * - 'repaired', 'corrupt': do NOT write on load or on sync. The value may come from a newer
 *   version of the site ({"v":3,...}) or a half-finished write; leave it untouched until the
 *   user ticks, clears or restores something. That write replaces it with what could be read
 *   plus the change.
 * Cross-tab sync: feed `StorageEvent.newValue` for STORAGE_KEY to parseTicks.
 */

import { isId } from '../../lib/section-id.ts';
import { LEGACY_KEYS, STORAGE_KEY } from './keys.ts';

export { LEGACY_KEYS, STORAGE_KEY };

/** Raw values longer than this (UTF-16 code units, ~100 KB) are 'corrupt' and not parsed. */
export const MAX_RAW_LENGTH = 100_000;

/** listId -> set of ticked itemIds (value is always `true`). */
export type Ticks = Record<string, Record<string, true>>;

/** How a stored value was read; see the write policy at the top of this file. */
export type ParseStatus = 'empty' | 'ok' | 'migrated' | 'repaired' | 'corrupt';

/** Result of parseTicks / loadTicks. */
export interface ParseResult {
  ticks: Ticks;
  status: ParseStatus;
}

/** The longest list or item id. */
const MAX_ID_LENGTH = 64;
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);

/** True for a usable list or item id: 1-64 chars of [a-z0-9-], not starting with '-', not a prototype key. */
export function isValidId(id: unknown): id is string {
  return isId(id) && id.length <= MAX_ID_LENGTH && !RESERVED_IDS.has(id);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function corrupt(): ParseResult {
  return { ticks: {}, status: 'corrupt' };
}

/** Reads a v2 `lists` object; null if it is not an object at all. */
function readLists(lists: unknown): { ticks: Ticks; clean: boolean } | null {
  if (!isRecord(lists)) return null;
  const ticks: Ticks = {};
  let clean = true;
  for (const [listId, items] of Object.entries(lists)) {
    if (!isValidId(listId) || !isRecord(items)) {
      clean = false;
      continue;
    }
    const set: Record<string, true> = {};
    for (const [itemId, value] of Object.entries(items)) {
      if (isValidId(itemId) && value === true) set[itemId] = true;
      else clean = false;
    }
    if (Object.keys(set).length > 0) ticks[listId] = set;
  }
  return { ticks, clean };
}

/** Reads a v1 document; null if no value is an array (so it is not v1). `{}` counts as v1. */
function readV1(doc: Record<string, unknown>): Ticks | null {
  const ticks: Ticks = {};
  let recognised = Object.keys(doc).length === 0;
  for (const [listId, items] of Object.entries(doc)) {
    if (!Array.isArray(items)) continue;
    recognised = true;
    if (!isValidId(listId)) continue;
    const set: Record<string, true> = {};
    for (const itemId of items) if (isValidId(itemId)) set[itemId] = true;
    if (Object.keys(set).length > 0) ticks[listId] = set;
  }
  return recognised ? ticks : null;
}

/**
 * Parses a stored value; never throws.
 * null/'' -> 'empty'; valid v2 -> 'ok'; v1 -> 'migrated' (invalid entries dropped);
 * v2 with invalid parts, or another version whose `lists` has the v2 shape -> 'repaired'
 * (valid part kept); anything else (bad JSON, non-object, > MAX_RAW_LENGTH) -> 'corrupt'.
 */
export function parseTicks(raw: string | null | undefined): ParseResult {
  if (raw === null || raw === undefined || raw === '') return { ticks: {}, status: 'empty' };
  if (typeof raw !== 'string' || raw.length > MAX_RAW_LENGTH) return corrupt();
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    return corrupt();
  }
  if (!isRecord(doc)) return corrupt();
  if (!Object.hasOwn(doc, 'v')) {
    const ticks = readV1(doc);
    return ticks ? { ticks, status: 'migrated' } : corrupt();
  }
  const { v, lists } = doc;
  const isV2 = v === 2;
  const read = readLists(lists);
  if (!read) return isV2 ? { ticks: {}, status: 'repaired' } : corrupt();
  return { ticks: read.ticks, status: isV2 && read.clean ? 'ok' : 'repaired' };
}

/** Reads STORAGE_KEY, falling back to the first readable LEGACY_KEYS value ('migrated'); never throws if `read` doesn't. */
export function loadTicks(read: (key: string) => string | null): ParseResult {
  const current = parseTicks(read(STORAGE_KEY));
  if (current.status !== 'empty') return current;
  for (const key of LEGACY_KEYS) {
    const legacy = parseTicks(read(key));
    if (legacy.status !== 'empty' && legacy.status !== 'corrupt') {
      return { ticks: legacy.ticks, status: 'migrated' };
    }
  }
  return current;
}

/** Serialises to v2 JSON: deterministic key order, empty lists and invalid ids/values dropped. */
export function serializeTicks(t: Ticks): string {
  const lists: Ticks = {};
  for (const listId of Object.keys(t).sort()) {
    const items = t[listId];
    if (!isValidId(listId) || !isRecord(items)) continue;
    const ids = Object.keys(items)
      .filter((id) => isValidId(id) && items[id] === true)
      .sort();
    if (ids.length === 0) continue;
    const set: Record<string, true> = {};
    for (const id of ids) set[id] = true;
    lists[listId] = set;
  }
  return JSON.stringify({ v: 2, lists });
}

function listOf(t: Ticks, listId: string): Record<string, true> {
  return (Object.hasOwn(t, listId) && t[listId]) || {};
}

function withList(t: Ticks, listId: string, items: Record<string, true>): Ticks {
  const next = { ...t };
  if (Object.keys(items).length > 0) next[listId] = items;
  else delete next[listId];
  return next;
}

/** True if itemId is ticked in listId. */
export function isTicked(t: Ticks, listId: string, itemId: string): boolean {
  const items = listOf(t, listId);
  return Object.hasOwn(items, itemId) && items[itemId] === true;
}

/** Ticks (on=true) or unticks an item; returns `t` itself when nothing changes or an id is invalid. */
export function toggle(t: Ticks, listId: string, itemId: string, on: boolean): Ticks {
  if (!isValidId(listId) || !isValidId(itemId) || isTicked(t, listId, itemId) === on) return t;
  const items = { ...listOf(t, listId) };
  if (on) items[itemId] = true;
  else delete items[itemId];
  return withList(t, listId, items);
}

/** Removes every tick of one list, unknown item ids included (explicit user reset; undo with restoreList). */
export function clearList(t: Ticks, listId: string): Ticks {
  return Object.hasOwn(t, listId) ? withList(t, listId, {}) : t;
}

/** Re-adds the valid ticks of `previous` (e.g. a cleared list) to listId, keeping ticks made since; `t` if nothing changes. */
export function restoreList(t: Ticks, listId: string, previous: Record<string, true>): Ticks {
  if (!isValidId(listId) || !isRecord(previous)) return t;
  const items = { ...listOf(t, listId) };
  let changed = false;
  for (const [itemId, value] of Object.entries(previous)) {
    if (isValidId(itemId) && value === true && !isTicked(t, listId, itemId)) {
      items[itemId] = true;
      changed = true;
    }
  }
  return changed ? withList(t, listId, items) : t;
}

/** Number of distinct `itemIds` ticked in listId; ticks of ids not in `itemIds` are not counted (and not removed). */
export function countTicked(t: Ticks, listId: string, itemIds: readonly string[]): number {
  let count = 0;
  for (const itemId of new Set(itemIds)) if (isTicked(t, listId, itemId)) count++;
  return count;
}

/** Union of two tick sets (e.g. legacy + current); invalid ids dropped, inputs not modified. */
export function mergeTicks(a: Ticks, b: Ticks): Ticks {
  let merged: Ticks = {};
  for (const source of [a, b]) {
    for (const [listId, items] of Object.entries(source)) merged = restoreList(merged, listId, items);
  }
  return merged;
}

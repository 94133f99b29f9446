/**
 * Where checklist ticks are stored: a module of its own so that the checklists' loader (which
 * only asks "is anything saved?") does not carry the storage code. See storage.ts.
 */

/** localStorage key of the current (v2) format. */
export const STORAGE_KEY = 'hwc-guide:checklists:v2';

/** Older keys, newest first; read once when STORAGE_KEY is empty, never written. */
export const LEGACY_KEYS: readonly string[] = ['hwc-guide:checklists:v1'];

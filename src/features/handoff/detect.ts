/**
 * Whether a URL hash carries ticks from another device. Kept apart from fragment.ts because the
 * islands' loader (inlined in every page with islands) needs only this: it loads the handoff
 * island at once when the link carries ticks, so the reader is asked right away.
 */

/** The hash parameter holding the ticks: `#section&ticks=…`, or `#ticks=…` without a section. */
export const HANDOFF_PARAM = 'ticks';

/** True when the hash (`location.hash`, with or without '#') has a `ticks=` parameter. */
export function hasHandoff(hash: string): boolean {
  return /(?:^#?|&)ticks=/.test(hash);
}

/** Which key presses open search. Pure: takes plain objects, so it runs in tests and in the page. */

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export interface TargetLike {
  tagName?: string | undefined;
  isContentEditable?: boolean | undefined;
  type?: string | undefined;
}

/** Input types where "/" is a character, not a command. */
const TEXT_INPUTS = new Set(['', 'text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time']);

/** True when keys pressed on this element type text (an editable field), so "/" must not open search. */
export function isTypingTarget(target: TargetLike | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && TEXT_INPUTS.has((target.type ?? '').toLowerCase());
}

/** "/" (outside text fields) and Ctrl+K / Cmd+K (anywhere) open search; Alt combinations never do. */
export function isSearchShortcut(event: KeyLike, typing: boolean): boolean {
  if (event.altKey) return false;
  if (event.ctrlKey || event.metaKey) return event.key === 'k' || event.key === 'K';
  return event.key === '/' && !typing;
}

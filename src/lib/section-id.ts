/**
 * The one id pattern of the guide: section ids (`## Title {#an-id}`), their aliases, page
 * slugs in `moved`, claim ids. Lower-case ASCII letters, digits and hyphens, not starting with
 * a hyphen: the public, shareable part of a deep link, identical in every language. Pure.
 */

/** The pattern's source without anchors, to build larger patterns (`\{#(${ID_SOURCE})\}`). */
export const ID_SOURCE = '[a-z0-9][a-z0-9-]*';

/** A whole string that is an id. */
export const ID_PATTERN: RegExp = new RegExp(`^${ID_SOURCE}$`);

/** What the pattern asks for, in the words of the error messages. */
export const ID_RULE = 'use lower-case ASCII letters, digits and hyphens';

/** True for a string that is a usable id. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

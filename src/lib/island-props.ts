/**
 * The props an island's server render hands to its script, as a JSON `data-props` attribute.
 * Pure: no DOM. A value that is missing, unreadable or not an object gives null, and the
 * island then keeps its server HTML (which works without JavaScript) instead of hydrating
 * with wrong props.
 */

/** The `data-props` value for `props` (the attribute is escaped by the renderer). */
export function islandPropsAttr(props: Record<string, unknown>): string {
  return JSON.stringify(props);
}

/** The props in a `data-props` value, or null when there are none to trust. */
export function parseIslandProps(raw: string | null | undefined): Record<string, unknown> | null {
  if (raw === null || raw === undefined || raw === '') return null;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

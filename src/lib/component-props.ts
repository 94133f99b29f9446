/**
 * Checks of the props that content authors write in MDX. A bad value fails the build with a
 * message that names the component, the prop, the bad value and the allowed ones. Pure.
 */

/** The value if it is one of `allowed`; otherwise throws naming component, prop, value and choices. */
export function oneOf<const T extends string>(
  component: string,
  prop: string,
  value: unknown,
  allowed: readonly T[],
  fallback?: T,
): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(
    `<${component} ${prop}=${JSON.stringify(value)}>: "${prop}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`,
  );
}

/** An optional string prop: undefined, or a non-empty string. */
export function optionalText(component: string, prop: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw new Error(`<${component} ${prop}=${JSON.stringify(value)}>: "${prop}" must be non-empty text when given`);
}

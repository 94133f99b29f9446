/**
 * Checks of the props that content authors write in MDX. A bad value fails the build with a
 * message that names the component, the prop, the bad value and the allowed ones. Pure.
 */

/** A permanent id: lower-case ASCII letters, digits and hyphens (as heading ids, see AUTHORING.md). */
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const shown = (value: unknown) => (typeof value === 'function' ? '{function}' : JSON.stringify(value));

/** The value if it is one of `allowed`; otherwise throws naming component, prop, value and choices. */
export function oneOf<const T extends string | number>(
  component: string,
  prop: string,
  value: unknown,
  allowed: readonly T[],
  fallback?: T,
): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw new Error(
    `<${component} ${prop}=${shown(value)}>: "${prop}" must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`,
  );
}

/** An optional string prop: undefined, or a non-empty string. */
export function optionalText(component: string, prop: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw new Error(`<${component} ${prop}=${shown(value)}>: "${prop}" must be non-empty text when given`);
}

/** A required string prop: a non-empty string. */
export function requiredText(component: string, prop: string, value: unknown): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw new Error(`<${component} ${prop}=${shown(value)}>: "${prop}" is required and must be non-empty text`);
}

/** A required permanent id: lower-case ASCII letters, digits and hyphens, starting with a letter or digit. */
export function permanentId(component: string, prop: string, value: unknown): string {
  if (typeof value === 'string' && ID_PATTERN.test(value)) return value;
  throw new Error(
    `<${component} ${prop}=${shown(value)}>: "${prop}" is required: lower-case ASCII letters, digits and hyphens (such as "bind-a-payment-method")`,
  );
}

/**
 * Throws on a prop the component does not take (a misspelt `tilte` would otherwise be dropped
 * without a word), naming the component, the prop and the ones it takes. Astro's own
 * `data-astro-*` attributes pass.
 */
export function onlyProps(component: string, props: Record<string, unknown>, known: readonly string[]): void {
  const unknown = Object.keys(props).filter((key) => !known.includes(key) && !key.startsWith('data-astro-'));
  if (unknown.length === 0) return;
  const takes = known.length > 0 ? `its props are ${known.map((k) => `"${k}"`).join(', ')}` : 'it takes no props';
  throw new Error(
    `<${component} ${unknown.map((k) => `${k}=${shown(props[k])}`).join(' ')}>: ${component} has no prop ${unknown
      .map((k) => `"${k}"`)
      .join(', ')} (${takes})`,
  );
}

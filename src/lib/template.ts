/** Fills UI string templates, and picks the plural form of a count. Pure. */

/** Replace `{name}` placeholders; unknown placeholders stay as they are. The one template fill. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

/**
 * The message for a count, by the language's plural rules (`Intl.PluralRules`): `zero` when the
 * count is 0 and there is one, `one` where the language has that form for the count (English 1;
 * Chinese has none), else `other`. The count is filled in as `{count}`, with the other values.
 */
export function plural(
  lang: string,
  count: number,
  forms: { zero?: string; one?: string; other: string },
  vars: Readonly<Record<string, string | number>> = {},
): string {
  const category = new Intl.PluralRules(lang).select(count);
  const template =
    count === 0 && forms.zero !== undefined
      ? forms.zero
      : category === 'one' && forms.one !== undefined
        ? forms.one
        : forms.other;
  return fill(template, { ...vars, count });
}

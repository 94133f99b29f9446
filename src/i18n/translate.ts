/**
 * The one translation API of the guide. Every feature keeps its strings as flat dictionaries,
 * one per locale, with the same keys (`'search.label': 'Search the guide'`); a message with a
 * number in it is a group of keys ending in `.zero` (optional), `.one` (optional) and `.other`.
 * Components and islands get a translator for their page's locale:
 *
 *   const t = translator(SEARCH_STRINGS.en, 'en');
 *   t('search.label');                                   // "Search the guide"
 *   t.plural('search.results', 3, { query: 'PayPal' });  // "3 results for “PayPal”"
 *
 * Templates are filled by `fill` and plural forms chosen by `Intl.PluralRules`
 * (src/lib/template.ts). Pure: no DOM, no Astro.
 */
import { isPseudoLocale, PSEUDO_SOURCE } from '../features/pseudo-locale/locale.ts';
import { pseudoDictionary } from '../features/pseudo-locale/pseudo-localize.ts';
import type { Locale } from '../lib/locale.ts';
import { fill, plural } from '../lib/template.ts';

/** A dictionary of one locale: flat keys to plain-text templates. */
export type Dictionary<K extends string = string> = Readonly<Record<K, string>>;
/** Values for a template's `{placeholders}`. */
export type Vars = Readonly<Record<string, string | number>>;
/** The base of a plural group: `'search.results'` for the keys `'search.results.other'`, … */
export type PluralKey<K extends string> = K extends `${infer B}.other` ? B : never;

/** A translator for one locale's dictionary. */
export interface Translator<K extends string> {
  /** The message for `key`, its `{placeholders}` filled from `vars`. */
  (key: K, vars?: Vars): string;
  /** The message of a plural group for `count` (`{count}` is filled in too). */
  plural(key: PluralKey<K>, count: number, vars?: Vars): string;
  /** The `<html lang>` value whose plural rules apply. */
  readonly lang: string;
}

/** A translator over `dict`, whose plural forms follow the rules of `lang` (a BCP 47 tag). */
export function translator<K extends string>(dict: Dictionary<K>, lang: string): Translator<K> {
  const lookup = (key: string): string | undefined =>
    Object.hasOwn(dict, key) ? (dict as Record<string, string>)[key] : undefined;
  const t = ((key: K, vars: Vars = {}) => fill(lookup(key) ?? key, vars)) as Translator<K>;
  t.plural = (key, count, vars = {}) => {
    const other = lookup(`${key}.other`) ?? `${key}.other`;
    const zero = lookup(`${key}.zero`);
    const one = lookup(`${key}.one`);
    return plural(
      lang,
      count,
      { other, ...(zero === undefined ? {} : { zero }), ...(one === undefined ? {} : { one }) },
      vars,
    );
  };
  Object.defineProperty(t, 'lang', { value: lang, enumerable: true });
  return t;
}

/** The `{placeholders}` of a template, sorted: what a translation must keep. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
}

/**
 * Where two dictionaries disagree: keys only one has, and keys whose templates have other
 * placeholders. Empty when they match; the strings tests of every feature use it.
 */
export function dictionaryMismatches(reference: Dictionary, other: Dictionary): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(reference)) {
    if (!Object.hasOwn(other, key)) problems.push(`missing key "${key}"`);
    else if (placeholders(reference[key] as string).join() !== placeholders(other[key] as string).join())
      problems.push(
        `key "${key}": placeholders ${placeholders(reference[key] as string).join(',') || 'none'} vs ${placeholders(other[key] as string).join(',') || 'none'}`,
      );
  }
  for (const key of Object.keys(other)) if (!Object.hasOwn(reference, key)) problems.push(`extra key "${key}"`);
  return problems;
}

/** The pseudo-locale's strings, derived once per table. */
const derived = new WeakMap<object, unknown>();

/**
 * A feature's strings for a locale, from its table of every translated locale. Every feature
 * looks its strings up through here (never `TABLE[locale]`), so that a locale derived at build
 * time is derived in one place: the pseudo-locale of the test build (`en-xa`,
 * src/features/pseudo-locale/) gets the English strings pseudo-localized, their
 * `{placeholders}` kept. Any other locale the table lacks is an error.
 */
export function stringsFor<D>(table: Readonly<Record<Locale, D>>, locale: Locale): D {
  if (Object.hasOwn(table, locale)) return table[locale];
  if (isPseudoLocale(locale)) {
    if (!derived.has(table)) derived.set(table, pseudoDictionary(table[PSEUDO_SOURCE]));
    return derived.get(table) as D;
  }
  throw new Error(`No strings for the locale "${locale}" (the table has ${Object.keys(table).join(', ')})`);
}

/**
 * The chooser's words: turns the ids of recommend() and the fee estimate into plain sentences
 * through a translator over the island's strings (strings.ts). Pure: no DOM. Everything
 * returned is plain text for text nodes, never HTML.
 */
import { fill } from '../../lib/template.ts';
import { estimateFee, formatMoney, MAX_AMOUNT } from './fee.ts';
import { CHOOSER_PAGE, METHODS, type Method, type MethodSpec } from './methods.ts';
import type { Recommendation } from './recommend.ts';
import type { ChooserT, IslandKey } from './strings.ts';

export { CHOOSER_PAGE };

/** A method of any table (the site's, or a test's with more methods). */
type AnyMethod = Pick<MethodSpec<string, string, string>, 'id' | 'section' | 'name'>;

/** A method's row in `methods` (the site's table unless given), by id. */
export function methodSpec<M extends AnyMethod>(id: string, methods: readonly M[]): M;
export function methodSpec(id: string): MethodSpec;
export function methodSpec(id: string, methods: readonly AnyMethod[] = METHODS): AnyMethod {
  const spec = methods.find((m) => m.id === id);
  if (!spec) throw new Error(`Unknown chooser method "${id}"`);
  return spec;
}

/** The page (by slug) and section that explain each method; the same ids in both locales. */
export const METHOD_SECTION = Object.fromEntries(METHODS.map((m) => [m.id, m.section])) as Readonly<
  Record<Method, { page: string; id: string }>
>;

/**
 * The link to a method's section, relative to the chooser's page: `#id` on that page, else
 * `../slug/#id` (a sibling page; right for every base path and locale, with trailing slashes).
 */
export function methodHref(method: string | AnyMethod): string {
  const { page, id } = (typeof method === 'string' ? methodSpec(method) : method).section;
  return page === CHOOSER_PAGE ? `#${id}` : `../${page}/#${id}`;
}

/** The id of the chooser's own section, kept in shared links. */
export const CHOOSER_SECTION = 'choose-a-method';

/** Reasons that are whole sentences of their own; the others are clauses of the first sentence. */
const SENTENCE_REASONS: readonly string[] = [
  'account-prepaid',
  'is-postpaid',
  'likely-postpaid',
  'enterprise-transfer',
];

export { fill };

/** The text before and after a `{name}` placeholder, to wrap the value in an element. */
export function splitTemplate(template: string, name: string): [string, string] {
  const mark = `{${name}}`;
  const at = template.indexOf(mark);
  return at === -1 ? [template, ''] : [template.slice(0, at), template.slice(at + mark.length)];
}

/** Join items as "a", "a and b", "a, b and c" with the given separators. */
export function joinList(items: readonly string[], sep: string, last: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(sep)}${last}${items.at(-1)}`;
}

/** The name of a method ("Bank transfer"), by its key in the method table. */
export function methodName(t: ChooserT, method: string | AnyMethod): string {
  return t((typeof method === 'string' ? methodSpec(method) : method).name as IslandKey);
}

/** The reasons as one or two sentences: the answers as clauses of one sentence, then the sentence reasons. */
export function explainReasons(t: ChooserT, reasons: readonly string[]): string[] {
  const reason = (r: string) => t(`reason.${r}` as IslandKey);
  const clauses = reasons.filter((r) => !SENTENCE_REASONS.includes(r)).map(reason);
  const sentences = reasons.filter((r) => SENTENCE_REASONS.includes(r)).map(reason);
  if (clauses.length === 0) return sentences;
  const first = t('reason.sentence', { clauses: joinList(clauses, t('reason.sep'), t('reason.last')) });
  return [first, ...sentences];
}

/**
 * The text of the polite live region. It depends only on the status, the method and what is
 * missing, so it changes (and is announced) only when the answer itself changes.
 */
export function statusText<M extends string>(
  t: ChooserT,
  rec: Recommendation<M, string, string>,
  anyAnswer: boolean,
  methods: readonly AnyMethod[] = METHODS,
): string {
  if (rec.status === 'ready' && rec.method !== null) {
    return t('status.ready', { method: methodName(t, methodSpec(rec.method, methods)) });
  }
  if (!anyAnswer) return t('status.empty');
  const list = joinList(
    rec.missing.map((q) => t(`missing.${q}`)),
    t('list.sep'),
    t('list.last'),
  );
  return t('status.missing', { list });
}

/**
 * The locale to format dates and money in: the reader's own preference when it is a variant of
 * the page's language (en-GB on the English page), else the page's language.
 */
export function pickFormatLocale(pageLang: string, preferred: readonly string[] | null | undefined): string {
  const primary = (tag: string) => tag.split('-')[0]?.toLowerCase() ?? '';
  const want = primary(pageLang);
  for (const tag of Array.isArray(preferred) ? preferred : []) {
    if (typeof tag !== 'string' || tag.length > 35 || primary(tag) !== want) continue;
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? pageLang;
    } catch {
      // RangeError: not a well-formed tag; try the next one.
    }
  }
  return pageLang;
}

/** "EUR - Euro" in the page's language; the bare code if the name is unknown. */
export function currencyLabel(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale, 'en'], { type: 'currency' }).of(code);
    return name && name !== code ? `${code} - ${name}` : code;
  } catch {
    return code;
  }
}

/** What the fee estimate shows for the amount as typed and the chosen card currency. */
export type FeeView =
  | { kind: 'idle' } // nothing typed yet
  | { kind: 'error'; message: string } // the amount cannot be estimated
  | { kind: 'choose-currency'; message: string }
  | { kind: 'usd'; message: string }
  | { kind: 'estimate'; message: string };

/**
 * The fee estimate's message. An untouched empty field is not an error; once the person has
 * typed, an empty field is. A US dollar card needs no conversion, whatever the amount.
 */
export function feeView(
  t: ChooserT,
  input: string,
  touched: boolean,
  currency: string | undefined,
  locale: string,
): FeeView {
  const r = estimateFee(input);
  if (!r.ok && (r.error !== 'empty' || touched)) {
    if (currency === 'USD' && r.error === 'empty') return { kind: 'usd', message: t('fee.usd') };
    const max = new Intl.NumberFormat(locale).format(MAX_AMOUNT);
    return { kind: 'error', message: t(`fee.error.${r.error}`, { max }) };
  }
  if (currency === 'USD') return { kind: 'usd', message: t('fee.usd') };
  if (currency === undefined) return { kind: 'choose-currency', message: t('fee.chooseCurrency') };
  if (!r.ok) return { kind: 'idle' };
  const money = (v: number) => formatMoney(v, currency, locale);
  return {
    kind: 'estimate',
    message: t('fee.estimate', { amount: money(r.amount), low: money(r.low), high: money(r.high) }),
  };
}

/** The amount to keep in the URL for what was typed: a canonical number, or null when it cannot be estimated. */
export function amountForUrl(input: string): string | null {
  const r = estimateFee(input);
  if (!r.ok) return null;
  const s = String(r.amount);
  return /^\d+(?:\.\d{1,2})?$/.test(s) && s.length <= 12 ? s : null;
}

/**
 * What the chooser shows, as plain data: the result for a recommendation and the rows of the
 * comparison table, both read from the method table (methods.ts). The components render these
 * and never name a method, so a table with one more method (a test's fixture) renders through
 * them unchanged. Pure: no DOM; all text is plain text for text nodes.
 */
import type { Translator } from '../../i18n/translate.ts';
import { formatBillDate, nextBillDate } from './billing-date.ts';
import { COMPARE_ASPECTS, type CompareAspect, METHODS, type MethodSpec } from './methods.ts';
import type { Recommendation } from './recommend.ts';
import type { ChooserT, CompareKey, IslandKey } from './strings.ts';
import { explainReasons, methodHref, methodName, methodSpec, splitTemplate, statusText } from './text.ts';

/** A method of any table (the site's, or a test's with more methods). */
type AnyMethod = MethodSpec<string, string, string>;

/** A method as the result shows it. */
export interface MethodView {
  id: string;
  name: string;
  /** Its section, relative to the chooser's page. */
  href: string;
  /** "Next monthly bill: …", or '' (not a billed method, or today is not known yet). */
  bill: string;
}

/** The result area: the live status, and when there is an answer, the answer itself. */
export interface ResultView {
  status: Recommendation['status'];
  /** The polite live region's text when there is no answer yet. */
  statusText: string;
  /** The live region's text around the method's name when there is an answer. */
  readyParts: [before: string, after: string];
  method: MethodView | null;
  /** Why, as one paragraph. */
  reasons: string;
  caveats: { id: string; text: string }[];
  alternatives: MethodView[];
  /** Whether a fitting method is paid by card, so the cross-border fee estimate helps. */
  feeEstimate: boolean;
}

export interface ResultOptions {
  /** The page's language tag (`<html lang>`): 'en' or 'zh-CN'. */
  lang: string;
  /** Whether any question has an answer (the empty form says what to do; a partial one what is left). */
  anyAnswer: boolean;
  /** Today, once known in the browser (null on the server: no bill date is rendered there). */
  now: Date | null;
  /** The locale to format dates in. */
  formatLocale: string;
}

/** The result for a recommendation made over `methods` (the site's table unless given). */
export function resultView<M extends string>(
  t: ChooserT,
  rec: Recommendation<M, string, string>,
  { lang, anyAnswer, now, formatLocale }: ResultOptions,
  methods: readonly AnyMethod[] = METHODS,
): ResultView {
  const fitting = rec.method === null ? [] : [rec.method, ...rec.alternatives].map((id) => methodSpec(id, methods));
  const billText = now === null ? '' : t('result.nextBill', { date: formatBillDate(nextBillDate(now), formatLocale) });
  const view = (spec: AnyMethod): MethodView => ({
    id: spec.id,
    name: methodName(t, spec),
    href: methodHref(spec),
    bill: spec.shows?.nextBill ? billText : '',
  });
  const sentenceGap = lang.toLowerCase().startsWith('zh') ? '' : ' ';
  const [chosen, ...others] = fitting;
  return {
    status: rec.status,
    statusText: statusText(t, rec, anyAnswer, methods),
    // The template itself (its placeholder filled with itself), split around the name.
    readyParts: splitTemplate(t('status.ready', { method: '{method}' }), 'method'),
    method: chosen ? view(chosen) : null,
    reasons: explainReasons(t, rec.reasons).join(sentenceGap),
    caveats: rec.caveats.map((id) => ({ id, text: t(`caveat.${id}` as IslandKey) })),
    alternatives: others.map(view),
    feeEstimate: fitting.some((m) => m.shows?.feeEstimate === true),
  };
}

/** The comparison table: its caption, column headings, and one row per method. */
export interface CompareView {
  caption: string;
  /** The first column's heading, then one per aspect. */
  headings: string[];
  rows: { id: string; name: string; href: string; cells: string[] }[];
}

/** The comparison table of `methods` (the site's table unless given), in table order. */
export function compareView(
  t: Translator<CompareKey>,
  islandT: ChooserT,
  methods: readonly AnyMethod[] = METHODS,
): CompareView {
  return {
    caption: t('compare.caption'),
    headings: [t('compare.method'), ...COMPARE_ASPECTS.map((a: CompareAspect) => t(`compare.${a}`))],
    rows: methods.map((m) => ({
      id: m.id,
      name: methodName(islandT, m),
      href: methodHref(m),
      cells: COMPARE_ASPECTS.map((a) => t(m.compare[a] as CompareKey)),
    })),
  };
}

/**
 * The "which way should I pay?" engine (recharge page): applies the rules of the method table
 * (methods.ts) to the chooser's answers (answers.ts). Pure: no DOM, no I/O. It names no method:
 * a table with one more method (a test's fixture) is recommended by the same code.
 *
 * 1. Until `for`, `card` and `pay` are all answered the result is `incomplete`
 *    (method null, no reasons/caveats/alternatives; `missing` lists what is left).
 *    `account` (postpaid, prepaid, not sure) is optional: unanswered counts as not sure.
 * 2. Which methods fit: each method's `fits`.
 * 3. The recommended method: of the fitting methods with a `recommend` rule, the one with the
 *    lowest rank whose `when` holds. (The table guarantees one for every complete answer; a
 *    unit test tries them all. Were there none, the first fitting method, else the first
 *    method, would do.)
 * 4. Alternatives: every other fitting method, in table order.
 * 5. Reasons: the recommended method's (its `recommend.reasons`), then each fitting method's `reasonWhenFits`, in table
 *    order; no duplicates, cut to the first 3.
 * 6. Caveats, most relevant first, no duplicates: 'check-card' (card 'unsure'); each method's
 *    `leadCaveats`, in table order; the recommended method's caveats; 'card-required-to-buy'
 *    (card not 'yes'); the alternatives' caveats in their order; then 'paypal-undocumented' for
 *    enterprises (the tutorial offers them PayPal).
 */
import { ALL_NEEDS, ALL_QUESTIONS, type Answers, type Facts } from './answers.ts';
import { type Caveat, METHODS, type Method, type MethodSpec, type Reason } from './methods.ts';

export * from './answers.ts';
export {
  ALL_CAVEATS,
  ALL_REASONS,
  type Caveat,
  METHODS,
  type Method,
  type MethodSpec,
  type Reason,
} from './methods.ts';

/** The chooser's result; see the rules at the top of this file. */
export interface Recommendation<M extends string = Method, C extends string = Caveat, R extends string = Reason> {
  status: 'incomplete' | 'ready';
  method: M | null;
  reasons: R[];
  caveats: C[];
  alternatives: M[];
  missing: (typeof ALL_QUESTIONS)[number][];
}

/** Every method, in canonical order (also the order of alternatives). */
export const ALL_METHODS: readonly Method[] = METHODS.map((m) => m.id);

/** Caveats that always come with a method, recommended or alternative. */
export const METHOD_CAVEATS: Readonly<Record<Method, readonly Caveat[]>> = Object.fromEntries(
  METHODS.map((m) => [m.id, m.caveats]),
) as Record<Method, readonly Caveat[]>;

/**
 * Recommend a way to pay from the chooser's answers (pure, deterministic), by the rules of
 * `methods` (the site's table unless a test passes its own).
 */
export function recommend(a: Answers): Recommendation;
export function recommend<M extends string, C extends string, R extends string>(
  a: Answers,
  methods: readonly MethodSpec<M, C, R>[],
): Recommendation<M, C | Caveat, R>;
export function recommend(
  a: Answers,
  methods: readonly MethodSpec<string, string, string>[] = METHODS,
): Recommendation<string, string, string> {
  const missing = ALL_QUESTIONS.filter((q) => a[q] === undefined);
  const { for: who, card, pay } = a;
  if (who === undefined || card === undefined || pay === undefined) {
    return { status: 'incomplete', method: null, reasons: [], caveats: [], alternatives: [], missing };
  }

  const f: Facts = {
    for: who,
    card,
    pay,
    account: a.account,
    needs: ALL_NEEDS.filter((n) => a.needs.includes(n)), // valid, unique, canonical order
    prepaid: a.account === 'prepaid',
    postpaid: a.account === 'postpaid',
    enterprise: who === 'enterprise',
  };
  const fitting = methods.filter((m) => m.fits(f));
  const candidates = fitting
    .filter((m) => m.recommend?.when(f))
    .sort((x, y) => (x.recommend?.rank ?? 0) - (y.recommend?.rank ?? 0));
  const chosen = candidates[0] ?? fitting[0] ?? methods[0];
  if (chosen === undefined) throw new Error('recommend: no methods');
  const alternatives = fitting.filter((m) => m !== chosen);

  const reasons: string[] = [];
  const addReason = (r: string | null | undefined): void => {
    if (r && !reasons.includes(r)) reasons.push(r);
  };
  for (const r of chosen.recommend?.reasons(f) ?? []) addReason(r);
  for (const m of fitting) addReason(m.reasonWhenFits?.(f));

  const caveats: string[] = [];
  const add = (list: readonly string[]): void => {
    for (const c of list) if (!caveats.includes(c)) caveats.push(c);
  };
  if (card === 'unsure') add(['check-card']);
  for (const m of methods) add(m.leadCaveats?.(f, { fits: fitting.includes(m), recommended: chosen.id }) ?? []);
  add(chosen.caveats);
  if (card !== 'yes') add(['card-required-to-buy']);
  for (const m of alternatives) add(m.caveats);
  if (f.enterprise) add(['paypal-undocumented']);

  return {
    status: 'ready',
    method: chosen.id,
    reasons: reasons.slice(0, 3),
    caveats,
    alternatives: alternatives.map((m) => m.id),
    missing: [],
  };
}

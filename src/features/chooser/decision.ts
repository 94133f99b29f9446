/**
 * The recharge chooser as a decision table, for the Markdown twin of the recharge page: which
 * way to pay the chooser suggests for each answer. Computed from recommend() itself, so the
 * table cannot drift from the interactive chooser. Pure.
 *
 * Rows are merged where the answer does not matter: a card answer whose suggestion is the same
 * for every pay preference, need and account type gets one row ("any answer"); otherwise each pay
 * preference gets one row, or two when having an extra need changes the suggestion, each of which
 * is split in two again when a prepaid account changes it (top-up is only for prepaid accounts).
 */
import { translator } from '../../i18n/translate.ts';
import { HTML_LANG, type Locale } from '../../lib/locale.ts';
import { METHODS } from './methods.ts';
import {
  type AccountMode,
  ALL_ACCOUNT_FOR,
  ALL_ACCOUNT_MODES,
  ALL_CARD_ANSWERS,
  ALL_NEEDS,
  ALL_PAY_PREFERENCES,
  type CardAnswer,
  type Method,
  type Need,
  type PayPreference,
  recommend,
} from './recommend.ts';
import { islandStrings } from './strings.ts';
import { methodName } from './text.ts';

/** Whether the reader needs a large top-up, local payment or discounts: none, at least one, or either. */
export type NeedsCase = 'none' | 'some' | 'any';
/** The account type: prepaid, anything else (postpaid, not sure, unanswered), or either. */
export type AccountCase = 'prepaid' | 'other' | 'any';

/** One row of the decision table; null means "any answer". */
export interface DecisionRow {
  card: CardAnswer;
  pay: PayPreference | null;
  needs: NeedsCase;
  account: AccountCase;
  /** The suggested methods (one, unless the account type changes it), in ALL_METHODS order of first appearance. */
  methods: Method[];
}

/** Every subset of the needs, the empty one first. */
function needSets(): Need[][] {
  const sets: Need[][] = [[]];
  for (const need of ALL_NEEDS) for (const set of [...sets]) sets.push([...set, need]);
  return sets;
}

const SETS: Record<Exclude<NeedsCase, 'any'>, Need[][]> = {
  none: needSets().filter((s) => s.length === 0),
  some: needSets().filter((s) => s.length > 0),
};

/** The account answers each case stands for (undefined: not answered). */
const ACCOUNTS: Record<AccountCase, (AccountMode | undefined)[]> = {
  prepaid: ['prepaid'],
  other: [undefined, ...ALL_ACCOUNT_MODES.filter((m) => m !== 'prepaid')],
  any: [undefined, ...ALL_ACCOUNT_MODES],
};

/** The methods recommend() suggests over the given answers (individual and enterprise alike). */
function suggested(
  card: CardAnswer,
  pays: readonly PayPreference[],
  needs: NeedsCase,
  account: AccountCase = 'any',
): Method[] {
  const sets = needs === 'any' ? [...SETS.none, ...SETS.some] : SETS[needs];
  const out: Method[] = [];
  for (const who of ALL_ACCOUNT_FOR)
    for (const pay of pays)
      for (const set of sets)
        for (const mode of ACCOUNTS[account]) {
          const answers =
            mode === undefined
              ? { for: who, card, pay, needs: set }
              : { for: who, card, pay, account: mode, needs: set };
          const method = recommend(answers).method;
          if (method !== null && !out.includes(method)) out.push(method);
        }
  return out;
}

/** The decision table's rows, in the chooser's order of answers. */
export function decisionRows(): DecisionRow[] {
  const rows: DecisionRow[] = [];
  for (const card of ALL_CARD_ANSWERS) {
    const all = suggested(card, ALL_PAY_PREFERENCES, 'any');
    if (all.length === 1) {
      rows.push({ card, pay: null, needs: 'any', account: 'any', methods: all });
      continue;
    }
    for (const pay of ALL_PAY_PREFERENCES) {
      const either = suggested(card, [pay], 'any');
      if (either.length === 1) {
        rows.push({ card, pay, needs: 'any', account: 'any', methods: either });
        continue;
      }
      for (const needs of ['none', 'some'] as const) {
        const methods = suggested(card, [pay], needs);
        if (methods.length === 1) rows.push({ card, pay, needs, account: 'any', methods });
        else
          for (const account of ['prepaid', 'other'] as const)
            rows.push({ card, pay, needs, account, methods: suggested(card, [pay], needs, account) });
      }
    }
  }
  return rows;
}

/** The words of the table (one locale). */
export interface DecisionWords {
  caption: string;
  header: readonly [card: string, pay: string, needs: string, account: string, method: string];
  any: string;
  none: string;
  some: string;
  /** The account cases: prepaid, and anything else (postpaid or not known). */
  prepaid: string;
  other: string;
  /** Joins two or more methods ("A or B"). */
  or: string;
  cardAnswer: Readonly<Record<CardAnswer, string>>;
  payAnswer: Readonly<Record<PayPreference, string>>;
  /** Each method's name, by id. */
  method: Readonly<Record<string, string>>;
}

/** The words of the table that the chooser's own strings give: its answers and the methods' names. */
export function chooserWords(locale: Locale): Pick<DecisionWords, 'cardAnswer' | 'payAnswer' | 'method'> {
  const t = translator(islandStrings(locale), HTML_LANG[locale]);
  return {
    cardAnswer: Object.fromEntries(ALL_CARD_ANSWERS.map((v) => [v, t(`q.card.${v}`)])) as Record<CardAnswer, string>,
    payAnswer: Object.fromEntries(ALL_PAY_PREFERENCES.map((v) => [v, t(`q.pay.${v}`)])) as Record<
      PayPreference,
      string
    >,
    method: Object.fromEntries(METHODS.map((m) => [m.id, methodName(t, m)])),
  };
}

/** The decision table as rows of text. */
export function decisionTable(words: DecisionWords): {
  caption: string;
  header: readonly string[];
  rows: string[][];
} {
  return {
    caption: words.caption,
    header: words.header,
    rows: decisionRows().map((r) => [
      words.cardAnswer[r.card],
      r.pay === null ? words.any : words.payAnswer[r.pay],
      words[r.needs],
      words[r.account],
      r.methods.map((m) => words.method[m]).join(words.or),
    ]),
  };
}

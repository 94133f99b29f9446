/**
 * The chooser's questions and their answers: the ids the form, the URL (url-state.ts) and the
 * rules (methods.ts, recommend.ts) share. Pure data, no DOM.
 */

/** Who the account is for. */
export type AccountFor = 'individual' | 'enterprise';
/** Does the person have a Visa/Mastercard credit card issued in the account's country/region? */
export type CardAnswer = 'yes' | 'no' | 'unsure';
/** How the person prefers to pay. */
export type PayPreference = 'monthly' | 'prepaid' | 'any';
/** Is the account postpaid (use first, pay the bill) or prepaid (top up first)? */
export type AccountMode = 'postpaid' | 'prepaid' | 'unsure';
/** Extra needs: a large top-up, local payment methods, discounts. */
export type Need = 'large' | 'local' | 'discount';

/** The chooser's answers; `for`, `card` and `pay` may still be unanswered, `account` is optional. */
export interface Answers {
  for?: AccountFor;
  card?: CardAnswer;
  pay?: PayPreference;
  account?: AccountMode;
  needs: Need[];
}

/** A question that must be answered before there is a result (`account` is optional). */
export type Question = 'for' | 'card' | 'pay';

/** Every account type, in display order. */
export const ALL_ACCOUNT_FOR: readonly AccountFor[] = ['individual', 'enterprise'];
/** Every card answer, in display order. */
export const ALL_CARD_ANSWERS: readonly CardAnswer[] = ['yes', 'no', 'unsure'];
/** Every pay preference, in display order. */
export const ALL_PAY_PREFERENCES: readonly PayPreference[] = ['monthly', 'prepaid', 'any'];
/** Every account mode answer, in display order (postpaid first: the usual case). */
export const ALL_ACCOUNT_MODES: readonly AccountMode[] = ['postpaid', 'prepaid', 'unsure'];
/** Every need, in canonical order. */
export const ALL_NEEDS: readonly Need[] = ['large', 'local', 'discount'];
/** Every question, in the order `missing` lists them. */
export const ALL_QUESTIONS: readonly Question[] = ['for', 'card', 'pay'];

/** The answers the rules see once `for`, `card` and `pay` are given (needs valid, unique, in canonical order). */
export interface Facts {
  for: AccountFor;
  card: CardAnswer;
  pay: PayPreference;
  /** Undefined when not answered. */
  account: AccountMode | undefined;
  needs: readonly Need[];
  /** The account is known to be prepaid. */
  prepaid: boolean;
  /** The account is known to be postpaid. */
  postpaid: boolean;
  enterprise: boolean;
}

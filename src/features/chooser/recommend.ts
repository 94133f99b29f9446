/**
 * Rules of the "which way should I pay?" chooser (recharge page).
 *
 * Facts come from the 2026 tutorial, checked against Huawei Cloud's help center (the claims
 * of src/content/docs/<locale>/recharge.mdx). Pure: no DOM, no I/O.
 *
 * Top-up is only for prepaid accounts: "Top-up is not supported for postpaid customers"
 * (Topping Up an Account (Prepaid Direct Customers)). The International website's transaction
 * model is post payment, and an account opened as the guide describes (sign up, mobile number,
 * account information, credit card) is normally postpaid. So top-up is recommended only to a
 * reader who says the account is prepaid; to anyone else it is at most an alternative, always
 * with the caveat that postpaid accounts cannot top up and what they do instead.
 *
 * Rules
 * 1. Until `for`, `card` and `pay` are all answered the result is `incomplete`
 *    (method null, no reasons/caveats/alternatives; `missing` lists what is left).
 *    `account` (postpaid, prepaid, not sure) is optional: unanswered counts as not sure.
 * 2. Which methods fit the answers:
 *    - card     (automatic monthly card payment, how postpaid accounts pay): card is 'yes' or
 *               'unsure', and the account is not known to be prepaid.
 *    - topup    (manual prepaid top-up, online payment by card): card is 'yes' or 'unsure', the
 *               account is not known to be postpaid, and pay is not 'monthly' (unless the account
 *               is known to be prepaid: a prepaid account tops up whatever the preference).
 *    - transfer (bank transfer): pay is not 'monthly' and (enterprise or needs 'large');
 *               with pay 'monthly' only for an enterprise that needs 'large'.
 *    - partner  (top-up through an authorized partner): card is 'no' or 'unsure', or any need is set
 *               (the tutorial recommends partners for people without an international card or
 *               needing a large top-up; partners offer local payment and discounts).
 *    So card 'no' never yields 'card' (nor 'topup', which is paid by card online).
 * 3. The recommended method: 'partner' whenever it fits (card 'no'/'unsure' or any need set:
 *    it is the only way that does not depend on the card being accepted). Otherwise (card 'yes',
 *    no needs): 'topup' if the account is known to be prepaid, else 'card' (the default,
 *    simplest way, and the way a postpaid account pays, even for a reader who would rather
 *    top up in advance).
 * 4. Alternatives: every other fitting method, in ALL_METHODS order.
 * 5. Reasons (1-3): for 'partner': 'no-card'/'unsure-card', then the needs in ALL_NEEDS order;
 *    for 'card': 'has-card', then the pay preference ('wants-monthly', 'no-preference'), or, for a
 *    reader who would rather top up, why that is not offered ('is-postpaid' when the account is
 *    known to be postpaid, else 'likely-postpaid'); for 'topup': 'has-card', 'account-prepaid';
 *    then 'enterprise-transfer' when bank transfer is offered to an enterprise. Cut to the first 3.
 * 6. Caveats, most relevant first, no duplicates: 'check-card' (card 'unsure'); for a reader who
 *    would rather top up (and is not sent to a partner) but is not known to be prepaid,
 *    'postpaid-no-topup' (top-up is for prepaid accounts, and what to do instead) at once;
 *    'check-account-mode' whenever that top-up is wished for or top-up is offered and the
 *    account type is not known; the recommended method's caveats
 *    (METHOD_CAVEATS), 'card-required-to-buy' (card not 'yes'), the alternatives' caveats in
 *    their order, then 'paypal-undocumented' for enterprises (the tutorial offers them PayPal).
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

/** card: automatic monthly card payment; topup: manual prepaid top-up; partner: through an authorized partner; transfer: bank transfer. */
export type Method = 'card' | 'topup' | 'partner' | 'transfer';

/** Ids of the warnings shown with a recommendation (the UI owns the wording). */
export type Caveat =
  | 'check-card' // you are unsure: check it is a Visa/Mastercard credit card issued in your account's country/region
  | 'card-brands' // official: Visa and Mastercard credit cards issued in the account's country/region only; no debit, prepaid, virtual or gift cards; each card on one account only; tutorial also lists JCB
  | 'card-check' // US$1 pre-authorization when binding, refunded shortly
  | 'bill-on-3rd' // the bill is generated on the 3rd (GMT+08:00), charged automatically, viewable after 10:00 on the 4th; yearly/monthly purchases are paid when ordered
  | 'fx-fee' // non-USD card: the bank converts; the tutorial estimates a 1%-2% cross-border fee
  | 'postpaid-no-topup' // top-up is only for prepaid accounts; postpaid accounts pay their bills (Funds Management > Pay, automatically by card) or go through a partner
  | 'check-account-mode' // how to tell prepaid from postpaid: no page checked says where the console shows it; a card-opened account is normally postpaid; ask in a service ticket
  | 'online-payment-limited' // online top-up only for some contracting entities and card countries
  | 'paypal-undocumented' // the tutorial mentions PayPal; it was not found in the help-center pages checked
  | 'transfer-ticket' // International site: pay to the account on the invoice / in the Billing Center, give the invoice number, click Transfer Ticket; 2-3 days in the same country
  | 'card-required-to-buy' // official: a bound credit card is needed before buying, otherwise services can only be viewed
  | 'partner-7-days' // an account over 7 days old or with cash spending cannot be linked directly: the partner pre-registers it first; unpaid bills paid first; some accounts never
  | 'partner-reseller-frozen' // reseller model: the account stays frozen until the partner sets a monthly budget
  | 'partner-safety'; // a partner never needs your card details or password

/** Ids of the reasons given for a recommendation (the UI owns the wording). */
export type Reason =
  | 'has-card'
  | 'no-card'
  | 'unsure-card'
  | 'wants-monthly'
  | 'wants-prepaid'
  | 'no-preference'
  | 'needs-large'
  | 'needs-local'
  | 'needs-discount'
  | 'account-prepaid'
  | 'is-postpaid'
  | 'likely-postpaid'
  | 'enterprise-transfer';

/** A question that must be answered before there is a result (`account` is optional). */
export type Question = 'for' | 'card' | 'pay';

/** The chooser's result; see the rules at the top of this file. */
export interface Recommendation {
  status: 'incomplete' | 'ready';
  method: Method | null;
  reasons: Reason[];
  caveats: Caveat[];
  alternatives: Method[];
  missing: Question[];
}

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
/** Every method, in canonical order (also the order of alternatives). */
export const ALL_METHODS: readonly Method[] = ['card', 'topup', 'partner', 'transfer'];
/** Every question, in the order `missing` lists them. */
export const ALL_QUESTIONS: readonly Question[] = ['for', 'card', 'pay'];
/** Every caveat id. */
export const ALL_CAVEATS: readonly Caveat[] = [
  'check-card',
  'card-brands',
  'card-check',
  'bill-on-3rd',
  'fx-fee',
  'postpaid-no-topup',
  'check-account-mode',
  'online-payment-limited',
  'paypal-undocumented',
  'transfer-ticket',
  'card-required-to-buy',
  'partner-7-days',
  'partner-reseller-frozen',
  'partner-safety',
];
/** Every reason id. */
export const ALL_REASONS: readonly Reason[] = [
  'has-card',
  'no-card',
  'unsure-card',
  'wants-monthly',
  'wants-prepaid',
  'no-preference',
  'needs-large',
  'needs-local',
  'needs-discount',
  'account-prepaid',
  'is-postpaid',
  'likely-postpaid',
  'enterprise-transfer',
];

/** Caveats that always come with a method, recommended or alternative. */
export const METHOD_CAVEATS: Readonly<Record<Method, readonly Caveat[]>> = {
  card: ['card-brands', 'card-check', 'bill-on-3rd', 'fx-fee'],
  topup: ['postpaid-no-topup', 'online-payment-limited', 'card-brands', 'fx-fee', 'paypal-undocumented'],
  partner: ['partner-7-days', 'partner-reseller-frozen', 'partner-safety'],
  transfer: ['transfer-ticket', 'postpaid-no-topup'],
};

const NEED_REASON: Readonly<Record<Need, Reason>> = {
  large: 'needs-large',
  local: 'needs-local',
  discount: 'needs-discount',
};

/** Recommend a way to pay from the chooser's answers (pure, deterministic). */
export function recommend(a: Answers): Recommendation {
  const missing = ALL_QUESTIONS.filter((q) => a[q] === undefined);
  const { for: who, card, pay } = a;
  if (who === undefined || card === undefined || pay === undefined) {
    return { status: 'incomplete', method: null, reasons: [], caveats: [], alternatives: [], missing };
  }

  const needs = ALL_NEEDS.filter((n) => a.needs.includes(n)); // valid, unique, canonical order
  const prepaid = a.account === 'prepaid';
  const postpaid = a.account === 'postpaid';
  const enterprise = who === 'enterprise';
  const large = needs.includes('large');
  const fits: Record<Method, boolean> = {
    card: card !== 'no' && !prepaid,
    topup: card !== 'no' && !postpaid && (pay !== 'monthly' || prepaid),
    transfer: pay === 'monthly' ? enterprise && large : enterprise || large,
    partner: card !== 'yes' || needs.length > 0,
  };

  const method: Method = fits.partner ? 'partner' : prepaid ? 'topup' : 'card';
  const alternatives = ALL_METHODS.filter((m) => m !== method && fits[m]);

  const reasons: Reason[] = [];
  if (method === 'partner') {
    if (card === 'no') reasons.push('no-card');
    if (card === 'unsure') reasons.push('unsure-card');
    for (const n of needs) reasons.push(NEED_REASON[n]);
  } else if (method === 'topup') {
    reasons.push('has-card', 'account-prepaid');
  } else {
    reasons.push('has-card');
    if (pay === 'monthly') reasons.push('wants-monthly');
    else if (pay === 'any') reasons.push('no-preference');
    else reasons.push(postpaid ? 'is-postpaid' : 'likely-postpaid');
  }
  if (enterprise && fits.transfer) reasons.push('enterprise-transfer');

  const caveats: Caveat[] = [];
  const add = (list: readonly Caveat[]): void => {
    for (const c of list) if (!caveats.includes(c)) caveats.push(c);
  };
  // A reader who would rather top up, but whose own account may not allow it, hears so first.
  const wantsOwnTopup = pay === 'prepaid' && method !== 'partner';
  const topupInPlay = method === 'topup' || alternatives.includes('topup');
  if (card === 'unsure') add(['check-card']);
  if (wantsOwnTopup && !prepaid) add(['postpaid-no-topup']);
  if (!prepaid && !postpaid && (wantsOwnTopup || topupInPlay)) add(['check-account-mode']);
  add(METHOD_CAVEATS[method]);
  if (card !== 'yes') add(['card-required-to-buy']);
  for (const m of alternatives) add(METHOD_CAVEATS[m]);
  if (enterprise) add(['paypal-undocumented']);

  return { status: 'ready', method, reasons: reasons.slice(0, 3), caveats, alternatives, missing: [] };
}

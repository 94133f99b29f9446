/**
 * The ways to pay that the chooser knows, as one table: each method's id, the section that
 * explains it, the keys of its strings (its name in the island's dictionary, its row in the
 * comparison table's), and its rules (when it fits, when it is recommended, why, and what to
 * keep in mind). The components and the Markdown twin iterate this table and never name a
 * method: adding one is a row here, its strings (strings/en.ts, strings/zh-cn.ts) and its
 * section on the page it links to.
 *
 * Facts come from the 2026 tutorial, checked against Huawei Cloud's help center (the claims
 * of src/content/docs/<locale>/recharge.mdx).
 *
 * Top-up is only for prepaid accounts: "Top-up is not supported for postpaid customers"
 * (Topping Up an Account (Prepaid Direct Customers)). The International website's transaction
 * model is post payment, and an account opened as the guide describes (sign up, mobile number,
 * account information, credit card) is normally postpaid. So top-up is recommended only to a
 * reader who says the account is prepaid; to anyone else it is at most an alternative, always
 * with the caveat that postpaid accounts cannot top up and what they do instead.
 *
 * The rules of each method (recommend.ts applies them):
 * - card     (automatic monthly card payment, how postpaid accounts pay): fits when card is 'yes'
 *            or 'unsure' and the account is not known to be prepaid. Recommended (last) whenever
 *            nothing before it is: the default, simplest way, and the way a postpaid account pays,
 *            even for a reader who would rather top up in advance. Reasons: 'has-card', then the
 *            pay preference ('wants-monthly', 'no-preference'), or, for a reader who would rather
 *            top up, why that is not offered ('is-postpaid' when the account is known to be
 *            postpaid, else 'likely-postpaid').
 * - topup    (manual prepaid top-up, online payment by card): fits when card is 'yes' or 'unsure',
 *            the account is not known to be postpaid, and pay is not 'monthly' (unless the account
 *            is known to be prepaid: a prepaid account tops up whatever the preference).
 *            Recommended (second) when the account is known to be prepaid. Reasons: 'has-card',
 *            'account-prepaid'. First of all caveats (after 'check-card'): for a reader who would
 *            rather top up (and is not sent to a partner) but is not known to be prepaid,
 *            'postpaid-no-topup'; 'check-account-mode' whenever that top-up is wished for or
 *            top-up fits and the account type is not known.
 * - partner  (top-up through an authorized partner): fits when card is 'no' or 'unsure', or any
 *            need is set (the tutorial recommends partners for people without an international
 *            card or needing a large top-up; partners offer local payment and discounts).
 *            Recommended first whenever it fits: the only way that does not depend on the card
 *            being accepted. Reasons: 'no-card'/'unsure-card', then the needs in ALL_NEEDS order.
 * - transfer (bank transfer): fits when pay is not 'monthly' and (enterprise or needs 'large');
 *            with pay 'monthly' only for an enterprise that needs 'large'. Never recommended;
 *            when it fits for an enterprise, the reason 'enterprise-transfer' is added.
 * So card 'no' never yields 'card' (nor 'topup', which is paid by card online).
 */
import type { Facts } from './answers.ts';

/** The ids of the methods in this table. */
export type Method = 'card' | 'topup' | 'partner' | 'transfer';

/** Ids of the warnings shown with a recommendation (the island's strings `caveat.<id>` word them). */
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

/** Ids of the reasons given for a recommendation (the island's strings `reason.<id>` word them). */
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

/** The columns of the comparison table, in order (each a key of the comparison strings). */
export const COMPARE_ASPECTS = ['suits', 'needs', 'how', 'pros', 'cons'] as const;
export type CompareAspect = (typeof COMPARE_ASPECTS)[number];

/** One way to pay: where it is explained, its strings, its rules. */
export interface MethodSpec<M extends string = Method, C extends string = Caveat, R extends string = Reason> {
  id: M;
  /** The page (by slug) and section that explain it; the same ids in every locale. */
  section: { page: string; id: string };
  /** The key of its name in the island's strings. */
  name: string;
  /** Its row of the comparison table: the key of each cell in the comparison strings. */
  compare: Readonly<Record<CompareAspect, string>>;
  /** Whether it fits the answers. */
  fits: (f: Facts) => boolean;
  /**
   * When it is recommended: the fitting method with the lowest rank whose `when` holds; and
   * why (1-3 reasons, most telling first). Without it the method is only ever an alternative.
   */
  recommend?: { rank: number; when: (f: Facts) => boolean; reasons: (f: Facts) => R[] };
  /** A reason added (after the others) whenever it fits, recommended or not. */
  reasonWhenFits?: (f: Facts) => R | null;
  /** Caveats said before all others but 'check-card', by the method's facts (whether it fits, which method is recommended). */
  leadCaveats?: (f: Facts, context: { fits: boolean; recommended: string }) => C[];
  /** Caveats that always come with it, recommended or alternative. */
  caveats: readonly C[];
  /** What the result adds for it: the next monthly bill's date, the cross-border card fee estimate. */
  shows?: { nextBill?: boolean; feeEstimate?: boolean };
}

/** A method's comparison-table row keys, `compare.<id>.<aspect>`. */
export function compareRow(id: string): Readonly<Record<CompareAspect, string>> {
  return Object.fromEntries(COMPARE_ASPECTS.map((a) => [a, `compare.${id}.${a}`])) as Record<CompareAspect, string>;
}

/** The page the chooser is on (recharge.mdx, both locales). */
export const CHOOSER_PAGE = 'recharge';

const cardFits = (f: Facts): boolean => f.card !== 'no';

/** Every method, in canonical order (also the order of alternatives and of the comparison table). */
export const METHODS: readonly MethodSpec[] = [
  {
    id: 'card',
    section: { page: CHOOSER_PAGE, id: 'automatic-card-payment' },
    name: 'method.card',
    compare: compareRow('card'),
    fits: (f) => cardFits(f) && !f.prepaid,
    recommend: {
      rank: 3,
      when: () => true,
      reasons: (f) => [
        'has-card',
        f.pay === 'monthly'
          ? 'wants-monthly'
          : f.pay === 'any'
            ? 'no-preference'
            : f.postpaid
              ? 'is-postpaid'
              : 'likely-postpaid',
      ],
    },
    caveats: ['card-brands', 'card-check', 'bill-on-3rd', 'fx-fee'],
    shows: { nextBill: true, feeEstimate: true },
  },
  {
    id: 'topup',
    section: { page: 'top-up', id: 'manual-top-up' },
    name: 'method.topup',
    compare: compareRow('topup'),
    fits: (f) => cardFits(f) && !f.postpaid && (f.pay !== 'monthly' || f.prepaid),
    recommend: { rank: 2, when: (f) => f.prepaid, reasons: () => ['has-card', 'account-prepaid'] },
    leadCaveats: (f, { fits, recommended }) => {
      // A reader who would rather top up, but whose own account may not allow it, hears so first.
      const wished = f.pay === 'prepaid' && recommended !== 'partner';
      const out: Caveat[] = [];
      if (wished && !f.prepaid) out.push('postpaid-no-topup');
      if (!f.prepaid && !f.postpaid && (wished || fits)) out.push('check-account-mode');
      return out;
    },
    caveats: ['postpaid-no-topup', 'online-payment-limited', 'card-brands', 'fx-fee', 'paypal-undocumented'],
    shows: { feeEstimate: true },
  },
  {
    id: 'partner',
    section: { page: 'partners', id: 'partner-top-up' },
    name: 'method.partner',
    compare: compareRow('partner'),
    fits: (f) => f.card !== 'yes' || f.needs.length > 0,
    recommend: {
      rank: 1,
      when: () => true,
      reasons: (f) => {
        const out: Reason[] = [];
        if (f.card === 'no') out.push('no-card');
        if (f.card === 'unsure') out.push('unsure-card');
        for (const n of f.needs) out.push(`needs-${n}`);
        return out;
      },
    },
    caveats: ['partner-7-days', 'partner-reseller-frozen', 'partner-safety'],
  },
  {
    id: 'transfer',
    section: { page: 'top-up', id: 'bank-transfer' },
    name: 'method.transfer',
    compare: compareRow('transfer'),
    fits: (f) =>
      f.pay === 'monthly' ? f.enterprise && f.needs.includes('large') : f.enterprise || f.needs.includes('large'),
    reasonWhenFits: (f) => (f.enterprise ? 'enterprise-transfer' : null),
    caveats: ['transfer-ticket', 'postpaid-no-topup'],
  },
];

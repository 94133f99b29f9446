/**
 * The recharge-method chooser's strings in English, as two dictionaries: `island`, the
 * interactive chooser's (the island's script imports only this one, of its own language), and
 * `compare`, the comparison table's (rendered on the server only: shown without JavaScript and
 * in print). Same keys in every language; `{name}` placeholders are filled through the
 * translator (text.ts). Plain text only: nothing here is ever written as HTML. A method's keys
 * are named in its row of methods.ts.
 *
 * Facts: the 2026 tutorial, checked against the official help center (the claims of the
 * recharge page: card brands, US$1 check, bill on the 3rd in GMT+08:00, top-up only for prepaid
 * accounts, bank transfer on the International site, partner rules).
 */
export const island = {
  // Questions
  'q.for': 'Who is the account for?',
  'q.for.individual': 'An individual',
  'q.for.enterprise': 'An enterprise',
  'q.card': 'Do you have a Visa or Mastercard credit card issued in the country/region you register in?',
  'q.card.hint': 'Debit, prepaid, virtual and gift cards do not count.',
  'q.card.yes': 'Yes',
  'q.card.no': 'No',
  'q.card.unsure': 'Not sure',
  'q.pay': 'How would you rather pay?',
  'q.pay.monthly': 'Automatically each month',
  'q.pay.prepaid': 'Top up in advance',
  'q.pay.any': 'No preference',
  'q.acct': 'Is your account postpaid or prepaid?',
  'q.acct.hint':
    'Optional. An account opened with a credit card, as this guide describes, is normally postpaid: you use first and pay the bill.',
  'q.acct.postpaid': 'Postpaid (I pay a bill after use)',
  'q.acct.prepaid': 'Prepaid (I top up before use)',
  'q.acct.unsure': "I don't know yet",
  'q.need': 'Do you need any of these?',
  'q.need.hint': 'Optional. Select all that apply.',
  'q.need.large': 'A large top-up',
  'q.need.local': 'Local payment methods, such as a local bank transfer',
  'q.need.discount': 'Partner discounts',
  reset: 'Start again',

  // Methods
  'method.card': 'Automatic monthly card payment',
  'method.topup': 'Manual top-up (prepaid)',
  'method.partner': 'Top-up through an authorized partner',
  'method.transfer': 'Bank transfer',

  // Result
  'result.heading': 'Your result',
  'status.empty': 'Answer the questions above to see which way to pay suits you.',
  'status.missing': 'Still to answer: {list}.',
  'status.ready': 'Suggested way to pay: {method}',
  'missing.for': 'who the account is for',
  'missing.card': 'whether you have a suitable credit card',
  'missing.pay': 'how you would rather pay',
  'list.sep': ', ',
  'list.last': ' and ',
  'reason.sentence': 'It fits because you {clauses}.',
  'reason.sep': ', ',
  'reason.last': ' and ',
  'reason.has-card': 'have a Visa or Mastercard credit card issued in your country/region',
  'reason.no-card': 'have no Visa or Mastercard credit card issued in your country/region',
  'reason.unsure-card': 'are not sure your card will be accepted',
  'reason.wants-monthly': 'would rather be charged automatically each month',
  'reason.wants-prepaid': 'would rather top up in advance',
  'reason.no-preference': 'have no preference about how to pay',
  'reason.needs-large': 'need a large top-up',
  'reason.needs-local': 'want to pay by local methods such as a local bank transfer',
  'reason.needs-discount': 'want partner discounts',
  'reason.account-prepaid': 'Your account is prepaid, and prepaid accounts top up before they use resources.',
  'reason.is-postpaid':
    'You would rather top up in advance, but top-up is only for prepaid accounts and yours is postpaid: its bills are charged to your card.',
  'reason.likely-postpaid':
    'You would rather top up in advance, but top-up is only for prepaid accounts, and an account opened with a credit card, as this guide describes, is normally postpaid: its bills are charged to your card.',
  'reason.enterprise-transfer': 'As an enterprise, you can also pay by bank transfer.',
  'result.read': 'Steps and details: {method}',
  'result.nextBill':
    'Next monthly bill: {date}. Bills are generated on the 3rd of each month, counted in GMT+08:00, and can be viewed from 10:00 on the 4th (GMT+08:00).',
  'result.caveats': 'Keep in mind',
  'result.alternatives': 'Also fits your answers',
  'caveat.check-card':
    'Check your card before you bind it: only Visa or Mastercard credit cards issued in the country/region of your account are accepted.',
  'caveat.card-brands':
    "The help center accepts only Visa and Mastercard credit cards issued in your account's country/region, not debit, prepaid, virtual or gift cards, and a card can be added to one account only. The tutorial also lists JCB; the help center does not.",
  'caveat.card-check':
    'When you bind the card, Huawei Cloud places a US$1 authorization to check it. It is refunded shortly; when exactly depends on your bank.',
  'caveat.bill-on-3rd':
    "Each month's bill is generated on the 3rd of the following month (GMT+08:00) and charged to your card automatically; you can view or export it after 10:00 on the 4th (GMT+08:00). Yearly/monthly purchases are paid when you order them. Keep the card valid.",
  'caveat.fx-fee':
    "With a card that is not in US dollars, your bank converts the amount and, by the tutorial's estimate, may charge a 1%-2% cross-border fee. That is a bank fee, not a Huawei Cloud one.",
  'caveat.postpaid-no-topup':
    'Top-up is only for prepaid accounts. A postpaid account cannot top up: its bill is charged to the card each month, and a bill that is still open is paid under Funds Management > Pay. Without a suitable card, a partner can pay for you.',
  'caveat.check-account-mode':
    'Not sure which kind your account is? The help-center pages checked do not say where the console shows it. An account opened with a credit card is normally postpaid. Ask Huawei Cloud in a service ticket before you count on top-up.',
  'caveat.online-payment-limited':
    'Online payment is offered only for some Huawei contracting entities and for cards from some countries.',
  'caveat.paypal-undocumented':
    'The tutorial mentions PayPal, but PayPal was not found in the help-center pages checked.',
  'caveat.transfer-ticket':
    "On the International site, transfer to the account shown on your invoice or in the Billing Center, give the invoice number, then click Transfer Ticket so that the money is credited. Claim Bank Transfer is the China site's step. Within one country it takes two or three days.",
  'caveat.card-required-to-buy':
    'The help center says a credit card must be bound before you can buy anything; without one you can only view services. Check how this applies to you before you rely on another way to pay.',
  'caveat.partner-7-days':
    'An account more than 7 days old, or with cash spending, cannot be linked to a partner directly: the partner first pre-registers it with Huawei Cloud. Unpaid bills are paid first. China-site accounts, accounts linked to another partner and some contract accounts cannot be linked.',
  'caveat.partner-reseller-frozen':
    'In the reseller model, your account stays frozen until the partner sets a monthly budget. Agree on it before you link your account.',
  'caveat.partner-safety': 'A partner never needs your card details or your password. The invitation link is enough.',

  // Cost estimate
  'fee.heading': 'Cross-border fee for a non-USD card',
  'fee.intro':
    'If your card is not in US dollars, your bank converts each payment. Estimate what the conversion may cost.',
  'fee.currency': "Your card's currency",
  'fee.currency.choose': 'Choose a currency',
  'fee.amount': 'Amount to pay',
  'fee.amount.hint': "In your card's currency, for example 250 or 1,000.50.",
  'fee.errorPrefix': 'Error:',
  'fee.error.empty': 'Enter an amount, for example 250.',
  'fee.error.not-a-number': 'Enter the amount as a number, for example 250 or 1,000.50.',
  'fee.error.negative': 'Enter an amount greater than zero.',
  'fee.error.zero': 'Enter an amount greater than zero.',
  'fee.error.too-large': 'Enter an amount of {max} or less.',
  'fee.error.too-many-decimals': 'Use at most two decimal places.',
  'fee.chooseCurrency': "Choose your card's currency to see an estimate.",
  'fee.usd': 'A US dollar card needs no conversion, so the tutorial expects no cross-border fee.',
  'fee.estimate': 'Estimated cross-border fee on {amount}: {low} to {high}.',
  'fee.source':
    "This is the tutorial's estimate (1%-2%) of what card issuers may charge, not a Huawei Cloud fee. Ask your bank for its rate.",

  // Sharing
  'share.copy': 'Copy link to this answer',
  'share.copied': 'Link copied. Whoever opens it sees the same answers.',
  'share.failed': 'Your browser did not allow copying. Copy the link from this field:',
} as const;

/** A key of the interactive chooser's strings. */
export type IslandKey = keyof typeof island;
/** The interactive chooser's strings for one locale. */
export type IslandDict = Readonly<Record<IslandKey, string>>;

/** The comparison table's strings (server only). */
export const compare = {
  'compare.caption': 'The ways to pay, compared',
  'compare.method': 'Method',
  'compare.suits': 'Who it suits',
  'compare.needs': 'What you need',
  'compare.how': 'How you pay',
  'compare.pros': 'Pros',
  'compare.cons': 'Cons',
  'compare.card.suits':
    'Postpaid accounts (the usual kind, opened with a credit card) of individuals and enterprises who want nothing to do each month.',
  'compare.card.needs':
    "A Visa or Mastercard credit card issued in your account's country/region, bound under Payment Methods (checked with a refunded US$1 authorization).",
  'compare.card.how':
    "The previous month's bill is generated on the 3rd (GMT+08:00) and charged to your card automatically; you can view it after 10:00 on the 4th.",
  'compare.card.pros': "The simplest way: nothing to do after you bind the card. The tutorial's default.",
  'compare.card.cons':
    "Needs an accepted credit card. A non-USD card may cost a 1%-2% cross-border fee (the tutorial's estimate).",
  'compare.topup.suits': 'Prepaid accounts only. Postpaid accounts, the usual kind, cannot top up.',
  'compare.topup.needs':
    'A prepaid account (a postpaid account pays its bills under Funds Management > Pay instead) and a card accepted for online payment.',
  'compare.topup.how':
    'Billing Center > Funds Management > Top-Up and Repayment > Online Payment (the tutorial says Money Management > Recharge).',
  'compare.topup.pros': 'You decide when to pay and how much.',
  'compare.topup.cons':
    'Online payment only for some contracting entities and card countries. PayPal, which the tutorial mentions, was not found in the help-center pages checked.',
  'compare.partner.suits':
    "People without an international credit card, or who need a large top-up (the tutorial's recommendation).",
  'compare.partner.needs':
    'An invitation link from an authorized partner. Simplest within 7 days of registering and before any spending; after that the partner first pre-registers your account.',
  'compare.partner.how':
    'You pay the partner (reseller model) or Huawei Cloud (referral model). The partner may give your account cash coupons or credit.',
  'compare.partner.pros':
    'Local payment methods such as a local bank transfer, usually discounts or rebates, and, says the tutorial, no card of your own.',
  'compare.partner.cons':
    'Older accounts, or accounts with spending, must first be pre-registered by the partner, and unpaid bills paid. Reseller accounts stay frozen until the partner sets a budget. Payment methods depend on the partner.',
  'compare.transfer.suits': 'Enterprises, and anyone topping up a large amount.',
  'compare.transfer.needs':
    'A bank account to send the money from, and the account shown on your invoice or in the Billing Center.',
  'compare.transfer.how':
    'Transfer the money with the invoice number, then click Transfer Ticket to tell Huawei Cloud (Claim Bank Transfer is a China-site step).',
  'compare.transfer.pros': 'Suits large amounts. Documented by the help center.',
  'compare.transfer.cons':
    'Two or three days within one country, longer across borders. As a top-up it is for prepaid accounts only. Currency conversion can cost extra.',
} as const;

/** A key of the comparison table's strings. */
export type CompareKey = keyof typeof compare;
/** The comparison table's strings for one locale. */
export type CompareDict = Readonly<Record<CompareKey, string>>;

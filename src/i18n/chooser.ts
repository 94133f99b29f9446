/**
 * Every user-facing string of the recharge-method chooser, per locale (same keys in both).
 * `{name}` placeholders are filled by src/lib/chooser-text.ts. Plain text only: nothing here
 * is ever written as HTML.
 *
 * Facts: the 2026 tutorial, checked against /work/shared/source/official-references.md
 * (card brands, US$1 check, bill on the 3rd in GMT+08:00, postpaid accounts, partner rules).
 */
import type { Locale } from '../lib/locale.ts';

const en = {
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
  'reason.enterprise-transfer': 'As an enterprise, you can also top up by bank transfer.',
  'result.read': 'Steps and details: {method}',
  'result.nextBill':
    'Next monthly bill: {date}. Bills are generated on the 3rd of each month, counted in GMT+08:00, so west of that time zone the bill can appear on the 2nd.',
  'result.caveats': 'Keep in mind',
  'result.alternatives': 'Also fits your answers',
  'caveat.check-card':
    'Check your card before you bind it: only Visa or Mastercard credit cards issued in the country/region of your account are accepted.',
  'caveat.card-brands':
    "The help center accepts only Visa and Mastercard credit cards issued in your account's country/region: no debit, prepaid, virtual or gift cards, and one card per account. The tutorial also lists JCB; the help center does not.",
  'caveat.card-check':
    'When you bind the card, Huawei Cloud places a US$1 authorization to check it. It is refunded shortly; when exactly depends on your bank.',
  'caveat.bill-on-3rd':
    "Each month's bill is generated on the 3rd of the following month, counted in GMT+08:00, and charged to your default card. Keep the card valid.",
  'caveat.fx-fee':
    "With a card that is not in US dollars, your bank converts the amount and, by the tutorial's estimate, may charge a 1%-2% cross-border fee. That is a bank fee, not a Huawei Cloud one.",
  'caveat.postpaid-no-topup':
    'Postpaid accounts cannot top up: they pay their bills under Funds Management > Pay. Top-up is for prepaid direct customers.',
  'caveat.online-payment-limited':
    'Online payment is offered only for some Huawei contracting entities and for cards from some countries.',
  'caveat.paypal-undocumented':
    'The tutorial mentions PayPal, but the official help center does not list it as a way to pay.',
  'caveat.transfer-ticket':
    'After a bank transfer, tell Huawei Cloud about it (Claim Bank Transfer, or a transfer ticket) so that the money is credited. This takes time.',
  'caveat.card-required-to-buy':
    'The help center says a credit card must be bound before you can buy anything; without one you can only view services. Check how this applies to you before you rely on another way to pay.',
  'caveat.partner-7-days':
    'Decide before you spend: a partner can only be linked to an account at most 7 days old, with no cash spending and no unpaid bills.',
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

  // Comparison table (server-rendered; shown without JavaScript and in print)
  'compare.caption': 'The ways to pay, compared',
  'compare.method': 'Method',
  'compare.suits': 'Who it suits',
  'compare.needs': 'What you need',
  'compare.how': 'How you pay',
  'compare.pros': 'Pros',
  'compare.cons': 'Cons',
  'compare.card.suits': 'Individuals and enterprises with a suitable credit card who want nothing to do each month.',
  'compare.card.needs':
    "A Visa or Mastercard credit card issued in your account's country/region, bound under Payment Methods (checked with a refunded US$1 authorization).",
  'compare.card.how': "The previous month's bill is generated on the 3rd (GMT+08:00) and charged to your default card.",
  'compare.card.pros': "The simplest way: nothing to do after you bind the card. The tutorial's default.",
  'compare.card.cons':
    "Needs an accepted credit card. A non-USD card may cost a 1%-2% cross-border fee (the tutorial's estimate).",
  'compare.topup.suits': 'Prepaid direct customers who do not want automatic charges.',
  'compare.topup.needs': 'A prepaid account (postpaid accounts cannot top up) and a card accepted for online payment.',
  'compare.topup.how':
    'Billing Center > Funds Management > Top-Up and Repayment > Online Payment (the tutorial says Money Management > Recharge).',
  'compare.topup.pros': 'You decide when to pay and how much.',
  'compare.topup.cons':
    'Online payment only for some contracting entities and card countries. PayPal, which the tutorial mentions, is not in the help center.',
  'compare.partner.suits':
    "People without an international credit card, or who need a large top-up (the tutorial's recommendation).",
  'compare.partner.needs':
    'An invitation link from an authorized partner, used within 7 days of registering and before any spending.',
  'compare.partner.how':
    'You pay the partner (reseller model) or Huawei Cloud (referral model). The partner may give your account vouchers or credit.',
  'compare.partner.pros':
    'Local payment methods such as a local bank transfer, usually discounts or rebates, and, says the tutorial, no card of your own.',
  'compare.partner.cons':
    'Only for accounts at most 7 days old with no spending. Reseller accounts stay frozen until the partner sets a budget. Payment methods depend on the partner.',
  'compare.transfer.suits': 'Enterprises, and anyone topping up a large amount.',
  'compare.transfer.needs':
    'A bank account to send the money from, and the bank details shown under Top-Up and Repayment.',
  'compare.transfer.how': 'Transfer from your bank, then tell Huawei Cloud: Claim Bank Transfer, or a transfer ticket.',
  'compare.transfer.pros': 'Suits large amounts. Documented by the help center.',
  'compare.transfer.cons':
    'The money takes time to be credited. Postpaid accounts cannot top up. Currency conversion can cost extra.',
} as const;

/** A key of the chooser's dictionary. */
export type ChooserKey = keyof typeof en;
/** The chooser's strings for one locale. */
export type ChooserDict = Readonly<Record<ChooserKey, string>>;

const zhCn: ChooserDict = {
  'q.for': '这个账号是个人用户还是企业用户？',
  'q.for.individual': '个人用户',
  'q.for.enterprise': '企业用户',
  'q.card': '您是否有在注册国家/地区发行的 Visa 或 Mastercard 信用卡？',
  'q.card.hint': '借记卡、预付卡、虚拟卡和礼品卡都不算。',
  'q.card.yes': '有',
  'q.card.no': '没有',
  'q.card.unsure': '不确定',
  'q.pay': '您更希望怎样付款？',
  'q.pay.monthly': '每月自动扣款',
  'q.pay.prepaid': '提前充值',
  'q.pay.any': '都可以',
  'q.need': '您是否需要以下任何一项？',
  'q.need.hint': '选填，可多选。',
  'q.need.large': '大额充值',
  'q.need.local': '本地支付方式，例如本地银行转账',
  'q.need.discount': '合作伙伴折扣',
  reset: '重新开始',

  'method.card': '信用卡每月自动扣款',
  'method.topup': '手动充值（预付费）',
  'method.partner': '通过授权合作伙伴充值',
  'method.transfer': '转账汇款',

  'result.heading': '推荐结果',
  'status.empty': '回答上面的问题，即可看到适合您的付款方式。',
  'status.missing': '还需回答：{list}。',
  'status.ready': '建议的付款方式：{method}',
  'missing.for': '账号类型',
  'missing.card': '是否有符合要求的信用卡',
  'missing.pay': '付款偏好',
  'list.sep': '、',
  'list.last': '和',
  'reason.sentence': '推荐理由：您{clauses}。',
  'reason.sep': '，',
  'reason.last': '，并且',
  'reason.has-card': '有在注册国家/地区发行的 Visa 或 Mastercard 信用卡',
  'reason.no-card': '没有在注册国家/地区发行的 Visa 或 Mastercard 信用卡',
  'reason.unsure-card': '不确定自己的卡能否被接受',
  'reason.wants-monthly': '希望每月自动扣款',
  'reason.wants-prepaid': '希望提前充值',
  'reason.no-preference': '对付款方式没有偏好',
  'reason.needs-large': '需要大额充值',
  'reason.needs-local': '希望使用本地银行转账等本地支付方式',
  'reason.needs-discount': '希望获得合作伙伴折扣',
  'reason.enterprise-transfer': '作为企业用户，您也可以通过转账汇款充值。',
  'result.read': '步骤与说明：{method}',
  'result.nextBill':
    '下一期月度账单：{date}。账单在每月 3 日生成，按 GMT+08:00 计算，因此在更靠西的时区，账单可能在当地时间 2 日出现。',
  'result.caveats': '注意事项',
  'result.alternatives': '同样符合您情况的方式',
  'caveat.check-card': '绑卡前请先确认：只接受在账号所在国家/地区发行的 Visa 或 Mastercard 信用卡。',
  'caveat.card-brands':
    '官方帮助中心只接受在账号所在国家/地区发行的 Visa 和 Mastercard 信用卡，不接受借记卡、预付卡、虚拟卡和礼品卡，每个账号只能绑定一张卡。教程还列出了 JCB，但帮助中心没有。',
  'caveat.card-check': '绑卡时，华为云会预授权 1 美元以验证卡片，随后退还，具体到账时间以银行为准。',
  'caveat.bill-on-3rd': '每月的账单在次月 3 日生成（按 GMT+08:00 计算），并从默认信用卡自动扣款。请确保卡片持续有效。',
  'caveat.fx-fee':
    '如果您的卡不是美元卡，银行会按实时汇率换算，教程估计可能收取 1%–2% 的跨境手续费。这笔费用由银行收取，不是华为云的费用。',
  'caveat.postpaid-no-topup': '后付费账号不能充值，只能在“资金管理”中支付账单。充值仅适用于预付费直销客户。',
  'caveat.online-payment-limited': '在线支付仅对部分华为签约主体以及部分国家/地区发行的卡开放。',
  'caveat.paypal-undocumented': '教程提到可用 PayPal 付款，但官方帮助中心并未列出这种方式。',
  'caveat.transfer-ticket': '转账后，需要通过“汇款认领”或提交转账工单告知华为云，款项才会入账，这需要一些时间。',
  'caveat.card-required-to-buy':
    '帮助中心说明：购买任何资源前都必须先绑定信用卡，否则只能浏览服务。在依赖其他付款方式之前，请先确认这条规定对您有何影响。',
  'caveat.partner-7-days': '先选好再消费：只有注册不超过 7 天、没有现金消费也没有欠费的账号，才能关联合作伙伴。',
  'caveat.partner-reseller-frozen':
    '在代售（经销）模式下，账号关联后会被冻结，直到合作伙伴设置月度预算。请在关联前与对方商定预算。',
  'caveat.partner-safety': '合作伙伴不需要您的卡信息或账号密码，邀请链接就足够了。',

  'fee.heading': '非美元卡的跨境手续费',
  'fee.intro': '如果您的卡不是美元卡，银行会对每笔付款进行换汇。可以在这里估算换汇可能产生的费用。',
  'fee.currency': '您的卡的币种',
  'fee.currency.choose': '请选择币种',
  'fee.amount': '付款金额',
  'fee.amount.hint': '以卡的币种计，例如 250 或 1,000.50。',
  'fee.errorPrefix': '错误：',
  'fee.error.empty': '请输入金额，例如 250。',
  'fee.error.not-a-number': '请输入数字金额，例如 250 或 1,000.50。',
  'fee.error.negative': '请输入大于零的金额。',
  'fee.error.zero': '请输入大于零的金额。',
  'fee.error.too-large': '金额不能超过 {max}。',
  'fee.error.too-many-decimals': '最多保留两位小数。',
  'fee.chooseCurrency': '选择卡的币种后即可看到估算。',
  'fee.usd': '美元卡无需换汇，按教程的说法不会产生跨境手续费。',
  'fee.estimate': '按 {amount} 计算，预计跨境手续费为 {low} 至 {high}。',
  'fee.source': '这是教程给出的估算（1%–2%），指发卡银行可能收取的费用，并非华为云收费。具体费率请咨询您的银行。',

  'share.copy': '复制此答案的链接',
  'share.copied': '链接已复制。打开链接的人会看到相同的回答。',
  'share.failed': '浏览器不允许复制。请从下面的输入框中手动复制链接：',

  'compare.caption': '各种付款方式对比',
  'compare.method': '付款方式',
  'compare.suits': '适合谁',
  'compare.needs': '需要什么',
  'compare.how': '怎样付款',
  'compare.pros': '优点',
  'compare.cons': '缺点',
  'compare.card.suits': '有合适的信用卡、希望每月无需操作的个人和企业用户。',
  'compare.card.needs':
    '一张在账号所在国家/地区发行的 Visa 或 Mastercard 信用卡，在“支付方式”中绑定（绑卡时预授权 1 美元验证，随后退还）。',
  'compare.card.how': '每月 3 日（按 GMT+08:00 计算）生成上月账单，并从默认信用卡自动扣款。',
  'compare.card.pros': '最省事：绑卡后无需任何操作。这是教程所说的默认方式。',
  'compare.card.cons': '需要一张被接受的信用卡。非美元卡可能产生 1%–2% 的跨境手续费（教程估算）。',
  'compare.topup.suits': '不想被自动扣款的预付费直销客户。',
  'compare.topup.needs': '预付费账号（后付费账号不能充值），以及一张可用于在线支付的卡。',
  'compare.topup.how': '费用中心 > 资金管理 > 充值还款 > 在线支付（教程中写作“资金管理 > 充值”）。',
  'compare.topup.pros': '何时充值、充多少，都由您决定。',
  'compare.topup.cons': '在线支付仅对部分签约主体和部分国家/地区的卡开放。教程提到的 PayPal 在官方帮助中心中找不到。',
  'compare.partner.suits': '没有国际信用卡或需要大额充值的用户（教程推荐的方式）。',
  'compare.partner.needs': '授权合作伙伴发来的邀请链接，须在注册后 7 天内、产生任何消费之前使用。',
  'compare.partner.how':
    '代售（经销）模式下付款给合作伙伴，推荐模式下直接付款给华为云。合作伙伴可能直接为您的账号发放代金券或额度。',
  'compare.partner.pros': '可用本地银行转账等本地支付方式，通常有折扣或返利；按教程的说法，无需绑定自己的卡。',
  'compare.partner.cons':
    '仅限注册不超过 7 天且没有消费的账号。代售模式下，账号在合作伙伴设置预算前处于冻结状态。可用的付款方式由合作伙伴决定。',
  'compare.transfer.suits': '企业用户，以及需要大额充值的用户。',
  'compare.transfer.needs': '一个可以汇出款项的银行账户，以及“充值还款”页面显示的收款账户信息。',
  'compare.transfer.how': '从银行汇款，然后通过“汇款认领”或转账工单告知华为云。',
  'compare.transfer.pros': '适合大额充值，官方帮助中心有明确说明。',
  'compare.transfer.cons': '款项到账需要时间。后付费账号不能充值。换汇可能产生额外费用。',
};

/** The chooser's strings in every locale. */
export const CHOOSER: Readonly<Record<Locale, ChooserDict>> = { en, 'zh-cn': zhCn };

/** Keys the interactive chooser needs (the comparison table is rendered on the server only). */
export type IslandKey = Exclude<ChooserKey, `compare.${string}`>;
/** The strings handed to the island: one locale, without the comparison table. */
export type IslandDict = Readonly<Record<IslandKey, string>>;

/** The island's strings for one locale (keeps the page's island props small). */
export function islandStrings(dict: ChooserDict): IslandDict {
  return Object.fromEntries(Object.entries(dict).filter(([key]) => !key.startsWith('compare.'))) as IslandDict;
}

/**
 * Every user-facing string of the recharge-method chooser, per locale (same keys in both):
 * the interactive strings (src/i18n/chooser/<locale>.ts, which the island's script imports one
 * language at a time) and the comparison table below (server-rendered only: shown without
 * JavaScript and in print). Plain text only: nothing here is ever written as HTML.
 *
 * Facts: the 2026 tutorial, checked against the official help center (the claims of the
 * recharge page: card brands, US$1 check, bill on the 3rd in GMT+08:00, top-up only for prepaid
 * accounts, bank transfer on the International site, partner rules).
 */
import type { Locale } from '../../lib/locale.ts';
import en, { type IslandDict, type IslandKey } from './strings/en.ts';
import zhCn from './strings/zh-cn.ts';

export type { IslandDict, IslandKey };

const enCompare = {
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
type CompareKey = keyof typeof enCompare;

const zhCnCompare: Readonly<Record<CompareKey, string>> = {
  'compare.caption': '各种付款方式对比',
  'compare.method': '付款方式',
  'compare.suits': '适合谁',
  'compare.needs': '需要什么',
  'compare.how': '怎样付款',
  'compare.pros': '优点',
  'compare.cons': '缺点',
  'compare.card.suits': '后付费账号（绑定信用卡开通的账号通常如此），希望每月无需操作的个人和企业用户。',
  'compare.card.needs':
    '一张在账号所在国家/地区发行的 Visa 或 Mastercard 信用卡，在“支付方式”中绑定（绑卡时预授权 1 美元验证，随后退还）。',
  'compare.card.how': '每月 3 日（按 GMT+08:00 计算）生成上月账单，并自动从信用卡扣款；4 日 10:00 之后可以查看。',
  'compare.card.pros': '最省事：绑卡后无需任何操作。这是教程所说的默认方式。',
  'compare.card.cons': '需要一张被接受的信用卡。非美元卡可能产生 1%–2% 的跨境手续费（教程估算）。',
  'compare.topup.suits': '仅限预付费账号。后付费账号（通常的情况）不能充值。',
  'compare.topup.needs': '预付费账号（后付费账号改为在“资金管理 > 还款”中支付账单），以及一张可用于在线支付的卡。',
  'compare.topup.how': '费用中心 > 资金管理 > 充值还款 > 在线支付（教程中写作“资金管理 > 充值”）。',
  'compare.topup.pros': '何时充值、充多少，都由您决定。',
  'compare.topup.cons':
    '在线支付仅对部分签约主体和部分国家/地区的卡开放。教程提到的 PayPal，在所查阅的帮助中心页面中没有找到。',
  'compare.partner.suits': '没有国际信用卡或需要大额充值的用户（教程推荐的方式）。',
  'compare.partner.needs':
    '授权合作伙伴发来的邀请链接。在注册后 7 天内、产生消费之前关联最简单；之后需要先由合作伙伴完成报备。',
  'compare.partner.how':
    '转售模式下付款给合作伙伴，顾问销售（推荐）模式下直接付款给华为云。合作伙伴可能直接为您的账号发放代金券或额度。',
  'compare.partner.pros': '可用本地银行转账等本地支付方式，通常有折扣或返利；按教程的说法，无需绑定自己的卡。',
  'compare.partner.cons':
    '注册较久或已有消费的账号需要先由合作伙伴报备，未结清的账单需要先结清。转售模式下，账号在合作伙伴设置预算前处于冻结状态。可用的付款方式由合作伙伴决定。',
  'compare.transfer.suits': '企业用户，以及需要大额充值的用户。',
  'compare.transfer.needs': '一个可以汇出款项的银行账户，以及发票上或费用中心显示的收款账户。',
  'compare.transfer.how': '汇款时注明发票号，然后单击“转账工单”告知华为云（“汇款认领”是中国站的步骤）。',
  'compare.transfer.pros': '适合大额充值，官方帮助中心有明确说明。',
  'compare.transfer.cons':
    '同一国家/地区内需要两到三天，跨境更久。作为充值方式，仅适用于预付费账号。换汇可能产生额外费用。',
};

/** A key of the chooser's dictionary. */
export type ChooserKey = IslandKey | CompareKey;
/** The chooser's strings for one locale. */
export type ChooserDict = Readonly<Record<ChooserKey, string>>;

/** The chooser's strings in every locale. */
export const CHOOSER: Readonly<Record<Locale, ChooserDict>> = {
  en: { ...en, ...enCompare },
  'zh-cn': { ...zhCn, ...zhCnCompare },
};

/** The interactive strings of one locale's dictionary (without the comparison table). */
export function islandStrings(dict: ChooserDict): IslandDict {
  return Object.fromEntries(Object.entries(dict).filter(([key]) => !key.startsWith('compare.'))) as IslandDict;
}

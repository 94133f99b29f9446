/** Facts of the preparation page corrected by the second check against the help center (2026-12-01). */
import type { Correction } from './types.ts';

export const corrections: Correction[] = [
  {
    id: 'C1',
    fact: 'After 7 days or cash spending an account cannot be linked directly: the partner files it first; unpaid bills can be paid off first',
    page: '/prepare/',
    absent: [/A partner can only be linked to an account that is at most 7 days old/i],
    present: [
      /the account cannot be linked directly: contact the partner, who must first file \(报备\) your account/,
      /pay them off first, then link/,
      /accounts registered on the China site, accounts already linked to another partner, and accounts with certain contracts/,
    ],
  },
  {
    id: 'C1',
    fact: 'After 7 days or cash spending an account cannot be linked directly: the partner files it first; unpaid bills can be paid off first',
    page: '/zh-cn/prepare/',
    absent: [/只有注册不超过\s*7\s*天、没有现金消费且没有欠费账单的账号，才能关联合作伙伴/],
    present: [
      /不能直接关联：需要先联系合作伙伴完成报备，然后再关联/,
      /先充值还款结清账单，再关联/,
      /在中国站注册的账号/,
    ],
  },
  {
    id: 'C4',
    fact: 'One account per card (not one card per account); the debit-card FAQ is named, not dismissed',
    page: '/prepare/',
    absent: [/One card can be added to one account only/i, /Cards per account/],
    present: [
      /Accounts per card/,
      /A card can be added to one Huawei Cloud account only/,
      /How Do I Add a Debit Card\?/,
    ],
  },
  {
    id: 'C4',
    fact: 'One account per card (not one card per account); the debit-card FAQ is named, not dismissed',
    page: '/zh-cn/prepare/',
    absent: [/一张卡只能绑定一个账号/, /每个账号可绑的卡/],
    present: [/一张卡可绑的账号/, /一张卡只能添加到一个华为云账号/, /如何添加借记卡/],
  },
  {
    id: 'C8',
    fact: 'PayPal: not found in the help-center pages checked, not absent from the whole help center',
    page: '/prepare/',
    absent: [
      /does not mention PayPal at all/i,
      /PayPal is not mentioned anywhere/i,
      /Not found anywhere in the help center/i,
    ],
    present: [/PayPal was not found in the help-center pages checked/],
  },
  {
    id: 'C8',
    fact: 'PayPal: not found in the help-center pages checked, not absent from the whole help center',
    page: '/zh-cn/prepare/',
    absent: [/完全没有提到\s*PayPal/, /帮助中心里找不到任何相关内容/],
    present: [/所查阅的帮助中心页面中未找到\s*PayPal/],
  },
  {
    id: 'C11',
    fact: 'Coupons are 代金券 in the official Chinese help center (cash coupons in English)',
    page: '/prepare/',
    absent: [],
    present: [/your cash coupons only cover spending from before the link/],
  },
  {
    id: 'C11',
    fact: 'Coupons are 代金券 in the official Chinese help center (cash coupons in English)',
    page: '/zh-cn/prepare/',
    absent: [/现金券/],
    present: [/您名下的代金券只能抵扣关联之前的消费/],
  },
];

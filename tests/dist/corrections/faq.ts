/** Facts of the FAQ page corrected by the second check against the help center (2026-12-01). */
import type { Correction } from './types.ts';

export const corrections: Correction[] = [
  {
    id: 'C1',
    fact: 'Partner after 7 days or after spending: not directly, the partner pre-registers first',
    page: '/faq/',
    absent: [/can only be linked to an account that is at most 7 days old/i, /can no longer be linked/i],
    present: [/cannot be linked to a partner directly: the partner must first pre-register it/],
  },
  {
    id: 'C1',
    fact: 'Partner after 7 days or after spending: not directly, the partner pre-registers first',
    page: '/zh-cn/faq/',
    absent: [/只有注册不超过\s*7\s*天/],
    present: [/不能直接关联合作伙伴：需要先由合作伙伴完成报备/],
  },
  {
    id: 'C2',
    fact: 'Türkiye: a HUAWEI ID registered there cannot enable services, and a HUAWEI CLOUD account can be registered instead',
    page: '/more-questions/',
    absent: [/Accounts registered in Türkiye cannot enable Huawei Cloud services\./],
    present: [
      /A HUAWEI ID registered in Türkiye cannot be used to enable Huawei Cloud services/,
      /you can register a HUAWEI CLOUD account instead/,
    ],
  },
  {
    id: 'C2',
    fact: 'Türkiye: a HUAWEI ID registered there cannot enable services, and a HUAWEI CLOUD account can be registered instead',
    page: '/zh-cn/more-questions/',
    absent: [/在土耳其注册的账号无法开通华为云服务/],
    present: [/在土耳其注册的华为账号不能用于开通华为云服务/, /可以改为注册华为云账号/],
  },
  {
    id: 'C4',
    fact: 'One account per card (not one card per account); the debit-card FAQ is named, not dismissed',
    page: '/more-questions/',
    absent: [
      /One card can be added to one account only/,
      /one card per account/i,
      /No debit, prepaid, virtual or gift cards\./,
    ],
    present: [
      /A card can be on one account only/,
      /How Do I Add a Debit Card\?/,
      /we do not say that a debit card can never work/,
    ],
  },
  {
    id: 'C4',
    fact: 'One account per card (not one card per account); the debit-card FAQ is named, not dismissed',
    page: '/zh-cn/more-questions/',
    absent: [/一张卡只能绑定一个账号/, /每个账号只能绑定一张卡/],
    present: [/同一张卡只能用于一个账号/, /如何添加借记卡/, /所以不说借记卡一定不能用/],
  },
  {
    id: 'C5',
    fact: 'Account type after real-name: not fixed for good; an individual account can be re-authenticated to an enterprise',
    page: '/faq/',
    absent: [/Once authenticated, the account type cannot be changed/],
    present: [/an individual account can be re-authenticated to change its owner/],
  },
  {
    id: 'C5',
    fact: 'Account type after real-name: not fixed for good; an individual account can be re-authenticated to an enterprise',
    page: '/zh-cn/faq/',
    absent: [/完成认证后，账号类型无法更改/],
    present: [/个人账号可以通过重新实名认证/],
  },
  {
    id: 'C8',
    fact: 'PayPal: not found in the help-center pages checked, not "not mentioned anywhere"',
    page: '/more-questions/',
    absent: [/not mentioned anywhere/i],
    present: [/PayPal was not found in the help-center pages checked/],
  },
  {
    id: 'C8',
    fact: 'PayPal: not found in the help-center pages checked, not "not mentioned anywhere"',
    page: '/zh-cn/more-questions/',
    absent: [/完全没有提到\s*PayPal/],
    present: [/在所查阅的帮助中心页面中没有找到\s*PayPal/],
  },
];

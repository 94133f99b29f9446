/** Facts of the overview page corrected by the second check against the help center (2026-12-01). */
import type { Correction } from './types.ts';

export const corrections: Correction[] = [
  {
    id: 'C1',
    fact: 'Partner linking after 7 days or cash spending is not impossible: it is not direct, the partner files the account first',
    page: '/',
    absent: [/Two choices you cannot undo/, /A partner can only be linked to an account that is at most 7 days old/i],
    present: [
      /One choice you cannot undo, one to make early/,
      /the account cannot be linked directly: the partner must first file/,
    ],
  },
  {
    id: 'C1',
    fact: 'Partner linking after 7 days or cash spending is not impossible: it is not direct, the partner files the account first',
    page: '/zh-cn/',
    absent: [/两项无法撤销的选择/, /只有注册不超过\s*7\s*天、且没有现金消费的账号，才能关联合作伙伴/],
    present: [/一项无法更改的选择，一项要尽早做的决定/, /不能直接关联，需要先联系合作伙伴完成报备/],
  },
  {
    id: 'C3',
    fact: 'Top-up is offered only with the help center limit: prepaid accounts only',
    page: '/',
    absent: [/top up in advance, or pay through a partner/],
    present: [/top up in advance \(the help center allows top-up for prepaid accounts only\)/],
  },
  {
    id: 'C3',
    fact: 'Top-up is offered only with the help center limit: prepaid accounts only',
    page: '/zh-cn/',
    absent: [/也可以提前充值，或通过合作伙伴付款/],
    present: [/帮助中心规定只有预付费账号才能充值/],
  },
  {
    id: 'C8',
    fact: 'Undocumented means not found in the help-center pages checked',
    page: '/',
    absent: [/the official help center does not mention it/i],
    present: [/it was not found in the help-center pages checked/],
  },
  {
    id: 'C8',
    fact: 'Undocumented means not found in the help-center pages checked',
    page: '/zh-cn/',
    absent: [/官方帮助中心没有提到这一点/],
    present: [/在所查阅的帮助中心页面中未找到这一点/],
  },
];

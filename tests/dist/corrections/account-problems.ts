/**
 * Facts of the account problems page that the second check against the help center corrected
 * (rows C2 and C5 of the check), and the partner disassociation limit, where newer help-center
 * pages say three requests per three months rather than one. Where nothing wrong was ever
 * written on this page, `absent` is empty and the entry keeps the corrected wording there.
 */
import type { Correction } from './types.ts';

export const corrections: Correction[] = [
  {
    id: 'C2',
    fact: 'Türkiye: HUAWEI IDs cannot enable Huawei Cloud, and the help center offers a HUAWEI CLOUD account instead',
    page: '/account-changes/',
    absent: [],
    present: [
      /HUAWEI IDs registered in Türkiye cannot be used to enable HUAWEI CLOUD services\./,
      /You can register a HUAWEI CLOUD account instead\./,
    ],
  },
  {
    id: 'C2',
    fact: '土耳其：华为账号无法开通华为云，帮助中心给出的办法是改为注册华为云账号',
    page: '/zh-cn/account-changes/',
    absent: [],
    present: [/在土耳其（Türkiye）注册的华为账号无法开通华为云/, /改为注册华为云账号/],
  },
  {
    id: 'C5',
    fact: 'account type: individual to enterprise before real-name authentication, not back; after it, through re-authentication',
    page: '/account-changes/',
    absent: [/After real-name authentication, the account type cannot be changed\./],
    present: [
      /you can change an individual account to an enterprise account, but not an enterprise account to an individual one/,
      /An individual account is re-authenticated to change its owner to an enterprise/,
    ],
  },
  {
    id: 'C5',
    fact: '账号类型：实名认证前个人可改为企业、不能改回；认证后通过重新认证变更',
    page: '/zh-cn/account-changes/',
    absent: [/认证后账号类型无法更改/],
    present: [/个人账号可以改为企业账号，企业账号却不能改为个人账号/, /个人账号要通过重新认证，把账号主体变更为企业/],
  },
  {
    id: 'partner-disassociation-limit',
    fact: 'leaving a partner: one request per three months on the International partner page, three on newer pages',
    page: '/account-changes/',
    absent: [],
    present: [/one request to leave per three months/, /three requests within three months/],
  },
  {
    id: 'partner-disassociation-limit',
    fact: '解除关联：国际站伙伴页面为3个月内一次，较新的页面为3个月内三次',
    page: '/zh-cn/account-changes/',
    absent: [],
    present: [/3个月内只能发起一次解除关联申请/, /3个月内可以发起三次申请/],
  },
];

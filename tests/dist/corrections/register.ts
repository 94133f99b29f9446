/** Facts of the registration page corrected by the second check against the help center (2026-12-01). */
import type { Correction } from './types.ts';

export const corrections: Correction[] = [
  {
    id: 'C2',
    fact: 'Türkiye: a HUAWEI ID registered there cannot enable services, and a HUAWEI CLOUD account can be registered instead',
    page: '/register/',
    absent: [/states that accounts registered in Türkiye cannot enable/i],
    present: [
      /A HUAWEI ID registered in Türkiye cannot be used to enable HUAWEI CLOUD services/,
      /you can register a HUAWEI CLOUD account instead/,
    ],
  },
  {
    id: 'C2',
    fact: 'Türkiye: a HUAWEI ID registered there cannot enable services, and a HUAWEI CLOUD account can be registered instead',
    page: '/zh-cn/register/',
    absent: [/帮助中心说明，在土耳其注册的账号无法开通华为云服务/],
    present: [/在土耳其注册的华为账号无法用来开通华为云服务/, /可以改为注册华为云账号/],
  },
  {
    id: 'C4',
    fact: 'One account per card (not one card per account); the debit-card FAQ is named, not dismissed',
    page: '/bind-card/',
    absent: [/it can be linked to one account only/i, /No debit, prepaid, virtual or gift cards\./],
    present: [
      /A card can be added to one Huawei Cloud account only\. The rule limits the card, not the account/,
      /How Do I Add a Debit Card\?/,
    ],
  },
  {
    id: 'C4',
    fact: 'One account per card (not one card per account); the debit-card FAQ is named, not dismissed',
    page: '/zh-cn/bind-card/',
    absent: [/且只能绑定一个账号/, /不支持借记卡、预付卡、虚拟卡和礼品卡。信用卡必须/],
    present: [/一张信用卡只能添加到一个华为云账号。这条规则限制的是卡，不是账号/, /如何添加借记卡/],
  },
  {
    id: 'C5',
    fact: 'Account type: individual to enterprise before real-name, not the reverse; after real-name a separate procedure',
    page: '/complete-account/',
    absent: [
      /Once it is complete, you cannot switch between individual and enterprise/i,
      /After real-name authentication, the account type cannot be changed\./,
    ],
    present: [
      /an individual account can be changed to an enterprise account, but an enterprise account cannot be changed to an individual account/,
      /the type cannot be changed on the Basic Information page/,
    ],
  },
  {
    id: 'C5',
    fact: 'Account type: individual to enterprise before real-name, not the reverse; after real-name a separate procedure',
    page: '/zh-cn/complete-account/',
    absent: [/认证完成后，个人和企业账号类型无法互相切换/, /完成实名认证后，账号类型无法更改/],
    present: [/个人账号可以按需改为企业账号，但企业账号不能改为个人账号/, /无法在“基本信息”页面修改账号类型/],
  },
  {
    id: 'C8',
    fact: 'Undocumented means not found in the help-center pages checked, not absent from the help center',
    page: '/register/',
    absent: [/Not in the official help center/],
    present: [/Not found in the help-center pages checked/],
  },
  {
    id: 'C8',
    fact: 'Undocumented means not found in the help-center pages checked, not absent from the help center',
    page: '/zh-cn/register/',
    absent: [/官方帮助中心未提及/],
    present: [/所查阅的帮助中心页面中未找到/],
  },
  {
    id: 'C9',
    fact: 'New-user credit: what is documented is a bound card or granted credit, and a monthly expenditure quota',
    page: '/bind-card/',
    absent: [/do not mention a credit amount for new users after binding a card\. Do not count on it\./],
    present: [
      /your account must be bound to a credit card or have been granted credit/,
      /monthly expenditure quota/,
      /It is a spending limit, not money you are given/,
    ],
  },
  {
    id: 'C9',
    fact: 'New-user credit: what is documented is a bound card or granted credit, and a monthly expenditure quota',
    page: '/zh-cn/bind-card/',
    absent: [/都没有提到新用户绑卡后可以获得额度。不要指望这笔额度。/],
    present: [/账号需要已绑定信用卡或已获得授信/, /每月的消费额度/, /它是消费上限，不是送给您的钱/],
  },
  {
    id: 'C10',
    fact: 'The redirect to /intl comes from a China-site banner, not from the registration page',
    page: '/register/',
    absent: [/The China site sends International account holders to/],
    present: [/shows people signed in with an International account a banner/, /It calls the button Register/],
  },
  {
    id: 'C10',
    fact: 'The redirect to /intl comes from a China-site banner, not from the registration page',
    page: '/zh-cn/register/',
    absent: [/中国站会引导国际站账号用户前往/],
    present: [/中国站会向已登录国际站账号的用户显示提示条/, /英文页面称之为\s*Register/],
  },
];

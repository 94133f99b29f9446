/**
 * The official list: the Huawei Cloud addresses the link check recognizes, each with the
 * official page it comes from. This is the only place the list is written; the classifier,
 * the verdicts and the no-JavaScript fallback all read it.
 *
 * `evidence` says how well each address is documented:
 * - 'stated': an official page writes the address in its text (`quote` is what it says, copied
 *   as read, with `quoteLang` its language);
 * - 'seen': official help pages are published at this address form (the cited page is one of
 *   them, `quote` is the page's own breadcrumb or heading), but no sentence states it;
 * - 'undocumented': no official page stating it was found; the entry is kept because the
 *   address is on a domain the list does name (`domains` below), and every verdict about it
 *   says that it is undocumented.
 *
 * Checked on 2026-12-01 by searching Huawei Cloud's public help center and site. Hosts are
 * lower-case ASCII. Entries are matched in order: the first one whose host matches and whose
 * path starts with one of its `paths` (any path when there are none) wins.
 */

/** When the list was last checked against the official pages (ISO date). */
export const LIST_CHECKED = '2026-12-01';

export type Evidence = 'stated' | 'seen' | 'undocumented';
/** Which of Huawei Cloud's sites an address belongs to. */
export type Site = 'intl' | 'china' | 'europe' | 'shared' | 'huawei-id';
/** What kind of page it is. */
export type Service = 'site' | 'help' | 'console' | 'account' | 'sign-in';

export interface Source {
  /** The official page, as read. */
  url: string;
  /** Its title or a short description of it, in English and in Chinese (for the Chinese pages). */
  title: string;
  titleZh: string;
  /** What it says, copied as read (plain text). */
  quote?: string;
  quoteLang?: 'en' | 'zh-cn';
}

export interface AllowEntry {
  id: string;
  host: string;
  /** Path prefixes (lower case, matched without regard to case); none means any path. */
  paths?: readonly string[];
  site: Site;
  service: Service;
  evidence: Evidence;
  /** How the address is written for readers (the fallback list and the verdicts). */
  display: string;
  sources: readonly Source[];
  /** Why this entry is undocumented or only seen, in a few words (English; for maintainers). */
  note?: string;
}

/** Registered domains (Public Suffix List) that belong to Huawei, each with where that is said. */
export interface OwnerDomain {
  domain: string;
  sources: readonly Source[];
}

const ENV_ADDRESSES_INTL: Source = {
  url: 'https://support.huaweicloud.com/intl/en-us/devg-bpconsole/en-us_topic_0078452994.html',
  title: 'HUAWEI CLOUD Environment and Address (Partner Center Developer Guide, International)',
  titleZh: '华为云环境地址（伙伴中心开发指南，国际站，英文页面）',
};
const ENV_ADDRESSES_CHINA: Source = {
  url: 'https://support.huaweicloud.com/devg-oce/zh-cn_topic_0078452994.md',
  title: 'Huawei Cloud environment addresses (customer operations developer guide, China help center, in Chinese)',
  titleZh: '华为云环境地址（客户运营能力开发指南，中国站帮助中心）',
};

export const ALLOW_LIST: readonly AllowEntry[] = [
  {
    id: 'intl-site',
    host: 'www.huaweicloud.com',
    paths: ['/intl/', '/intl'],
    site: 'intl',
    service: 'site',
    evidence: 'stated',
    display: 'www.huaweicloud.com/intl/…',
    sources: [
      {
        url: 'https://support.huaweicloud.com/intl/zh-cn/api-cbh/topic_300000000_0.html',
        title: 'International help center page (Chinese): notice shown to International account holders',
        titleZh: '国际站帮助中心页面：向国际站账号显示的提示',
        quote:
          '检测到您已登录华为云国际站账号,为了您更好的体验,建议您访问国际站服务网站 https://www.huaweicloud.com/intl/zh-cn',
        quoteLang: 'zh-cn',
      },
      {
        url: 'https://www.huaweicloud.com/intl/en-us/s/JUVWUyU/t_30_p_1/JUJpbGxpbmcgQ2VudGVyJQ',
        title: 'International site search page: its language menu (items joined with •)',
        titleZh: '国际站搜索页面：语言菜单（各项以 • 连接）',
        quote:
          'International • English • Bahasa Indonesia • Español • Português • Türkçe • عربي • ไทย • 简体中文 • 日本語 中国站 • 简体中文 Europe • English • Deutsch • Español • Français • Nederlands',
        quoteLang: 'en',
      },
    ],
  },
  {
    id: 'europe-site',
    host: 'www.huaweicloud.com',
    paths: ['/eu/', '/eu'],
    site: 'europe',
    service: 'site',
    evidence: 'undocumented',
    display: 'www.huaweicloud.com/eu/…',
    note: 'The site menu lists a separate "Europe" site; no page read states its /eu/ address.',
    sources: [
      {
        url: 'https://www.huaweicloud.com/intl/en-us/s/JUVWUyU/t_30_p_1/JUJpbGxpbmcgQ2VudGVyJQ',
        title: 'International site search page: its language menu',
        titleZh: '国际站搜索页面：语言菜单',
        quote: 'Europe • English • Deutsch • Español • Français • Nederlands',
        quoteLang: 'en',
      },
    ],
  },
  {
    id: 'china-site',
    host: 'www.huaweicloud.com',
    site: 'china',
    service: 'site',
    evidence: 'stated',
    display: 'www.huaweicloud.com/…',
    sources: [
      {
        url: 'https://www.huaweicloud.com/guide/page-739',
        title: 'Huawei Cloud user guide (China site, in Chinese): registering',
        titleZh: '华为云用户手册（中国站）：注册华为云',
        quote: '登录网站https://www.huaweicloud.com/。 单击“注册”。',
        quoteLang: 'zh-cn',
      },
    ],
  },
  {
    id: 'intl-help',
    host: 'support.huaweicloud.com',
    paths: ['/intl/', '/intl'],
    site: 'intl',
    service: 'help',
    evidence: 'seen',
    display: 'support.huaweicloud.com/intl/…',
    note: 'The International help pages are published under this path; no sentence states it.',
    sources: [
      {
        url: 'https://support.huaweicloud.com/intl/en-us/usermanual-account/account_id_001.html',
        title: 'Registering a HUAWEI ID and Enabling HUAWEI CLOUD Services',
        titleZh: '注册华为账号并开通华为云（英文页面）',
        quote: 'Help Center> My Account> User Guide> Registering a HUAWEI ID and Enabling HUAWEI CLOUD Services',
        quoteLang: 'en',
      },
    ],
  },
  {
    id: 'europe-help',
    host: 'support.huaweicloud.com',
    paths: ['/eu/', '/eu'],
    site: 'europe',
    service: 'help',
    evidence: 'seen',
    display: 'support.huaweicloud.com/eu/…',
    note: 'Help pages of the Europe site are published under this path; no sentence states it.',
    sources: [
      {
        url: 'https://support.huaweicloud.com/eu/account_faq/faq_id_0058.html',
        title: 'How Do I Complete HUAWEI ID Information? (Europe help center)',
        titleZh: '如何完善华为账号信息（欧洲站帮助中心，英文页面）',
        quote:
          'Help Center/ My Account/ FAQs/ Basic Information (for HUAWEI ID)/ Basic Concepts/ How Do I Complete HUAWEI ID Information?',
        quoteLang: 'en',
      },
    ],
  },
  {
    id: 'china-help',
    host: 'support.huaweicloud.com',
    site: 'china',
    service: 'help',
    evidence: 'seen',
    display: 'support.huaweicloud.com/…',
    note: 'Chinese-mainland help pages are published at this host without /intl; no sentence states it.',
    sources: [{ ...ENV_ADDRESSES_CHINA, quote: '# 华为云环境地址', quoteLang: 'zh-cn' }],
  },
  {
    id: 'intl-console',
    host: 'console-intl.huaweicloud.com',
    site: 'intl',
    service: 'console',
    evidence: 'undocumented',
    display: 'console-intl.huaweicloud.com',
    note: 'No official page read states this address; the China console is stated (china-console).',
    sources: [],
  },
  {
    id: 'china-console',
    host: 'console.huaweicloud.com',
    site: 'china',
    service: 'console',
    evidence: 'stated',
    display: 'console.huaweicloud.com',
    sources: [
      {
        ...ENV_ADDRESSES_CHINA,
        quote:
          '控制台 | 华为云普通客户可以登录华为云管理控制台，对华为云各服务进行查看、购买、使用等操作。 | https://console.huaweicloud.com/console/',
        quoteLang: 'zh-cn',
      },
    ],
  },
  {
    id: 'intl-account',
    host: 'account-intl.huaweicloud.com',
    site: 'intl',
    service: 'account',
    evidence: 'stated',
    display: 'account-intl.huaweicloud.com',
    sources: [
      {
        ...ENV_ADDRESSES_INTL,
        quote:
          'Partner Center Indicates the operation management UI provided by HUAWEI CLOUD for the partner. https://account-intl.huaweicloud.com/obmgr/#/obmgr/index',
        quoteLang: 'en',
      },
    ],
  },
  {
    id: 'china-account',
    host: 'account.huaweicloud.com',
    site: 'china',
    service: 'account',
    evidence: 'stated',
    display: 'account.huaweicloud.com',
    sources: [
      {
        ...ENV_ADDRESSES_CHINA,
        quote:
          '费用中心 | 华为云提供给普通客户充值、续费、查看订单、查看财务信息、查看优惠券与折扣、申请合同、开具发票、退订与变更的运营管理界面。 | https://account.huaweicloud.com/usercenter',
        quoteLang: 'zh-cn',
      },
    ],
  },
  {
    id: 'sign-in',
    host: 'auth.huaweicloud.com',
    site: 'shared',
    service: 'sign-in',
    evidence: 'stated',
    display: 'auth.huaweicloud.com',
    note: 'Stated as the IAM login address; the page does not say which site it serves, so both may use it.',
    sources: [
      {
        ...ENV_ADDRESSES_INTL,
        quote:
          'Login address provided by IAM Indicates the address provided by IAM for the partner to switch to the page from the partner sales platform for registering or associating a HUAWEI CLOUD account. It is not the API path (endpoint) provided by IAM. https://auth.huaweicloud.com/',
        quoteLang: 'en',
      },
    ],
  },
  {
    id: 'huawei-id',
    host: 'id.huawei.com',
    site: 'huawei-id',
    service: 'account',
    evidence: 'stated',
    display: 'id.huawei.com',
    sources: [
      {
        url: 'https://huaweicloud.com/s/JXJhZG1pbuemgeatouaJk-W8gOacjeWKoeWZqOiuvue9riU/t_30_p_2/Jei0puWPt-S4reW_gyU',
        title: 'Huawei Cloud help search results (China site, in Chinese): closing a HUAWEI ID',
        titleZh: '华为云帮助搜索结果（中国站）：注销华为账号',
        quote: '前往华为账号中心(id.huawei.com)进行注销操作',
        quoteLang: 'zh-cn',
      },
    ],
  },
];

/**
 * Partner invitation links: the help center says partners send them and customers open them,
 * but no page read shows what such a link looks like (host, path or parameters). So the check
 * never says "partner invitation link"; for a Huawei Cloud address that carries parameters it
 * says that this form is undocumented.
 */
export const PARTNER_INVITATION = {
  evidence: 'undocumented' as Evidence,
  sources: [
    {
      url: 'https://support.huaweicloud.com/intl/en-us/usermanual-account/en-us_topic_0045531772.html',
      title: 'Requesting Association with a Partner',
      titleZh: '如何申请关联合作伙伴（英文页面）',
      quote:
        'Customers can contact Huawei Cloud partners to obtain invitation links or QR codes. Then customers can click the links or scan the QR codes to complete the registration and association.',
      quoteLang: 'en',
    },
    {
      url: 'https://support.huaweicloud.com/intl/en-us/usermanual-bpconsole/psp_080703.html',
      title: 'Inviting Pre-Registered Customers by Emails',
      titleZh: '通过邮件邀请已报备客户（英文页面）',
      quote: 'Invitation links have a validity period.',
      quoteLang: 'en',
    },
    {
      url: 'https://support.huaweicloud.com/intl/zh-cn/usermanual-bpconsole/zh-cn_topic_0045531772.html',
      title: 'How to request association with a partner (in Chinese)',
      titleZh: '如何申请关联合作伙伴',
      quote: '客户线下联系合作伙伴,获取邀请链接或者二维码,通过复制链接到浏览器或者扫描二维码,完成注册和关联合作伙伴。',
      quoteLang: 'zh-cn',
    },
  ] satisfies Source[],
  /** What the help center says about China site accounts and partners. */
  chinaSite: {
    url: 'https://support.huaweicloud.com/intl/id-id/usermanual-account/en-us_topic_0045531772.html',
    title: 'Requesting Association with a Partner',
    titleZh: '如何申请关联合作伙伴（英文页面）',
    quote: 'A customer cannot be associated with a partner if the customer: Registers with Huawei Cloud (China).',
    quoteLang: 'en',
  } satisfies Source,
};

/** Registered domains of Huawei: a host on one of them that is not listed above is "Huawei's, not on the list". */
export const OWNER_DOMAINS: readonly OwnerDomain[] = [
  {
    domain: 'huaweicloud.com',
    sources: [
      {
        url: 'https://support.huaweicloud.com/intl/en-us/account_faq/faq_id_0015.html',
        title: 'Why Do I Need to Upgrade My HUAWEI CLOUD Account to a HUAWEI ID?',
        titleZh: '为什么要把华为云账号升级为华为账号（英文页面）',
        quote: 'the full range of Huawei services, including HUAWEI CLOUD (huaweicloud.com)',
        quoteLang: 'en',
      },
    ],
  },
  {
    domain: 'huawei.com',
    sources: [
      {
        url: 'https://support.huaweicloud.com/intl/en-us/account_faq/faq_id_0015.html',
        title: 'Why Do I Need to Upgrade My HUAWEI CLOUD Account to a HUAWEI ID?',
        titleZh: '为什么要把华为云账号升级为华为账号（英文页面）',
        quote: 'HUAWEI Developers (developer.huawei.com/consumer), HUAWEI AppGallery (appgallery.huawei.com)',
        quoteLang: 'en',
      },
    ],
  },
];

/** The entry with this id (throws for an unknown id: ids are fixed in this file). */
export function entryById(id: string): AllowEntry {
  const entry = ALLOW_LIST.find((e) => e.id === id);
  if (!entry) throw new Error(`unknown allow-list entry "${id}"`);
  return entry;
}

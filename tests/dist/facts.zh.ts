// Facts of the source tutorial (and of the official help center where it differs), as they
// appear on the built Simplified Chinese pages. Mirrors facts.en.ts entry by entry: each
// pattern must match the visible text of the built page (HTML tags replaced by spaces,
// whitespace collapsed). Patterns allow optional whitespace where the markup puts a tag
// (bold, links, code) next to Chinese text, avoid quotation marks, and accept ">" as "&gt;".

const GT = String.raw`\s*(?:>|&gt;)\s*`;

export const factsZh: { page: string; fact: string; pattern: RegExp }[] = [
  // 概览
  { page: '/zh-cn/', fact: 'The site is an unofficial guide', pattern: /一份\s*非官方\s*指南/ },
  {
    page: '/zh-cn/',
    fact: 'Each tutorial claim was checked against the official help center',
    pattern: /每一条说法都与华为云官方帮助中心做了核对/,
  },
  {
    page: '/zh-cn/',
    fact: 'Tutorial: International site has no real-name authentication in some countries/regions',
    pattern: /部分国家和地区免实名认证/,
  },
  { page: '/zh-cn/', fact: 'Tutorial: International site offers business compliance', pattern: /业务合规/ },
  {
    page: '/zh-cn/',
    fact: 'Tutorial: International site has many global nodes',
    pattern: /全球节点（区域）丰富/,
  },
  {
    page: '/zh-cn/',
    fact: 'Flow: bind a card with a refundable US$1 check',
    pattern: /扣取\s*US\$1\s*验证卡片，随后很快退还/,
  },
  {
    page: '/zh-cn/',
    fact: 'Partner linking: within 7 days and before cash spending, else the partner files the account first',
    pattern: /请在注册后\s*7\s*天内、产生现金消费之前关联合作伙伴：注册超过\s*7\s*天或已有现金消费的账号不能直接关联/,
  },

  // 准备工作
  { page: '/zh-cn/prepare/', fact: 'Use Gmail or Outlook', pattern: /如\s*Gmail\s*或\s*Outlook/ },
  { page: '/zh-cn/prepare/', fact: 'Or a corporate mailbox', pattern: /使用公司自有域名的企业邮箱/ },
  {
    page: '/zh-cn/prepare/',
    fact: 'Avoid restricted mainland China mailboxes',
    pattern: /不要使用受限的中国大陆邮箱服务/,
  },
  {
    page: '/zh-cn/prepare/',
    fact: 'Overseas mobile number for SMS verification codes',
    pattern: /中国大陆以外的手机号码，用来接收短信验证码/,
  },
  {
    page: '/zh-cn/prepare/',
    fact: 'The phone step can be skipped in some areas',
    pattern: /在部分地区，用邮箱注册后可以跳过手机号这一步/,
  },
  {
    page: '/zh-cn/prepare/',
    fact: 'Skipping the mobile number weakens account security',
    pattern: /找回密码和证明账号归属的途径就少了一种/,
  },
  {
    page: '/zh-cn/prepare/',
    fact: 'Tutorial: Visa, Mastercard and JCB credit cards',
    pattern: /Visa、\s*Mastercard、\s*JCB\s*等国际信用卡/,
  },
  { page: '/zh-cn/prepare/', fact: 'Official: Visa and Mastercard only', pattern: /仅支持\s*Visa\s*和\s*Mastercard/ },
  {
    page: '/zh-cn/prepare/',
    fact: 'Tutorial: enterprises can also use PayPal, bank transfer or a partner',
    pattern: /PayPal、转账汇款，或通过华为云授权合作伙伴付款/,
  },
  {
    page: '/zh-cn/prepare/',
    fact: 'PayPal was not found in the help-center pages checked',
    pattern: /PayPal\s*企业可用\s*所查阅的帮助中心页面中未找到/,
  },
  { page: '/zh-cn/prepare/', fact: 'Official: one account per card', pattern: /一张卡只能添加到一个华为云账号/ },
  {
    page: '/zh-cn/prepare/',
    fact: 'Use an IP address of the registration country/region to avoid risk control',
    pattern: /使用与注册国家\/地区一致的\s*IP\s*地址，以免触发华为云的风控/,
  },

  // 注册账号
  {
    page: '/zh-cn/register/',
    fact: 'The China site www.huaweicloud.com has no /intl',
    pattern: /中国站的网址是\s*www\.huaweicloud\.com\s*，不带\s*\/intl/,
  },
  {
    page: '/zh-cn/register/',
    fact: 'Click Sign Up in the upper right corner',
    pattern: /单击右上角的\s*注册\s*（Sign Up）/,
  },
  { page: '/zh-cn/register/', fact: 'Tutorial: logos differ (HuaWeiCloud)', pattern: /HuaWeiCloud/ },
  {
    page: '/zh-cn/register/',
    fact: 'Country/region cannot be changed and decides law and tax',
    pattern: /注册后无法更改，而且它决定了适用的法律和税率/,
  },
  {
    page: '/zh-cn/register/',
    fact: 'Tutorial password rule: at least 8 characters with upper/lower case and digits',
    pattern: /教程的要求是至少\s*8\s*个字符，包含大写字母、小写字母和数字/,
  },
  {
    page: '/zh-cn/register/',
    fact: 'Password that satisfies both the tutorial and the official rule',
    pattern: /至少\s*8\s*个字符，包含大写字母、小写字母和数字，且不含空格，就能同时满足两种规则/,
  },
  {
    page: '/zh-cn/register/',
    fact: 'Türkiye: a HUAWEI ID registered there cannot enable services; a HUAWEI CLOUD account can be registered instead',
    pattern: /在土耳其注册的华为账号无法用来开通华为云服务；您可以改为注册华为云账号/,
  },
  {
    page: '/zh-cn/complete-account/',
    fact: 'The Complete Information button',
    pattern: /按钮名称同样是\s*完善信息\s*（Complete Information）/,
  },
  {
    page: '/zh-cn/complete-account/',
    fact: 'Tutorial: Hong Kong and overseas regions need no real-name authentication',
    pattern: /只使用中国香港和海外（中国大陆以外）的区域，无需实名认证/,
  },
  {
    page: '/zh-cn/complete-account/',
    fact: 'Real-name authentication needed for mainland China regions',
    pattern: /如果使用中国大陆的区域，则需要实名认证/,
  },
  { page: '/zh-cn/complete-account/', fact: 'Individuals upload ID documents', pattern: /上传个人身份证件/ },
  { page: '/zh-cn/complete-account/', fact: 'Enterprises upload a business licence', pattern: /上传营业执照/ },
  {
    page: '/zh-cn/complete-account/',
    fact: 'Real-name review takes 1-3 working days; the account type rules before and after it',
    pattern: /实名认证审核需要\s*1\s*[～~至到\-–]\s*3\s*个工作日。账号类型并不是/,
  },
  {
    page: '/zh-cn/complete-account/',
    fact: 'Enter your real contact address: it appears on invoices',
    pattern: /不要编造地址。地址会显示在发票上/,
  },
  {
    page: '/zh-cn/bind-card/',
    fact: 'US$1 pre-authorization to test the card',
    pattern: /扣取\s*US\$1\s*的预授权金额，以验证卡片是否有效/,
  },
  {
    page: '/zh-cn/bind-card/',
    fact: 'The US$1 is refunded shortly',
    pattern: /通常会在短时间内自动退还/,
  },
  {
    page: '/zh-cn/bind-card/',
    fact: 'Tutorial: new users usually get some consumer credit',
    pattern: /新用户绑卡成功后，通常会获得一定的消费额度/,
  },
  {
    page: '/zh-cn/bind-card/',
    fact: 'Official card menu: Billing Center > Funds Management > Payment Methods',
    pattern: new RegExp(`费用中心\\s*（Billing Center）${GT}资金管理\\s*（Funds Management）${GT}支付方式`),
  },

  // 付款与充值
  {
    page: '/zh-cn/recharge/',
    fact: 'Bill for the previous month on the 3rd of each month',
    pattern: /每月\s*3\s*日，华为云生成上个月的账单/,
  },
  {
    page: '/zh-cn/recharge/',
    fact: 'Charged to the default credit card',
    pattern: /从您账号绑定的默认信用卡中扣除该账单费用/,
  },
  {
    page: '/zh-cn/recharge/',
    fact: 'Billing cycles counted in GMT+08:00',
    pattern: /都按\s*GMT\+08:00\s*计算，而不是按您当地的时间/,
  },
  {
    page: '/zh-cn/top-up/',
    fact: 'Tutorial names the Billing Center the Cost Center',
    pattern: /教程英文版称之为\s*Cost Center/,
  },
  {
    page: '/zh-cn/top-up/',
    fact: 'Tutorial menu: Money Management > Recharge',
    pattern: new RegExp(`资金管理${GT}充值\\s*。这是教程中的菜单名称，英文版写作\\s*Money Management${GT}Recharge`),
  },
  {
    page: '/zh-cn/recharge/',
    fact: 'Tutorial: manual top-up by PayPal or credit card',
    pattern: /用\s*PayPal\s*或信用卡支付/,
  },
  {
    page: '/zh-cn/recharge/',
    fact: 'Official menu: Funds Management > Top-Up and Repayment',
    pattern: new RegExp(`资金管理${GT}充值还款`),
  },
  {
    page: '/zh-cn/top-up/',
    fact: 'Postpaid customers cannot top up',
    pattern: /如果您是后付费客户，则无法充值/,
  },
  {
    page: '/zh-cn/partners/',
    fact: 'Partner recommended without an international card or for a large top-up',
    pattern: /没有国际信用卡；或\s*需要大额充值/,
  },
  {
    page: '/zh-cn/partners/',
    fact: 'Partner sends an invitation link',
    pattern: /合作伙伴会给您发送邀请链接/,
  },
  {
    page: '/zh-cn/partners/',
    fact: 'Local transfer or USDT, depending on the partner',
    pattern: /本地银行转账或\s*USDT/,
  },
  { page: '/zh-cn/partners/', fact: 'Discounts or rebates', pattern: /额外的折扣或返点/ },
  { page: '/zh-cn/partners/', fact: 'Vouchers or a quota from the partner', pattern: /代金券或消费额度/ },
  {
    page: '/zh-cn/more-questions/',
    fact: 'Reseller model: account frozen until the partner sets a monthly budget',
    pattern: /直到合作伙伴设置月度预算/,
  },
  {
    page: '/zh-cn/partners/',
    fact: 'Decide on a partner within 7 days',
    pattern: /注册后\s*7\s*天内、购买任何产品之前/,
  },
  {
    page: '/zh-cn/partners/',
    fact: 'A partner never needs your card details or password',
    pattern: /合作伙伴从来不需要您的信用卡信息或账号密码/,
  },
  {
    page: '/zh-cn/top-up/',
    fact: 'Bank transfer is claimed with Claim Bank Transfer',
    pattern: /汇款认领\s*（Claim Bank Transfer）/,
  },

  // 常见问题与避坑
  { page: '/zh-cn/faq/', fact: 'Risk cause: frequent IP changes', pattern: /频繁更换\s*IP\s*地址/ },
  { page: '/zh-cn/faq/', fact: 'Risk cause: blacklisted card details', pattern: /支付卡信息被列入黑名单/ },
  { page: '/zh-cn/faq/', fact: 'Fix: clear the browser cache', pattern: /清除浏览器缓存/ },
  { page: '/zh-cn/faq/', fact: 'Fix: a stable fixed IP address', pattern: /换用稳定的固定\s*IP\s*地址/ },
  {
    page: '/zh-cn/faq/',
    fact: 'Fix: register through a partner invitation (higher pass rate per tutorial)',
    pattern: /风控通过率更高/,
  },
  {
    page: '/zh-cn/faq/',
    fact: 'Official remedy: service ticket under User Account',
    pattern: new RegExp(`用户账号${GT}账号冻结/受限咨询`),
  },
  {
    page: '/zh-cn/faq/',
    fact: 'Official remedy: 6 months of card statements',
    pattern: /该信用卡最近\s*6\s*个月的银行流水单/,
  },
  { page: '/zh-cn/faq/', fact: 'Settlement in USD', pattern: /以美元（USD）结算/ },
  {
    page: '/zh-cn/faq/',
    fact: 'Tutorial estimate: 1%-2% cross-border fee',
    pattern: /1%\s*[～~\-–]\s*2%\s*的跨境手续费/,
  },
  {
    page: '/zh-cn/faq/',
    fact: 'Official: currency chosen under My Account > Preferences > Currency',
    pattern: new RegExp(`我的账号${GT}偏好设置${GT}币种`),
  },
  {
    page: '/zh-cn/faq/',
    fact: 'Tutorial: real-name may be needed in Hong Kong, China',
    pattern: /例如中国香港/,
  },
  { page: '/zh-cn/faq/', fact: 'Tutorial: large purchases may trigger real-name', pattern: /大额采购/ },
  {
    page: '/zh-cn/more-questions/',
    fact: 'Country or region cannot be changed',
    pattern: /不能。教程和帮助中心在这一点上说法一致/,
  },
];

// Facts of the source tutorial (and of the official help center where it differs),
// each with a case-insensitive pattern that must match the visible text of the built
// English page (HTML tags stripped, whitespace collapsed).
// Patterns avoid apostrophes and quotes (smart punctuation) and accept ">" as "&gt;".

const GT = String.raw`\s*(?:>|&gt;)\s*`;

export const factsEn: { page: string; fact: string; pattern: RegExp }[] = [
  // Overview
  { page: '/', fact: 'The site is an unofficial guide', pattern: /an\s+unofficial\s+guide/i },
  {
    page: '/',
    fact: 'Each tutorial claim was checked against the official help center',
    pattern: /checked against Huawei Cloud.{1,8}official help center/i,
  },
  {
    page: '/',
    fact: 'Tutorial: International site has no real-name authentication in some countries/regions',
    pattern: /No real-name authentication in some countries and regions/i,
  },
  {
    page: '/',
    fact: 'Tutorial: International site offers business compliance',
    pattern: /Compliance for business operations/i,
  },
  {
    page: '/',
    fact: 'Tutorial: International site has many global nodes',
    pattern: /Many nodes \(regions\) around the world/i,
  },
  {
    page: '/',
    fact: 'Flow: bind a card with a refundable US$1 check',
    pattern: /charges US\$1 to check the card and refunds it shortly after/i,
  },
  {
    page: '/',
    fact: 'Partner linking: within 7 days and before cash spending, else the partner files the account first',
    pattern:
      /link the partner in the first 7 days, before any cash spending: after that, or once there is cash spending, the account cannot be linked directly/i,
  },

  // Before you start
  { page: '/prepare/', fact: 'Use Gmail or Outlook', pattern: /such as Gmail or Outlook/i },
  {
    page: '/prepare/',
    fact: 'Or a corporate mailbox',
    pattern: /A corporate mailbox on your company.{1,8}own domain/i,
  },
  {
    page: '/prepare/',
    fact: 'Avoid restricted mainland China mailboxes',
    pattern: /Avoid restricted mailbox services from mainland China/i,
  },
  {
    page: '/prepare/',
    fact: 'Overseas mobile number for SMS verification codes',
    pattern: /mobile number from outside mainland China to receive SMS verification codes/i,
  },
  {
    page: '/prepare/',
    fact: 'The phone step can be skipped in some areas',
    pattern: /In some areas, you can skip the phone step/i,
  },
  {
    page: '/prepare/',
    fact: 'Skipping the mobile number weakens account security',
    pattern: /one fewer way to reset your password/i,
  },
  {
    page: '/prepare/',
    fact: 'Tutorial: Visa, Mastercard and JCB credit cards',
    pattern: /international credit cards, such as Visa, Mastercard and JCB/i,
  },
  { page: '/prepare/', fact: 'Official: Visa and Mastercard only', pattern: /Visa and Mastercard only/i },
  {
    page: '/prepare/',
    fact: 'Tutorial: enterprises can also use PayPal, bank transfer or a partner',
    pattern: /PayPal, bank transfer, or an authorized Huawei Cloud partner/i,
  },
  {
    page: '/prepare/',
    fact: 'PayPal was not found in the help-center pages checked',
    pattern: /PayPal\s*For enterprises\s*Not found in the help-center pages checked/i,
  },
  {
    page: '/prepare/',
    fact: 'Official: one account per card',
    pattern: /A card can be added to one Huawei Cloud account only/i,
  },
  {
    page: '/prepare/',
    fact: 'Use an IP address of the registration country/region to avoid risk control',
    pattern: /IP address in the country or region you register in\. The aim is to avoid triggering/i,
  },

  // Create your account
  {
    page: '/register/',
    fact: 'The China site www.huaweicloud.com has no /intl',
    pattern: /The China site is\s*www\.huaweicloud\.com\s*with no\s*\/intl/i,
  },
  {
    page: '/register/',
    fact: 'Click Sign Up in the upper right corner',
    pattern: /Click\s*Sign Up\s*in the upper right corner/i,
  },
  { page: '/register/', fact: 'Tutorial: logos differ (HuaWeiCloud)', pattern: /HuaWeiCloud/ },
  {
    page: '/register/',
    fact: 'Country/region cannot be changed and decides law and tax',
    pattern: /You cannot change it later, and it decides which law and tax rates apply/i,
  },
  {
    page: '/register/',
    fact: 'Tutorial password rule: at least 8 characters with upper/lower case and digits',
    pattern: /at least 8 characters, with upper-case letters, lower-case letters and digits/i,
  },
  {
    page: '/register/',
    fact: 'Password that satisfies both the tutorial and the official rule',
    pattern: /at least 8 characters, upper-case and lower-case letters, digits and no spaces meets both/i,
  },
  {
    page: '/register/',
    fact: 'Türkiye: a HUAWEI ID registered there cannot enable services; a HUAWEI CLOUD account can be registered instead',
    pattern:
      /A HUAWEI ID registered in Türkiye cannot be used to enable HUAWEI CLOUD services, and you can register a HUAWEI CLOUD account instead/i,
  },
  {
    page: '/complete-account/',
    fact: 'The Complete Information button',
    pattern: /the button is\s*Complete Information/i,
  },
  {
    page: '/complete-account/',
    fact: 'Tutorial: Hong Kong and overseas regions need no real-name authentication',
    pattern:
      /only use regions in Hong Kong and overseas \(outside mainland China\), you need no real-name authentication/i,
  },
  {
    page: '/complete-account/',
    fact: 'Real-name authentication needed for mainland China regions',
    pattern: /If you use regions in mainland China, you need real-name authentication/i,
  },
  {
    page: '/complete-account/',
    fact: 'Individuals upload ID documents',
    pattern: /upload your personal ID documents/i,
  },
  {
    page: '/complete-account/',
    fact: 'Enterprises upload a business licence',
    pattern: /upload your business licence/i,
  },
  {
    page: '/complete-account/',
    fact: 'Real-name review takes 1-3 working days; the account type rules before and after it',
    pattern:
      /Real-name review takes 1(?: to |\s*[-–]\s*)3 working days\. The account type is not simply free until then and fixed afterwards/i,
  },
  {
    page: '/complete-account/',
    fact: 'Enter your real contact address: it appears on invoices',
    pattern: /Do not make up an address\. It appears on your invoices/i,
  },
  {
    page: '/bind-card/',
    fact: 'US$1 pre-authorization to test the card',
    pattern: /US\$1 pre-authorization charge to test the card/i,
  },
  {
    page: '/bind-card/',
    fact: 'The US$1 is refunded shortly',
    pattern: /usually refunded automatically within a short time/i,
  },
  {
    page: '/bind-card/',
    fact: 'Tutorial: new users usually get some consumer credit',
    pattern: /new users usually get some consumer credit once the card is bound/i,
  },
  {
    page: '/bind-card/',
    fact: 'Official card menu: Billing Center > Funds Management > Payment Methods',
    pattern: new RegExp(`Billing Center${GT}Funds Management${GT}Payment Methods`, 'i'),
  },

  // Pay and top up
  {
    page: '/recharge/',
    fact: 'Bill for the previous month on the 3rd of each month',
    pattern: /Each month on the 3rd, Huawei Cloud creates the bill for the previous month/i,
  },
  {
    page: '/recharge/',
    fact: 'Charged to the default credit card',
    pattern: /charges that bill to the default credit card/i,
  },
  {
    page: '/recharge/',
    fact: 'Billing cycles counted in GMT+08:00',
    pattern: /counted in GMT\+08:00, not in your local time/i,
  },
  {
    page: '/top-up/',
    fact: 'Tutorial names the Billing Center the Cost Center',
    pattern: /The tutorial calls it the Cost Center/i,
  },
  {
    page: '/recharge/',
    fact: 'Tutorial menu: Money Management > Recharge',
    pattern: new RegExp(`Money Management${GT}Recharge`, 'i'),
  },
  {
    page: '/top-up/',
    fact: 'Tutorial: manual top-up by PayPal or credit card',
    pattern: /Pay by PayPal or credit card/i,
  },
  {
    page: '/recharge/',
    fact: 'Official menu: Funds Management > Top-Up and Repayment',
    pattern: new RegExp(`Funds Management${GT}Top-Up and Repayment`, 'i'),
  },
  {
    page: '/top-up/',
    fact: 'Postpaid customers cannot top up',
    pattern: /If you are a postpaid customer, you cannot top up/i,
  },
  {
    page: '/partners/',
    fact: 'Partner recommended without an international card or for a large top-up',
    pattern: /you have no international credit card, or\s*you need to top up a large amount/i,
  },
  {
    page: '/partners/',
    fact: 'Partner sends an invitation link',
    pattern: /The partner sends you an invitation link/i,
  },
  {
    page: '/partners/',
    fact: 'Local transfer or USDT, depending on the partner',
    pattern: /local bank transfer or USDT/i,
  },
  { page: '/partners/', fact: 'Discounts or rebates', pattern: /extra discounts or rebates/i },
  { page: '/partners/', fact: 'Vouchers or a quota from the partner', pattern: /vouchers or a spending quota/i },
  {
    page: '/more-questions/',
    fact: 'Reseller model: account frozen until the partner sets a monthly budget',
    pattern: /until the partner sets a monthly budget/i,
  },
  {
    page: '/partners/',
    fact: 'Decide on a partner within 7 days',
    pattern: /within 7 days of registering and before you buy anything/i,
  },
  {
    page: '/partners/',
    fact: 'A partner never needs your card details or password',
    pattern: /A partner never needs your card details or your account password/i,
  },
  { page: '/recharge/', fact: 'Bank transfer is claimed with Claim Bank Transfer', pattern: /Claim Bank Transfer/i },

  // FAQ and pitfalls
  { page: '/faq/', fact: 'Risk cause: frequent IP changes', pattern: /Your IP address changed often/i },
  { page: '/faq/', fact: 'Risk cause: blacklisted card details', pattern: /card details are on a blacklist/i },
  { page: '/faq/', fact: 'Fix: clear the browser cache', pattern: /Clear your browser cache/i },
  { page: '/faq/', fact: 'Fix: a stable fixed IP address', pattern: /Switch to a stable, fixed IP address/i },
  {
    page: '/faq/',
    fact: 'Fix: register through a partner invitation (higher pass rate per tutorial)',
    pattern: /passes risk control more often/i,
  },
  {
    page: '/faq/',
    fact: 'Official remedy: service ticket under User Account',
    pattern: new RegExp(`User Account${GT}account frozen or restricted consultation`, 'i'),
  },
  {
    page: '/faq/',
    fact: 'Official remedy: 6 months of card statements',
    pattern: /Statements for that card covering the last 6 months/i,
  },
  { page: '/faq/', fact: 'Settlement in USD', pattern: /settles in US dollars \(USD\)/i },
  { page: '/faq/', fact: 'Tutorial estimate: 1%-2% cross-border fee', pattern: /cross-border fee of 1%\s*[-–]\s*2%/i },
  {
    page: '/faq/',
    fact: 'Official: currency chosen under My Account > Preferences > Currency',
    pattern: new RegExp(`My Account${GT}Preferences${GT}Currency`, 'i'),
  },
  {
    page: '/faq/',
    fact: 'Tutorial: real-name may be needed in Hong Kong, China',
    pattern: /for example Hong Kong, China/i,
  },
  { page: '/faq/', fact: 'Tutorial: large purchases may trigger real-name', pattern: /Making large purchases/i },
  {
    page: '/more-questions/',
    fact: 'Country or region cannot be changed',
    pattern: /No\. The tutorial and the help center agree on this/i,
  },
];

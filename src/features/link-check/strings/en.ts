/**
 * The link check's strings in English. Same keys in every language; `{name}` placeholders are
 * filled by verdict-text.ts. Plain text only: nothing here, and nothing the reader types, is
 * ever written as HTML. Facts come from the official list (allow-list.ts) and its sources.
 */
const en = {
  // The block and the form
  title: 'Check a link before you open it',
  intro:
    'Paste or type an address you were sent to see where it really leads. The check runs in this page: the address is not opened, not sent anywhere and not saved.',
  label: 'Address to check',
  check: 'Check',
  clear: 'Clear',
  waiting: 'The result appears here as you type.',
  resultLabel: 'Result',
  notSafe:
    'Matching the list tells you where a link leads. It does not tell you that the page, or the person who sent it, can be trusted.',
  trusted: 'The addresses on the official list:',
  listSource: 'Where the list comes from',
  source: 'Official source:',
  external: '(external site)',

  // Headlines
  'head.intl-site': 'Huawei Cloud International',
  'head.europe-site': 'Huawei Cloud Europe site',
  'head.china-site': 'Huawei Cloud China site',
  'head.intl-help': 'Huawei Cloud help center (International)',
  'head.europe-help': 'Huawei Cloud help center (Europe)',
  'head.china-help': 'Huawei Cloud help center (China site)',
  'head.intl-console': 'Huawei Cloud console (International)',
  'head.china-console': 'Huawei Cloud console (China site)',
  'head.intl-account': 'Huawei Cloud Partner Center (International)',
  'head.china-account': 'Huawei Cloud Billing Center (China site)',
  'head.sign-in': 'Huawei Cloud sign-in page',
  'head.huawei-id': 'HUAWEI ID account center',
  'head.owner': 'On a Huawei domain, not on the official list',
  'head.elsewhere': 'Not a Huawei Cloud address',
  'head.pending': 'Checking…',
  'head.pending-failed': 'Could not check this address',
  'head.not-web': 'Not a web address',

  // Status against the list
  'status.match': 'Matches the official list.',
  'status.undocumented':
    'On Huawei Cloud’s domain {domain}, but this guide found no official page that states this address.',
  'status.owner': 'Not on the official list.',
  'status.elsewhere': 'Not on the official list.',

  // What each listed address is
  'about.intl-site': 'This is the International site, the one this guide is about.',
  'about.intl-site.language': 'Language area in the address: {code} ({name}).',
  'about.intl-site.no-language': 'The address names no language area; the site picks one.',
  'about.europe-site':
    'The site’s menu lists a separate Europe site. This guide is about the International site, whose address has /intl/ after www.huaweicloud.com.',
  'about.china-site':
    'This is the China site: there is no /intl/ right after www.huaweicloud.com. This guide is about the International site: open www.huaweicloud.com/intl/ instead.',
  'about.china-partner':
    'The help center says that a customer registered with Huawei Cloud (China) cannot be associated with a partner.',
  'about.intl-help': 'This is the International help center, where the official pages this guide cites are published.',
  'about.europe-help': 'This is the help center of the Europe site.',
  'about.china-help':
    'This is the help center of the China site. For the International site, use support.huaweicloud.com/intl/.',
  'about.intl-console': 'This is the host of the International console, where you manage resources after signing in.',
  'about.china-console': 'This is the console of the China site. This guide is about the International site.',
  'about.intl-account': 'The help center gives this host as the address of the International Partner Center.',
  'about.china-account': 'The China site’s help center gives this host for its Billing Center.',
  'about.sign-in': 'The help center gives this host as the sign-in (IAM login) address.',
  'about.huawei-id': 'The help center names id.huawei.com as the HUAWEI ID account center.',
  'about.owner':
    'It leads to {host}, on {domain}, a Huawei domain. It is not one of the addresses on the official list, so this guide cannot say what it is. To sign up, use www.huaweicloud.com/intl/.',
  'about.domain': 'It leads to {site}, which is not one of the domains on the official list.',
  'about.ip': 'It leads to the numeric server address {site}, not to a named site.',
  'about.name': 'It leads to {site}, a name that is not a registered domain (a local or unknown name).',
  'about.pending': 'Loading the list of domain names (the Public Suffix List) to tell where it leads.',
  'about.pending-failed': 'The list of domain names could not be loaded. Read the address by eye, as described below.',
  'about.decoded': 'A browser may display this name as {decoded}.',

  // Why it looks like Huawei Cloud
  'lure.intro': 'Why it can look like Huawei Cloud:',
  'lure.userinfo':
    'Everything before the “@” ({user}) is only a user name. The browser ignores it and opens the site after the “@”.',
  'lure.prefix': 'It starts with {prefix}, but a site name is read from its end: the part that counts is {site}.',
  'lure.alphabet':
    'Its name is written with letters from other alphabets ({scripts}) that look like Latin ones: {decoded}.',
  'lure.brand':
    'Its name “{label}” contains “huawei”, but that does not make it Huawei Cloud’s: {site} is not on the list.',
  'lure.near.1': 'Its name “{label}” is one letter away from “huaweicloud”.',
  'lure.near.2': 'Its name “{label}” is two letters away from “huaweicloud”.',
  'lure.path':
    '“huaweicloud” appears only after the site name, in the path or the parameters. That does not change where the link leads.',

  // Not a web address
  'notweb.too-long': 'It is {length} characters long, far longer than any address. Paste only the address.',
  'notweb.spaces': 'It contains spaces, and an address has none. Paste only the address.',
  'notweb.several': 'It looks like more than one address. Check them one at a time.',
  'notweb.email': 'It looks like an email address, not a web address.',
  'notweb.javascript':
    'It starts with “javascript:”, which runs code instead of opening a page. Do not paste it into your browser’s address bar.',
  'notweb.data':
    'It starts with “data:”: it carries its own content instead of leading to a site, so it cannot be Huawei Cloud.',
  'notweb.scheme': 'It starts with “{scheme}:”, which is not a web address. Web addresses start with https://.',
  'notweb.no-name': 'It has no site name with a dot in it, such as www.huaweicloud.com.',
  'notweb.unreadable': 'A browser could not read it as an address.',

  // Remarks on how it is written
  'note.http':
    'It starts with http://, not https://: the connection is not encrypted, so the page can be read or changed on the way. The addresses on the official list use https://.',
  'note.no-scheme': 'It has no https:// in front, so it was read as an https:// address.',
  'note.line-breaks': 'Line breaks inside it were removed, as a browser does.',
  'note.trailing-dot':
    'The site name ends with a dot. Browsers open the same site, but links on the official list have none.',
  'note.port': 'It names a port (:{port}). The addresses on the official list have none, so be careful.',
  'note.userinfo': 'It has a user name before “@” ({user}). The addresses on the official list have none.',
  'note.params': 'It carries parameters ({names}). They do not change the site that opens.',
  'note.invitation':
    'If you were sent this as a partner invitation link: the help center says partners send invitation links, but does not show what they look like, so this check cannot tell one from another Huawei Cloud link.',
  'note.rewritten': 'Your browser reads the site name as {host}.',

  // Lists and names
  'list.and': ', ',
  'script.unknown': 'other',
  'script.latin': 'accented Latin',

  // The no-JavaScript guide and the list
  'manual.title': 'How to read an address yourself',
  'manual.1': 'Find the site name: the part after https:// and before the next /, ? or #.',
  'manual.2': 'If it contains “@”, ignore everything before the “@”: that part is a user name, not the site.',
  'manual.3':
    'Read the site name from its end. It must end exactly in .huaweicloud.com: www.huaweicloud.com.example.net ends in example.net, so it is not Huawei Cloud.',
  'manual.4':
    'Check every letter: huawe1cloud, huaweiclouds and huaweicloud-intl are other names. Letters from other alphabets can look identical, so when in doubt, type the address yourself.',
  'manual.5':
    'For the International site, /intl/ comes right after www.huaweicloud.com. Without it, it is the China site.',
  'manual.6': 'It should start with https://.',
  'manual.list': 'Addresses on the official list',
  'manual.noscript': 'Turn on JavaScript to check an address here; without it, read the address as described above.',
  'manual.noscript.short':
    'Turn on JavaScript to check an address here. Without it, read the address yourself: the site name is the part after https:// and before the next /, and anything before an “@” is not part of it. It must end exactly in .huaweicloud.com, and the International site has /intl/ right after www.huaweicloud.com. The addresses on the official list:',
  'manual.more': 'How to read an address yourself, and the official list this check uses',
  'evidence.stated': 'Stated on:',
  'evidence.seen': 'Official pages are published at this address, for example:',
  'evidence.undocumented': 'No official page found that states this address.',
  'manual.partner':
    'Partner invitation links: the help center says partners send them, but does not document what they look like. Whatever a link is called, read its site name as above.',
  'manual.partner.sources': 'What the help center says:',
  'manual.checked': 'List checked on {date}.',
} as const;

export type LinkCheckKey = keyof typeof en;
export type LinkCheckDict = Readonly<Record<LinkCheckKey, string>>;
export default en satisfies LinkCheckDict;

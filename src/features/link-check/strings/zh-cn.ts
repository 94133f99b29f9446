/**
 * The link check's strings in Simplified Chinese (same keys as en.ts). Plain text only.
 */
import type { LinkCheckDict } from './en.ts';

const zhCn = {
  title: '打开链接前先检查',
  intro:
    '粘贴或输入别人发给你的网址，看看它实际通往哪里。检查只在本页中进行：不会打开这个网址，不会把它发送到任何地方，也不会保存。',
  label: '要检查的网址',
  check: '检查',
  clear: '清除',
  waiting: '输入后，结果会立即显示在这里。',
  resultLabel: '检查结果',
  notSafe: '与列表一致只说明链接通往哪里，并不说明该页面或发链接的人值得信任。',
  trusted: '官方列表中的网址：',
  listSource: '列表的来源',
  source: '官方出处：',
  external: '（外部网站）',

  'head.intl-site': '华为云国际站',
  'head.europe-site': '华为云欧洲站',
  'head.china-site': '华为云中国站',
  'head.intl-help': '华为云帮助中心（国际站）',
  'head.europe-help': '华为云帮助中心（欧洲站）',
  'head.china-help': '华为云帮助中心（中国站）',
  'head.intl-console': '华为云控制台（国际站）',
  'head.china-console': '华为云控制台（中国站）',
  'head.intl-account': '华为云伙伴中心（国际站）',
  'head.china-account': '华为云费用中心（中国站）',
  'head.sign-in': '华为云登录页面',
  'head.huawei-id': '华为账号中心',
  'head.owner': '属于华为的域名，但不在官方列表中',
  'head.elsewhere': '不是华为云的网址',
  'head.pending': '正在检查…',
  'head.pending-failed': '无法检查这个网址',
  'head.not-web': '不是网址',

  'status.match': '与官方列表一致。',
  'status.undocumented': '位于华为云的域名 {domain} 下，但本指南没有找到说明这个网址的官方页面。',
  'status.owner': '不在官方列表中。',
  'status.elsewhere': '不在官方列表中。',

  'about.intl-site': '这是国际站，也就是本指南所讲的站点。',
  'about.intl-site.language': '网址中的语言区域：{code}（{name}）。',
  'about.intl-site.no-language': '网址中没有指定语言区域，网站会自行选择。',
  'about.europe-site': '网站菜单中另有一个欧洲站。本指南讲的是国际站，其网址在 www.huaweicloud.com 之后紧接 /intl/。',
  'about.china-site':
    '这是中国站：www.huaweicloud.com 之后没有紧接 /intl/。本指南讲的是国际站，请改为打开 www.huaweicloud.com/intl/。',
  'about.china-partner': '帮助中心说明：在华为云中国站注册的客户不能关联合作伙伴。',
  'about.intl-help': '这是国际站的帮助中心，本指南引用的官方页面都发布在这里。',
  'about.europe-help': '这是欧洲站的帮助中心。',
  'about.china-help': '这是中国站的帮助中心。国际站的帮助中心在 support.huaweicloud.com/intl/。',
  'about.intl-console': '这是国际站控制台的主机名，登录后在这里管理资源。',
  'about.china-console': '这是中国站的控制台。本指南讲的是国际站。',
  'about.intl-account': '帮助中心给出的国际站伙伴中心地址就在这个主机名下。',
  'about.china-account': '中国站帮助中心给出的费用中心地址就在这个主机名下。',
  'about.sign-in': '帮助中心给出的登录（IAM 登录）地址就是这个主机名。',
  'about.huawei-id': '帮助中心称 id.huawei.com 为华为账号中心。',
  'about.owner':
    '它通往 {host}，位于华为的域名 {domain} 下。它不在官方列表中，因此本指南无法说明它是什么。注册请使用 www.huaweicloud.com/intl/。',
  'about.domain': '它通往 {site}，这不是官方列表中的域名。',
  'about.ip': '它通往数字形式的服务器地址 {site}，而不是一个有名称的网站。',
  'about.name': '它通往 {site}，这个名称不是已注册的域名（本地名称或未知名称）。',
  'about.pending': '正在加载域名列表（公共后缀列表），以判断它通往哪里。',
  'about.pending-failed': '域名列表未能加载。请按下面的方法自己阅读网址。',
  'about.decoded': '浏览器可能会把这个名称显示为 {decoded}。',

  'lure.intro': '它为什么看起来像华为云：',
  'lure.userinfo': '“@”前面的所有内容（{user}）只是用户名。浏览器会忽略它，打开“@”后面的网站。',
  'lure.prefix': '它以 {prefix} 开头，但网站名称要从末尾读起：真正起作用的是 {site}。',
  'lure.alphabet': '它的名称使用了其他文字（{scripts}）中与拉丁字母相似的字母：{decoded}。',
  'lure.brand': '它的名称“{label}”包含“huawei”，但这并不说明它属于华为云：{site} 不在列表中。',
  'lure.near.1': '它的名称“{label}”与“huaweicloud”只差一个字母。',
  'lure.near.2': '它的名称“{label}”与“huaweicloud”只差两个字母。',
  'lure.path': '“huaweicloud”只出现在网站名称之后（路径或参数中），这不会改变链接通往的地方。',

  'notweb.too-long': '它有 {length} 个字符，远远超过任何网址的长度。请只粘贴网址。',
  'notweb.spaces': '它包含空格，而网址中没有空格。请只粘贴网址。',
  'notweb.several': '它看起来不止一个网址。请一次检查一个。',
  'notweb.email': '它看起来是电子邮件地址，而不是网址。',
  'notweb.javascript': '它以“javascript:”开头，这会运行代码而不是打开页面。不要把它粘贴到浏览器的地址栏中。',
  'notweb.data': '它以“data:”开头：它自带内容，而不是通往某个网站，所以不可能是华为云。',
  'notweb.scheme': '它以“{scheme}:”开头，这不是网址。网址以 https:// 开头。',
  'notweb.no-name': '它没有带点的网站名称（例如 www.huaweicloud.com）。',
  'notweb.unreadable': '浏览器无法把它识别为网址。',

  'note.http':
    '它以 http:// 而不是 https:// 开头：连接未加密，页面在传输途中可能被读取或篡改。官方列表中的网址都使用 https://。',
  'note.no-scheme': '它前面没有 https://，因此按 https:// 网址来识别。',
  'note.line-breaks': '其中的换行已被删除，浏览器也会这样处理。',
  'note.trailing-dot': '网站名称以点结尾。浏览器会打开同一个网站，但官方列表中的链接末尾没有点。',
  'note.port': '它指定了端口（:{port}）。官方列表中的网址都没有端口，请谨慎。',
  'note.userinfo': '“@”前面有用户名（{user}）。官方列表中的网址都没有用户名。',
  'note.params': '它带有参数（{names}）。参数不会改变打开的网站。',
  'note.invitation':
    '如果有人把它作为合作伙伴邀请链接发给你：帮助中心说明合作伙伴会发送邀请链接，但没有说明邀请链接的格式，因此本检查无法把它与其他华为云链接区分开。',
  'note.rewritten': '浏览器把网站名称识别为 {host}。',

  'list.and': '、',
  'script.unknown': '其他文字',
  'script.latin': '带附加符号的拉丁字母',

  'manual.title': '如何自己看懂网址',
  'manual.1': '找到网站名称：https:// 之后、下一个 /、? 或 # 之前的部分。',
  'manual.2': '如果其中有“@”，请忽略“@”前面的所有内容：那只是用户名，不是网站。',
  'manual.3':
    '从末尾读网站名称。它必须恰好以 .huaweicloud.com 结尾：www.huaweicloud.com.example.net 以 example.net 结尾，所以不是华为云。',
  'manual.4':
    '逐个字母核对：huawe1cloud、huaweiclouds 和 huaweicloud-intl 都是别的名称。其他文字的字母可能看起来一模一样，有疑问时请自己输入网址。',
  'manual.5': '国际站的网址在 www.huaweicloud.com 之后紧接 /intl/。没有 /intl/ 的是中国站。',
  'manual.6': '网址应以 https:// 开头。',
  'manual.list': '官方列表中的网址',
  'manual.noscript': '开启 JavaScript 后可以在这里检查网址；没有 JavaScript 时，请按上面的方法自己阅读网址。',
  'manual.noscript.short':
    '开启 JavaScript 后可以在这里检查网址。没有 JavaScript 时，请自己阅读网址：网站名称是 https:// 之后、下一个 / 之前的部分，“@”前面的内容不算在内。它必须恰好以 .huaweicloud.com 结尾；国际站的网址在 www.huaweicloud.com 之后紧接 /intl/。官方列表中的网址：',
  'manual.more': '如何自己看懂网址，以及本检查所依据的官方列表',
  'evidence.stated': '出处：',
  'evidence.seen': '官方页面就发布在这个网址下，例如：',
  'evidence.undocumented': '没有找到说明这个网址的官方页面。',
  'manual.partner':
    '合作伙伴邀请链接：帮助中心说明合作伙伴会发送邀请链接，但没有说明邀请链接的格式。不管链接叫什么，都请按上面的方法阅读它的网站名称。',
  'manual.partner.sources': '帮助中心的说法：',
  'manual.checked': '列表核对日期：{date}。',
} satisfies LinkCheckDict;

export default zhCn;

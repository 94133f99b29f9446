/**
 * The recharge-method chooser's strings in Simplified Chinese: the island's dictionary and the
 * comparison table's, with the keys of strings/en.ts (which says more).
 */
import type { CompareDict, IslandDict } from './en.ts';

export const island: IslandDict = {
  'q.for': '这个账号是个人用户还是企业用户？',
  'q.for.individual': '个人用户',
  'q.for.enterprise': '企业用户',
  'q.card': '您是否有在注册国家/地区发行的 Visa 或 Mastercard 信用卡？',
  'q.card.hint': '借记卡、预付卡、虚拟卡和礼品卡都不算。',
  'q.card.yes': '有',
  'q.card.no': '没有',
  'q.card.unsure': '不确定',
  'q.pay': '您更希望怎样付款？',
  'q.pay.monthly': '每月自动扣款',
  'q.pay.prepaid': '提前充值',
  'q.pay.any': '都可以',
  'q.acct': '您的账号是后付费还是预付费？',
  'q.acct.hint': '选填。按本指南的步骤绑定信用卡开通的账号，通常是后付费账号：先使用，后付账单。',
  'q.acct.postpaid': '后付费（使用后按账单付款）',
  'q.acct.prepaid': '预付费（使用前先充值）',
  'q.acct.unsure': '还不知道',
  'q.need': '您是否需要以下任何一项？',
  'q.need.hint': '选填，可多选。',
  'q.need.large': '大额充值',
  'q.need.local': '本地支付方式，例如本地银行转账',
  'q.need.discount': '合作伙伴折扣',
  reset: '重新开始',

  'method.card': '信用卡每月自动扣款',
  'method.topup': '手动充值（预付费）',
  'method.partner': '通过授权合作伙伴充值',
  'method.transfer': '转账汇款',

  'result.heading': '推荐结果',
  'status.empty': '回答上面的问题，即可看到适合您的付款方式。',
  'status.missing': '还需回答：{list}。',
  'status.ready': '建议的付款方式：{method}',
  'missing.for': '账号类型',
  'missing.card': '是否有符合要求的信用卡',
  'missing.pay': '付款偏好',
  'list.sep': '、',
  'list.last': '和',
  'reason.sentence': '推荐理由：您{clauses}。',
  'reason.sep': '，',
  'reason.last': '，并且',
  'reason.has-card': '有在注册国家/地区发行的 Visa 或 Mastercard 信用卡',
  'reason.no-card': '没有在注册国家/地区发行的 Visa 或 Mastercard 信用卡',
  'reason.unsure-card': '不确定自己的卡能否被接受',
  'reason.wants-monthly': '希望每月自动扣款',
  'reason.wants-prepaid': '希望提前充值',
  'reason.no-preference': '对付款方式没有偏好',
  'reason.needs-large': '需要大额充值',
  'reason.needs-local': '希望使用本地银行转账等本地支付方式',
  'reason.needs-discount': '希望获得合作伙伴折扣',
  'reason.account-prepaid': '您的账号是预付费账号，预付费账号需要先充值、再使用资源。',
  'reason.is-postpaid': '您更希望提前充值，但只有预付费账号才能充值，而您的账号是后付费账号：账单会从信用卡自动扣款。',
  'reason.likely-postpaid':
    '您更希望提前充值，但只有预付费账号才能充值；按本指南的步骤绑定信用卡开通的账号，通常是后付费账号：账单会从信用卡自动扣款。',
  'reason.enterprise-transfer': '作为企业用户，您也可以通过转账汇款付款。',
  'result.read': '步骤与说明：{method}',
  'result.nextBill':
    '下一期月度账单：{date}。账单在每月 3 日生成，按 GMT+08:00 计算，4 日 10:00（GMT+08:00）之后可以查看。',
  'result.caveats': '注意事项',
  'result.alternatives': '同样符合您情况的方式',
  'caveat.check-card': '绑卡前请先确认：只接受在账号所在国家/地区发行的 Visa 或 Mastercard 信用卡。',
  'caveat.card-brands':
    '官方帮助中心只接受在账号所在国家/地区发行的 Visa 和 Mastercard 信用卡，不接受借记卡、预付卡、虚拟卡和礼品卡，而且同一张卡只能添加到一个账号。教程还列出了 JCB，但帮助中心没有。',
  'caveat.card-check': '绑卡时，华为云会预授权 1 美元以验证卡片，随后退还，具体到账时间以银行为准。',
  'caveat.bill-on-3rd':
    '每月的账单在次月 3 日生成（按 GMT+08:00 计算），并自动从信用卡扣款；4 日 10:00（GMT+08:00）之后可以查看或导出。包年/包月产品在下单时支付。请确保卡片持续有效。',
  'caveat.fx-fee':
    '如果您的卡不是美元卡，银行会按实时汇率换算，教程估计可能收取 1%–2% 的跨境手续费。这笔费用由银行收取，不是华为云的费用。',
  'caveat.postpaid-no-topup':
    '只有预付费账号才能充值。后付费账号不能充值：每月账单从信用卡自动扣款，尚未结清的账单在“资金管理 > 还款”中支付。没有合适的信用卡时，可以由合作伙伴代为付款。',
  'caveat.check-account-mode':
    '不确定自己的账号是哪一种？所查阅的帮助中心页面没有说明控制台在哪里显示这一点。绑定信用卡开通的账号通常是后付费账号。在打算依靠充值之前，请先提交工单向华为云确认。',
  'caveat.online-payment-limited': '在线支付仅对部分华为签约主体以及部分国家/地区发行的卡开放。',
  'caveat.paypal-undocumented': '教程提到可用 PayPal 付款，但在所查阅的帮助中心页面中没有找到 PayPal。',
  'caveat.transfer-ticket':
    '在国际站，请汇款到发票上或费用中心显示的收款账户，并注明发票号，然后单击“转账工单”，款项才会入账。“汇款认领”是中国站的步骤。同一国家/地区内汇款需要两到三天。',
  'caveat.card-required-to-buy':
    '帮助中心说明：购买任何资源前都必须先绑定信用卡，否则只能浏览服务。在依赖其他付款方式之前，请先确认这条规定对您有何影响。',
  'caveat.partner-7-days':
    '注册超过 7 天或存在现金消费的账号，不能直接关联合作伙伴，需要先由合作伙伴完成报备后再关联；有未结清账单的，先结清账单再关联。中国站账号、已关联其他合作伙伴的账号以及签署了指定合同的账号不能关联。',
  'caveat.partner-reseller-frozen':
    '在转售模式下，账号关联后会被冻结，直到合作伙伴设置月度预算。请在关联前与对方商定预算。',
  'caveat.partner-safety': '合作伙伴不需要您的卡信息或账号密码，邀请链接就足够了。',

  'fee.heading': '非美元卡的跨境手续费',
  'fee.intro': '如果您的卡不是美元卡，银行会对每笔付款进行换汇。可以在这里估算换汇可能产生的费用。',
  'fee.currency': '您的卡的币种',
  'fee.currency.choose': '请选择币种',
  'fee.amount': '付款金额',
  'fee.amount.hint': '以卡的币种计，例如 250 或 1,000.50。',
  'fee.errorPrefix': '错误：',
  'fee.error.empty': '请输入金额，例如 250。',
  'fee.error.not-a-number': '请输入数字金额，例如 250 或 1,000.50。',
  'fee.error.negative': '请输入大于零的金额。',
  'fee.error.zero': '请输入大于零的金额。',
  'fee.error.too-large': '金额不能超过 {max}。',
  'fee.error.too-many-decimals': '最多保留两位小数。',
  'fee.chooseCurrency': '选择卡的币种后即可看到估算。',
  'fee.usd': '美元卡无需换汇，按教程的说法不会产生跨境手续费。',
  'fee.estimate': '按 {amount} 计算，预计跨境手续费为 {low} 至 {high}。',
  'fee.source': '这是教程给出的估算（1%–2%），指发卡银行可能收取的费用，并非华为云收费。具体费率请咨询您的银行。',

  'share.copy': '复制此答案的链接',
  'share.copied': '链接已复制。打开链接的人会看到相同的回答。',
  'share.failed': '浏览器不允许复制。请从下面的输入框中手动复制链接：',
};

/** The comparison table's strings (server only). */
export const compare: CompareDict = {
  'compare.caption': '各种付款方式对比',
  'compare.method': '付款方式',
  'compare.suits': '适合谁',
  'compare.needs': '需要什么',
  'compare.how': '怎样付款',
  'compare.pros': '优点',
  'compare.cons': '缺点',
  'compare.card.suits': '后付费账号（绑定信用卡开通的账号通常如此），希望每月无需操作的个人和企业用户。',
  'compare.card.needs':
    '一张在账号所在国家/地区发行的 Visa 或 Mastercard 信用卡，在“支付方式”中绑定（绑卡时预授权 1 美元验证，随后退还）。',
  'compare.card.how': '每月 3 日（按 GMT+08:00 计算）生成上月账单，并自动从信用卡扣款；4 日 10:00 之后可以查看。',
  'compare.card.pros': '最省事：绑卡后无需任何操作。这是教程所说的默认方式。',
  'compare.card.cons': '需要一张被接受的信用卡。非美元卡可能产生 1%–2% 的跨境手续费（教程估算）。',
  'compare.topup.suits': '仅限预付费账号。后付费账号（通常的情况）不能充值。',
  'compare.topup.needs': '预付费账号（后付费账号改为在“资金管理 > 还款”中支付账单），以及一张可用于在线支付的卡。',
  'compare.topup.how': '费用中心 > 资金管理 > 充值还款 > 在线支付（教程中写作“资金管理 > 充值”）。',
  'compare.topup.pros': '何时充值、充多少，都由您决定。',
  'compare.topup.cons':
    '在线支付仅对部分签约主体和部分国家/地区的卡开放。教程提到的 PayPal，在所查阅的帮助中心页面中没有找到。',
  'compare.partner.suits': '没有国际信用卡或需要大额充值的用户（教程推荐的方式）。',
  'compare.partner.needs':
    '授权合作伙伴发来的邀请链接。在注册后 7 天内、产生消费之前关联最简单；之后需要先由合作伙伴完成报备。',
  'compare.partner.how':
    '转售模式下付款给合作伙伴，顾问销售（推荐）模式下直接付款给华为云。合作伙伴可能直接为您的账号发放代金券或额度。',
  'compare.partner.pros': '可用本地银行转账等本地支付方式，通常有折扣或返利；按教程的说法，无需绑定自己的卡。',
  'compare.partner.cons':
    '注册较久或已有消费的账号需要先由合作伙伴报备，未结清的账单需要先结清。转售模式下，账号在合作伙伴设置预算前处于冻结状态。可用的付款方式由合作伙伴决定。',
  'compare.transfer.suits': '企业用户，以及需要大额充值的用户。',
  'compare.transfer.needs': '一个可以汇出款项的银行账户，以及发票上或费用中心显示的收款账户。',
  'compare.transfer.how': '汇款时注明发票号，然后单击“转账工单”告知华为云（“汇款认领”是中国站的步骤）。',
  'compare.transfer.pros': '适合大额充值，官方帮助中心有明确说明。',
  'compare.transfer.cons':
    '同一国家/地区内需要两到三天，跨境更久。作为充值方式，仅适用于预付费账号。换汇可能产生额外费用。',
};

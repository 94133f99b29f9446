/**
 * The recharge-method chooser on /recharge/#choose-a-method: answering with the keyboard,
 * answers in the URL (reload, shared links, hostile links), the fee estimate, the next bill
 * date, copying the link, the comparison table without JavaScript and in print, layout
 * stability, the live region and axe in every state. Runs for every locale whose recharge
 * page is built.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, fullyHydrated, hydrated, test } from '../../../tests/e2e/fixtures.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** What a reader sees, per locale. */
const L = {
  en: {
    path: '/recharge/',
    individual: 'An individual',
    enterprise: 'An enterprise',
    cardYes: 'Yes',
    cardNo: 'No',
    cardUnsure: 'Not sure',
    monthly: 'Automatically each month',
    prepaid: 'Top up in advance',
    anyPay: 'No preference',
    acctPostpaid: 'Postpaid (I pay a bill after use)',
    acctPrepaid: 'Prepaid (I top up before use)',
    acctUnsure: "I don't know yet",
    large: 'A large top-up',
    local: 'Local payment methods, such as a local bank transfer',
    discount: 'Partner discounts',
    empty: 'Answer the questions above to see which way to pay suits you.',
    missingCardPay: 'Still to answer: whether you have a suitable credit card and how you would rather pay.',
    missingPay: 'Still to answer: how you would rather pay.',
    partner: 'Suggested way to pay: Top-up through an authorized partner',
    card: 'Suggested way to pay: Automatic monthly card payment',
    topup: 'Suggested way to pay: Manual top-up (prepaid)',
    topupName: 'Manual top-up (prepaid)',
    prepaidOnly: /^Top-up is only for prepaid accounts\. A postpaid account cannot top up/,
    likelyPostpaid:
      'You would rather top up in advance, but top-up is only for prepaid accounts, and an account opened with a credit card, as this guide describes, is normally postpaid: its bills are charged to your card.',
    isPostpaid: /yours is postpaid: its bills are charged to your card/,
    accountPrepaid: 'Your account is prepaid, and prepaid accounts top up before they use resources.',
    howToTell: /do not say where the console shows it/,
    partnerReasons:
      'It fits because you have no Visa or Mastercard credit card issued in your country/region and need a large top-up.',
    partnerLink: 'Steps and details: Top-up through an authorized partner',
    alternatives: 'Also fits your answers',
    caveats: 'Keep in mind',
    transfer: 'Bank transfer',
    sevenDays: /more than 7 days old, or with cash spending, cannot be linked to a partner directly/,
    nextBill: 'Next monthly bill: December 3, 2026.',
    currency: "Your card's currency",
    amount: 'Amount to pay',
    estimate: 'Estimated cross-border fee on €250.00: €2.50 to €5.00.',
    source: /tutorial's estimate \(1%-2%\).*not a Huawei Cloud fee/,
    errEmpty: 'Enter an amount, for example 250.',
    errNumber: 'Enter the amount as a number, for example 250 or 1,000.50.',
    errNegative: 'Enter an amount greater than zero.',
    errLarge: 'Enter an amount of 10,000,000 or less.',
    errDecimals: 'Use at most two decimal places.',
    usd: 'A US dollar card needs no conversion, so the tutorial expects no cross-border fee.',
    copy: 'Copy link to this answer',
    copied: 'Link copied. Whoever opens it sees the same answers.',
    copyFailed: 'Your browser did not allow copying. Copy the link from this field:',
    reset: 'Start again',
    caption: 'The ways to pay, compared',
  },
  'zh-cn': {
    path: '/zh-cn/recharge/',
    individual: '个人用户',
    enterprise: '企业用户',
    cardYes: '有',
    cardNo: '没有',
    cardUnsure: '不确定',
    monthly: '每月自动扣款',
    prepaid: '提前充值',
    anyPay: '都可以',
    acctPostpaid: '后付费（使用后按账单付款）',
    acctPrepaid: '预付费（使用前先充值）',
    acctUnsure: '还不知道',
    large: '大额充值',
    local: '本地支付方式，例如本地银行转账',
    discount: '合作伙伴折扣',
    empty: '回答上面的问题，即可看到适合您的付款方式。',
    missingCardPay: '还需回答：是否有符合要求的信用卡和付款偏好。',
    missingPay: '还需回答：付款偏好。',
    partner: '建议的付款方式：通过授权合作伙伴充值',
    card: '建议的付款方式：信用卡每月自动扣款',
    topup: '建议的付款方式：手动充值（预付费）',
    topupName: '手动充值（预付费）',
    prepaidOnly: /^只有预付费账号才能充值。后付费账号不能充值/,
    likelyPostpaid:
      '您更希望提前充值，但只有预付费账号才能充值；按本指南的步骤绑定信用卡开通的账号，通常是后付费账号：账单会从信用卡自动扣款。',
    isPostpaid: /而您的账号是后付费账号/,
    accountPrepaid: '您的账号是预付费账号，预付费账号需要先充值、再使用资源。',
    howToTell: /没有说明控制台在哪里显示这一点/,
    partnerReasons: '推荐理由：您没有在注册国家/地区发行的 Visa 或 Mastercard 信用卡，并且需要大额充值。',
    partnerLink: '步骤与说明：通过授权合作伙伴充值',
    alternatives: '同样符合您情况的方式',
    caveats: '注意事项',
    transfer: '转账汇款',
    sevenDays: /注册超过 7 天或存在现金消费的账号，不能直接关联合作伙伴/,
    nextBill: '下一期月度账单：2026年12月3日。',
    currency: '您的卡的币种',
    amount: '付款金额',
    estimate: '按 €250.00 计算，预计跨境手续费为 €2.50 至 €5.00。',
    source: /教程给出的估算（1%–2%）.*并非华为云收费/,
    errEmpty: '请输入金额，例如 250。',
    errNumber: '请输入数字金额，例如 250 或 1,000.50。',
    errNegative: '请输入大于零的金额。',
    errLarge: '金额不能超过 10,000,000。',
    errDecimals: '最多保留两位小数。',
    usd: '美元卡无需换汇，按教程的说法不会产生跨境手续费。',
    copy: '复制此答案的链接',
    copied: '链接已复制。打开链接的人会看到相同的回答。',
    copyFailed: '浏览器不允许复制。请从下面的输入框中手动复制链接：',
    reset: '重新开始',
    caption: '各种付款方式对比',
  },
} as const;

type Texts = (typeof L)[keyof typeof L];
// Every language is tested: a page that was not built fails its tests instead of leaving them out.
const LOCALES = Object.keys(L) as (keyof typeof L)[];
const en = L.en;

/** The polite live region that announces the result. */
const live = (page: Page) => page.locator('.chooser [aria-live="polite"]');

/** Open the chooser with a query and wait until it is hydrated and usable. */
async function open(page: Page, t: Texts, query = ''): Promise<void> {
  await page.goto(`${t.path}${query}#choose-a-method`);
  await hydrated(page);
  await expect(page.getByRole('radio', { name: t.individual, exact: true })).toBeEnabled();
}

/** Press Tab until `target` has focus (at most 15 times). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 15; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Count changes to the live region's content from now on. */
async function watchLive(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { liveChanges: number };
    w.liveChanges = 0;
    const region = document.querySelector('.chooser [aria-live="polite"]');
    if (!region) throw new Error('no live region');
    new MutationObserver((records) => {
      w.liveChanges += records.length;
    }).observe(region, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { liveChanges: number }).liveChanges);
}

/**
 * Chromium fetches the favicon again after every history.replaceState, so a navigation (or
 * the end of a test) right after an answer aborts that fetch. Only that is tolerated: any
 * other failed request, console error or foreign request still fails the test.
 */
test.beforeEach(({ watch }) => {
  watch.allow(/^failed request: http:\/\/[^/]+\/favicon\.(svg|ico) \(net::ERR_ABORTED\)$/);
});

async function axe(page: Page): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).include('.chooser').withTags(WCAG).analyze();
    const summary = results.violations.map(
      (v) => `${scheme} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(summary).toEqual([]);
  }
}

for (const locale of LOCALES) {
  const t = L[locale];

  test.describe(`chooser (${locale})`, () => {
    test('answers with the keyboard alone; the result and the URL follow every answer', async ({ page }) => {
      await open(page, t);
      const historyLength = await page.evaluate(() => history.length);
      await expect(live(page)).toHaveText(t.empty);
      const radio = (name: string) => page.getByRole('radio', { name, exact: true });

      // Question 1: Tab into the group (nothing is preselected), Space picks, arrows move.
      await expect(page.locator('.chooser-form input:checked')).toHaveCount(0);
      await tabTo(page, radio(t.individual));
      await page.keyboard.press('Space');
      await expect(radio(t.individual)).toBeChecked();
      await page.keyboard.press('ArrowDown');
      await expect(radio(t.enterprise)).toBeChecked();
      await page.keyboard.press('ArrowUp');
      await expect(radio(t.individual)).toBeChecked();
      await expect(radio(t.individual)).toBeFocused();
      await expect(page).toHaveURL(`${t.path}?for=individual#choose-a-method`);
      await expect(live(page)).toHaveText(t.missingCardPay);

      // Question 2.
      await page.keyboard.press('Tab');
      await expect(radio(t.cardYes)).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(radio(t.cardNo)).toBeChecked();
      await expect(live(page)).toHaveText(t.missingPay);

      // Question 3.
      await page.keyboard.press('Tab');
      await expect(radio(t.monthly)).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(radio(t.prepaid)).toBeChecked();
      await expect(page).toHaveURL(`${t.path}?for=individual&card=no&pay=prepaid#choose-a-method`);
      await expect(live(page)).toHaveText(t.partner);

      // Question 4 (optional): the account type; Tab passes through it unanswered.
      await page.keyboard.press('Tab');
      await expect(radio(t.acctPostpaid)).toBeFocused();
      await expect(page.locator('.chooser-form input[name="acct"]:checked')).toHaveCount(0);

      // Question 5: checkboxes with Space.
      await page.keyboard.press('Tab');
      const large = page.getByRole('checkbox', { name: t.large });
      await expect(large).toBeFocused();
      await page.keyboard.press('Space');
      await expect(large).toBeChecked();
      await expect(large).toBeFocused(); // focus is never moved while answering
      await expect(page).toHaveURL(`${t.path}?for=individual&card=no&pay=prepaid&need=large#choose-a-method`);

      const result = page.locator('.chooser-result');
      await expect(result).toContainText(t.partnerReasons);
      await expect(result.getByRole('link', { name: t.partnerLink })).toHaveAttribute(
        'href',
        '../partners/#partner-top-up',
      );
      await expect(result.getByRole('heading', { name: t.caveats })).toBeVisible();
      await expect(result.getByRole('listitem').filter({ hasText: t.sevenDays })).toBeVisible();
      const alternatives = result.locator('.chooser-alternatives');
      await expect(alternatives.getByRole('heading', { name: t.alternatives })).toBeVisible();
      await expect(alternatives.getByRole('link', { name: t.transfer })).toHaveAttribute(
        'href',
        '../top-up/#bank-transfer',
      );

      // replaceState: no history entry per answer.
      expect(await page.evaluate(() => history.length)).toBe(historyLength);

      // The link leads to the section (on its own page) that explains the method; Back returns
      // to the chooser with its answers.
      await result.getByRole('link', { name: t.partnerLink }).click();
      await expect(page).toHaveURL(`${t.path.replace(/recharge\/$/, 'partners/')}#partner-top-up`);
      await expect(page.locator('#partner-top-up')).toBeInViewport();
      await page.goBack();
      await expect(page).toHaveURL(`${t.path}?for=individual&card=no&pay=prepaid&need=large#choose-a-method`);
      await expect(page.getByRole('checkbox', { name: t.large })).toBeChecked();
    });

    test('reload restores the answers and the result', async ({ page }) => {
      await open(page, t);
      await page.getByText(t.enterprise, { exact: true }).click();
      await page.getByText(t.cardNo, { exact: true }).click();
      await page.getByText(t.anyPay, { exact: true }).click();
      await page.getByText(t.discount, { exact: true }).click();
      await expect(page).toHaveURL(`${t.path}?for=enterprise&card=no&pay=any&need=discount#choose-a-method`);
      await expect(live(page)).toHaveText(t.partner);
      await page.reload();
      await hydrated(page);
      await expect(page.getByRole('radio', { name: t.enterprise, exact: true })).toBeChecked();
      await expect(page.getByRole('radio', { name: t.cardNo, exact: true })).toBeChecked();
      await expect(page.getByRole('radio', { name: t.anyPay, exact: true })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: t.discount })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: t.large })).not.toBeChecked();
      await expect(live(page)).toHaveText(t.partner);
      await expect(page.locator('.chooser-alternatives').getByRole('link', { name: t.transfer })).toBeVisible();
    });

    test('a shared link shows the same answers and result on a fresh page', async ({ page }) => {
      await open(page, t, '?for=individual&card=no&pay=prepaid&need=large');
      await expect(page.getByRole('radio', { name: t.individual, exact: true })).toBeChecked();
      await expect(page.getByRole('radio', { name: t.cardNo, exact: true })).toBeChecked();
      await expect(page.getByRole('radio', { name: t.prepaid, exact: true })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: t.large })).toBeChecked();
      await expect(live(page)).toHaveText(t.partner);
      await expect(page.locator('.chooser-result')).toContainText(t.partnerReasons);
      // Opening the link does not rewrite it.
      await expect(page).toHaveURL(`${t.path}?for=individual&card=no&pay=prepaid&need=large#choose-a-method`);
    });

    test('wants to top up, account type unknown: card payment, told first that top-up needs a prepaid account', async ({
      page,
    }) => {
      await open(page, t, '?for=individual&card=yes&pay=prepaid');
      await expect(live(page)).toHaveText(t.card);
      const result = page.locator('.chooser-result');
      await expect(result.locator('.chooser-reasons')).toContainText(t.likelyPostpaid);
      const caveats = result.locator('.chooser-caveats li');
      await expect(caveats.first()).toHaveText(t.prepaidOnly);
      await expect(caveats.nth(1)).toHaveText(t.howToTell);
      // Top-up is only an alternative, never the suggestion.
      await expect(result.locator('.chooser-alternatives').getByRole('link', { name: t.topupName })).toHaveAttribute(
        'href',
        '../top-up/#manual-top-up',
      );
    });

    test('the account type answer changes the suggestion and stays in the link', async ({ page }) => {
      await open(page, t, '?for=individual&card=yes&pay=prepaid');
      await page.getByRole('radio', { name: t.acctPostpaid, exact: true }).check();
      await expect(page).toHaveURL(`${t.path}?for=individual&card=yes&pay=prepaid&acct=postpaid#choose-a-method`);
      await expect(live(page)).toHaveText(t.card);
      const result = page.locator('.chooser-result');
      await expect(result.locator('.chooser-reasons')).toContainText(t.isPostpaid);
      await expect(result.locator('.chooser-caveats li').first()).toHaveText(t.prepaidOnly);
      await expect(result.locator('.chooser-alternatives')).toHaveCount(0);
      await expect(result.getByRole('link', { name: t.topupName })).toHaveCount(0);

      await page.getByRole('radio', { name: t.acctPrepaid, exact: true }).check();
      await expect(page).toHaveURL(`${t.path}?for=individual&card=yes&pay=prepaid&acct=prepaid#choose-a-method`);
      await expect(live(page)).toHaveText(t.topup);
      await expect(result.locator('.chooser-reasons')).toContainText(t.accountPrepaid);
      await expect(result.locator('.chooser-answer a')).toHaveAttribute('href', '../top-up/#manual-top-up');

      await page.reload();
      await hydrated(page);
      await expect(page.getByRole('radio', { name: t.acctPrepaid, exact: true })).toBeChecked();
      await expect(live(page)).toHaveText(t.topup);

      await page.getByRole('radio', { name: t.acctUnsure, exact: true }).check();
      await expect(page).toHaveURL(`${t.path}?for=individual&card=yes&pay=prepaid&acct=unsure#choose-a-method`);
      await expect(live(page)).toHaveText(t.card);
      await expect(result.locator('.chooser-caveats li').nth(1)).toHaveText(t.howToTell);
    });

    test('the live region changes only when the answer changes; focus stays put', async ({ page }) => {
      await open(page, t, '?for=individual&card=no&pay=monthly');
      await expect(live(page)).toHaveText(t.partner);
      await expect(live(page)).toHaveAttribute('aria-atomic', 'true');
      const changes = await watchLive(page);

      // Other answers that lead to the same suggestion: nothing is announced.
      const anyPay = page.getByRole('radio', { name: t.anyPay, exact: true });
      await anyPay.focus();
      await page.keyboard.press('Space');
      await expect(page).toHaveURL(/pay=any/);
      await page.getByRole('checkbox', { name: t.discount }).focus();
      await page.keyboard.press('Space');
      await expect(page).toHaveURL(/need=discount/);
      expect(await changes()).toBe(0);

      // A different suggestion is announced.
      await page.getByRole('checkbox', { name: t.discount }).press('Space');
      const yes = page.getByRole('radio', { name: t.cardYes, exact: true });
      await yes.focus();
      await page.keyboard.press('Space');
      await expect(live(page)).toHaveText(t.card);
      expect(await changes()).toBeGreaterThan(0);
      await expect(yes).toBeFocused();

      // Typing in the fee estimate announces nothing in the result region.
      const before = await changes();
      await page.getByRole('textbox', { name: t.amount }).fill('250');
      await page.getByRole('combobox', { name: t.currency }).selectOption('EUR');
      await expect(page.locator('.chooser-fee output')).toHaveText(t.estimate);
      expect(await changes()).toBe(before);
    });

    test('cost estimate: errors inline, estimate in the page language, labelled as the tutorial estimate', async ({
      page,
    }) => {
      await open(page, t, '?for=individual&card=yes&pay=monthly');
      const amount = page.getByRole('textbox', { name: t.amount });
      const currency = page.getByRole('combobox', { name: t.currency });
      const output = page.locator('.chooser-fee output');
      await expect(page.locator('.chooser-fee')).toContainText(t.source);
      await expect(amount).not.toHaveAttribute('aria-invalid');

      await currency.selectOption('EUR');
      await expect(page).toHaveURL(/[?&]cur=EUR(&|#)/);
      const cases: [string, string][] = [
        ['abc', t.errNumber],
        ['-5', t.errNegative],
        ['0', t.errNegative],
        ['1e309', t.errNumber],
        ['99999999999', t.errLarge],
        ['1.234', t.errDecimals],
        ['', t.errEmpty],
        ['NaN', t.errNumber],
      ];
      for (const [input, message] of cases) {
        await amount.fill(input);
        await expect(amount).toHaveAttribute('aria-invalid', 'true');
        await expect(output).toContainText(message);
        await expect(amount).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
        await expect(page).not.toHaveURL(/amount=/);
        await expect(page.locator('.chooser')).not.toContainText('NaN');
      }

      await amount.fill('250');
      await expect(amount).not.toHaveAttribute('aria-invalid');
      await expect(output).toHaveText(t.estimate);
      await expect(page).toHaveURL(`${t.path}?for=individual&card=yes&pay=monthly&amount=250&cur=EUR#choose-a-method`);

      await currency.selectOption('USD');
      await expect(output).toHaveText(t.usd);

      // The amount and currency come back from the URL.
      await open(page, t, '?for=individual&card=yes&pay=monthly&amount=250&cur=EUR');
      await expect(amount).toHaveValue('250');
      await expect(currency).toHaveValue('EUR');
      await expect(output).toHaveText(t.estimate);
    });

    test('next monthly bill: the 3rd, counted in GMT+08:00, in the page language', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-11-26T12:00:00+08:00'));
      await open(page, t, '?for=individual&card=yes&pay=monthly');
      await expect(live(page)).toHaveText(t.card);
      await expect(page.locator('.chooser-answer .chooser-bill')).toContainText(t.nextBill);
    });

    test('copy link: copied to the clipboard, and the copied link restores the answer', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await open(page, t, '?utm_source=x&for=enterprise&card=yes&pay=prepaid');
      const button = page.getByRole('button', { name: t.copy });
      await button.click();
      await expect(page.getByRole('status').filter({ hasText: t.copied })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const origin = new URL(page.url()).origin;
      expect(copied).toBe(`${origin}${t.path}?for=enterprise&card=yes&pay=prepaid#choose-a-method`);

      const other = await context.newPage();
      await other.goto(copied);
      await hydrated(other);
      await expect(other.getByRole('radio', { name: t.enterprise, exact: true })).toBeChecked();
      await expect(other.getByRole('radio', { name: t.prepaid, exact: true })).toBeChecked();
      await expect(other.locator('.chooser-alternatives').getByRole('link', { name: t.transfer })).toBeVisible();
      await other.close();
    });

    test('copy link refused: the link is shown selected in a read-only field', async ({ page }) => {
      test.slow(); // two full axe runs
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', {
          configurable: true,
          value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
        });
      });
      await open(page, t, '?for=individual&card=no&pay=prepaid');
      await page.getByRole('button', { name: t.copy }).click();
      const field = page.getByRole('textbox', { name: t.copyFailed });
      await expect(field).toBeVisible();
      await expect(field).toHaveJSProperty('readOnly', true);
      const origin = new URL(page.url()).origin;
      await expect(field).toHaveValue(`${origin}${t.path}?for=individual&card=no&pay=prepaid#choose-a-method`);
      await expect(field).toBeFocused();
      expect(
        await field.evaluate((el: HTMLInputElement) => el.selectionStart === 0 && el.selectionEnd === el.value.length),
      ).toBe(true);
      await expect(page.getByRole('status').filter({ hasText: t.copied })).toHaveCount(0);
      await axe(page);
    });

    test('start again clears the answers and the URL, and focus goes to the first question', async ({ page }) => {
      await open(page, t, '?for=individual&card=no&pay=prepaid&acct=postpaid&need=large&amount=5&cur=EUR');
      await expect(page.getByRole('radio', { name: t.acctPostpaid, exact: true })).toBeChecked();
      await page.getByRole('button', { name: t.reset }).click();
      await expect(page.locator('.chooser-form input:checked')).toHaveCount(0);
      await expect(live(page)).toHaveText(t.empty);
      await expect(page).toHaveURL(`${t.path}#choose-a-method`);
      await expect(page.getByRole('radio', { name: t.individual, exact: true })).toBeFocused();
    });

    const STATES: [string, string, (page: Page) => Promise<void>][] = [
      ['empty', '', async (page) => expect(live(page)).toHaveText(t.empty)],
      ['partial', '?for=individual', async (page) => expect(live(page)).toHaveText(t.missingCardPay)],
      [
        'complete, with alternatives and caveats',
        '?for=enterprise&card=unsure&pay=any&need=large',
        async (page) => {
          await expect(live(page)).toHaveText(t.partner);
          await expect(page.locator('.chooser-alternatives li')).toHaveCount(3);
          await expect(page.locator('.chooser-caveats li').first()).toBeVisible();
          await expect(page.locator('.chooser-answer .chooser-bill, .chooser-alternatives .chooser-bill')).toHaveCount(
            1,
          );
        },
      ],
      [
        'fee error',
        '?for=individual&card=yes&pay=monthly&cur=EUR',
        async (page) => {
          const amount = page.getByRole('textbox', { name: t.amount });
          await amount.fill('-1');
          await expect(amount).toHaveAttribute('aria-invalid', 'true');
        },
      ],
      [
        'fee estimate, link copied',
        '?for=individual&card=yes&pay=prepaid&amount=250&cur=EUR',
        async (page) => {
          await expect(page.locator('.chooser-fee output')).toHaveText(t.estimate);
          await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
          await page.getByRole('button', { name: t.copy }).click();
          await expect(page.getByRole('status').filter({ hasText: t.copied })).toBeVisible();
        },
      ],
    ];
    for (const [name, query, reach] of STATES) {
      test(`axe, light and dark: ${name}`, async ({ page }) => {
        test.slow(); // two full axe runs
        await open(page, t, query);
        await reach(page);
        await axe(page);
      });
    }
  });
}

test.describe('chooser: hostile links', () => {
  const HOSTILE = [
    '?for=<script>window.__pwned=1</script>',
    '?for=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '?for=individual&for=enterprise',
    '?card=%E2%80%AEyes',
    '?pay=prepaid%00',
    '?need=large,<img src=x onerror="window.__pwned=1">',
    `?for=${'individual'.repeat(40)}`,
    '?amount=1e309',
    '?card=%E0%A4%A',
    '?pay="><svg onload=alert(1)>',
    '?for=individual\'&card=yes"',
    '?for=ｉｎｄｉｖｉｄｕａｌ&card=y%D0%B5s&pay=month%E2%80%8Bly',
    '?__proto__=x&constructor=y&for[]=individual',
    '?for=%',
  ];

  for (const query of HOSTILE) {
    test(`nothing applied, nothing run, still works: ${query.slice(0, 60)}`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.addInitScript(() => {
        window.alert = () => {
          (window as unknown as { __pwned: number }).__pwned = 1;
        };
      });
      await open(page, en, query);
      await expect(page.locator('.chooser-form input:checked')).toHaveCount(0);
      await expect(live(page)).toHaveText(en.empty);
      expect(await page.locator('.chooser-app').innerHTML()).not.toMatch(/<script|<img|<svg|onerror|onload/i);
      await expect(page.locator('.chooser-app')).not.toContainText(/NaN|undefined|script|alert/);
      // Still works: an answer replaces the hostile query with a clean one.
      await page.getByText(en.individual, { exact: true }).click();
      await expect(page).toHaveURL('/recharge/?for=individual#choose-a-method');
      await expect(live(page)).toHaveText(en.missingCardPay);
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    });
  }

  test('a hostile amount next to valid answers is ignored', async ({ page }) => {
    await open(page, en, '?for=individual&card=yes&pay=monthly&amount=1e309&cur=eur');
    await expect(live(page)).toHaveText(en.card);
    await expect(page.getByRole('textbox', { name: en.amount })).toHaveValue('');
    await expect(page.getByRole('combobox', { name: en.currency })).toHaveValue('');
    await expect(page.getByRole('textbox', { name: en.amount })).not.toHaveAttribute('aria-invalid');
    await expect(page.locator('.chooser')).not.toContainText('NaN');
  });
});

test.describe('chooser: dates in the reader’s variant of the page language', () => {
  test.use({ locale: 'en-GB' });

  test('en-GB reader: 3 December 2026; the day after the bill in GMT+08:00 gives next month', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-26T12:00:00+08:00'));
    await open(page, en, '?for=individual&card=yes&pay=any');
    await expect(page.locator('.chooser-alternatives, .chooser-answer').locator('.chooser-bill')).toContainText(
      'Next monthly bill: 3 December 2026.',
    );
  });

  test('still the 2nd in New York but the 3rd in GMT+08:00: the bill is today, 3 December', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-02T20:00:00-05:00'));
    await open(page, en, '?for=individual&card=yes&pay=monthly');
    await expect(page.locator('.chooser-answer .chooser-bill')).toContainText('Next monthly bill: 3 December 2026.');
  });

  test('from the 4th in GMT+08:00 the next bill is next month, across the year end', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-03T16:00:00Z'));
    await open(page, en, '?for=individual&card=yes&pay=monthly');
    await expect(page.locator('.chooser-answer .chooser-bill')).toContainText('Next monthly bill: 3 January 2027.');
  });
});

test.describe('chooser: before hydration', () => {
  test('the module loads on the first touch, not before; answers given meanwhile are kept; nothing shifts', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => {
      if (/\/_astro\/chooser-/.test(r.url())) requested.push(r.url());
    });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/_astro\/chooser-en-[\w-]+\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto('/recharge/#choose-a-method');
    await hydrated(page);
    await page.waitForTimeout(300);
    expect(requested).toEqual([]);
    const first = page.getByRole('radio', { name: en.individual, exact: true });
    await expect(first).toBeEnabled();
    await expect(live(page)).toHaveText(en.empty);
    await expect(page.locator('.chooser-compare')).toBeHidden();
    const boxes = async () =>
      page.evaluate(() =>
        ['.chooser-app', '.chooser-form', '.chooser-result', '#automatic-card-payment'].map((s) => {
          const r = document.querySelector(s)?.getBoundingClientRect();
          return r ? [Math.round(r.top + window.scrollY), Math.round(r.height)] : null;
        }),
      );
    const before = await boxes();
    // Answered while the module is still on its way: the native radio takes it.
    await first.check();
    // The touch starts the module's request; on a busy machine it is sent a moment later.
    await expect.poll(() => requested.length).toBe(1);
    expect(await boxes()).toEqual(before);
    release();
    await fullyHydrated(page);
    await expect(first).toBeChecked();
    await expect(page).toHaveURL(/\?for=individual#choose-a-method$/);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
              if (!e.hadRecentInput) total += e.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBe(0);
  });

  test('a link with answers loads the module at once', async ({ page }) => {
    const requested = page.waitForRequest(/\/_astro\/chooser-en-[\w-]+\.js$/);
    await page.goto('/recharge/?card=no#choose-a-method');
    await requested;
    await fullyHydrated(page);
    await expect(page.getByRole('radio', { name: en.cardNo, exact: true })).toBeChecked();
  });

  test('if the module cannot load, the comparison table shows instead of a form that cannot answer', async ({
    page,
  }) => {
    await page.route(/\/_astro\/chooser-en-[\w-]+\.js$/, (route) => route.abort('aborted'));
    await page.goto('/recharge/');
    await hydrated(page);
    await page.getByRole('radio', { name: en.individual, exact: true }).click();
    await expect(page.getByRole('table', { name: en.caption })).toBeVisible();
    await expect(page.getByRole('radio')).toHaveCount(0);
  });
});

test.describe('chooser: without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the comparison table and no form', async ({ page }) => {
    await page.goto('/recharge/?for=individual&card=yes&pay=monthly#choose-a-method');
    const table = page.getByRole('table', { name: en.caption });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText([
      'Method',
      'Who it suits',
      'What you need',
      'How you pay',
      'Pros',
      'Cons',
    ]);
    await expect(table.getByRole('rowheader')).toHaveText([
      'Automatic monthly card payment',
      'Manual top-up (prepaid)',
      'Top-up through an authorized partner',
      'Bank transfer',
    ]);
    await expect(table.getByRole('link', { name: 'Bank transfer' })).toHaveAttribute(
      'href',
      '../top-up/#bank-transfer',
    );
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: en.copy })).toHaveCount(0);
    await expect(page.getByText(en.empty)).toBeHidden();
  });
});

test.describe('chooser: the no-JavaScript state', () => {
  // axe needs JavaScript; the no-JavaScript state is the page without the `js` class.
  test('axe: the comparison table as shown without JavaScript', async ({ page }) => {
    test.slow(); // two full axe runs
    await open(page, en);
    await page.evaluate(() => document.documentElement.classList.remove('js'));
    await expect(page.getByRole('table', { name: en.caption })).toBeVisible();
    await expect(page.getByRole('radio')).toHaveCount(0);
    await axe(page);
  });
});

test.describe('chooser: print', () => {
  test('with JavaScript, print shows the result and the comparison table, not the controls', async ({ page }) => {
    await open(page, en, '?for=individual&card=no&pay=prepaid');
    await expect(page.getByRole('table', { name: en.caption })).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('table', { name: en.caption })).toBeVisible();
    await expect(live(page)).toHaveText(en.partner);
    await expect(live(page)).toBeVisible();
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expect(page.getByRole('button', { name: en.copy })).toBeHidden();
  });
});

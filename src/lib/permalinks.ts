/** The permanent section links: the site's public interface, identical in both languages. Pure. */

/** Section ids that must exist on each page (by page slug; "" is the overview). */
export const PERMANENT_IDS: Readonly<Record<string, readonly string[]>> = {
  '': ['what-you-need', 'how-it-works'],
  prepare: ['checklist', 'email', 'mobile-number', 'payment-method', 'network'],
  register: ['open-the-international-site', 'basic-information'],
  'complete-account': ['complete-account-information'],
  'bind-card': ['bind-a-payment-method'],
  recharge: ['choose-a-method', 'automatic-card-payment'],
  'top-up': ['manual-top-up', 'bank-transfer'],
  partners: ['partner-top-up'],
  faq: ['account-at-risk', 'currency-and-exchange-rates', 'real-name-authentication'],
  'more-questions': ['change-country-region', 'which-cards', 'paypal', 'frozen-after-partner'],
  'payment-problems': ['card-declined', 'mainland-china-cards'],
  'bills-and-arrears': ['arrears', 'pay-outstanding-bill', 'invoices'],
  'coupons-and-refunds': ['cash-coupons', 'refunds-and-unsubscribing', 'auto-renewal'],
  'account-problems': ['verification-code', 'lost-phone-or-email'],
  'account-restrictions': ['account-frozen', 'delete-account'],
  'account-changes': ['leave-partner', 'change-account-type', 'turkiye'],
  'check-a-link': ['check-an-address'],
};

/**
 * Problems with a page's moved sections (`id: slug`): a moved id that is still a heading here,
 * a page that does not exist, or a page without that heading (or alias). `idsOf` gives the ids a
 * link can land on in a page of the same language (headings and aliases), or null when there is
 * no such page.
 */
export function movedProblems(
  ids: readonly string[],
  moved: Record<string, string>,
  idsOf: (slug: string) => readonly string[] | null,
): string[] {
  const problems: string[] = [];
  for (const [id, slug] of Object.entries(moved)) {
    if (ids.includes(id)) problems.push(`"${id}" is listed as moved to "${slug}" but is still a heading here`);
    const there = idsOf(slug);
    if (there === null) problems.push(`"${id}" moved to "${slug}", which is not a page`);
    else if (!there.includes(id))
      problems.push(`"${id}" moved to "${slug}", which has no heading or alias with that id`);
  }
  return problems;
}

/**
 * Problems with a page's section ids: a permanent id that is missing, a duplicate id,
 * an alias that points nowhere or hides a real id. An empty list means the page is fine.
 */
export function permalinkProblems(slug: string, ids: readonly string[], aliases: Record<string, string>): string[] {
  const problems: string[] = [];
  const present = new Set(ids);
  for (const id of PERMANENT_IDS[slug] ?? []) {
    if (!present.has(id)) problems.push(`the permanent id "${id}" is missing`);
  }
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`the id "${id}" is used twice`);
    seen.add(id);
  }
  for (const [from, to] of Object.entries(aliases)) {
    if (present.has(from)) problems.push(`the alias "${from}" hides a heading with that id`);
    if (!present.has(to)) problems.push(`the alias "${from}" points to "${to}", which is not on the page`);
  }
  return problems;
}

/** The permanent section links: the site's public interface, identical in both languages. Pure. */

/** Section ids that must exist on each page (by page slug; "" is the overview). */
export const PERMANENT_IDS: Readonly<Record<string, readonly string[]>> = {
  '': ['what-you-need', 'how-it-works'],
  prepare: ['checklist', 'email', 'mobile-number', 'payment-method', 'network'],
  register: [
    'open-the-international-site',
    'basic-information',
    'complete-account-information',
    'bind-a-payment-method',
  ],
  recharge: ['automatic-card-payment', 'manual-top-up', 'partner-top-up', 'choose-a-method'],
  faq: ['account-at-risk', 'currency-and-exchange-rates', 'real-name-authentication'],
  'account-problems': [
    'verification-code',
    'account-frozen',
    'delete-account',
    'lost-phone-or-email',
    'leave-partner',
    'change-account-type',
    'turkiye',
  ],
};

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

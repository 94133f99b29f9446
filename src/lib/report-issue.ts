/** The "Report a problem with this page" link: a prefilled new issue in the project's repository. Pure. */

/**
 * The repository's web address from package.json's `repository` (a string or `{ url }`, with
 * `git+` and `.git` allowed), or null when it is missing or not an https address.
 */
export function repositoryUrl(raw: unknown): string | null {
  const value = typeof raw === 'string' ? raw : raw && typeof raw === 'object' ? (raw as { url?: unknown }).url : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const cleaned = value
    .trim()
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(cleaned);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.search || url.hash) return null;
  if (url.pathname.split('/').filter(Boolean).length < 2) return null;
  return url.href.replace(/\/+$/, '');
}

export interface ReportFields {
  /** The page's absolute URL (with the section's hash when there is one). */
  pageUrl: string;
  pageTitle: string;
  /** The section in view: its id and heading text. */
  section?: { id: string; title: string } | null;
  /** The page's language, e.g. "English (en)". */
  language: string;
  /** The day the site was built, YYYY-MM-DD. */
  built: string;
  /** The localized labels and the prompt of the issue body. */
  labels: { page: string; section: string; language: string; built: string; prompt: string; title: string };
}

/** Fills `{name}` placeholders. */
const fillIn = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(values, k) ? (values[k] ?? m) : m));

/** The new-issue address of a GitHub-style repository, with title and body prefilled. */
export function reportIssueUrl(repository: string, f: ReportFields): string {
  const where = f.section ? `${f.pageTitle} › ${f.section.title}` : f.pageTitle;
  const pageUrl = f.section ? `${f.pageUrl.replace(/#.*$/, '')}#${f.section.id}` : f.pageUrl.replace(/#.*$/, '');
  const body = [
    `${f.labels.page}: ${pageUrl}`,
    ...(f.section ? [`${f.labels.section}: ${f.section.title} (#${f.section.id})`] : []),
    `${f.labels.language}: ${f.language}`,
    `${f.labels.built}: ${f.built}`,
    '',
    f.labels.prompt,
    '',
  ].join('\n');
  const url = new URL(`${repository}/issues/new`);
  url.searchParams.set('title', fillIn(f.labels.title, { where }));
  url.searchParams.set('body', body);
  return url.href;
}

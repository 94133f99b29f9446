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
  /** The localized labels and the prompt of the issue body, and its title for `where` (page › section). */
  labels: {
    page: string;
    section: string;
    language: string;
    built: string;
    prompt: string;
    title: (where: string) => string;
  };
}

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
  return `${url.href}?title=${queryValue(f.labels.title(where))}&body=${queryValue(body)}`;
}

/**
 * A query value with only ASCII escaped: letters of other scripts stay as they are (a URL may
 * hold them; the browser encodes them when it follows the link), which keeps a Chinese page's
 * link a third of the size it would be percent-encoded.
 */
function queryValue(value: string): string {
  return encodeURIComponent(value).replace(/(?:%[89A-F][0-9A-F])+/g, (bytes) => {
    try {
      return decodeURIComponent(bytes);
    } catch {
      return bytes;
    }
  });
}

/**
 * The link `reportIssueUrl` wrote for a page (without a section), with the section in view
 * added, as `reportIssueUrl` would have written it: the section's hash on the page line, a
 * section line after it, and `{page} › {section}` in the title. The page keeps only the link and
 * two short attributes (the page title and the section label); anything that is not such a link
 * comes back unchanged.
 */
export function withSection(
  href: string,
  pageTitle: string,
  sectionLabel: string,
  section: { id: string; title: string } | null,
): string {
  if (!section) return href;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  const body = url.searchParams.get('body');
  const title = url.searchParams.get('title');
  if (body === null || title === null || !url.pathname.endsWith('/issues/new')) return href;
  const lines = body.split('\n');
  lines[0] = `${(lines[0] ?? '').replace(/#.*$/, '')}#${section.id}`;
  lines.splice(1, 0, `${sectionLabel}: ${section.title} (#${section.id})`);
  url.searchParams.set('title', title.replace(pageTitle, `${pageTitle} › ${section.title}`));
  url.searchParams.set('body', lines.join('\n'));
  return url.href;
}

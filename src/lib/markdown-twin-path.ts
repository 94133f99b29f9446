/** Where a guide page's Markdown twin lives. Pure. */

/** The twin's path for a page path: "/guide/faq/" -> "/guide/faq/index.md", "/" -> "/index.md". */
export function twinPath(pagePath: string): string {
  const dir = pagePath.endsWith('/') ? pagePath : `${pagePath}/`;
  return `${dir}index.md`;
}

/** True for the twin files and llms files the Markdown build writes (not pages). */
export function isMarkdownFile(path: string): boolean {
  return /\.md$/.test(path) || /(^|\/)llms(-full)?\.txt$/.test(path);
}

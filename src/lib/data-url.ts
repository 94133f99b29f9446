/** Inline images as `data:` URLs that every HTML validator accepts. Pure. */

/**
 * An SVG document as a compact `data:image/svg+xml,` URL: the `<title>` is dropped (the page
 * names the icon), double quotes become single ones (the markup stays the same drawing), and
 * every character that a URL may not hold raw (spaces, `#`, `%`, `<`, `>`, quotes, anything
 * outside ASCII) is percent-encoded, so the URL contains no space.
 */
export function svgDataUrl(svg: string): string {
  const compact = svg
    .replace(/<title>[\s\S]*?<\/title>/g, '')
    .replace(/>\s+</g, '><')
    .trim()
    .replace(/"/g, "'");
  const encoded = [...compact]
    .map((ch) => (/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/.test(ch) ? ch : encodeURIComponent(ch)))
    .join('')
    .replace(/'/g, '%27');
  return `data:image/svg+xml,${encoded}`;
}

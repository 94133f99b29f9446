/**
 * Splits a sentence of the no-JavaScript guide into plain text and the addresses it mentions
 * (host names such as www.huaweicloud.com.example.net, `https://`, `/intl/`), so that they are
 * shown as code: read as examples, never turned into links (a Markdown reader would otherwise
 * link a look-alike domain). Pure.
 */
export interface Part {
  text: string;
  code: boolean;
}

const ADDRESS =
  /(https?:\/\/|\/intl\/|\.?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|example)\b(?:\/[a-z0-9/._-]*)?)/gi;

export function addressParts(text: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(ADDRESS)) {
    const start = m.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), code: false });
    parts.push({ text: m[0], code: true });
    last = start + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), code: false });
  return parts;
}

/**
 * Whether a site name looks like Huawei Cloud's, and why. Pure.
 * - Punycode (`xn--…`) labels are decoded with punycode.js to what a browser may display.
 * - Letters from other alphabets that look like Latin ones (Cyrillic а, Greek ο…) are mapped
 *   to their Latin look-alikes with the `confusables` package (Unicode confusables data).
 * - Near misses (huawe1cloud, huaweiclouds) are measured as an edit distance with adjacent
 *   swaps (optimal string alignment).
 * - The alphabets (Unicode scripts) of a name are named with ISO 15924 codes, found with the
 *   platform's Unicode property escapes, so that the interface can name them with Intl.
 */
import { remove as removeConfusables } from 'confusables';
import punycode from 'punycode.js';

/** The brand names a look-alike imitates. */
export const BRAND = 'huaweicloud';
export const BRAND_SHORT = 'huawei';

/** A host name (ASCII, maybe with `xn--` labels) as a browser may display it; unchanged if it cannot be decoded. */
export function decodeHost(host: string): string {
  if (!/(^|\.)xn--/i.test(host)) return host;
  return host
    .split('.')
    .map((label) => {
      try {
        const decoded = punycode.toUnicode(label);
        return decoded === '' ? label : decoded;
      } catch {
        return label;
      }
    })
    .join('.');
}

/** Whether a host name has a punycode (internationalized) label. */
export function isInternationalized(host: string): boolean {
  return /(^|\.)xn--/i.test(host);
}

/** A name with look-alike letters replaced by the Latin letters they imitate, lower case, ASCII letters and digits kept. */
export function skeleton(name: string): string {
  return removeConfusables(name.normalize('NFKC')).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Edit distance between two strings, counting a swap of two neighbours as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      let best = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (d[rows - 1] as number[])[cols - 1] as number;
}

export type Resemblance =
  /** Its name contains "huawei" (after look-alike letters are mapped). */
  | { type: 'brand'; skeleton: string }
  /** Its name is one or two edits away from "huaweicloud". */
  | { type: 'near'; skeleton: string; distance: number };

/**
 * How a domain's own label (the registered domain without its public suffix, e.g.
 * "huawe1cloud" for huawe1cloud.com) resembles Huawei Cloud's, or null when it does not.
 * Labels longer than 63 characters are not host labels and never resemble.
 */
export function resemblance(label: string): Resemblance | null {
  if (label === '' || label.length > 63) return null;
  const s = skeleton(decodeHost(label));
  if (s.includes(BRAND_SHORT)) return { type: 'brand', skeleton: s };
  const compact = s.replace(/[^a-z0-9]/g, '');
  const distance = Math.min(editDistance(compact, BRAND), editDistance(s, BRAND));
  if (distance > 0 && distance <= 2) return { type: 'near', skeleton: s, distance };
  if (editDistance(compact, BRAND_SHORT) === 1) return { type: 'near', skeleton: s, distance: 1 };
  return null;
}

/** ISO 15924 codes of the scripts that are told apart (others are reported as "Zzzz", unknown). */
const SCRIPTS = [
  'Latn',
  'Cyrl',
  'Grek',
  'Armn',
  'Geor',
  'Cher',
  'Hebr',
  'Arab',
  'Hani',
  'Hira',
  'Kana',
  'Hang',
  'Thai',
  'Deva',
] as const;
const SCRIPT_RE = SCRIPTS.map((code) => [code, new RegExp(`\\p{Script=${code}}`, 'u')] as const);

/** The scripts (ISO 15924) of the letters of a name other than ASCII, in order of first use, without repeats. */
export function foreignScripts(name: string): string[] {
  const found: string[] = [];
  for (const ch of name) {
    if (ch.charCodeAt(0) < 0x80 || !/\p{L}/u.test(ch)) continue;
    const code = SCRIPT_RE.find(([, re]) => re.test(ch))?.[0] ?? 'Zzzz';
    if (!found.includes(code)) found.push(code);
  }
  return found;
}

/**
 * Pseudo-localization: English made visibly foreign but still readable, so that a test build
 * shows at a glance which text comes from a translation and which was hard-coded or left out,
 * and how the layout copes with longer words ("Sign up" -> "[Šîğñ ûþ ~~]").
 *
 * Only letters change. Everything a machine reads stays byte for byte: `{placeholders}` and
 * `{#heading-ids}`, URLs, e-mail addresses, `code spans`, HTML tags and entities, numbers.
 * Pure: no DOM, no I/O.
 */

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'å',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ğ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/**
 * What is kept as it is, longest alternatives first: code spans, `{…}` placeholders and heading
 * ids, HTML tags, entities, URLs (with a scheme, or a host such as www.huaweicloud.com/intl, or a path such as /intl)
 * and e-mail addresses.
 */
const KEEP = new RegExp(
  [
    '`[^`]*`',
    '\\{[^{}\\s]*\\}',
    '<\\/?[A-Za-z][^<>]*>',
    '&(?:#\\d+|#x[0-9a-fA-F]+|[A-Za-z]+);',
    '\\b[a-z][a-z0-9+.-]*:\\/\\/[^\\s<>"\')\\]]*[^\\s<>"\')\\].,;:!?]',
    '\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+',
    '(?<![\\w/.])\\/[a-z0-9][\\w./-]*\\/?',
    '\\b(?:[a-z0-9-]+\\.)+(?:com|org|net|cn|io)(?:\\/[^\\s<>"\')\\]]*[^\\s<>"\')\\].,;:!?])?',
  ].join('|'),
  'g',
);

/** The letters of `text` accented, what machines read kept (see KEEP). No brackets, no padding. */
export function accent(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(KEEP)) {
    out += accentLetters(text.slice(last, m.index));
    out += m[0];
    last = m.index + m[0].length;
  }
  return out + accentLetters(text.slice(last));
}

function accentLetters(s: string): string {
  return s.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c);
}

export interface PseudoOptions {
  /** The longest result allowed (a frontmatter limit): the padding shrinks to fit. */
  maxLength?: number | undefined;
}

/**
 * A string pseudo-localized: letters accented, the whole in brackets (so cut-off text shows)
 * and about 30% longer with `~` (so layouts are tried with longer words). Leading and trailing
 * white space stay outside the brackets; a string without letters (a number, a date, an empty
 * string, punctuation, only placeholders) is returned as it is.
 */
export function pseudoLocalize(text: string, options: PseudoOptions = {}): string {
  if (!/[A-Za-z]/.test(text.replace(KEEP, ''))) return text;
  const accented = accent(text);
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(accented) ?? [];
  // Room left for "[", "]" and " ~~~" within the limit.
  const room = (options.maxLength ?? Number.POSITIVE_INFINITY) - lead.length - core.length - trail.length - 2;
  if (room < 0) return accented;
  const pad = Math.min(Math.ceil(core.length * 0.3), room - 1);
  return `${lead}[${core}${pad > 0 ? ` ${'~'.repeat(pad)}` : ''}]${trail}`;
}

/**
 * A dictionary (or any table of strings: nested objects and arrays) with every string
 * pseudo-localized. Functions and other values are kept as they are.
 */
export function pseudoDictionary<D>(dict: D): D {
  return mapStrings(dict) as D;
}

function mapStrings(value: unknown): unknown {
  if (typeof value === 'string') return pseudoLocalize(value);
  if (Array.isArray(value)) return value.map(mapStrings);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v)]));
  return value;
}

// @ts-check
/**
 * What a built page costs before its first render, read with htmlparser2. Pure functions of
 * the HTML text, used by the benchmark (scripts/bench.mjs) and the built-site tests.
 */
import { gzipSync } from 'node:zlib';
import { DomUtils, parseDocument } from 'htmlparser2';

/** The first TCP flight (about ten packets): the HTML of a page should fit in it. */
export const FIRST_FLIGHT = 14 * 1024;
/** When a page's own content (its `<main>`) cannot fit, the frame around it may add this much. */
export const FRAME_ALLOWANCE = 10 * 1024;

/** @param {string | Buffer} text */
export const gzipSize = (text) => gzipSync(text, { level: 9 }).length;

/** @param {string} html */
const parse = (html) => parseDocument(html, { withStartIndices: true, withEndIndices: true });

/** Media queries that never match a screen at first render. */
const NON_SCREEN_MEDIA = /^\s*print\s*$/i;

/**
 * The resources that block the first render of a page, outside the HTML itself:
 * stylesheets (`<link rel="stylesheet">` for screen media), classic scripts with `src` that are
 * neither `async` nor `defer` (parser-blocking), and `@import` rules in inline `<style>`.
 * An empty list means the page renders after one round trip.
 * @param {string} html
 * @returns {string[]} one description per blocking resource
 */
export function renderBlockingResources(html) {
  const doc = parse(html);
  const found = [];
  for (const el of DomUtils.findAll(() => true, doc.children)) {
    const a = el.attribs;
    if (el.name === 'link') {
      const rels = (a.rel ?? '').toLowerCase().split(/\s+/);
      if (rels.includes('stylesheet') && !NON_SCREEN_MEDIA.test(a.media ?? '') && a.disabled === undefined)
        found.push(`stylesheet ${a.href ?? '(no href)'}`);
    } else if (el.name === 'script' && a.src !== undefined) {
      const type = (a.type ?? '').toLowerCase();
      const classic = type === '' || /^(text|application)\/(java|ecma)script$/.test(type);
      if (classic && a.async === undefined && a.defer === undefined) found.push(`script ${a.src}`);
    } else if (el.name === 'style' && /@import\b/i.test(DomUtils.textContent(el))) {
      found.push('@import in an inline style');
    }
  }
  return found;
}

/** The text of every inline `<style>` of a page, in order. @param {string} html */
export function inlineStyles(html) {
  return DomUtils.findAll((el) => el.name === 'style', parse(html).children).map((el) => DomUtils.textContent(el));
}

/**
 * A page's HTML split into its own content (the `<main>` element, tags included) and the frame
 * around it (head, header, navigation, footer, inline code), raw and gzip-compressed. The
 * frame's compressed size is the page's less its content's.
 * @param {string} html
 */
export function contentAndFrame(html) {
  const main = DomUtils.findOne((el) => el.name === 'main', parse(html).children, true);
  const content = main ? html.slice(main.startIndex ?? 0, (main.endIndex ?? -1) + 1) : '';
  const page = { raw: Buffer.byteLength(html), gzip: gzipSize(html) };
  const own = { raw: Buffer.byteLength(content), gzip: content ? gzipSize(content) : 0 };
  return { page, content: own, frame: { raw: page.raw - own.raw, gzip: page.gzip - own.gzip } };
}

/**
 * The HTML budget of one page: at most FIRST_FLIGHT compressed, or, when the page's content
 * alone does not fit in it, its content plus at most FRAME_ALLOWANCE of frame.
 * @param {{ page: { gzip: number }, content: { gzip: number }, frame: { gzip: number } }} sizes
 */
export function htmlBudget(sizes) {
  const contentFits = sizes.content.gzip <= FIRST_FLIGHT;
  const limit = contentFits ? FIRST_FLIGHT : sizes.content.gzip + FRAME_ALLOWANCE;
  return {
    rule: contentFits ? 'first flight' : 'content + frame',
    limit,
    ok: sizes.page.gzip <= limit,
  };
}

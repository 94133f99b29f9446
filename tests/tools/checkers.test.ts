/**
 * The judges of `npm test` on small sites made here: the link checker (scripts/check-links.mjs,
 * linkinator) and the W3C Nu HTML Checker (scripts/check-w3c.mjs). Each must pass a clean site
 * and name every kind of fault it is there to catch.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';

const SITE = 'https://guide.example.org';
const made: string[] = [];
after(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** Writes a site: file path -> content. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'checker-site-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page</title>${head}</head><body>${body}</body></html>`;

/** A clean site at `base`: two pages, a 404 page no link reaches, links of every kind. */
function cleanSite(base: string, extra: Record<string, string> = {}) {
  return site({
    'index.html': page(
      `<main><h1 id="top">Home</h1><a href="${base}a/">A</a> <a href="${base}a/#x">A, section x</a> <a href="#top">top</a>
       <a href="https://www.huaweicloud.com/intl/en-us/">Huawei</a> <a href="mailto:someone@example.org">mail</a>
       <img src="${base}logo.svg" alt="logo"><svg><use href="#top"/></svg><svg><use href="${base}logo.svg#s"/></svg></main>`,
      `<link rel="canonical" href="${SITE}${base}"><meta property="og:image" content="${SITE}${base}logo.svg">`,
    ),
    'a/index.html': page(`<main><h1>A</h1><h2 id="x">X</h2><a href="${base}">home</a></main>`),
    '404.html': page(`<main><h1>Not found</h1><a href="${base}">home</a></main>`),
    'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><symbol id="s"/></svg>',
    ...extra,
  });
}

function checkLinks(dir: string, base: string, ...more: string[]) {
  const r = spawnSync(
    process.execPath,
    ['scripts/check-links.mjs', '--dir', dir, '--base', base, '--site', SITE, ...more],
    {
      encoding: 'utf8',
    },
  );
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('link checker (linkinator)', () => {
  test('a clean site passes, at / and under a sub-path', () => {
    for (const base of ['/', '/guide/']) {
      const r = checkLinks(cleanSite(base), base);
      assert.equal(r.status, 0, r.out);
      assert.match(r.out, new RegExp(`from 3 pages resolve \\(base ${base}\\)`));
    }
  });

  const faults: [string, string, RegExp][] = [
    ['a missing page', '<a href="/gone/">x</a>', /"\/gone\/" \(404/],
    [
      'a missing section of another page',
      '<a href="/a/#nope">x</a>',
      /"\/a\/#nope" \(200: Fragment identifier '#nope' not found/,
    ],
    [
      'a missing section of the same page',
      '<a href="#nope">x</a>',
      /#nope" \(200: Fragment identifier '#nope' not found/,
    ],
    ['a missing image', '<img src="/missing.png" alt="">', /"\/missing.png" \(404/],
    ['a malformed address', '<a href="http://[broken">x</a>', /"http:\/\/\[broken" \(no response/],
    // The one reference linkinator does not follow, checked by the script itself.
    [
      'an SVG <use> of a missing symbol',
      '<svg><use href="/logo.svg#nope"/></svg>',
      /\/404.html: <use href="\/logo.svg#nope"> \(no such file or id\)/,
    ],
  ];
  for (const [what, html, message] of faults) {
    test(`names ${what}`, () => {
      const dir = cleanSite('/', { '404.html': page(`<main><h1 id="here">Not found</h1>${html}</main>`) });
      const r = checkLinks(dir, '/');
      assert.equal(r.status, 1, r.out);
      assert.match(r.out, /1 broken link\(s\)/);
      assert.match(r.out, message);
      assert.match(r.out, /\/404.html: /);
    });
  }

  test("checks the site's own absolute URLs (canonical, og:image) against the build", () => {
    const dir = cleanSite('/', {
      'b.html': page(
        '<main>b</main>',
        `<link rel="canonical" href="${SITE}/b-old/"><meta property="og:image" content="${SITE}/og.png">`,
      ),
    });
    const r = checkLinks(dir, '/');
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /"\/b-old\/" \(404/);
    assert.match(r.out, /"\/og.png" \(404/);
  });

  test('under a sub-path, a root-relative link that escapes the base is broken', () => {
    const dir = cleanSite('/guide/', {
      'a/index.html': page('<main><h1 id="x">A</h1><a href="/a/">escapes</a></main>'),
    });
    const r = checkLinks(dir, '/guide/');
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /\/guide\/a\/index.html: "\/a\/" \(404/);
  });

  test('Markdown files, when there are any, are checked too: links and heading anchors', () => {
    const good = cleanSite('/', {
      'a/index.md': '# A page\n\n## Section x\n\nSee [home](/) and [x](/a/#x), [below](#section-x).\n',
      'llms.txt': '# Guide\n',
    });
    const ok = checkLinks(good, '/');
    assert.equal(ok.status, 0, ok.out);
    assert.match(ok.out, /from 4 pages \(1 Markdown\)/);
    const bad = cleanSite('/', { 'a/index.md': '# A page\n\nSee [gone](/gone/) and [nothing](#nothing).\n' });
    const r = checkLinks(bad, '/');
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /\/a\/index.md: "\/gone\/" \(404/);
    assert.match(r.out, /Fragment identifier '#nothing' not found/);
    assert.equal(checkLinks(bad, '/', '--no-markdown').status, 0);
  });
});

describe('W3C Nu HTML Checker', () => {
  const check = (dir: string) => {
    const r = spawnSync(process.execPath, ['scripts/check-w3c.mjs', '--dir', dir], { encoding: 'utf8' });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };

  test('a valid site passes with 0 errors', () => {
    const r = check(cleanSite('/'));
    assert.equal(r.status, 0, r.out);
    assert.match(r.out, /3 pages in .*, 0 errors/);
  });

  test('rejects what html-validate lets through: a data: URL with spaces', () => {
    const dir = cleanSite('/', {
      'index.html': page(
        '<main><h1>x</h1></main>',
        `<link rel="icon" href="data:image/svg+xml,<svg viewBox='0 0 1 1'/>">`,
      ),
    });
    const r = check(dir);
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /Bad value .* for attribute “href” on element “link”/);
    assert.match(r.out, /found errors/);
  });
});

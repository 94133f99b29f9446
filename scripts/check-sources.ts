#!/usr/bin/env node
/**
 * `npm run check:sources`: is every claim's quote still on its official page?
 *
 * Reads every claim of the content (both languages), fetches each distinct official page once
 * (a few at a time, with a timeout, retries with backoff, redirects followed and reported),
 * looks for each quote in the page's text, and reports each claim as found, changed (with the
 * closest passage), moved, gone or unreachable: a table on the terminal, and JSON and Markdown
 * files. Exits 1 when any claim is not "found".
 *
 *   npm run check:sources                      # the live help center
 *   npm run check:sources -- --offline DIR     # recorded pages: DIR/manifest.json (see README)
 *   options: --out DIR (default source-check), --content DIR, --concurrency N, --timeout MS, --retries N
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR, contentClaims } from './lib/content-claims.ts';
import {
  type ClaimReport,
  judgeClaim,
  mapLimit,
  markdownReport,
  type PageResult,
  summary,
} from './lib/source-check.ts';

const { values } = parseArgs({
  options: {
    offline: { type: 'string' },
    out: { type: 'string', default: 'source-check' },
    content: { type: 'string', default: CONTENT_DIR },
    concurrency: { type: 'string', default: '4' },
    timeout: { type: 'string', default: '15000' },
    retries: { type: 'string', default: '2' },
    quiet: { type: 'boolean', default: false },
  },
});

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string; homepage?: string };
const USER_AGENT = `${pkg.name}/${pkg.version} source checker (checks that quoted help-center pages still say what the guide quotes${pkg.homepage ? `; ${pkg.homepage}` : ''})`;
const TIMEOUT = Number(values.timeout);
const RETRIES = Number(values.retries);
const MAX_REDIRECTS = 5;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pageUrl = (source: string) => {
  const u = new URL(source);
  u.hash = '';
  return u.href;
};

/** One step of loading a page: a redirect to follow, or where it ended (a page or an error). */
type Hop = { location: string } | Pick<PageResult, 'status' | 'html' | 'error'>;

/**
 * Follows redirects by hand, so that each is reported, from `url` until `hop` gives a page or an
 * error, for at most MAX_REDIRECTS redirects. `hop` loads one address.
 */
async function follow(url: string, hop: (current: string) => Promise<Hop>): Promise<PageResult> {
  const redirects: string[] = [];
  let current = url;
  for (let n = 0; n <= MAX_REDIRECTS; n += 1) {
    const step = await hop(current);
    if (!('location' in step)) return { url, finalUrl: current, redirects, ...step };
    current = new URL(step.location, current).href;
    redirects.push(current);
  }
  return { url, finalUrl: current, redirects, status: null, html: null, error: `more than ${MAX_REDIRECTS} redirects` };
}

/** Fetches one page from the network (retrying with backoff on errors, 429 and 5xx). */
async function fetchLive(url: string): Promise<PageResult> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await follow(url, async (current) => {
        const res = await fetch(current, {
          redirect: 'manual',
          headers: { 'user-agent': USER_AGENT, accept: 'text/html' },
          signal: AbortSignal.timeout(TIMEOUT),
        });
        const location = res.headers.get('location');
        if (res.status >= 300 && res.status < 400 && location) return { location };
        if ((res.status === 429 || res.status >= 500) && attempt < RETRIES) throw new Error(`HTTP ${res.status}`);
        return { status: res.status, html: await res.text() };
      });
    } catch (error) {
      if (attempt >= RETRIES) {
        return { url, finalUrl: url, redirects: [], status: null, html: null, error: String((error as Error).message) };
      }
      await sleep(500 * 2 ** attempt);
    }
  }
}

interface Recorded {
  status?: number;
  file?: string;
  location?: string;
  error?: string;
}

/** Reads one page from a recording: DIR/manifest.json maps each URL to its status, file or redirect. */
function fetchRecorded(dir: string): (url: string) => Promise<PageResult> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, Recorded>;
  return (url) =>
    follow(url, async (current) => {
      const rec = manifest[current];
      if (!rec || rec.error) return { status: null, html: null, error: rec?.error ?? 'not in the recording' };
      if (rec.location) return { location: rec.location };
      return { status: rec.status ?? 200, html: rec.file ? readFileSync(join(dir, rec.file), 'utf8') : '' };
    });
}

const claims = contentClaims(values.content);
const urls = [...new Set(claims.map((c) => pageUrl(c.source)))];
const fetchPage = values.offline ? fetchRecorded(values.offline) : fetchLive;
if (!values.quiet)
  console.log(
    `Checking ${claims.length} claims on ${urls.length} official pages${values.offline ? ` (recorded in ${values.offline})` : ''}...`,
  );
const pages = new Map<string, PageResult>();
await mapLimit(urls, Number(values.concurrency), async (url) => {
  pages.set(url, await fetchPage(url));
});

const reports: ClaimReport[] = claims.map((c) => judgeClaim(c, pages.get(pageUrl(c.source)) as PageResult));
const counts = summary(reports);
const when = new Date().toISOString();
mkdirSync(values.out, { recursive: true });
writeFileSync(
  join(values.out, 'sources.json'),
  `${JSON.stringify({ checkedAt: when, counts, claims: reports }, null, 2)}\n`,
);
writeFileSync(join(values.out, 'sources.md'), markdownReport(reports, when));

if (!values.quiet) {
  console.table(
    reports.map((r) => ({
      page: r.page,
      claim: r.id,
      outcome: r.outcome,
      detail: [r.detail, r.closest ? `closest (${r.similarity}): ${r.closest.slice(0, 80)}` : '']
        .filter(Boolean)
        .join('; ')
        .slice(0, 110),
    })),
  );
}
console.log(
  `${Object.entries(counts)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')}. Reports: ${join(values.out, 'sources.md')}, ${join(values.out, 'sources.json')}`,
);
process.exit(counts.found === reports.length ? 0 : 1);

#!/usr/bin/env node
/**
 * `npm run bench`: measures the built site like a visitor's browser would and checks the
 * performance budgets. Not part of `npm test` (timings need a quiet machine).
 *
 * - builds the site 3 times (median build time), serves dist/ with gzip on 127.0.0.1;
 * - builds the Starlight reference project (the same English pages in Starlight) in a copy in
 *   a temporary folder: its from-guide.mjs on src/content/docs/en, npm ci, build; served the
 *   same way, with the same caching rules (hashed assets for a year);
 * - for every page, from the built HTML: what blocks the first render outside the HTML (a
 *   linked stylesheet, a parser-blocking script, an @import), and the compressed size of the
 *   HTML, split into the page's own content (its <main>) and the frame around it;
 * - loads every page in headless Chromium, desktop and phone, BENCH_RUNS times (default 3):
 *   requests and transferred bytes until `load` and once the network is idle, JS requests,
 *   layout shift (CLS, median and max); pages with islands once more as a returning reader
 *   whose islands load at once (saved ticks, a link with answers), for information;
 * - a reading session: overview, prepare, register, recharge, FAQ in one browser context with
 *   its cache on, BENCH_RUNS times (median), for the guide and for the Starlight reference;
 * - HTML/CSS/JS bytes per page, raw and gzip, from the built files;
 * - Lighthouse, mobile and desktop presets, LH_RUNS times (default 5): the four category
 *   scores, FCP, LCP, TBT, CLS (median; CLS also max), render-blocking requests;
 * - prints a table and pass/fail per budget, writes bench-results/latest.json, and exits
 *   non-zero when a budget is missed.
 * Options: --starlight DIR (or STARLIGHT_DIR): the Starlight reference project, copied, never
 * written to; without it the session budget fails as not measured. --no-build (measure the
 * current dist/), --dir DIR (measure another build, with --no-build), --no-lighthouse,
 * --only /a/,/b/ (some pages; the session is always the five).
 * Every page, the 404 and search pages included, is held to Lighthouse 100 in all four categories.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { STORAGE_KEY as TICKS_KEY } from '../src/features/checklist/keys.ts';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from './browser.mjs';
import { htmlFiles, sitePathOf } from './lib/built-files.ts';
import { elements, parseHtml, textOf } from './lib/html.ts';
import {
  contentAndFrame,
  FIRST_FLIGHT,
  FRAME_ALLOWANCE,
  htmlBudget,
  renderBlockingResources,
} from './lib/page-weight.mjs';
import { copyStarlightReference, writeGuidePages } from './lib/starlight-reference.mjs';

const args = process.argv.slice(2);
const RUNS = Number(process.env.BENCH_RUNS || 3);
const LH_RUNS = Number(process.env.LH_RUNS || 5);
const PORT = Number(process.env.BENCH_PORT || 4460);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const dirArg = args.indexOf('--dir');
/** The build measured: dist/ (built here), or another one given with --dir (with --no-build). */
const DIST = dirArg >= 0 && args[dirArg + 1] ? args[dirArg + 1] : 'dist';
const KiB = 1024;
const onlyArg = args.indexOf('--only');
const onlyPages = onlyArg >= 0 ? (args[onlyArg + 1] ?? '').split(',') : null;
const starlightArg = args.indexOf('--starlight');
const STARLIGHT = (starlightArg >= 0 ? args[starlightArg + 1] : undefined) ?? process.env.STARLIGHT_DIR;
const STARLIGHT_PORT = PORT + 1;
/** The reading session: the five English pages, in reading order. */
const SESSION = ['/', '/prepare/', '/register/', '/recharge/', '/faq/'];

const BUDGET = {
  contentRequests: 3,
  islandIdleBytes: 20 * KiB,
  cssGzip: 8 * KiB,
  mobileLcpMs: 1000,
  /** The HTML of a page, compressed (headers excluded): the first TCP flight... */
  htmlGzip: FIRST_FLIGHT,
  /** ...or, when its content alone does not fit, the content plus this much frame. */
  frameAllowance: FRAME_ALLOWANCE,
  /** The five-page session, against the same pages built with Starlight in the same run. */
  sessionRatio: 0.8,
};

const browserInfo = findChromium();
if (!browserInfo) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
const env = { ...process.env, PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH}` };
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kib = (b) => `${(b / KiB).toFixed(1)}`;

// 1. Build (median of 3).
const buildTimes = [];
if (!args.includes('--no-build')) {
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = spawnSync('node', ['scripts/build.mjs'], { env, stdio: 'ignore' });
    if (r.status !== 0) {
      console.error('The build failed: run "npm run build" to see why.');
      process.exit(1);
    }
    buildTimes.push(performance.now() - t0);
    process.stdout.write(`build ${i + 1}/3: ${(buildTimes.at(-1) / 1000).toFixed(1)}s\n`);
  }
}

// 2. The pages and their static weight.
// Pages are the HTML files only: the Markdown twins (index.md) and llms.txt / llms-full.txt are not pages.
const pages = htmlFiles(DIST)
  .map((file) => {
    const path = `/${sitePathOf(file)}`;
    const html = readFileSync(join(DIST, file), 'utf8');
    const doc = parseHtml(html);
    const css = elements(doc, (el) => el.name === 'link' && el.attribs.rel === 'stylesheet').map(
      (el) => el.attribs.href,
    );
    const scripts = elements(doc, 'script');
    const jsFiles = new Set(scripts.map((el) => el.attribs.src).filter((src) => src !== undefined));
    const inlineJs = scripts
      .filter((el) => el.attribs.src === undefined && el.attribs.type !== 'application/ld+json')
      .map(textOf)
      .join('');
    const read = (url) => readFileSync(join(DIST, url.replace(/^\//, '')));
    const sizes = (bufs) => ({
      raw: bufs.reduce((n, b) => n + b.length, 0),
      gzip: bufs.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    });
    const split = contentAndFrame(html);
    return {
      path,
      blocking: renderBlockingResources(html),
      split,
      htmlBudget: htmlBudget(split),
      islands: elements(doc, (el) => el.attribs['data-island'] !== undefined).length > 0,
      chooser: elements(doc, (el) => el.attribs['data-island'] === 'chooser').length > 0,
      html: sizes([Buffer.from(html)]),
      // Linked stylesheets plus the small ones the build inlines as <style>.
      css: sizes([...css.map(read), ...elements(doc, 'style').map((el) => Buffer.from(textOf(el)))]),
      js: sizes([...jsFiles].map(read)),
      // Island modules, loaded at once only when there is something to show, else on first use.
      onDemandJs: sizes(
        [
          ...new Set(
            elements(doc, (el) => el.attribs['data-island-src'] !== undefined).map(
              (el) => el.attribs['data-island-src'],
            ),
          ),
        ].map(read),
      ),
      inlineJs: Buffer.byteLength(inlineJs),
    };
  })
  .filter((p) => !onlyPages || onlyPages.includes(p.path))
  .sort((a, b) => a.path.localeCompare(b.path));

// 3. Serve with gzip.
const server = spawn('node', ['scripts/serve.mjs', '--port', String(PORT), '--dir', DIST, '--gzip', '--quiet'], {
  env,
  stdio: 'inherit',
});
process.on('exit', () => server.kill());
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${ORIGIN}/`)).ok) break;
  } catch {
    if (i > 50) throw new Error(`The benchmark server did not start on ${ORIGIN}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// 3b. The Starlight reference: copied out, given the guide's English pages, built, served.
let starlightError = STARLIGHT ? null : 'not measured: pass --starlight DIR or set STARLIGHT_DIR';
let starlightServer = null;
if (STARLIGHT) {
  const source = resolve(STARLIGHT);
  const work = mkdtempSync(join(tmpdir(), 'bench-starlight-'));
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  const step = (what, cmd, cmdArgs) => {
    if (starlightError) return;
    process.stdout.write(`starlight: ${what}\n`);
    const r = spawnSync(cmd, cmdArgs, { cwd: work, env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) starlightError = `${what} failed (${r.error?.message ?? `exit code ${r.status}`})`;
  };
  starlightError = copyStarlightReference(source, work);
  if (!starlightError) {
    step('make the copy writable', 'chmod', ['-R', 'u+w', work]);
    const pages = join(work, 'guide-pages');
    writeGuidePages('src/content/docs/en', pages);
    step('the guide’s English pages (from-guide.mjs)', 'node', ['from-guide.mjs', pages]);
    step('npm ci', 'npm', ['ci', '--no-audit', '--no-fund']);
    step('build', 'npm', ['run', 'build']);
  }
  if (!starlightError) {
    const dist = join(work, 'dist');
    // The same caching as the guide's _headers: hashed assets for a year, HTML briefly.
    writeFileSync(
      join(dist, '_headers'),
      '/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n/pagefind/*\n  Cache-Control: public, max-age=3600\n',
    );
    starlightServer = spawn(
      'node',
      ['scripts/serve.mjs', '--port', String(STARLIGHT_PORT), '--dir', dist, '--gzip', '--quiet'],
      { env, stdio: 'inherit' },
    );
    process.on('exit', () => starlightServer?.kill());
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${STARLIGHT_PORT}/`)).ok) break;
      } catch {
        if (i > 50) throw new Error('The Starlight server did not start');
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }
}

// 4. Browser loads.
const VIEWPORTS = {
  desktop: { viewport: { width: 1350, height: 940 } },
  phone: { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2.625 },
};
const browser = await chromium.launch({
  ...(browserInfo.path ? { executablePath: browserInfo.path } : {}),
  args: CHROMIUM_ARGS,
});
/** One cold load: requests and bytes until `load` and once the network is idle, JS requests, CLS. */
async function measure(options, url, storage = {}) {
  const context = await browser.newContext(options);
  const tab = await context.newPage();
  await tab.addInitScript((values) => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, storage);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let loaded = false;
  const load = { requests: 0, bytes: 0 };
  const idle = { requests: 0, bytes: 0, js: 0 };
  cdp.on('Network.requestWillBeSent', (e) => {
    idle.requests += 1;
    if (!loaded) load.requests += 1;
    if (e.type === 'Script') idle.js += 1;
  });
  cdp.on('Network.loadingFinished', (e) => {
    idle.bytes += e.encodedDataLength;
    if (!loaded) load.bytes += e.encodedDataLength;
  });
  tab.on('load', () => {
    loaded = true;
  });
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForLoadState('networkidle');
  await tab.waitForTimeout(500);
  const cls = await tab.evaluate(() => window.__cls);
  await context.close();
  return { load, idle, cls };
}

for (const page of pages) {
  page.loads = {};
  for (const [name, options] of Object.entries(VIEWPORTS)) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(options, `${ORIGIN}${page.path}`));
    page.loads[name] = {
      loadRequests: median(runs.map((r) => r.load.requests)),
      loadBytes: median(runs.map((r) => r.load.bytes)),
      idleRequests: median(runs.map((r) => r.idle.requests)),
      idleBytes: median(runs.map((r) => r.idle.bytes)),
      jsRequests: Math.max(...runs.map((r) => r.idle.js)),
      clsMedian: median(runs.map((r) => r.cls)),
      clsMax: Math.max(...runs.map((r) => r.cls)),
    };
  }
  // For information (no budget): a returning reader whose islands load at once (saved ticks,
  // or a link with answers), cold cache.
  if (page.islands) {
    const query = page.chooser ? '?for=individual' : '';
    const runs = [];
    for (let i = 0; i < RUNS; i++)
      runs.push(
        await measure(VIEWPORTS.desktop, `${ORIGIN}${page.path}${query}`, { [TICKS_KEY]: '{"v":2,"lists":{}}' }),
      );
    page.live = {
      idleRequests: median(runs.map((r) => r.idle.requests)),
      idleBytes: median(runs.map((r) => r.idle.bytes)),
      clsMax: Math.max(...runs.map((r) => r.cls)),
    };
  }
  process.stdout.write(`loaded ${page.path}\n`);
}

/** One reading session: the pages in turn in one context, cache on; bytes include headers. */
async function readingSession(origin) {
  const context = await browser.newContext(VIEWPORTS.desktop);
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  const perPage = [];
  let current = null;
  cdp.on('Network.requestWillBeSent', () => {
    if (current) current.requests += 1;
  });
  cdp.on('Network.requestServedFromCache', () => {
    if (current) current.fromCache += 1;
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (current) current.bytes += e.encodedDataLength;
  });
  for (const path of SESSION) {
    current = { path, requests: 0, fromCache: 0, bytes: 0 };
    perPage.push(current);
    const response = await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${origin}${path} answered ${response?.status()}`);
    await tab.waitForLoadState('networkidle');
    await tab.waitForTimeout(300);
  }
  current = null;
  await context.close();
  const sum = (k) => perPage.reduce((n, p) => n + p[k], 0);
  return { bytes: sum('bytes'), requests: sum('requests'), perPage };
}
const sessions = { guide: [], starlight: [] };
for (let i = 0; i < RUNS; i++) {
  sessions.guide.push(await readingSession(ORIGIN));
  if (!starlightError) sessions.starlight.push(await readingSession(`http://127.0.0.1:${STARLIGHT_PORT}`));
}
/** The run with the median total. */
const medianRun = (runs) => [...runs].sort((a, b) => a.bytes - b.bytes)[Math.floor(runs.length / 2)];
const session = {
  pages: SESSION,
  guide: medianRun(sessions.guide),
  starlight: sessions.starlight.length ? medianRun(sessions.starlight) : null,
};
process.stdout.write('measured the reading session\n');
await browser.close();

// 5. Lighthouse.
if (!args.includes('--no-lighthouse')) {
  const chrome = await chromeLauncher.launch({
    chromePath: browserInfo.path ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  for (const page of pages) {
    page.lighthouse = {};
    for (const preset of ['mobile', 'desktop']) {
      const runs = [];
      for (let i = 0; i < LH_RUNS; i++) {
        const result = await lighthouse(
          `${ORIGIN}${page.path}`,
          { port: chrome.port, logLevel: 'error', output: 'json' },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
        const num = (a) => lhr.audits[a]?.numericValue ?? Number.NaN;
        runs.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          fcp: num('first-contentful-paint'),
          lcp: num('largest-contentful-paint'),
          tbt: num('total-blocking-time'),
          cls: num('cumulative-layout-shift'),
          renderBlocking: lhr.audits['render-blocking-insight']?.details?.items?.length ?? 0,
        });
      }
      const m = (k) => median(runs.map((r) => r[k]));
      page.lighthouse[preset] = {
        performance: m('performance'),
        accessibility: m('accessibility'),
        bestPractices: m('bestPractices'),
        seo: m('seo'),
        minScore: Math.min(...runs.flatMap((r) => [r.performance, r.accessibility, r.bestPractices, r.seo])),
        fcp: m('fcp'),
        lcp: m('lcp'),
        tbt: m('tbt'),
        clsMedian: m('cls'),
        clsMax: Math.max(...runs.map((r) => r.cls)),
        renderBlockingMax: Math.max(...runs.map((r) => r.renderBlocking)),
      };
    }
    process.stdout.write(`lighthouse ${page.path}\n`);
  }
  await chrome.kill();
}
server.kill();
starlightServer?.kill();

// 6. Budgets.
const checks = [];
const check = (page, name, ok, detail) => checks.push({ page, name, ok, detail });
for (const p of pages) {
  check(
    p.path,
    'one round trip: nothing render-blocking outside the HTML',
    p.blocking.length === 0,
    p.blocking.join(', ') || 'none',
  );
  const { split: w, htmlBudget: hb } = p;
  check(
    p.path,
    hb.rule === 'first flight'
      ? `HTML <= ${kib(BUDGET.htmlGzip)} KiB compressed`
      : `HTML <= its content + ${kib(BUDGET.frameAllowance)} KiB of frame`,
    hb.ok,
    `${kib(w.page.gzip)} KiB (content ${kib(w.content.gzip)} + frame ${kib(w.frame.gzip)}; limit ${kib(hb.limit)})`,
  );
  for (const [vp, l] of Object.entries(p.loads)) {
    if (!p.islands) {
      check(p.path, `${vp}: 0 JavaScript requests`, l.jsRequests === 0, `${l.jsRequests}`);
      check(
        p.path,
        `${vp}: <= ${BUDGET.contentRequests} requests`,
        l.idleRequests <= BUDGET.contentRequests,
        `${l.idleRequests}`,
      );
    } else {
      check(p.path, `${vp}: <= 20 KiB until idle`, l.idleBytes <= BUDGET.islandIdleBytes, `${kib(l.idleBytes)} KiB`);
    }
    check(p.path, `${vp}: CLS 0 in every run`, l.clsMax === 0, `${l.clsMax}`);
  }
  if (p.live) check(p.path, 'islands loaded at once: CLS 0 in every run', p.live.clsMax === 0, `${p.live.clsMax}`);
  check(p.path, 'CSS <= 8 KiB gzip', p.css.gzip <= BUDGET.cssGzip, `${kib(p.css.gzip)} KiB`);
  for (const [preset, lh] of Object.entries(p.lighthouse ?? {})) {
    const all = [lh.performance, lh.accessibility, lh.bestPractices, lh.seo];
    check(
      p.path,
      `Lighthouse ${preset}: 100 in all four`,
      all.every((s) => s === 100),
      all.join('/'),
    );
    check(p.path, `Lighthouse ${preset}: CLS 0 (max)`, lh.clsMax === 0, `${lh.clsMax}`);
    check(
      p.path,
      `Lighthouse ${preset}: no render-blocking request`,
      lh.renderBlockingMax === 0,
      `${lh.renderBlockingMax}`,
    );
    if (preset === 'mobile')
      check(p.path, 'mobile LCP < 1.0 s', lh.lcp < BUDGET.mobileLcpMs, `${Math.round(lh.lcp)} ms`);
  }
}

const ratio = session.starlight ? session.guide.bytes / session.starlight.bytes : null;
check(
  'session',
  `five-page reading session <= ${BUDGET.sessionRatio} x Starlight`,
  ratio !== null && ratio <= BUDGET.sessionRatio,
  ratio === null
    ? `${kib(session.guide.bytes)} KiB; Starlight ${starlightError}`
    : `${kib(session.guide.bytes)} KiB against ${kib(session.starlight.bytes)} KiB (${ratio.toFixed(2)})`,
);

// 7. Report.
const rows = pages.map((p) => {
  const d = p.loads.desktop;
  const m = p.loads.phone;
  const lm = p.lighthouse?.mobile;
  const ld = p.lighthouse?.desktop;
  const lhs = (l) => (l ? `${l.performance}/${l.accessibility}/${l.bestPractices}/${l.seo}` : '-');
  return [
    p.path,
    p.islands ? 'yes' : 'no',
    `${d.loadRequests} / ${kib(d.loadBytes)}`,
    `${d.idleRequests} / ${kib(d.idleBytes)}`,
    `${m.idleRequests} / ${kib(m.idleBytes)}`,
    p.live ? `${p.live.idleRequests} / ${kib(p.live.idleBytes)}` : '-',
    `${kib(p.html.raw)} / ${kib(p.html.gzip)}`,
    `${kib(p.split.content.gzip)} + ${kib(p.split.frame.gzip)}`,
    p.blocking.length === 0 ? 'HTML only' : p.blocking.join(', '),
    `${kib(p.css.raw)} / ${kib(p.css.gzip)}`,
    `${kib(p.js.raw)} / ${kib(p.js.gzip)} (+${kib(p.inlineJs)} inline${p.onDemandJs.raw ? `, ${kib(p.onDemandJs.gzip)} gzip on demand` : ''})`,
    lhs(lm),
    lhs(ld),
    lm ? `${Math.round(lm.fcp)} / ${Math.round(lm.lcp)} / ${Math.round(lm.tbt)}` : '-',
    `${Math.max(d.clsMax, m.clsMax, p.live?.clsMax ?? 0, lm?.clsMax ?? 0, ld?.clsMax ?? 0)}`,
  ];
});
const head = [
  'page',
  'islands',
  'desktop until load (req / KiB)',
  'desktop until idle',
  'phone until idle',
  'islands loaded at once (returning reader)',
  'HTML KiB raw / gzip',
  'HTML gzip: content + frame',
  'first render needs',
  'CSS raw / gzip',
  'JS raw / gzip',
  'LH mobile P/A/BP/SEO',
  'LH desktop',
  'mobile FCP / LCP / TBT ms',
  'CLS max',
];
const table = [
  `| ${head.join(' | ')} |`,
  `|${head.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
console.log(`\n${table}\n`);
const sessionLine = (name, s) =>
  `${name}: ${kib(s.bytes)} KiB in ${s.requests} requests (${s.perPage.map((p) => `${p.path} ${kib(p.bytes)}`).join(', ')})`;
console.log(`Reading session (${SESSION.join(' -> ')}; one context, cache on; median of ${RUNS}):`);
console.log(`  ${sessionLine('guide', session.guide)}`);
console.log(`  ${session.starlight ? sessionLine('Starlight', session.starlight) : `Starlight: ${starlightError}`}`);
if (ratio !== null) console.log(`  ratio ${ratio.toFixed(2)} (budget ${BUDGET.sessionRatio})\n`);
if (buildTimes.length)
  console.log(`Build: median ${(median(buildTimes) / 1000).toFixed(1)} s of 3; ${pages.length} pages.`);
const failed = checks.filter((c) => !c.ok);
for (const c of checks) console.log(`${c.ok ? 'PASS' : 'FAIL'}  ${c.page}  ${c.name}  (${c.detail})`);
mkdirSync('bench-results', { recursive: true });
const report = {
  date: new Date().toISOString(),
  runs: RUNS,
  lighthouseRuns: LH_RUNS,
  buildMs: buildTimes.length ? median(buildTimes) : null,
  pageCount: pages.length,
  budgets: BUDGET,
  pages,
  session,
  checks,
  table,
};
writeFileSync('bench-results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(`\n${checks.length - failed.length} of ${checks.length} budgets met. Details: bench-results/latest.json`);
if (!existsSync('bench-results/latest.json') || failed.length > 0) process.exit(1);

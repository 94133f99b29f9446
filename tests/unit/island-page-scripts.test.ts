import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  bundleModules,
  externalizeModuleScripts,
  frameLoader,
  scriptFileName,
} from '../../src/integrations/island-page-scripts.mjs';

const page = (body: string) =>
  `<!doctype html><html><head><script>document.documentElement.dataset.theme="dark"</script><script type="application/ld+json">{}</script></head><body>${body}</body></html>`;

test('on a page with islands, the inline module scripts become one bundled file named by its hash, loaded by one inline module', () => {
  const html = page(
    '<div data-island="checklist"></div><script type="module">let n=1;globalThis.order=[...(globalThis.order??[]),"a"+n]</script><script type="module">let n=2;globalThis.order=[...(globalThis.order??[]),"b"+n]</script>',
  );
  const { html: out, files } = externalizeModuleScripts(html, '/guide/_astro/');
  assert.equal(files.size, 1);
  const [[name, code]] = [...files.entries()] as [[string, string]];
  assert.equal(name, scriptFileName(code));
  // Both scripts, in page order, each with its own `n`.
  const run = globalThis as { order?: string[] };
  run.order = [];
  new Function(code)();
  assert.deepEqual(run.order, ['a1', 'b2']);
  delete run.order;
  // One inline module takes their place, where the first one was, and imports the file.
  assert.ok(
    out.includes(
      `<div data-island="checklist"></div><script type="module">${frameLoader(`/guide/_astro/${name}`)}</script></body>`,
    ),
  );
  assert.equal(out.match(/<script type="module"/g)?.length, 1);
  // The classic theme script (it must run before the first paint) and JSON-LD stay inline.
  assert.match(out, /<script>document.documentElement.dataset.theme="dark"<\/script>/);
  assert.match(out, /<script type="application\/ld\+json">\{\}<\/script>/);
});

test('the same scripts give the same file (pages share it in the cache)', () => {
  const scripts = ['let a=1;console.log(a)', 'let a=2;console.log(a)'];
  assert.equal(bundleModules(scripts), bundleModules([...scripts]));
  assert.notEqual(bundleModules(scripts), bundleModules([...scripts].reverse()));
});

test('content pages are left as they are', () => {
  const html = page('<main><script type="module">a()</script></main>');
  const { html: out, files } = externalizeModuleScripts(html, '/_astro/');
  assert.equal(out, html);
  assert.equal(files.size, 0);
});

test('the file name follows the text: the same script, the same file; another script, another file', () => {
  assert.equal(scriptFileName('x()'), scriptFileName('x()'));
  assert.notEqual(scriptFileName('x()'), scriptFileName('y()'));
  assert.match(scriptFileName('x()'), /^frame-[0-9a-f]{12}\.js$/);
});

test('the loader imports the file once: at once on a page opened at a fragment, else after the first contentful paint or a second', async () => {
  const run = async (hash: string, paintTiming: boolean) => {
    const imported: string[] = [];
    const timers: { fn: () => void; ms: number }[] = [];
    let observer: ((list: { getEntriesByName: (n: string) => unknown[] }) => void) | undefined;
    const env = {
      location: { hash },
      setTimeout: (fn: () => void, ms = 0) => timers.push({ fn, ms }),
      PerformanceObserver: paintTiming
        ? class {
            constructor(cb: typeof observer) {
              observer = cb;
            }
            observe(options: { type: string; buffered: boolean }) {
              assert.deepEqual(options, { type: 'paint', buffered: true });
            }
          }
        : undefined,
      importFile: async (u: string) => {
        imported.push(u);
      },
    };
    const code = frameLoader('/a.js').replaceAll('import(', 'importFile(');
    new Function(...Object.keys(env), code)(...Object.values(env));
    return {
      imported,
      timers,
      paint: (name: string) => observer?.({ getEntriesByName: (n) => (n === name ? [{}] : []) }),
    };
  };
  // A deep link: the file loads before anything else.
  assert.deepEqual((await run('#step-2', true)).imported, ['/a.js']);
  // A plain visit: nothing at first; the first paint (not contentful) changes nothing; the first
  // contentful paint queues the import, and the one-second fallback then adds nothing.
  const plain = await run('', true);
  assert.deepEqual(plain.imported, []);
  plain.paint('first-paint');
  assert.equal(plain.timers.length, 1);
  plain.paint('first-contentful-paint');
  assert.deepEqual(plain.imported, []);
  for (const t of [...plain.timers].sort((x, y) => x.ms - y.ms)) t.fn();
  assert.deepEqual(plain.imported, ['/a.js']);
  // No Paint Timing: the fallback after a second.
  const old = await run('#', false);
  assert.deepEqual(old.imported, []);
  assert.deepEqual(
    old.timers.map((t) => t.ms),
    [1000],
  );
  old.timers[0]?.fn();
  assert.deepEqual(old.imported, ['/a.js']);
});

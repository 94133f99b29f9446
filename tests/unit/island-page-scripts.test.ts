import assert from 'node:assert/strict';
import { test } from 'node:test';
import { externalizeModuleScripts, frameLoader, scriptFileName } from '../../src/integrations/island-page-scripts.mjs';

const page = (body: string) =>
  `<!doctype html><html><head><script>document.documentElement.dataset.theme="dark"</script><script type="application/ld+json">{}</script></head><body>${body}</body></html>`;

test('on a page with islands, inline module scripts become files named by their hash, loaded by one inline module', () => {
  const html = page(
    '<div data-island="checklist"></div><script type="module">a()</script><script type="module">b()</script>',
  );
  const { html: out, files } = externalizeModuleScripts(html, '/guide/_astro/');
  assert.deepEqual(
    [...files.entries()],
    [
      [scriptFileName('a()'), 'a()'],
      [scriptFileName('b()'), 'b()'],
    ],
  );
  // One inline module takes their place, where the first one was, and imports both files.
  const urls = [`/guide/_astro/${scriptFileName('a()')}`, `/guide/_astro/${scriptFileName('b()')}`];
  assert.ok(
    out.includes(`<div data-island="checklist"></div><script type="module">${frameLoader(urls)}</script></body>`),
  );
  assert.equal(out.match(/<script type="module"/g)?.length, 1);
  // The classic theme script (it must run before the first paint) and JSON-LD stay inline.
  assert.match(out, /<script>document.documentElement.dataset.theme="dark"<\/script>/);
  assert.match(out, /<script type="application\/ld\+json">\{\}<\/script>/);
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

test('the loader imports every file once: at once on a page opened at a fragment, else after the first contentful paint or a second', async () => {
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
    const code = frameLoader(['/a.js', '/b.js']).replaceAll('import(u)', 'importFile(u)');
    new Function(...Object.keys(env), code)(...Object.values(env));
    return {
      imported,
      timers,
      paint: (name: string) => observer?.({ getEntriesByName: (n) => (n === name ? [{}] : []) }),
    };
  };
  // A deep link: the files load before anything else.
  assert.deepEqual((await run('#step-2', true)).imported, ['/a.js', '/b.js']);
  // A plain visit: nothing at first; the first paint (not contentful) changes nothing; the first
  // contentful paint queues the import, and the one-second fallback then adds nothing.
  const plain = await run('', true);
  assert.deepEqual(plain.imported, []);
  plain.paint('first-paint');
  assert.equal(plain.timers.length, 1);
  plain.paint('first-contentful-paint');
  assert.deepEqual(plain.imported, []);
  for (const t of [...plain.timers].sort((x, y) => x.ms - y.ms)) t.fn();
  assert.deepEqual(plain.imported, ['/a.js', '/b.js']);
  // No Paint Timing: the fallback after a second.
  const old = await run('#', false);
  assert.deepEqual(old.imported, []);
  assert.deepEqual(
    old.timers.map((t) => t.ms),
    [1000],
  );
  old.timers[0]?.fn();
  assert.deepEqual(old.imported, ['/a.js', '/b.js']);
});

/**
 * A content component's props error fails a real Astro build, and the message names the
 * component, the bad value and the allowed ones: a one-page site (tests/tools/fixtures/bad-callout/)
 * whose page writes `<Callout type="warning">` with the site's own MDX components.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const FIXTURE = resolve('tests/tools/fixtures/bad-callout');

test('<Callout type="warning"> fails the build naming Callout, "warning" and the allowed types', () => {
  const out = mkdtempSync(join(tmpdir(), 'bad-callout-'));
  try {
    const r = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', FIXTURE], {
      cwd: FIXTURE,
      encoding: 'utf8',
      env: { ...process.env, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 120_000,
    });
    const output = `${r.stdout}\n${r.stderr}`;
    assert.notEqual(r.status, 0, `the build should fail:\n${output}`);
    assert.ok(!existsSync(join(out, 'index.html')), 'no page was written');
    assert.ok(
      output.includes('<Callout type="warning">: "type" must be one of "note", "tip", "caution", "danger"'),
      `the build's error should name Callout, "warning" and the allowed types:\n${output}`,
    );
  } finally {
    // The build's output, and what it leaves beside the fixture (generated types, Vite's cache).
    for (const dir of [out, join(FIXTURE, '.astro'), join(FIXTURE, 'node_modules')]) {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

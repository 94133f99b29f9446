#!/usr/bin/env node
/** Builds the site (astro build), honouring BASE_PATH, SITE_URL and OUT_DIR. */
import { spawnSync } from 'node:child_process';
import { delimiter, resolve } from 'node:path';

const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH}`,
};
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.error) throw r.error;
  if (r.status !== 0) process.exit(r.status || 1);
};
run('astro', ['build']);

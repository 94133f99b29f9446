/**
 * AUTHORING.md's "Where to make a change" table stays honest: every file it names exists (a
 * `<page>` or `<feature>` placeholder must match at least one), and no row names more than
 * four files.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(import.meta.dirname, '..', '..');
const MAX_FILES = 4;

/** The table's rows: [what to change, the files named in backticks]. */
function rows(markdown: string): Array<[string, string[]]> {
  const start = markdown.indexOf('## Where to make a change');
  assert.ok(start >= 0, 'AUTHORING.md has a "Where to make a change" section');
  const end = markdown.indexOf('\n## ', start + 3);
  const section = markdown.slice(start, end < 0 ? undefined : end);
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line) && !/^\|\s*to change\s*\|/.test(line))
    .map((line) => {
      const [what = '', files = ''] = line
        .split('|')
        .slice(1, 3)
        .map((cell) => cell.trim());
      const paths = [...files.matchAll(/`([^`]+)`/g)]
        .map((m) => m[1] as string)
        .filter((code) => code.includes('/') && /\.\w+$/.test(code));
      return [what, [...new Set(paths)]];
    });
}

/** Whether a path with `<placeholders>` (each one path segment) matches at least one file. */
function exists(path: string, dir = ROOT): boolean {
  const [head, ...rest] = path.split('/');
  if (head === undefined) return false;
  if (!/<\w+>/.test(head))
    return rest.length === 0 ? existsSync(join(dir, head)) : exists(rest.join('/'), join(dir, head));
  const pattern = new RegExp(
    `^${head
      .split(/<\w+>/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]+')}$`,
  );
  if (!existsSync(dir)) return false;
  return readdirSync(dir).some(
    (name) => pattern.test(name) && (rest.length === 0 || exists(rest.join('/'), join(dir, name))),
  );
}

const table = rows(readFileSync(join(ROOT, 'AUTHORING.md'), 'utf8'));

test('the table has its rows, each naming at least one file', () => {
  assert.ok(table.length >= 10, `expected at least 10 rows, found ${table.length}`);
  for (const [what, files] of table) assert.ok(files.length > 0, `row "${what}" names no file`);
});

test('no row names more than four files', () => {
  for (const [what, files] of table)
    assert.ok(files.length <= MAX_FILES, `row "${what}" names ${files.length} files: ${files.join(', ')}`);
});

test('every file the table names exists', () => {
  for (const [what, files] of table)
    for (const file of files) assert.ok(exists(file), `row "${what}": ${file} does not exist`);
});

test('the placeholder matcher finds real files and rejects missing ones', () => {
  assert.equal(exists('src/content/docs/en/<page>.mdx'), true);
  assert.equal(exists('src/features/<feature>/strings/en.ts'), true);
  assert.equal(exists('src/features/<feature>/no-such-file.ts'), false);
  assert.equal(exists('src/lib/no-such-file.ts'), false);
});

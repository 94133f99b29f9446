import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { docSchema } from '../../lib/doc-schema.ts';
import { checklistsSchema } from './schema.ts';

const item = (id: unknown, more: Record<string, unknown> = {}) => ({ id, label: `Label of ${String(id)}`, ...more });
const good = {
  prepare: {
    title: 'Things to prepare',
    items: [item('email', { detail: 'Gmail.', link: { href: '#email', text: 'How to choose' } }), item('network')],
  },
  second: { items: [item('a')] },
};

/** Each issue as "path: message". */
function problems(data: unknown): string[] {
  const result = checklistsSchema.safeParse(data);
  assert.equal(result.success, false, 'the checklists should be rejected');
  return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
}

describe('checklists frontmatter schema', () => {
  test('accepts good checklists as written, and none', () => {
    assert.deepEqual(checklistsSchema.parse(good), good);
    assert.deepEqual(checklistsSchema.parse(undefined), {});
  });

  test('is the `checklists` field of every page, empty by default', () => {
    const page = {
      title: 'Before you start',
      description: 'What to prepare before you register on HUAWEI CLOUD International: email and more.',
      order: 2,
      lastReviewed: '2026-12-01',
    };
    assert.deepEqual(docSchema.parse(page).checklists, {});
    assert.deepEqual(docSchema.parse({ ...page, checklists: good }).checklists, good);
    const bad = docSchema.safeParse({ ...page, checklists: { prepare: { items: [item('Email')] } } });
    assert.deepEqual(
      bad.error?.issues.map((i) => i.path.join('.')),
      ['checklists.prepare.items.0.id'],
    );
  });

  test('a bad item id is named, with the rule', () => {
    for (const id of ['Email', '-email', 'e mail', '', 'a'.repeat(65), '__proto__', 'constructor', 5, null]) {
      const [problem, ...rest] = problems({ prepare: { items: [item(id)] } });
      assert.deepEqual(rest, [], String(id));
      assert.match(problem ?? '', /^prepare\.items\.0\.id: item id /);
      assert.ok(problem?.includes(JSON.stringify(id)), `${problem} names ${JSON.stringify(id)}`);
      assert.match(problem ?? '', /lower-case ASCII letters, digits and hyphens/);
    }
    assert.deepEqual(checklistsSchema.parse({ l: { items: [item('a'.repeat(64))] } }).l?.items[0]?.id, 'a'.repeat(64));
  });

  test('a missing item id is named', () => {
    assert.deepEqual(problems({ prepare: { items: [{ label: 'No id' }] } }), [
      'prepare.items.0.id: item id undefined: use 1-64 lower-case ASCII letters, digits and hyphens, not starting with a hyphen',
    ]);
  });

  test('an item id used twice in a list is named', () => {
    assert.deepEqual(problems({ prepare: { items: [item('email'), item('network'), item('email')] } }), [
      'prepare.items.2.id: item id "email" is used twice in this list',
    ]);
    // The same item id in two lists is fine: ticks are kept per list.
    assert.ok(checklistsSchema.safeParse({ a: { items: [item('email')] }, b: { items: [item('email')] } }).success);
  });

  test('a bad list id is named', () => {
    assert.deepEqual(problems({ Prepare: { items: [item('email')] } }), [
      'Prepare: checklist id "Prepare": use 1-64 lower-case ASCII letters, digits and hyphens, not starting with a hyphen',
    ]);
    assert.equal(problems({ 'to do': { items: [item('a')] } }).length, 1);
  });

  test('a list needs items, each with a label', () => {
    assert.deepEqual(problems({ prepare: { items: [] } }), ['prepare.items: a checklist needs at least one item']);
    assert.deepEqual(problems({ prepare: { title: 'T' } }).length, 1);
    assert.deepEqual(problems({ prepare: { items: [{ id: 'email', label: '  ' }] } }), [
      'prepare.items.0.label: the label must not be empty',
    ]);
    assert.deepEqual(problems({ prepare: { items: [{ id: 'email' }] } }), [
      'prepare.items.0.label: the label must be text',
    ]);
    assert.deepEqual(problems({ prepare: { title: ' ', items: [item('a')] } }), [
      'prepare.title: the title must not be empty',
    ]);
  });

  test('links need an href and a text; unknown fields are refused, not dropped', () => {
    assert.deepEqual(problems({ prepare: { items: [item('a', { link: { href: '#a' } })] } }), [
      'prepare.items.0.link.text: the link text must be text',
    ]);
    assert.equal(problems({ prepare: { items: [item('a', { lable: 'typo' })] } }).length, 1);
    assert.equal(problems({ prepare: { itmes: [item('a')], items: [item('a')] } }).length, 1);
  });
});

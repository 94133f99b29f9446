import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { type ChecklistPage, catalogProblems, checklistFor, knownLists, overviewLists, placements } from './catalog.ts';
import type { Checklists } from './schema.ts';

const body = `Intro text.

## Checklist {#checklist}

<Checklist id="prepare" />

## Next {#next}

<ChecklistOverview />
`;

const lists = (spec: Record<string, string[]>, title?: string): Checklists =>
  Object.fromEntries(
    Object.entries(spec).map(([id, items]) => [
      id,
      { ...(title ? { title } : {}), items: items.map((item) => ({ id: item, label: item })) },
    ]),
  );

const page = (over: Partial<ChecklistPage> & Pick<ChecklistPage, 'slug'>): ChecklistPage & { title: string } => ({
  locale: 'en',
  file: `src/content/docs/${over.locale ?? 'en'}/${over.slug || 'index'}.mdx`,
  checklists: {},
  body: '',
  title: `Page ${over.slug}`,
  ...over,
});

const prepare = page({
  slug: 'prepare',
  body,
  checklists: lists({ prepare: ['email', 'network'] }, 'Things to prepare'),
});
const prepareZh = page({ ...prepare, locale: 'zh-cn', file: 'src/content/docs/zh-cn/prepare.mdx' });

describe('placements', () => {
  test('reads the id and the heading above', () => {
    assert.deepEqual(placements(body), [{ id: 'prepare', anchor: 'checklist' }]);
  });

  test('finds several checklists in page order, each with its own heading', () => {
    const two = `${body}\n### Later {#later}\n\n<Checklist\n  id='second'\n/>\n`;
    assert.deepEqual(placements(two), [
      { id: 'prepare', anchor: 'checklist' },
      { id: 'second', anchor: 'later' },
    ]);
  });

  test('a checklist above every heading has no anchor; a tag without a literal id has the id ""', () => {
    assert.deepEqual(placements('<Checklist id="x"/>'), [{ id: 'x' }]);
    assert.deepEqual(placements('<Checklist id={listId} />'), [{ id: '' }]);
  });

  test('ignores ChecklistOverview and examples inside code fences', () => {
    assert.deepEqual(placements('<ChecklistOverview />\n\n```mdx\n<Checklist id="example" />\n```\n'), []);
    assert.deepEqual(placements('# Title\n\nText only.'), []);
  });

  test('reads the English pages', () => {
    const read = (slug: string) => placements(readFileSync(`src/content/docs/en/${slug}.mdx`, 'utf8'));
    assert.deepEqual(read('prepare'), [{ id: 'prepare', anchor: 'checklist' }]);
    assert.deepEqual(read('register'), [{ id: 'register', anchor: 'progress' }]);
    assert.deepEqual(read('faq'), []);
  });
});

describe('checklistFor', () => {
  test('gives the frontmatter checklist of the id', () => {
    assert.equal(checklistFor(prepare, { id: 'prepare' }).title, 'Things to prepare');
  });

  test('an unknown id names the page, the component, the value and the allowed ids', () => {
    assert.throws(() => checklistFor(prepare, { id: 'nope' }), {
      message:
        'src/content/docs/en/prepare.mdx: <Checklist id="nope">: no such checklist in the frontmatter "checklists" (allowed ids: "prepare")',
    });
    assert.throws(() => checklistFor({ ...prepare, checklists: {} }, { id: 'x' }), /\(allowed ids: none\)/);
    assert.throws(() => checklistFor(prepare, {}), /<Checklist id=undefined>: no such checklist/);
    assert.throws(() => checklistFor(prepare, { id: '__proto__' }), /no such checklist/);
    assert.throws(() => checklistFor(prepare, { id: 'toString' }), /no such checklist/);
  });

  test('items or a title written as props (the old syntax) are refused', () => {
    assert.throws(() => checklistFor(prepare, { id: 'prepare', title: 'T', items: [] } as { id: string }), {
      message:
        /^src\/content\/docs\/en\/prepare\.mdx: <Checklist id="prepare"> takes only an id; write "title", "items" in the frontmatter "checklists"$/,
    });
  });
});

describe('catalogProblems', () => {
  test('none for pages whose languages agree', () => {
    assert.deepEqual(catalogProblems([prepare, prepareZh, page({ slug: 'faq' })]), []);
  });

  test('a tag whose id the frontmatter lacks', () => {
    assert.deepEqual(catalogProblems([{ ...prepare, body: `${body}\n<Checklist id="nope" />` }]), [
      'src/content/docs/en/prepare.mdx: <Checklist id="nope">: no such checklist in the frontmatter "checklists" (allowed ids: "prepare")',
    ]);
  });

  test('a frontmatter checklist that the body does not place once', () => {
    assert.deepEqual(catalogProblems([{ ...prepare, body: 'No tag.' }]), [
      'src/content/docs/en/prepare.mdx: checklist "prepare" of the frontmatter is placed 0 times in the body; write <Checklist id="prepare" /> once',
    ]);
    assert.match(catalogProblems([{ ...prepare, body: `${body}${body}` }]).join(), /placed 2 times/);
  });

  test('a list id used by two pages of a language', () => {
    const other = page({ slug: 'other', body: '<Checklist id="prepare" />', checklists: prepare.checklists });
    assert.deepEqual(catalogProblems([prepare, other]), [
      'src/content/docs/en/other.mdx: checklist id "prepare" is already used by src/content/docs/en/prepare.mdx',
    ]);
  });

  test('languages of a page with other list or item ids', () => {
    const zh = { ...prepareZh, checklists: lists({ prepare: ['email', 'phone'] }) };
    assert.deepEqual(catalogProblems([prepare, zh]), [
      'src/content/docs/zh-cn/prepare.mdx: its checklists must have the ids of src/content/docs/en/prepare.mdx (prepare: email, network), not prepare: email, phone',
    ]);
    assert.equal(catalogProblems([prepare, { ...prepareZh, checklists: {}, body: '' }]).length, 1);
  });
});

describe('overviewLists and knownLists', () => {
  test('the lists of one language, in page order, linking to the heading above; untitled lists take the page title', () => {
    const register = page({
      slug: 'register',
      body: '<Checklist id="register" />',
      checklists: lists({ register: ['a'] }),
    });
    const hrefOf = (slug: string) => `/base/${slug}/`;
    assert.deepEqual(overviewLists([prepare, prepareZh, register], 'en', hrefOf), [
      { id: 'prepare', title: 'Things to prepare', href: '/base/prepare/#checklist', itemIds: ['email', 'network'] },
      { id: 'register', title: 'Page register', href: '/base/register/', itemIds: ['a'] },
    ]);
    assert.deepEqual(
      overviewLists([prepare, prepareZh], 'zh-cn', hrefOf).map((l) => l.id),
      ['prepare'],
    );
  });

  test('every list of every language, item ids joined', () => {
    const zh = { ...prepareZh, checklists: lists({ prepare: ['email', 'extra'], only: ['x'] }) };
    assert.deepEqual(knownLists([prepare, zh]), { prepare: ['email', 'network', 'extra'], only: ['x'] });
  });
});

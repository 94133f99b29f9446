import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { findChecklists } from '../../src/lib/checklist-manifest.ts';

const page = `Intro text.

## Checklist {#checklist}

<Checklist
  id="prepare"
  title="Things to prepare"
  items={[
    {
      id: "email",
      label: "An email address { with braces }",
      detail: 'It\\'s "quoted"',
      link: { href: "#email", text: "How to choose" },
    },
    // a comment with a } brace
    { id: 'mobile-number', label: "A number" },
  ]}
/>

## Next {#next}

<ChecklistOverview />
`;

describe('findChecklists', () => {
  test('reads id, title, item ids and the heading above', () => {
    assert.deepEqual(findChecklists(page), [
      { id: 'prepare', title: 'Things to prepare', itemIds: ['email', 'mobile-number'], anchor: 'checklist' },
    ]);
  });

  test('finds several checklists in page order, each with its own heading', () => {
    const two = `${page}\n### Later {#later}\n\n<Checklist id="second" items={[{ id: "a", label: "A" }]} />\n`;
    const found = findChecklists(two);
    assert.deepEqual(
      found.map((c) => [c.id, c.anchor]),
      [
        ['prepare', 'checklist'],
        ['second', 'later'],
      ],
    );
  });

  test('title is optional; a checklist above every heading has no anchor', () => {
    assert.deepEqual(findChecklists(`<Checklist id="x" items={[{ id: "a", label: "A" }]}/>`), [
      { id: 'x', itemIds: ['a'] },
    ]);
  });

  test('decodes entities in the title', () => {
    const [c] = findChecklists(
      `<Checklist title="Cards &amp; &quot;phones&quot; &#x4E2D;" id="x" items={[{id:'a'}]} />`,
    );
    assert.equal(c?.title, 'Cards & "phones" 中');
  });

  test('ignores ChecklistOverview and examples inside code fences', () => {
    const src = '<ChecklistOverview />\n\n```mdx\n<Checklist id="example" items={[{ id: "a" }]} />\n```\n';
    assert.deepEqual(findChecklists(src), []);
  });

  test('a page without checklists gives an empty list', () => {
    assert.deepEqual(findChecklists('# Title\n\nText only.'), []);
  });

  test('fails loudly on what it cannot read', () => {
    const cases: [string, RegExp][] = [
      ['<Checklist items={[{ id: "a" }]} />', /line 1: id must be written/],
      ['<Checklist id={listId} items={[{ id: "a" }]} />', /id must be written/],
      ['<Checklist id="Bad Id" items={[{ id: "a" }]} />', /id must be written/],
      ['<Checklist id="x" />', /items=\{\[\.\.\.\]\} is missing/],
      ['<Checklist id="x" items={ITEMS} />', /items must be a literal array/],
      ['<Checklist id="x" items={[]} />', /non-empty array/],
      ['<Checklist id="x" items={[{ label: "no id" }]} />', /item 1 needs an id/],
      ['<Checklist id="x" items={[{ id: "a" }, { id: "a" }]} />', /"a" is used twice/],
      ['\n\n<Checklist id="x" items={[{ id: "a" }]', /line 3: the value of items is not closed/],
      ['<Checklist id="x" items={[{ id: "a" }]}', /the tag is not closed/],
      ['<Checklist id=x />', /must be "text" or \{expression\}/],
    ];
    for (const [src, message] of cases) assert.throws(() => findChecklists(src), message, src);
  });

  test('reads the checklists of the English pages', () => {
    const read = (slug: string) => findChecklists(readFileSync(`src/content/docs/en/${slug}.mdx`, 'utf8'));
    const [prepare] = read('prepare');
    assert.equal(prepare?.id, 'prepare');
    assert.equal(prepare?.anchor, 'checklist');
    assert.deepEqual(prepare?.itemIds, ['email', 'mobile-number', 'payment-method', 'network']);
    assert.ok(prepare?.title);
    const [register] = read('register');
    assert.equal(register?.id, 'register');
    assert.equal(register?.anchor, 'progress');
    assert.equal(register?.itemIds.length, 4);
    assert.deepEqual(read('faq'), []);
  });
});

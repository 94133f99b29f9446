import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ID_PATTERN, ID_RULE, ID_SOURCE, isId } from '../../src/lib/section-id.ts';

describe('the id pattern', () => {
  test('accepts lower-case ASCII letters, digits and hyphens, not starting with a hyphen', () => {
    for (const id of ['a', '3', 'card-declined', 'mainland-china-cards', 'x-', '2fa-code', 'a--b'])
      assert.ok(isId(id), id);
  });

  test('rejects everything else', () => {
    for (const id of ['', '-a', 'A', 'Card', 'a_b', 'a b', 'a.b', 'é', '卡', 'a#b', 'a\nb', ' a', 'a '])
      assert.equal(isId(id), false, JSON.stringify(id));
    for (const value of [null, undefined, 1, {}, ['a']]) assert.equal(isId(value), false, String(value));
  });

  test('the pattern, its source and the checker agree', () => {
    assert.equal(ID_PATTERN.source, `^${ID_SOURCE}$`);
    const heading = new RegExp(`\\{#(${ID_SOURCE})\\}$`);
    assert.equal(heading.exec('## Title {#an-id}')?.[1], 'an-id');
    assert.equal(heading.exec('## Title {#-x}'), null);
    assert.match(ID_RULE, /lower-case ASCII letters, digits and hyphens/);
  });
});

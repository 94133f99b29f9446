import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { factsEn } from './facts.en.ts';
import { factsZh } from './facts.zh.ts';
import { builtPages, isGuidePage } from './helpers.ts';
import { idsOf, PERMANENT_IDS, text, visibleText } from './pages.ts';

const LOCALE_PREFIXES = ['', '/zh-cn'];

describe('permanent section ids', () => {
  for (const prefix of LOCALE_PREFIXES) {
    for (const [page, required] of Object.entries(PERMANENT_IDS)) {
      test(`${prefix}${page} has ${required.join(', ')}`, () => {
        const found = idsOf(`${prefix}${page}`);
        const missing = required.filter((id) => !found.has(id));
        assert.deepEqual(missing, [], `missing ids on ${prefix}${page}`);
      });
    }
  }
});

describe('every fact of the source tutorial is on the built site', () => {
  // Both lists are required (a missing one fails the import): the checks never shrink silently.
  assert.ok(factsEn.length >= 30, 'the English fact list is complete');
  assert.equal(factsZh.length, factsEn.length, 'the Chinese fact list has an entry per English fact');
  for (const fact of [...factsEn, ...factsZh]) {
    test(`${fact.page}: ${fact.fact}`, () => {
      assert.match(text(fact.page), fact.pattern);
    });
  }
});

describe('both languages have the same pages', () => {
  test('every English page exists in Chinese and the reverse', () => {
    const list = (dir: string) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .sort();
    assert.deepEqual(list('src/content/docs/zh-cn'), list('src/content/docs/en'));
  });
});

describe('Markdown is rendered', () => {
  // CommonMark does not close `**` after punctuation that is followed by a letter, which
  // happens in Chinese (`**简要回答：**先`): the asterisks would show on the page.
  for (const page of builtPages().filter(isGuidePage)) {
    test(`${page.path}: no unrendered ** emphasis in the visible text`, () => {
      assert.deepEqual(visibleText(page.html).match(/\S{0,12}\*\*\S{0,12}/g) ?? [], []);
    });
  }
});

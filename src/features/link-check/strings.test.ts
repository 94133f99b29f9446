/** The link check's strings: same keys and placeholders in both languages, every key used. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { dictionaryMismatches } from '../../i18n/translate.ts';
import { ALLOW_LIST } from './allow-list.ts';
import en from './strings/en.ts';
import zhCn from './strings/zh-cn.ts';

test('both languages have the same keys and the same placeholders', () => {
  assert.deepEqual(dictionaryMismatches(en, zhCn), []);
  for (const dict of [en, zhCn]) for (const [key, value] of Object.entries(dict)) assert.ok(value.trim(), key);
});

test('the Chinese strings are Chinese, and no string carries markup', () => {
  for (const [key, value] of Object.entries(zhCn)) {
    if (key === 'list.and') continue;
    assert.match(value, /[\u4e00-\u9fff]/, key);
  }
  for (const dict of [en, zhCn]) for (const value of Object.values(dict)) assert.doesNotMatch(value, /<[a-z/]/i);
});

test('every listed address has a headline and an explanation in both languages', () => {
  for (const e of ALLOW_LIST)
    for (const dict of [en, zhCn] as Record<string, string>[]) {
      assert.ok(dict[`head.${e.id}`], `head.${e.id}`);
      assert.ok(dict[`about.${e.id}`], `about.${e.id}`);
    }
});

test('no string says "safe"', () => {
  for (const value of Object.values(en)) assert.doesNotMatch(value, /\bsafe(ly)?\b/i);
});

test('every key is used by the code', () => {
  const code = ['LinkCheck.astro', 'LinkCheckApp.tsx', 'verdict-text.ts']
    .map((f) => readFileSync(new URL(f, import.meta.url), 'utf8'))
    .join('\n');
  const dynamic = /^(head|about|notweb|note|lure\.near|evidence)\./;
  for (const key of Object.keys(en))
    if (!dynamic.test(key)) assert.ok(code.includes(`'${key}'`) || code.includes(`.${key}`), key);
});

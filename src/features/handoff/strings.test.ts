import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fill } from '../../lib/template.ts';
import { type Counted, counted, HANDOFF_STRINGS, handoffStrings } from './strings.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (value: string | Counted) => (typeof value === 'string' ? [value] : Object.values(value));

describe('handoff strings', () => {
  test('both locales have the same keys, all non-empty, with the same placeholders', () => {
    const { en, 'zh-cn': zh } = HANDOFF_STRINGS;
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const value = en[key];
      const want = placeholders(typeof value === 'string' ? value : value.other);
      for (const text of [...forms(en[key]), ...forms(zh[key])]) {
        assert.ok(text.trim(), key);
        // The "one" form may spell the number out ("1 tick").
        const isOne = typeof value !== 'string' && (text === value.one || text === (zh[key] as Counted).one);
        if (isOne)
          assert.ok(
            placeholders(text).every((p) => want.includes(p)),
            `${key}: ${text}`,
          );
        else assert.deepEqual(placeholders(text), want, `${key}: ${text}`);
      }
    }
  });

  test('counted phrases: "1 tick", "5 ticks"; Chinese has one form', () => {
    const en = handoffStrings('en');
    assert.equal(counted(en.ticks, 1), '1 tick');
    assert.equal(counted(en.ticks, 5), '5 ticks');
    assert.equal(counted(en.ticks, 0), '0 ticks');
    assert.equal(fill(en.found, { ticks: counted(en.ticks, 5) }), '5 ticks from another device');
    assert.equal(counted(en.missing, 1), '1 item no longer exists in this guide and will be skipped.');
    assert.equal(counted(en.missing, 2), '2 items no longer exist in this guide and will be skipped.');
    const zh = handoffStrings('zh-cn');
    assert.equal(fill(zh.found, { ticks: counted(zh.ticks, 1) }), '来自另一台设备的 1 项勾选');
    assert.equal(counted(zh.missing, 1), '有 1 个项目已不在本指南中，将被跳过。');
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  currentSection,
  hashParams,
  hashToId,
  movedLocation,
  parseAliases,
  resolveTarget,
} from '../../src/lib/deep-link.ts';
import { movedProblems, PERMANENT_IDS, permalinkProblems } from '../../src/lib/permalinks.ts';

describe('hashToId', () => {
  test('decodes the hash and drops "#"', () => {
    assert.equal(hashToId('#bind-a-payment-method'), 'bind-a-payment-method');
    assert.equal(hashToId('#%E5%AE%9E'), '实');
  });
  test('empty or malformed hashes give null', () => {
    assert.equal(hashToId(''), null);
    assert.equal(hashToId('#'), null);
    assert.equal(hashToId('#%E0%A4%A'), null);
  });
  test('parameters after the section id are not part of it', () => {
    assert.equal(hashToId('#checklist&ticks=1.0.'), 'checklist');
    assert.equal(hashToId('#checklist&ticks=1.0.&other=x'), 'checklist');
    assert.equal(hashToId('#ticks=1.0.'), null);
    assert.equal(hashToId('#&ticks=1.0.'), null);
  });
});

describe('hashParams', () => {
  test('is what follows the section id, or nothing', () => {
    assert.equal(hashParams('#checklist&ticks=1.0.'), '&ticks=1.0.');
    assert.equal(hashParams('#checklist'), '');
    assert.equal(hashParams(''), '');
  });
});

describe('resolveTarget', () => {
  const ids = new Set(['a', 'b']);
  const exists = (id: string) => ids.has(id);
  test('an existing id wins over aliases', () => {
    assert.equal(resolveTarget('a', exists, { a: 'b' }), 'a');
  });
  test('an alias lands on its target, also through a chain', () => {
    assert.equal(resolveTarget('old', exists, { old: 'b' }), 'b');
    assert.equal(resolveTarget('older', exists, { older: 'old', old: 'b' }), 'b');
  });
  test('unknown ids, loops and prototype keys give null', () => {
    assert.equal(resolveTarget('x', exists, {}), null);
    assert.equal(resolveTarget('x', exists, { x: 'y', y: 'x' }), null);
    assert.equal(resolveTarget('__proto__', exists, {}), null);
    assert.equal(resolveTarget('constructor', exists, {}), null);
    assert.equal(resolveTarget(null, exists, {}), null);
  });
});

describe('parseAliases', () => {
  test('reads a JSON object of strings and drops the rest', () => {
    assert.deepEqual(parseAliases('{"a":"b","c":1}'), { a: 'b' });
  });
  test('anything malformed gives {}', () => {
    for (const raw of [null, undefined, '', '{', '[]', 'null', '"x"']) assert.deepEqual(parseAliases(raw), {});
  });
});

describe('currentSection', () => {
  const hs = [
    { id: 'one', top: -500 },
    { id: 'two', top: 40 },
    { id: 'three', top: 600 },
    { id: 'four', top: 900 },
  ];
  test('the last heading above the reading line is current', () => {
    assert.equal(currentSection(hs, 80, 800, false), 'two');
  });
  test('before the first heading nothing is current', () => {
    assert.equal(currentSection([{ id: 'one', top: 300 }], 80, 800, false), null);
  });
  test('at the bottom of the page the last heading on screen is current', () => {
    assert.equal(currentSection(hs, 80, 800, true), 'three');
    assert.equal(currentSection(hs, 80, 1000, true), 'four');
  });
});

describe('permalinkProblems', () => {
  test('a page with every permanent id and valid aliases has no problems', () => {
    const ids = [...(PERMANENT_IDS['bind-card'] ?? []), 'extra'];
    assert.deepEqual(permalinkProblems('bind-card', ids, { 'bind-payment-method': 'bind-a-payment-method' }), []);
  });
  test('reports a missing permanent id, a duplicate, and broken aliases', () => {
    const problems = permalinkProblems('faq', ['account-at-risk', 'account-at-risk', 'x'], { x: 'y', z: 'nowhere' });
    assert.ok(problems.some((p) => p.includes('"currency-and-exchange-rates" is missing')));
    assert.ok(problems.some((p) => p.includes('"account-at-risk" is used twice')));
    assert.ok(problems.some((p) => p.includes('alias "x" hides')));
    assert.ok(problems.some((p) => p.includes('"nowhere"')));
  });
  test('pages outside the table only need unique ids', () => {
    assert.deepEqual(permalinkProblems('search', ['a', 'b'], {}), []);
  });
});

describe('movedLocation', () => {
  const moved = { 'manual-top-up': '/guide/top-up/', 'bank-transfer': '/guide/zh-cn/top-up/' };
  test('a moved section goes to its page, with its id and the parameters after it', () => {
    assert.equal(movedLocation('#manual-top-up', moved), '/guide/top-up/#manual-top-up');
    assert.equal(movedLocation('#bank-transfer&ticks=abc', moved), '/guide/zh-cn/top-up/#bank-transfer&ticks=abc');
  });
  test('anything else stays: no hash, an id that did not move, a malformed hash or map entry', () => {
    for (const hash of ['', '#', '#automatic-card-payment', '#%E0%A4%A', '#a=b', '#toString', '#__proto__']) {
      assert.equal(movedLocation(hash, moved), null, hash);
    }
    for (const page of ['https://evil.example/', '//evil.example/', 'top-up/', '/top-up/#x', '']) {
      assert.equal(movedLocation('#x', { x: page }), null, page);
    }
  });
});

describe('movedProblems', () => {
  const pages: Record<string, string[]> = { 'top-up': ['manual-top-up', 'old-alias', 'x'] };
  const idsOf = (slug: string) => pages[slug] ?? null;
  test('a section that is on the page it moved to (as a heading or an alias) is fine', () => {
    assert.deepEqual(
      movedProblems(['choose-a-method'], { 'manual-top-up': 'top-up', 'old-alias': 'top-up' }, idsOf),
      [],
    );
  });
  test('names a moved id still here, a missing page and a page without the id', () => {
    const problems = movedProblems(['x'], { x: 'top-up', y: 'nowhere', z: 'top-up' }, idsOf);
    assert.equal(problems.length, 3);
    assert.ok(problems[0]?.includes('"x" is listed as moved to "top-up" but is still a heading here'));
    assert.ok(problems[1]?.includes('"y" moved to "nowhere", which is not a page'));
    assert.ok(problems[2]?.includes('"z" moved to "top-up", which has no heading or alias with that id'));
  });
});

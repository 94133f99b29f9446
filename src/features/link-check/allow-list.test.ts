/** The official list: every entry names the official page it comes from, or says it is undocumented. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALLOW_LIST, entryById, LIST_CHECKED, OWNER_DOMAINS, PARTNER_INVITATION } from './allow-list.ts';
import { pslLookup } from './psl.ts';

const OFFICIAL = /^https:\/\/(?:[a-z0-9-]+\.)*(?:huaweicloud\.com)\//;

test('ids are unique, hosts are lower-case ASCII names', () => {
  assert.equal(new Set(ALLOW_LIST.map((e) => e.id)).size, ALLOW_LIST.length);
  for (const e of ALLOW_LIST) assert.match(e.host, /^[a-z0-9-]+(\.[a-z0-9-]+)+$/, e.id);
});

test('every entry but the undocumented ones names an official page and quotes it', () => {
  for (const e of ALLOW_LIST) {
    if (e.evidence === 'undocumented') {
      assert.ok(e.note && e.note.length > 10, `${e.id} says why it is undocumented`);
      continue;
    }
    assert.ok(e.sources.length > 0, e.id);
    for (const s of e.sources) {
      assert.match(s.url, OFFICIAL, `${e.id}: ${s.url}`);
      assert.ok(s.title.trim() !== '' && (s.quote ?? '').trim() !== '', `${e.id}: title and quote`);
      assert.match(s.titleZh, /[\u4e00-\u9fff]/, `${e.id}: a Chinese title`);
    }
  }
});

test('a "stated" address appears in its quote; the registered domain of each host is on the owner list', () => {
  for (const e of ALLOW_LIST) {
    if (e.evidence === 'stated')
      assert.ok(
        e.sources.some((s) => s.quote?.includes(e.host)),
        `${e.id}: one quote contains ${e.host}`,
      );
    const domain = pslLookup(e.host).domain;
    assert.ok(
      OWNER_DOMAINS.some((d) => d.domain === domain),
      `${e.id}: ${domain}`,
    );
  }
});

test('the owner domains and the partner-invitation note have their sources', () => {
  for (const d of OWNER_DOMAINS) {
    assert.equal(pslLookup(d.domain).domain, d.domain, 'a registered domain');
    assert.ok(d.sources.every((s) => OFFICIAL.test(s.url) && s.quote?.includes(d.domain)));
  }
  assert.equal(PARTNER_INVITATION.evidence, 'undocumented');
  assert.ok(PARTNER_INVITATION.sources.length > 0 && PARTNER_INVITATION.sources.every((s) => OFFICIAL.test(s.url)));
});

test('the console-intl address the brief asks about is listed, and marked undocumented', () => {
  assert.equal(entryById('intl-console').evidence, 'undocumented');
  assert.throws(() => entryById('nope'));
});

test('the date of the check is an ISO date', () => {
  assert.match(LIST_CHECKED, /^\d{4}-\d{2}-\d{2}$/);
});

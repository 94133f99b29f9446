import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import CRC32 from 'crc-32';
import type { Ticks } from '../checklist/storage.ts';
import { hasHandoff } from './detect.ts';
import {
  applyHandoff,
  countTicks,
  decodeTicks,
  encodeTicks,
  FORMAT_VERSION,
  HANDOFF_PARAM,
  handoffLink,
  hashWithoutTicks,
  type KnownLists,
  MAX_IDS,
  MAX_PAYLOAD_LENGTH,
  readHash,
  sortOut,
} from './fragment.ts';

const KNOWN: KnownLists = {
  prepare: ['email', 'mobile-number', 'payment-method', 'network'],
  register: ['open-the-international-site', 'verify-email', 'complete-information', 'bind-a-card'],
};

/** A payload with a correct checksum around any body, as a hand-made (or hostile) link would have. */
const signed = (body: string, version = '1') => `${version}.${(CRC32.str(body) >>> 0).toString(36)}.${body}`;

describe('encodeTicks', () => {
  test('version, checksum, then sorted lists of sorted ids', () => {
    const ticks: Ticks = { register: { 'verify-email': true }, prepare: { network: true, email: true } };
    const payload = encodeTicks(ticks, KNOWN);
    assert.equal(payload, signed('prepare:email,network;register:verify-email'));
    assert.match(payload, /^1\.[0-9a-z]{1,7}\.prepare:email,network;register:verify-email$/);
  });

  test('carries ids only, and only those the site knows', () => {
    const ticks: Ticks = {
      prepare: { email: true, 'old-item': true },
      'gone-list': { x: true },
      register: {},
    };
    assert.equal(encodeTicks(ticks, KNOWN), signed('prepare:email'));
  });

  test('no ticks: an empty body, still signed', () => {
    assert.equal(encodeTicks({}, KNOWN), signed(''));
    assert.equal(encodeTicks({}, KNOWN), '1.0.');
  });

  test('every character of a payload is safe in a URL hash', () => {
    const all: Ticks = Object.fromEntries(
      Object.entries(KNOWN).map(([list, items]) => [list, Object.fromEntries(items.map((i) => [i, true as const]))]),
    );
    const payload = encodeTicks(all, KNOWN);
    assert.match(payload, /^[0-9a-z.:,;-]+$/);
    assert.equal(encodeURI(payload), payload);
  });
});

describe('decodeTicks', () => {
  test('reads what encodeTicks writes', () => {
    const ticks: Ticks = { prepare: { email: true, network: true }, register: { 'bind-a-card': true } };
    assert.deepEqual(decodeTicks(encodeTicks(ticks, KNOWN)), { status: 'ok', ticks });
    assert.deepEqual(decodeTicks(encodeTicks({}, KNOWN)), { status: 'ok', ticks: {} });
  });

  test('reads a percent-encoded payload (as some apps pass links on)', () => {
    const payload = encodeTicks({ prepare: { email: true, network: true } }, KNOWN);
    const escaped = payload.replace(/[:,;]/g, (c) => encodeURIComponent(c));
    assert.notEqual(escaped, payload);
    assert.deepEqual(decodeTicks(escaped), { status: 'ok', ticks: { prepare: { email: true, network: true } } });
  });

  test('keeps ids the site does not know (sortOut counts them)', () => {
    assert.deepEqual(decodeTicks(signed('gone:a;prepare:email,old')), {
      status: 'ok',
      ticks: { gone: { a: true }, prepare: { email: true, old: true } },
    });
  });

  test('a newer format is "newer", whatever follows', () => {
    assert.equal(FORMAT_VERSION, 1);
    assert.deepEqual(decodeTicks('2.abc.prepare:email'), { status: 'newer' });
    assert.deepEqual(decodeTicks('17.zz.anything at all'), { status: 'newer' });
    assert.deepEqual(decodeTicks('2'), { status: 'newer' });
  });

  test('cut short anywhere: "damaged"', () => {
    const payload = encodeTicks({ prepare: { email: true, network: true }, register: { 'verify-email': true } }, KNOWN);
    for (let end = 0; end < payload.length; end++) {
      assert.deepEqual(decodeTicks(payload.slice(0, end)), { status: 'damaged' }, payload.slice(0, end));
    }
  });

  test('one character changed anywhere: "damaged"', () => {
    const payload = encodeTicks({ prepare: { email: true, network: true } }, KNOWN);
    for (let at = 0; at < payload.length; at++) {
      for (const c of ['x', '0', '-', ',']) {
        if (payload[at] === c) continue;
        const changed = `${payload.slice(0, at)}${c}${payload.slice(at + 1)}`;
        const status = decodeTicks(changed).status;
        // A changed version digit can read as a newer format; nothing else is accepted.
        assert.ok(status === 'damaged' || (at === 0 && status === 'newer'), `${changed}: ${status}`);
      }
    }
  });

  test('garbled, even with a correct checksum: "damaged"', () => {
    const bodies = [
      'Prepare:email', // upper case
      'prepare:EMAIL',
      'prepare:e mail',
      'prepare:email,', // empty id
      'prepare:',
      ':email',
      'prepare',
      'prepare:email;',
      'prepare::email',
      'prepare:email:network',
      'prepare:email,email', // twice
      'prepare:email;prepare:network', // list twice
      '__proto__:email',
      'prepare:constructor',
      '-prepare:email',
      `prepare:${'x'.repeat(65)}`,
      'prepare:实',
      'prepare:email<script>',
    ];
    for (const body of bodies) assert.deepEqual(decodeTicks(signed(body)), { status: 'damaged' }, body);
  });

  test('malformed framing: "damaged"', () => {
    for (const payload of [
      '',
      '1',
      '1.',
      '1..',
      'x.0.',
      'v1.0.',
      '01.0.',
      '0.0.',
      '1.0',
      '1.0.prepare:email', // wrong checksum
      '1.ABC.',
      '1.12345678.',
      `${signed('prepare:email')}.more`,
      '%E0%A4%A',
      `${signed('prepare:email')}%`,
      '1.0.+',
    ]) {
      assert.deepEqual(decodeTicks(payload), { status: 'damaged' }, payload);
    }
  });

  test('more ids than MAX_IDS, or a payload longer than MAX_PAYLOAD_LENGTH: "too-many"', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `i${i}`).join(',');
    assert.equal(decodeTicks(signed(`prepare:${ids(MAX_IDS)}`)).status, 'ok');
    assert.deepEqual(decodeTicks(signed(`prepare:${ids(MAX_IDS + 1)}`)), { status: 'too-many' });
    assert.deepEqual(decodeTicks(signed(`prepare:${ids(5000)}`)), { status: 'too-many' });
    assert.deepEqual(decodeTicks(`1.0.prepare:${ids(2000)}`), { status: 'too-many' });
    assert.deepEqual(decodeTicks(`1.0.${'a'.repeat(MAX_PAYLOAD_LENGTH + 1)}`), { status: 'too-many' });
  });
});

describe('sortOut', () => {
  test('keeps known ticks and counts the rest', () => {
    const ticks: Ticks = {
      prepare: { email: true, 'old-item': true, network: true },
      'gone-list': { a: true, b: true },
    };
    assert.deepEqual(sortOut(ticks, KNOWN), {
      ticks: { prepare: { email: true, network: true } },
      found: 2,
      missing: 3,
    });
  });

  test('nothing known', () => {
    assert.deepEqual(sortOut({ x: { y: true } }, KNOWN), { ticks: {}, found: 0, missing: 1 });
    assert.deepEqual(sortOut({}, KNOWN), { ticks: {}, found: 0, missing: 0 });
  });
});

describe('countTicks', () => {
  test('counts every tick of every list', () => {
    assert.equal(countTicks({}), 0);
    assert.equal(countTicks({ a: { x: true, y: true }, b: { z: true } }), 3);
  });
});

describe('applyHandoff', () => {
  const local: Ticks = {
    prepare: { email: true, 'old-item': true },
    register: { 'verify-email': true },
    'other-list': { x: true },
  };
  const incoming: Ticks = { prepare: { network: true, email: true } };

  test('add: the union; nothing here is unticked', () => {
    assert.deepEqual(applyHandoff(local, incoming, 'add', KNOWN), {
      prepare: { email: true, 'old-item': true, network: true },
      register: { 'verify-email': true },
      'other-list': { x: true },
    });
  });

  test("replace: every checklist holds the link's ticks; unknown lists stay", () => {
    assert.deepEqual(applyHandoff(local, incoming, 'replace', KNOWN), {
      prepare: { network: true, email: true },
      'other-list': { x: true },
    });
  });

  test('inputs are not modified', () => {
    const before = JSON.stringify([local, incoming]);
    applyHandoff(local, incoming, 'add', KNOWN);
    applyHandoff(local, incoming, 'replace', KNOWN);
    assert.equal(JSON.stringify([local, incoming]), before);
  });

  test('returns the same object when nothing changes', () => {
    assert.equal(applyHandoff(local, { prepare: { email: true } }, 'add', KNOWN), local);
    assert.equal(applyHandoff(local, {}, 'add', KNOWN), local);
    const same: Ticks = { prepare: { email: true } };
    assert.equal(applyHandoff(same, { prepare: { email: true } }, 'replace', KNOWN), same);
  });

  test('ticks of lists the site does not know are never taken', () => {
    assert.equal(applyHandoff(local, { 'gone-list': { a: true } }, 'add', KNOWN), local);
  });

  test('a round trip: encode on one device, decode, sort out and add on another', () => {
    const laptop: Ticks = { prepare: { email: true, network: true }, register: { 'bind-a-card': true } };
    const decoded = decodeTicks(encodeTicks(laptop, KNOWN));
    assert.equal(decoded.status, 'ok');
    if (decoded.status !== 'ok') return;
    const { ticks, found, missing } = sortOut(decoded.ticks, KNOWN);
    assert.deepEqual([found, missing], [3, 0]);
    assert.deepEqual(applyHandoff({ prepare: { 'mobile-number': true } }, ticks, 'add', KNOWN), {
      prepare: { 'mobile-number': true, email: true, network: true },
      register: { 'bind-a-card': true },
    });
    assert.deepEqual(applyHandoff({ prepare: { 'mobile-number': true } }, ticks, 'replace', KNOWN), laptop);
  });
});

describe('the hash', () => {
  test('hasHandoff finds the parameter after a section or alone, nowhere else', () => {
    assert.equal(HANDOFF_PARAM, 'ticks');
    assert.equal(hasHandoff('#checklist&ticks=1.0.'), true);
    assert.equal(hasHandoff('#ticks=1.0.'), true);
    assert.equal(hasHandoff('ticks=1'), true);
    assert.equal(hasHandoff('#ticks'), false);
    assert.equal(hasHandoff('#checklist'), false);
    assert.equal(hasHandoff('#noticks=1'), false);
    assert.equal(hasHandoff(''), false);
  });

  test('readHash splits the section from the payload', () => {
    assert.deepEqual(readHash('#checklist&ticks=1.0.'), { section: 'checklist', payload: '1.0.' });
    assert.deepEqual(readHash('#ticks=1.0.'), { section: null, payload: '1.0.' });
    assert.deepEqual(readHash('#checklist'), { section: 'checklist', payload: null });
    assert.deepEqual(readHash('#checklist&ticks='), { section: 'checklist', payload: '' });
    assert.deepEqual(readHash(''), { section: null, payload: null });
  });

  test('hashWithoutTicks keeps the section (and other parameters) only', () => {
    assert.equal(hashWithoutTicks('#checklist&ticks=1.0.'), '#checklist');
    assert.equal(hashWithoutTicks('#ticks=1.0.'), '');
    assert.equal(hashWithoutTicks('#progress&x=1&ticks=1.0.'), '#progress&x=1');
    assert.equal(hashWithoutTicks('#checklist'), '#checklist');
    assert.equal(hashWithoutTicks(''), '');
  });

  test('handoffLink puts the section first', () => {
    const payload = encodeTicks({ prepare: { email: true } }, KNOWN);
    const link = handoffLink('https://example.org/prepare/', 'checklist', payload);
    assert.equal(link, `https://example.org/prepare/#checklist&ticks=${payload}`);
    assert.equal(handoffLink('https://example.org/', null, '1.0.'), 'https://example.org/#ticks=1.0.');
    const { hash } = new URL(link);
    assert.deepEqual(readHash(hash), { section: 'checklist', payload });
    assert.equal(hashWithoutTicks(hash), '#checklist');
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addressParts } from './address-parts.ts';

test('addresses in a sentence become code parts, the rest stays text', () => {
  assert.deepEqual(
    addressParts('It must end in .huaweicloud.com: www.huaweicloud.com.example.net ends in example.net, so no.'),
    [
      { text: 'It must end in ', code: false },
      { text: '.huaweicloud.com', code: true },
      { text: ': ', code: false },
      { text: 'www.huaweicloud.com.example.net', code: true },
      { text: ' ends in ', code: false },
      { text: 'example.net', code: true },
      { text: ', so no.', code: false },
    ],
  );
  assert.deepEqual(
    addressParts('国际站的网址在 www.huaweicloud.com 之后紧接 /intl/。').map((p) => p.code),
    [false, true, false, true, false],
  );
  assert.deepEqual(addressParts('It should start with https://.'), [
    { text: 'It should start with ', code: false },
    { text: 'https://', code: true },
    { text: '.', code: false },
  ]);
});

test('a sentence without addresses is one text part; empty text gives none', () => {
  assert.deepEqual(addressParts('Check every letter.'), [{ text: 'Check every letter.', code: false }]);
  assert.deepEqual(addressParts(''), []);
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { docSchema } from '../../src/lib/doc-schema.ts';

const valid = {
  title: 'Create your account',
  description: 'How to sign up for HUAWEI CLOUD International, step by step, with the official rules beside each step.',
  order: 3,
  lastReviewed: '2026-11-26',
  sources: [{ title: 'Registering', url: 'https://support.huaweicloud.com/intl/en-us/x.html' }],
};

/** The dotted paths of the fields a schema error names. */
function failingFields(data: unknown): string[] {
  const result = docSchema.safeParse(data);
  assert.equal(result.success, false, 'the data should be rejected');
  return result.error?.issues.map((i) => i.path.join('.')) ?? [];
}

describe('doc frontmatter schema', () => {
  test('accepts a complete page and fills defaults', () => {
    const data = docSchema.parse(valid);
    assert.ok(data.lastReviewed instanceof Date);
    assert.deepEqual(data.aliases, {});
  });
  test('a missing or wrong field is named in the error', () => {
    assert.deepEqual(failingFields({ ...valid, title: undefined }), ['title']);
    assert.deepEqual(failingFields({ ...valid, description: 'too short' }), ['description']);
    assert.deepEqual(failingFields({ ...valid, order: 'three' }), ['order']);
    assert.deepEqual(failingFields({ ...valid, lastReviewed: 'not a date' }), ['lastReviewed']);
  });
  test('sources must be https URLs with a title', () => {
    assert.deepEqual(failingFields({ ...valid, sources: [{ title: 'x', url: 'http://example.org/' }] }), [
      'sources.0.url',
    ]);
    assert.deepEqual(failingFields({ ...valid, sources: [{ url: 'https://example.org/' }] }), ['sources.0.title']);
  });
  test('aliases, howTo and faq ids must be ASCII section ids', () => {
    assert.deepEqual(failingFields({ ...valid, aliases: { 'Old Id': 'new-id' } }), ['aliases.Old Id']);
    assert.deepEqual(failingFields({ ...valid, faq: [{ id: '实名', question: 'q', answer: 'a' }] }), ['faq.0.id']);
    assert.deepEqual(failingFields({ ...valid, howTo: { name: 'n', steps: [] } }), ['howTo.steps']);
  });
});

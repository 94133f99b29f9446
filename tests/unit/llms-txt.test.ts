import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type LlmsDoc, llmsFullTxt, llmsTxt, parseLlmsTxt } from '../../src/lib/llms-txt.ts';

const DOC: LlmsDoc = {
  name: 'A guide',
  summary: 'An unofficial guide. Official answers live in the help center.',
  details: ['Each claim carries its status.'],
  sections: [
    {
      title: 'Guide pages',
      links: [
        { title: 'Overview', url: 'https://example.org/guide/index.md', description: 'Start here.' },
        {
          title: 'Pay [and] top up',
          url: 'https://example.org/guide/recharge/index.md',
          description: 'Card or partner.',
        },
      ],
    },
    { title: 'Optional', links: [{ title: 'All pages', url: 'https://example.org/guide/llms-full.txt' }] },
  ],
};

describe('llms.txt', () => {
  test('is written in the llmstxt.org shape', () => {
    assert.equal(
      llmsTxt(DOC),
      [
        '# A guide',
        '',
        '> An unofficial guide. Official answers live in the help center.',
        '',
        'Each claim carries its status.',
        '',
        '## Guide pages',
        '',
        '- [Overview](https://example.org/guide/index.md): Start here.',
        '- [Pay \\[and\\] top up](https://example.org/guide/recharge/index.md): Card or partner.',
        '',
        '## Optional',
        '',
        '- [All pages](https://example.org/guide/llms-full.txt)',
        '',
      ].join('\n'),
    );
  });
  test('reads back to the same document, without problems', () => {
    const parsed = parseLlmsTxt(llmsTxt(DOC));
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.name, DOC.name);
    assert.equal(parsed.summary, DOC.summary);
    assert.deepEqual(parsed.details, DOC.details);
    assert.deepEqual(parsed.sections, DOC.sections);
  });
  test('the reader names what breaks the format', () => {
    assert.match(parseLlmsTxt('Intro\n\n## A\n\n- [x](https://a/)\n').problems.join(' '), /start with an H1/);
    assert.match(parseLlmsTxt('# N\n\nNo summary\n\n## A\n\n- [x](https://a/)\n').problems.join(' '), /blockquote/);
    assert.match(parseLlmsTxt('# N\n\n> S\n').problems.join(' '), /at least one H2/);
    assert.match(parseLlmsTxt('# N\n\n> S\n\n## A\n\n- just text\n').problems.join(' '), /not a \[title\]\(url\) line/);
    assert.match(parseLlmsTxt('# N\n\n> S\n\n## A\n\n- [x](https://a/) - no colon\n').problems.join(' '), /": "/);
    assert.match(parseLlmsTxt('# N\n\n> S\n\n## A\n\nA paragraph\n').problems.join(' '), /only a list of links/);
    assert.match(parseLlmsTxt('# N\n\n> S\n\n### Deep\n\n- [x](https://a/)\n').problems.join(' '), /only H2/);
  });
});

describe('llms-full.txt', () => {
  test('the head, then every page in the given order, each after a thematic break', () => {
    const full = llmsFullTxt(DOC, ['# Overview\n\nStart.\n', '# Pay\n\nCard.\n']);
    assert.equal(
      full,
      [
        '# A guide',
        '',
        '> An unofficial guide. Official answers live in the help center.',
        '',
        'Each claim carries its status.',
        '',
        '---',
        '',
        '# Overview',
        '',
        'Start.',
        '',
        '---',
        '',
        '# Pay',
        '',
        'Card.',
        '',
      ].join('\n'),
    );
  });
});

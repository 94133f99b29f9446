/**
 * The claim of the method table (methods.ts): adding a way to pay is a row of rules, its
 * strings and its section, with no component change. A fixture table with one extra method (a
 * made-up mobile wallet, with its own rules, reason, caveat and strings) is recommended by the
 * real engine when its rule fits, changes nothing when it does not, and renders through the real
 * components (server-rendered with preact-render-to-string) and the comparison table's view.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { build } from 'esbuild';
import { translator } from '../../i18n/translate.ts';
import {
  ALL_ACCOUNT_FOR,
  ALL_ACCOUNT_MODES,
  ALL_CARD_ANSWERS,
  ALL_NEEDS,
  ALL_PAY_PREFERENCES,
  type Answers,
} from './answers.ts';
import { type Caveat, compareRow, METHODS, type Method, type MethodSpec, type Reason } from './methods.ts';
import { recommend } from './recommend.ts';
import { COMPARE_STRINGS, type CompareKey, ISLAND_STRINGS, type IslandDict } from './strings.ts';
import { compareView } from './view.ts';

type Id = Method | 'wallet';
type FixtureCaveat = Caveat | 'wallet-limit';
type FixtureReason = Reason | 'wallet-ready';

/** The extra method: recommended before everything else to a reader with no card who wants to pay locally. */
const WALLET: MethodSpec<Id, FixtureCaveat, FixtureReason> = {
  id: 'wallet',
  section: { page: 'recharge', id: 'mobile-wallet' },
  name: 'method.wallet',
  compare: compareRow('wallet'),
  fits: (f) => f.needs.includes('local'),
  recommend: { rank: 0, when: (f) => f.card === 'no', reasons: () => ['needs-local', 'wallet-ready'] },
  caveats: ['wallet-limit'],
  shows: { feeEstimate: true },
};
const FIXTURE: readonly MethodSpec<Id, FixtureCaveat, FixtureReason>[] = [...METHODS, WALLET];

/** The fixture's strings: the site's, plus the wallet's. */
const ISLAND = {
  ...ISLAND_STRINGS.en,
  'method.wallet': 'Mobile wallet',
  'reason.wallet-ready': 'have a mobile wallet that pays in your own currency',
  'caveat.wallet-limit': 'Mobile wallets have a daily limit.',
} as IslandDict;
const COMPARE = {
  ...COMPARE_STRINGS.en,
  'compare.wallet.suits': 'Readers with no card',
  'compare.wallet.needs': 'A mobile wallet',
  'compare.wallet.how': 'Scan and pay',
  'compare.wallet.pros': 'Local currency',
  'compare.wallet.cons': 'Daily limit',
} as Record<CompareKey, string>;

const FITS: Answers = { for: 'individual', card: 'no', pay: 'any', needs: ['local'] };
const FITS_QUERY = '?for=individual&card=no&pay=any&need=local';

function* everyAnswer(): Generator<Answers> {
  const needSets = ALL_NEEDS.reduce<(typeof ALL_NEEDS)[number][][]>(
    (acc, n) => acc.concat(acc.map((s) => [...s, n])),
    [[]],
  );
  for (const f of ALL_ACCOUNT_FOR)
    for (const card of ALL_CARD_ANSWERS)
      for (const pay of ALL_PAY_PREFERENCES)
        for (const account of [undefined, ...ALL_ACCOUNT_MODES])
          for (const needs of needSets)
            yield account ? { for: f, card, pay, account, needs } : { for: f, card, pay, needs };
}

/** The real components, bundled with Preact and its server renderer (one Preact for both). */
async function components() {
  const out = await build({
    stdin: {
      contents: `
        export { h } from 'preact';
        export { renderToString } from 'preact-render-to-string';
        export { default as ChooserApp } from './ChooserApp.tsx';`,
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]?.text ?? '';
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
    h: typeof import('preact').h;
    renderToString: typeof import('preact-render-to-string').renderToString;
    ChooserApp: typeof import('./ChooserApp.tsx').default;
  };
}

describe('a method added to the table alone', () => {
  test('is recommended by the real engine when its rule fits, with its reasons and caveats', () => {
    const r = recommend(FITS, FIXTURE);
    assert.equal(r.status, 'ready');
    assert.equal(r.method, 'wallet');
    assert.deepEqual(r.reasons, ['needs-local', 'wallet-ready']);
    assert.ok(r.caveats.includes('wallet-limit'));
    // The method that was recommended before is now an alternative, with its caveats.
    assert.equal(recommend(FITS).method, 'partner');
    assert.ok(r.alternatives.includes('partner'));
    assert.ok(r.caveats.includes('partner-safety'));
  });

  test('is an alternative where it fits but its rule does not recommend it', () => {
    const r = recommend({ for: 'individual', card: 'yes', pay: 'any', needs: ['local'] }, FIXTURE);
    assert.equal(r.method, 'partner');
    assert.deepEqual(r.alternatives.at(-1), 'wallet');
  });

  test('changes nothing for any answer where it does not fit', () => {
    let untouched = 0;
    for (const a of everyAnswer()) {
      if (a.needs.includes('local')) continue;
      assert.deepEqual(recommend(a, FIXTURE), recommend(a), JSON.stringify(a));
      untouched++;
    }
    assert.ok(untouched > 100);
  });

  test('renders through the real chooser: its name, reasons, link, caveat, the fee estimate; the old choice as an alternative', async () => {
    const { h, renderToString, ChooserApp } = await components();
    const html = renderToString(h(ChooserApp, { lang: 'en', dict: ISLAND, methods: FIXTURE, query: FITS_QUERY }));
    assert.match(html, /<section class="chooser-result"[^>]*data-status="ready"/);
    assert.match(html, /<strong class="chooser-method">Mobile wallet<\/strong>/);
    assert.match(html, /<a href="#mobile-wallet">Steps and details: Mobile wallet<\/a>/);
    assert.ok(
      html.includes(
        '<p class="chooser-reasons">It fits because you want to pay by local methods such as a local bank transfer and have a mobile wallet that pays in your own currency.</p>',
      ),
      html,
    );
    assert.ok(html.includes('<li>Mobile wallets have a daily limit.</li>'));
    const alternatives = html.slice(html.indexOf('chooser-alternatives'));
    assert.match(alternatives, /<a href="..\/partners\/#partner-top-up">Top-up through an authorized partner<\/a>/);
    assert.ok(html.includes('id="chooser-fee-heading"'), 'the wallet shows the fee estimate');
    assert.ok(html.includes('id="chooser-for-individual" name="for" value="individual" checked'), html);
    // The site's own table, same answers: the partner, no wallet.
    const site = renderToString(h(ChooserApp, { lang: 'en', dict: ISLAND, query: FITS_QUERY }));
    assert.match(site, /<strong class="chooser-method">Top-up through an authorized partner<\/strong>/);
    assert.ok(!site.includes('Mobile wallet'));
  });

  test('gets its row in the comparison table, linked to its section, in table order', () => {
    const view = compareView(translator(COMPARE, 'en'), translator(ISLAND, 'en'), FIXTURE);
    assert.equal(view.rows.length, METHODS.length + 1);
    assert.deepEqual(view.rows.at(-1), {
      id: 'wallet',
      name: 'Mobile wallet',
      href: '#mobile-wallet',
      cells: ['Readers with no card', 'A mobile wallet', 'Scan and pay', 'Local currency', 'Daily limit'],
    });
    assert.deepEqual(
      view.rows.slice(0, -1),
      compareView(translator(COMPARE_STRINGS.en, 'en'), translator(ISLAND_STRINGS.en, 'en')).rows,
    );
  });
});

/**
 * The interactive recharge-method chooser (a Preact island: rendered on the server by
 * RechargeChooser.astro, hydrated by chooser-<locale>.ts). This file holds the state and wires
 * the parts: the questions (Questions.tsx), the result (Result.tsx with Answer, Caveats,
 * Alternatives), the fee estimate (FeeEstimate.tsx) and the share link (ShareLink.tsx). What
 * the result says comes from view.ts over the method table (methods.ts): no method is named here.
 *
 * Every answer lives in the page's query string (url-state.ts): each change rewrites it
 * with history.replaceState, and opening such a link restores the answers. The server renders
 * the empty form at its final size, and it works natively while the script loads (the script
 * loads on the reader's first touch, click, focus or key in the chooser, or at once when the
 * link carries answers). After hydration the answers given before the script arrived, or else
 * those in the URL, are applied (Preact does not patch `checked`/`value` during hydration, so
 * this happens after mount). All text comes from the locale's dictionary and is
 * rendered as text: nothing from the URL is ever written as HTML.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { translator } from '../../i18n/translate.ts';
import FeeEstimate from './FeeEstimate.tsx';
import { METHODS, type MethodSpec } from './methods.ts';
import Questions from './Questions.tsx';
import Result from './Result.tsx';
import { recommend } from './recommend.ts';
import ShareLink, { type Share } from './ShareLink.tsx';
import type { IslandDict } from './strings.ts';
import { amountForUrl, CHOOSER_SECTION, pickFormatLocale } from './text.ts';
import {
  type ChooserPatch,
  type ChooserState,
  mergeQuery,
  parseChooserQuery,
  queryFromEntries,
  serializeChooserQuery,
} from './url-state.ts';
import { resultView } from './view.ts';

interface Props {
  /** The page's language tag (`<html lang>`): 'en' or 'zh-CN'. */
  lang: string;
  /**
   * The page's interactive strings. In the browser they come from the locale's script (one
   * language, cached), not from the page's HTML.
   */
  dict: IslandDict;
  /** The ways to pay and their rules: the site's table (a test may pass one with more methods). */
  methods?: readonly MethodSpec<string, string, string>[];
  /**
   * Answers to render with, as a query string, until the page's own are read after hydration.
   * The page passes none (the server renders the empty form); a test renders a result with it.
   */
  query?: string;
}

/**
 * The answers a reader gave in the server-rendered form before this script arrived, as a
 * canonical query string (null when there are none: the server renders nothing checked).
 */
function formAnswers(root: HTMLElement): { query: string; amountText: string } | null {
  const entries: [string, string][] = [];
  for (const input of root.querySelectorAll<HTMLInputElement>('input[name]:checked'))
    entries.push([input.name, input.value]);
  const amountText = root.querySelector<HTMLInputElement>('#chooser-amount')?.value ?? '';
  entries.push(['amount', amountForUrl(amountText) ?? '']);
  entries.push(['cur', root.querySelector<HTMLSelectElement>('#chooser-currency')?.value ?? '']);
  const query = serializeChooserQuery(parseChooserQuery(queryFromEntries(entries)));
  return query === '' && amountText === '' ? null : { query, amountText };
}

const EMPTY: ChooserState = { needs: [] };

export default function ChooserApp({ lang, dict, methods = METHODS, query }: Props) {
  const t = useMemo(() => translator(dict, lang), [dict, lang]);
  const [state, setState] = useState<ChooserState>(() => (query ? parseChooserQuery(query) : EMPTY));
  const [amountText, setAmountText] = useState('');
  const [amountTouched, setAmountTouched] = useState(false);
  const [formatLocale, setFormatLocale] = useState(lang);
  const [now, setNow] = useState<Date | null>(null);
  const [share, setShare] = useState<Share>({ status: 'idle' });
  const questionsRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  // After hydration: the answers given before the script arrived (the server's form works
  // natively), else those in the URL; then the reader's formats and today's date.
  useEffect(() => {
    const root = rootRef.current;
    const early = root ? formAnswers(root) : null;
    const fromUrl = parseChooserQuery(early?.query ?? window.location.search);
    if (early) {
      const { pathname, hash } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${early.query}${hash}`);
    }
    setState(fromUrl);
    const amount = early ? early.amountText : fromUrl.amount;
    if (amount) {
      setAmountText(amount);
      setAmountTouched(true);
    }
    setFormatLocale(pickFormatLocale(lang, navigator.languages));
    setNow(new Date());
  }, [lang]);

  /** Apply a change: the URL first (canonical, foreign params dropped), then the state read back from it. */
  const update = (patch: ChooserPatch): void => {
    const query = mergeQuery(window.location.search, patch);
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${query}${hash || `#${CHOOSER_SECTION}`}`);
    setState(parseChooserQuery(query));
    setShare({ status: 'idle' });
  };

  const onAmount = (text: string): void => {
    setAmountText(text);
    setAmountTouched(true);
    update({ amount: amountForUrl(text) });
  };

  /** Clear every answer. The button disappears with them, so focus goes to the first question. */
  const reset = (): void => {
    setAmountText('');
    setAmountTouched(false);
    update({ for: null, card: null, pay: null, account: null, needs: [], amount: null, currency: null });
    questionsRef.current?.querySelector('input')?.focus();
  };

  const anyAnswer =
    state.for !== undefined ||
    state.card !== undefined ||
    state.pay !== undefined ||
    state.account !== undefined ||
    state.needs.length > 0 ||
    state.amount !== undefined ||
    state.currency !== undefined;
  const view = resultView(t, recommend(state, methods), { lang, anyAnswer, now, formatLocale }, methods);

  return (
    <div class="chooser-app" ref={rootRef}>
      <Questions t={t} answers={state} onChange={update} formRef={questionsRef} />
      <Result t={t} view={view} anyAnswer={anyAnswer} onReset={reset}>
        {view.feeEstimate && (
          <FeeEstimate
            t={t}
            lang={lang}
            formatLocale={formatLocale}
            currency={state.currency}
            amountText={amountText}
            touched={amountTouched}
            onCurrency={(c) => update({ currency: c === '' ? null : c })}
            onAmount={onAmount}
          />
        )}
        <ShareLink
          t={t}
          share={share}
          onShare={setShare}
          link={() =>
            `${window.location.origin}${window.location.pathname}${serializeChooserQuery(state)}#${CHOOSER_SECTION}`
          }
        />
      </Result>
    </div>
  );
}

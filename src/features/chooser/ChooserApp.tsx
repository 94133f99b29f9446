/**
 * The interactive recharge-method chooser (a Preact island: rendered on the server by
 * RechargeChooser.astro, hydrated by src/scripts/islands/chooser-<locale>.ts).
 *
 * Every answer lives in the page's query string (src/lib/url-state.ts): each change rewrites it
 * with history.replaceState, and opening such a link restores the answers. The server renders
 * the empty form at its final size, and it works natively while the script loads (the script
 * loads on the reader's first touch, click, focus or key in the chooser, or at once when the
 * link carries answers). After hydration the answers given before the script arrived, or else
 * those in the URL, are applied (Preact does not patch `checked`/`value` during hydration, so
 * this happens after mount). All text comes from the locale's dictionary and is
 * rendered as text: nothing from the URL is ever written as HTML.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatBillDate, nextBillDate } from './billing-date.ts';
import {
  ALL_ACCOUNT_FOR,
  ALL_ACCOUNT_MODES,
  ALL_CARD_ANSWERS,
  ALL_NEEDS,
  ALL_PAY_PREFERENCES,
  type Method,
  type Need,
  recommend,
} from './recommend.ts';
import type { IslandDict } from './strings.ts';
import {
  amountForUrl,
  CHOOSER_SECTION,
  currencyLabel,
  explainReasons,
  type FeeView,
  feeView,
  fill,
  methodHref,
  methodName,
  pickFormatLocale,
  splitTemplate,
  statusText,
} from './text.ts';
import {
  type ChooserPatch,
  type ChooserState,
  CURRENCIES,
  mergeQuery,
  parseChooserQuery,
  queryFromEntries,
  serializeChooserQuery,
} from './url-state.ts';

interface Props {
  /** The page's language tag (`<html lang>`): 'en' or 'zh-CN'. */
  lang: string;
  /**
   * The page's interactive strings. In the browser they come from the locale's script (one
   * language, cached), not from the page's HTML.
   */
  dict: IslandDict;
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

type Share = { status: 'idle' } | { status: 'copied' } | { status: 'failed'; url: string };

const EMPTY: ChooserState = { needs: [] };

export default function ChooserApp({ lang, dict }: Props) {
  const [state, setState] = useState<ChooserState>(EMPTY);
  const [amountText, setAmountText] = useState('');
  const [amountTouched, setAmountTouched] = useState(false);
  const [formatLocale, setFormatLocale] = useState(lang);
  const [now, setNow] = useState<Date | null>(null);
  const [share, setShare] = useState<Share>({ status: 'idle' });
  const fallbackRef = useRef<HTMLInputElement>(null);
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

  // The clipboard was refused: select the link so that it can be copied by hand.
  useEffect(() => {
    if (share.status === 'failed') {
      fallbackRef.current?.focus();
      fallbackRef.current?.select();
    }
  }, [share]);

  /** Apply a change: the URL first (canonical, foreign params dropped), then the state read back from it. */
  const update = (patch: ChooserPatch): void => {
    const query = mergeQuery(window.location.search, patch);
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${query}${hash || `#${CHOOSER_SECTION}`}`);
    setState(parseChooserQuery(query));
    setShare({ status: 'idle' });
  };

  const toggleNeed = (need: Need, on: boolean): void => {
    const others = state.needs.filter((n) => n !== need);
    update({ needs: on ? [...others, need] : others });
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

  const copyLink = async (): Promise<void> => {
    const url = `${window.location.origin}${window.location.pathname}${serializeChooserQuery(state)}#${CHOOSER_SECTION}`;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setShare({ status: 'copied' });
    } catch {
      setShare({ status: 'failed', url });
    }
  };

  const rec = recommend(state);
  const anyAnswer =
    state.for !== undefined ||
    state.card !== undefined ||
    state.pay !== undefined ||
    state.account !== undefined ||
    state.needs.length > 0 ||
    state.amount !== undefined ||
    state.currency !== undefined;
  const fitting: Method[] = rec.method === null ? [] : [rec.method, ...rec.alternatives];
  const billText =
    now !== null && fitting.includes('card')
      ? fill(dict['result.nextBill'], { date: formatBillDate(nextBillDate(now), formatLocale) })
      : '';
  const readyParts = splitTemplate(dict['status.ready'], 'method');
  const sentenceGap = lang.toLowerCase().startsWith('zh') ? '' : ' ';

  return (
    <div class="chooser-app" ref={rootRef}>
      <div ref={questionsRef} class="chooser-form">
        <RadioQuestion
          name="for"
          legend={dict['q.for']}
          options={ALL_ACCOUNT_FOR.map((v) => [v, dict[`q.for.${v}`]])}
          value={state.for}
          onPick={(v) => update({ for: v })}
        />
        <RadioQuestion
          name="card"
          legend={dict['q.card']}
          hint={dict['q.card.hint']}
          options={ALL_CARD_ANSWERS.map((v) => [v, dict[`q.card.${v}`]])}
          value={state.card}
          onPick={(v) => update({ card: v })}
        />
        <RadioQuestion
          name="pay"
          legend={dict['q.pay']}
          options={ALL_PAY_PREFERENCES.map((v) => [v, dict[`q.pay.${v}`]])}
          value={state.pay}
          onPick={(v) => update({ pay: v })}
        />
        <RadioQuestion
          name="acct"
          legend={dict['q.acct']}
          hint={dict['q.acct.hint']}
          options={ALL_ACCOUNT_MODES.map((v) => [v, dict[`q.acct.${v}`]])}
          value={state.account}
          onPick={(v) => update({ account: v })}
        />
        <fieldset class="chooser-question" aria-describedby="chooser-need-hint">
          <legend>{dict['q.need']}</legend>
          <p class="chooser-hint" id="chooser-need-hint">
            {dict['q.need.hint']}
          </p>
          <div class="chooser-options">
            {ALL_NEEDS.map((need) => (
              <div class="chooser-option" key={need}>
                <input
                  type="checkbox"
                  id={`chooser-need-${need}`}
                  name="need"
                  value={need}
                  checked={state.needs.includes(need)}
                  onChange={(e) => toggleNeed(need, e.currentTarget.checked)}
                />
                <label for={`chooser-need-${need}`}>{dict[`q.need.${need}`]}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>

      <section class="chooser-result" aria-labelledby="chooser-result-heading" data-status={rec.status}>
        <h3 id="chooser-result-heading">{dict['result.heading']}</h3>
        <div class="chooser-status" aria-live="polite" aria-atomic="true">
          {rec.method === null ? (
            <p>{statusText(dict, rec, anyAnswer)}</p>
          ) : (
            <p>
              {readyParts[0] || null}
              <strong class="chooser-method">{methodName(dict, rec.method)}</strong>
              {readyParts[1] || null}
            </p>
          )}
        </div>

        {rec.method !== null && (
          <>
            <div class="chooser-answer">
              <p class="chooser-reasons">{explainReasons(dict, rec.reasons).join(sentenceGap)}</p>
              {rec.method === 'card' && billText !== '' && <p class="chooser-bill">{billText}</p>}
              <p>
                <a href={methodHref(rec.method)}>
                  {fill(dict['result.read'], { method: methodName(dict, rec.method) })}
                </a>
              </p>
            </div>

            <div class="chooser-caveats">
              <h4>{dict['result.caveats']}</h4>
              <ul>
                {rec.caveats.map((c) => (
                  <li key={c}>{dict[`caveat.${c}`]}</li>
                ))}
              </ul>
            </div>

            {rec.alternatives.length > 0 && (
              <div class="chooser-alternatives">
                <h4>{dict['result.alternatives']}</h4>
                <ul>
                  {rec.alternatives.map((m) => (
                    <li key={m}>
                      <a href={methodHref(m)}>{methodName(dict, m)}</a>
                      {m === 'card' && billText !== '' && <p class="chooser-bill">{billText}</p>}
                    </li>
                  ))}
                </ul>
              </div>
            )}

            {(fitting.includes('card') || fitting.includes('topup')) && (
              <FeeEstimate
                dict={dict}
                lang={lang}
                formatLocale={formatLocale}
                currency={state.currency}
                amountText={amountText}
                touched={amountTouched}
                onCurrency={(c) => update({ currency: c === '' ? null : c })}
                onAmount={onAmount}
              />
            )}

            <div class="chooser-share">
              <button type="button" class="button chooser-button" onClick={copyLink}>
                {dict['share.copy']}
              </button>
              <p class="chooser-share-status" role="status">
                {share.status === 'copied' ? dict['share.copied'] : ''}
              </p>
              {share.status === 'failed' && (
                <div class="chooser-share-fallback">
                  <label for="chooser-share-url">{dict['share.failed']}</label>
                  <input id="chooser-share-url" type="text" readOnly value={share.url} ref={fallbackRef} />
                </div>
              )}
            </div>
          </>
        )}

        {anyAnswer && (
          <p class="chooser-reset">
            <button type="button" class="button chooser-button chooser-button-secondary" onClick={reset}>
              {dict.reset}
            </button>
          </p>
        )}
      </section>
    </div>
  );
}

interface RadioQuestionProps<T extends string> {
  name: string;
  legend: string;
  hint?: string;
  options: [T, string][];
  value: T | undefined;
  onPick: (value: T) => void;
}

/** One question as a radio group; nothing is preselected. */
function RadioQuestion<T extends string>({ name, legend, hint, options, value, onPick }: RadioQuestionProps<T>) {
  const hintId = `chooser-${name}-hint`;
  return (
    <fieldset class="chooser-question" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p class="chooser-hint" id={hintId}>
          {hint}
        </p>
      )}
      <div class="chooser-options">
        {options.map(([v, label]) => (
          <div class="chooser-option" key={v}>
            <input
              type="radio"
              id={`chooser-${name}-${v}`}
              name={name}
              value={v}
              checked={value === v}
              onChange={() => onPick(v)}
            />
            <label for={`chooser-${name}-${v}`}>{label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

interface FeeEstimateProps {
  dict: IslandDict;
  lang: string;
  formatLocale: string;
  currency: string | undefined;
  amountText: string;
  touched: boolean;
  onCurrency: (code: string) => void;
  onAmount: (text: string) => void;
}

/** The tutorial's 1%-2% cross-border fee estimate for a non-USD card. */
function FeeEstimate({
  dict,
  lang,
  formatLocale,
  currency,
  amountText,
  touched,
  onCurrency,
  onAmount,
}: FeeEstimateProps) {
  const labels = useMemo(() => CURRENCIES.map((c) => [c, currencyLabel(c, lang)] as const), [lang]);
  const view: FeeView = feeView(dict, amountText, touched, currency, formatLocale);
  const invalid = view.kind === 'error';
  return (
    <section class="chooser-fee" aria-labelledby="chooser-fee-heading">
      <h4 id="chooser-fee-heading">{dict['fee.heading']}</h4>
      <p>{dict['fee.intro']}</p>
      <div class="chooser-field">
        <label for="chooser-currency">{dict['fee.currency']}</label>
        <select id="chooser-currency" value={currency ?? ''} onChange={(e) => onCurrency(e.currentTarget.value)}>
          <option value="">{dict['fee.currency.choose']}</option>
          {labels.map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div class="chooser-field">
        <label for="chooser-amount">{dict['fee.amount']}</label>
        <p class="chooser-hint" id="chooser-amount-hint">
          {dict['fee.amount.hint']}
        </p>
        <input
          id="chooser-amount"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={amountText}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={invalid ? 'chooser-amount-hint chooser-amount-error' : 'chooser-amount-hint'}
          onInput={(e) => onAmount(e.currentTarget.value)}
        />
        <output class="chooser-fee-result" for="chooser-amount chooser-currency">
          {view.kind === 'error' ? (
            <span class="chooser-error" id="chooser-amount-error">
              <span class="sr-only">{dict['fee.errorPrefix']} </span>
              {view.message}
            </span>
          ) : view.kind === 'idle' ? (
            ''
          ) : (
            view.message
          )}
        </output>
      </div>
      <p class="chooser-fee-source">{dict['fee.source']}</p>
    </section>
  );
}

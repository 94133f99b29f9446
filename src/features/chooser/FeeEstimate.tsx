/** The tutorial's 1%-2% cross-border fee estimate for a non-USD card. */
import { useMemo } from 'preact/hooks';
import type { ChooserT } from './strings.ts';
import { currencyLabel, type FeeView, feeView } from './text.ts';
import { CURRENCIES } from './url-state.ts';

interface Props {
  t: ChooserT;
  lang: string;
  formatLocale: string;
  currency: string | undefined;
  amountText: string;
  touched: boolean;
  onCurrency: (code: string) => void;
  onAmount: (text: string) => void;
}

export default function FeeEstimate({
  t,
  lang,
  formatLocale,
  currency,
  amountText,
  touched,
  onCurrency,
  onAmount,
}: Props) {
  const labels = useMemo(() => CURRENCIES.map((c) => [c, currencyLabel(c, lang)] as const), [lang]);
  const view: FeeView = feeView(t, amountText, touched, currency, formatLocale);
  const invalid = view.kind === 'error';
  return (
    <section class="chooser-fee" aria-labelledby="chooser-fee-heading">
      <h4 id="chooser-fee-heading">{t('fee.heading')}</h4>
      <p>{t('fee.intro')}</p>
      <div class="chooser-field">
        <label for="chooser-currency">{t('fee.currency')}</label>
        <select id="chooser-currency" value={currency ?? ''} onChange={(e) => onCurrency(e.currentTarget.value)}>
          <option value="">{t('fee.currency.choose')}</option>
          {labels.map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div class="chooser-field">
        <label for="chooser-amount">{t('fee.amount')}</label>
        <p class="chooser-hint" id="chooser-amount-hint">
          {t('fee.amount.hint')}
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
              <span class="sr-only">{t('fee.errorPrefix')} </span>
              {view.message}
            </span>
          ) : view.kind === 'idle' ? (
            ''
          ) : (
            view.message
          )}
        </output>
      </div>
      <p class="chooser-fee-source">{t('fee.source')}</p>
    </section>
  );
}

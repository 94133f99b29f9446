/**
 * The result area: a polite live region with the suggested method (or what is still to
 * answer), then the answer, what to keep in mind, the other fitting methods and the extras
 * (`children`: the fee estimate and the share link), and "Start again" once anything is answered.
 */
import type { ComponentChildren } from 'preact';
import Alternatives from './Alternatives.tsx';
import Answer from './Answer.tsx';
import Caveats from './Caveats.tsx';
import type { ChooserT } from './strings.ts';
import type { ResultView } from './view.ts';

interface Props {
  t: ChooserT;
  view: ResultView;
  anyAnswer: boolean;
  onReset: () => void;
  /** Shown after the alternatives when there is an answer. */
  children?: ComponentChildren;
}

export default function Result({ t, view, anyAnswer, onReset, children }: Props) {
  const { method } = view;
  return (
    <section class="chooser-result" aria-labelledby="chooser-result-heading" data-status={view.status}>
      <h3 id="chooser-result-heading">{t('result.heading')}</h3>
      <div class="chooser-status" aria-live="polite" aria-atomic="true">
        {method === null ? (
          <p>{view.statusText}</p>
        ) : (
          <p>
            {view.readyParts[0] || null}
            <strong class="chooser-method">{method.name}</strong>
            {view.readyParts[1] || null}
          </p>
        )}
      </div>

      {method !== null && (
        <>
          <Answer t={t} method={method} reasons={view.reasons} />
          <Caveats t={t} caveats={view.caveats} />
          <Alternatives t={t} methods={view.alternatives} />
          {children}
        </>
      )}

      {anyAnswer && (
        <p class="chooser-reset">
          <button type="button" class="button chooser-button chooser-button-secondary" onClick={onReset}>
            {t('reset')}
          </button>
        </p>
      )}
    </section>
  );
}

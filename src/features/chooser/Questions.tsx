/**
 * The chooser's questions: who the account is for, the card, how to pay, the account type
 * (radio groups, nothing preselected) and the optional needs (checkboxes). Controlled by
 * ChooserApp; the server renders them empty and they work natively until hydration.
 */
import type { Ref } from 'preact';
import {
  ALL_ACCOUNT_FOR,
  ALL_ACCOUNT_MODES,
  ALL_CARD_ANSWERS,
  ALL_NEEDS,
  ALL_PAY_PREFERENCES,
  type Answers,
  type Need,
} from './answers.ts';
import type { ChooserT } from './strings.ts';
import type { ChooserPatch } from './url-state.ts';

interface Props {
  t: ChooserT;
  answers: Answers;
  onChange: (patch: ChooserPatch) => void;
  /** The form's element: ChooserApp moves focus to its first input on reset. */
  formRef: Ref<HTMLDivElement>;
}

export default function Questions({ t, answers, onChange, formRef }: Props) {
  const toggleNeed = (need: Need, on: boolean): void => {
    const others = answers.needs.filter((n) => n !== need);
    onChange({ needs: on ? [...others, need] : others });
  };
  return (
    <div ref={formRef} class="chooser-form">
      <RadioQuestion
        name="for"
        legend={t('q.for')}
        options={ALL_ACCOUNT_FOR.map((v) => [v, t(`q.for.${v}`)])}
        value={answers.for}
        onPick={(v) => onChange({ for: v })}
      />
      <RadioQuestion
        name="card"
        legend={t('q.card')}
        hint={t('q.card.hint')}
        options={ALL_CARD_ANSWERS.map((v) => [v, t(`q.card.${v}`)])}
        value={answers.card}
        onPick={(v) => onChange({ card: v })}
      />
      <RadioQuestion
        name="pay"
        legend={t('q.pay')}
        options={ALL_PAY_PREFERENCES.map((v) => [v, t(`q.pay.${v}`)])}
        value={answers.pay}
        onPick={(v) => onChange({ pay: v })}
      />
      <RadioQuestion
        name="acct"
        legend={t('q.acct')}
        hint={t('q.acct.hint')}
        options={ALL_ACCOUNT_MODES.map((v) => [v, t(`q.acct.${v}`)])}
        value={answers.account}
        onPick={(v) => onChange({ account: v })}
      />
      <fieldset class="chooser-question" aria-describedby="chooser-need-hint">
        <legend>{t('q.need')}</legend>
        <p class="chooser-hint" id="chooser-need-hint">
          {t('q.need.hint')}
        </p>
        <div class="chooser-options">
          {ALL_NEEDS.map((need) => (
            <div class="chooser-option" key={need}>
              <input
                type="checkbox"
                id={`chooser-need-${need}`}
                name="need"
                value={need}
                checked={answers.needs.includes(need)}
                onChange={(e) => toggleNeed(need, e.currentTarget.checked)}
              />
              <label for={`chooser-need-${need}`}>{t(`q.need.${need}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
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

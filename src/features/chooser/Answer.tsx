/** The recommended method: why it fits, its next bill when it has one, and the link to its steps. */
import type { ChooserT } from './strings.ts';
import type { MethodView } from './view.ts';

interface Props {
  t: ChooserT;
  method: MethodView;
  reasons: string;
}

export default function Answer({ t, method, reasons }: Props) {
  return (
    <div class="chooser-answer">
      <p class="chooser-reasons">{reasons}</p>
      {method.bill !== '' && <p class="chooser-bill">{method.bill}</p>}
      <p>
        <a href={method.href}>{t('result.read', { method: method.name })}</a>
      </p>
    </div>
  );
}

/** The other methods that fit the answers, each linked to its steps (nothing when there are none). */
import type { ChooserT } from './strings.ts';
import type { MethodView } from './view.ts';

interface Props {
  t: ChooserT;
  methods: readonly MethodView[];
}

export default function Alternatives({ t, methods }: Props) {
  if (methods.length === 0) return null;
  return (
    <div class="chooser-alternatives">
      <h4>{t('result.alternatives')}</h4>
      <ul>
        {methods.map((m) => (
          <li key={m.id}>
            <a href={m.href}>{m.name}</a>
            {m.bill !== '' && <p class="chooser-bill">{m.bill}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}

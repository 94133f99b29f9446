/** What to keep in mind with the recommendation, most relevant first. */
import type { ChooserT } from './strings.ts';
import type { ResultView } from './view.ts';

interface Props {
  t: ChooserT;
  caveats: ResultView['caveats'];
}

export default function Caveats({ t, caveats }: Props) {
  return (
    <div class="chooser-caveats">
      <h4>{t('result.caveats')}</h4>
      <ul>
        {caveats.map((c) => (
          <li key={c.id}>{c.text}</li>
        ))}
      </ul>
    </div>
  );
}

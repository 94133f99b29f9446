/**
 * "Copy link to this answer": copies the page's address with the answers (a canonical query)
 * and the chooser's section; if the clipboard is refused, shows the link selected in a field
 * to copy by hand. The state lives in ChooserApp, which resets it when an answer changes.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ChooserT } from './strings.ts';

export type Share = { status: 'idle' } | { status: 'copied' } | { status: 'failed'; url: string };

interface Props {
  t: ChooserT;
  share: Share;
  onShare: (next: Share) => void;
  /** The link to copy: built when the button is pressed. */
  link: () => string;
}

export default function ShareLink({ t, share, onShare, link }: Props) {
  const fallbackRef = useRef<HTMLInputElement>(null);

  // The clipboard was refused: select the link so that it can be copied by hand.
  useEffect(() => {
    if (share.status === 'failed') {
      fallbackRef.current?.focus();
      fallbackRef.current?.select();
    }
  }, [share]);

  const copy = async (): Promise<void> => {
    const url = link();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      onShare({ status: 'copied' });
    } catch {
      onShare({ status: 'failed', url });
    }
  };

  return (
    <div class="chooser-share">
      <button type="button" class="button chooser-button" onClick={copy}>
        {t('share.copy')}
      </button>
      <p class="chooser-share-status" role="status">
        {share.status === 'copied' ? t('share.copied') : ''}
      </p>
      {share.status === 'failed' && (
        <div class="chooser-share-fallback">
          <label for="chooser-share-url">{t('share.failed')}</label>
          <input id="chooser-share-url" type="text" readOnly value={share.url} ref={fallbackRef} />
        </div>
      )}
    </div>
  );
}

/**
 * The link check's form and result (a Preact island: rendered on the server by LinkCheck.astro,
 * hydrated by island-<locale>.ts on the reader's first touch, click, focus or key in it).
 *
 * Safety of the tool itself:
 * - what the reader types is only read by classifyAddress; it is rendered as text (never as
 *   HTML, never as a link or an image), never fetched, never navigated to, never stored, and
 *   never written to the page's URL (the field has no name and the form never submits:
 *   `method="dialog"` outside a dialog does nothing, also before this script arrives);
 * - the result is shown at once; the short announcement for screen readers (aria-live=polite)
 *   waits for a pause in typing, or comes at once on paste and on Check.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Source } from './allow-list.ts';
import { classifyAddress, type DomainLookup } from './classify.ts';
import { PSL_KEY } from './psl-key.ts';
import { joinList, type LinkCheckT, trustedHosts, verdictView } from './verdict-text.ts';

interface Props {
  /** The block's id (element ids inside it are derived from it). */
  id: string;
  /**
   * The page's strings and language (`t.lang`, its `<html lang>`); in the browser the strings
   * come from the island's module, one language.
   */
  t: LinkCheckT;
  /** Where the official list and its sources are: `#<id>-sources` on the page that shows them. */
  listHref: string;
  /** URL of the Public Suffix List module (psl-entry.ts); absent in the server render. */
  pslSrc?: string;
  /** What was typed in the server-rendered field before this script arrived (read before hydration). */
  early?: string;
}

/**
 * The Public Suffix List (tldts, about 50 KB compressed) is a module of its own
 * (psl-entry.ts), fetched when the island starts, so that the island is small and hydrates at
 * once. Addresses on the official list are recognized before it arrives.
 */
async function loadLookup(src: string | undefined): Promise<DomainLookup> {
  if (!src) throw new Error('no Public Suffix List module');
  await import(/* @vite-ignore */ src);
  const lookup = (globalThis as Record<symbol, unknown>)[PSL_KEY];
  if (typeof lookup !== 'function') throw new Error('the Public Suffix List module did not load');
  return lookup as DomainLookup;
}

/** How long typing must pause before the result is announced. */
const ANNOUNCE_DELAY_MS = 700;

function SourceLink({ source, t }: { source: Source; t: LinkCheckT }) {
  return (
    <a
      href={source.url}
      class="external"
      rel="noopener noreferrer"
      hrefLang={source.quoteLang === 'zh-cn' ? 'zh-CN' : 'en'}
    >
      {t.lang.startsWith('zh') ? source.titleZh : source.title}
      <span class="sr-only"> {t('external')}</span>
    </a>
  );
}

export default function LinkCheckApp({ id, t, listHref, pslSrc, early = '' }: Props) {
  // The first render matches the server's (hydration does not patch what differs); text typed
  // before this script arrived is applied right after.
  const [text, setText] = useState('');
  const [announced, setAnnounced] = useState('');
  const [now, setNow] = useState(0);
  const [lookup, setLookup] = useState<DomainLookup | null>(null);
  const [pslFailed, setPslFailed] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  /** Set by a paste: the input event that follows announces at once. */
  const pasted = useRef(false);

  // Text typed or pasted before this script arrived is checked, and announced, at once.
  useEffect(() => {
    if (early === '') return;
    setText(early);
    setNow((n) => n + 1);
  }, [early]);

  useEffect(() => {
    let live = true;
    loadLookup(pslSrc).then(
      (found) => live && setLookup(() => found),
      () => live && setPslFailed(true),
    );
    return () => {
      live = false;
    };
  }, [pslSrc]);

  const view = useMemo(() => verdictView(classifyAddress(text, lookup), t, pslFailed), [text, lookup, t, pslFailed]);
  const announcement = view?.announce ?? '';

  useEffect(() => {
    if (announcement === '') {
      setAnnounced('');
      return;
    }
    if (now > 0) {
      setAnnounced(announcement);
      return;
    }
    const timer = setTimeout(() => setAnnounced(announcement), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [announcement, now]);

  const announceNow = () => setNow((n) => n + 1);
  const onText = (value: string) => {
    setText(value);
    if (pasted.current) announceNow();
    else setNow(0);
    pasted.current = false;
  };
  const onPaste = () => {
    pasted.current = true;
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    announceNow();
  };
  // Enter checks (and adds no line break); Shift+Enter and IME composition keep their meaning.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      announceNow();
    }
  };
  const onClear = () => {
    setText('');
    setNow(0);
    field.current?.focus();
  };

  const inputId = `${id}-input`;
  return (
    <div class="link-check-app">
      <form class="link-check-form" method="dialog" onSubmit={onSubmit}>
        <label for={inputId}>{t('label')}</label>
        <textarea
          id={inputId}
          ref={field}
          rows={2}
          value={text}
          onInput={(e) => onText(e.currentTarget.value)}
          onPaste={onPaste}
          onKeyDown={onKeyDown}
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          inputMode="url"
          enterkeyhint="go"
          aria-describedby={`${id}-intro`}
        />
        <div class="link-check-actions">
          <button type="submit" class="button">
            {t('check')}
          </button>
          <button type="button" class="button" onClick={onClear} disabled={text === ''}>
            {t('clear')}
          </button>
        </div>
      </form>
      <section class="link-check-result" data-tone={view?.tone ?? 'none'} aria-label={t('resultLabel')}>
        {view === null ? (
          <p class="link-check-waiting">{t('waiting')}</p>
        ) : (
          <>
            <p class="link-check-headline">
              <strong>{view.headline}</strong>
              {view.status ? <span class="link-check-status"> {view.status}</span> : null}
            </p>
            {view.about.map((line) => (
              <p key={line}>{line}</p>
            ))}
            {view.lures.length > 0 ? (
              <>
                <p class="link-check-subhead">{t('lure.intro')}</p>
                <ul>
                  {view.lures.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {view.notes.length > 0 ? (
              <ul class="link-check-notes">
                {view.notes.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
            {view.sources.length > 0 ? (
              <p class="link-check-sources">
                {t('source')}{' '}
                {view.sources.map((s, i) => (
                  <span key={s.url}>
                    {i > 0 ? t('list.and') : ''}
                    <SourceLink source={s} t={t} />
                  </span>
                ))}
              </p>
            ) : null}
            <p class="link-check-trusted">
              {t('trusted')} {joinList(trustedHosts(), t)}. <a href={listHref}>{t('listSource')}</a>
            </p>
            <p class="link-check-caveat">{t('notSafe')}</p>
          </>
        )}
      </section>
      <p class="sr-only" aria-live="polite" aria-atomic="true">
        {announced}
      </p>
    </div>
  );
}

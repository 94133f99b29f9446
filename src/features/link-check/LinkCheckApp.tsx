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
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Source } from './allow-list.ts';
import { classifyAddress } from './classify.ts';
import { pslLookup } from './psl.ts';
import type { LinkCheckDict } from './strings/en.ts';
import { joinList, trustedHosts, verdictView } from './verdict-text.ts';

interface Props {
  /** The block's id (element ids inside it are derived from it). */
  id: string;
  /** The page's language tag (`<html lang>`). */
  lang: string;
  /** The page's strings (in the browser they come from the island's module, one language). */
  dict: LinkCheckDict;
}

/** How long typing must pause before the result is announced. */
export const ANNOUNCE_DELAY_MS = 700;

function SourceLink({ source, dict }: { source: Source; dict: LinkCheckDict }) {
  return (
    <a href={source.url} class="external" rel="noopener noreferrer" hrefLang={source.quoteLang === 'zh-cn' ? 'zh-CN' : 'en'}>
      {source.title}
      <span class="sr-only"> {dict.external}</span>
    </a>
  );
}

export default function LinkCheckApp({ id, lang, dict }: Props) {
  const [text, setText] = useState('');
  const [announced, setAnnounced] = useState('');
  const [now, setNow] = useState(0);
  const field = useRef<HTMLTextAreaElement>(null);
  /** Set by a paste: the input event that follows announces at once. */
  const pasted = useRef(false);

  // Text typed or pasted before this script arrived (hydration does not patch `value`).
  useEffect(() => {
    const early = field.current?.value ?? '';
    if (early !== '') {
      setText(early);
      setNow((n) => n + 1);
    }
  }, []);

  const view = useMemo(() => verdictView(classifyAddress(text, pslLookup), lang, dict), [text, lang, dict]);
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
  const onInput = (event: JSX.TargetedEvent<HTMLTextAreaElement>) => {
    setText(event.currentTarget.value);
    if (pasted.current) announceNow();
    else setNow(0);
    pasted.current = false;
  };
  const onPaste = () => {
    pasted.current = true;
  };
  const onSubmit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    announceNow();
  };
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLTextAreaElement>) => {
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
        <label for={inputId}>{dict.label}</label>
        <textarea
          id={inputId}
          ref={field}
          rows={2}
          value={text}
          onInput={onInput}
          onPaste={onPaste}
          onKeyDown={onKeyDown}
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          inputMode="url"
          enterKeyHint="go"
          aria-describedby={`${id}-intro`}
        />
        <div class="link-check-actions">
          <button type="submit">{dict.check}</button>
          <button type="button" onClick={onClear} disabled={text === ''}>
            {dict.clear}
          </button>
        </div>
      </form>
      <section class="link-check-result" data-tone={view?.tone ?? 'none'} aria-label={dict.resultLabel}>
        {view === null ? (
          <p class="link-check-waiting">{dict.waiting}</p>
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
                <p class="link-check-subhead">{dict['lure.intro']}</p>
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
                {dict.source}{' '}
                {view.sources.map((s, i) => (
                  <span key={s.url}>
                    {i > 0 ? dict['list.and'] : ''}
                    <SourceLink source={s} dict={dict} />
                  </span>
                ))}
              </p>
            ) : null}
            <p class="link-check-trusted">
              {dict.trusted} {joinList(trustedHosts(), dict)}. <a href={`#${id}-sources`}>{dict.listSource}</a>
            </p>
            <p class="link-check-caveat">{dict.notSafe}</p>
          </>
        )}
      </section>
      <p class="sr-only" aria-live="polite" aria-atomic="true">
        {announced}
      </p>
    </div>
  );
}

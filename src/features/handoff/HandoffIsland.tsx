/**
 * "Continue on another device" (Preact island, beside every checklist and on the overview).
 *
 * The server render is a closed disclosure that CSS shows only when scripts run (without
 * JavaScript there is nothing to carry). Its code loads on the first touch, click, focus or
 * key in it (src/scripts/islands/loader.ts); a disclosure opened before then is adopted. Open,
 * it shows the link with the ticks of every checklist (fragment.ts), its QR code, a copy
 * button, and the system share sheet where the browser has one.
 *
 * The page's first handoff island also reads a link's ticks: the loader loads it at once when
 * the hash has them, it says what it found in a modal dialog (top layer: nothing on the page
 * moves) and asks add / replace / ignore. Nothing changes before the choice; then the ticks
 * are removed from the address bar, the section stays. The ticks are written through the
 * checklist store, which tells the page's checklists (another module) about the write.
 */
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Translator } from '../../i18n/translate.ts';
import type { Ticks } from '../checklist/storage.ts';
import { useChecklistStore } from '../checklist/useChecklistStore.ts';
import {
  applyHandoff,
  countTicks,
  decodeTicks,
  encodeTicks,
  handoffLink,
  hashWithoutTicks,
  type KnownLists,
  type Mode,
  readHash,
  type Sorted,
  sortOut,
} from './fragment.ts';
import { qrGeometry } from './qr.ts';
import type { HandoffKey } from './strings/en.ts';

interface Props {
  /** The strings of the page's language (strings/). */
  t: Translator<HandoffKey>;
  /** Every checklist of the site: list id -> item ids. */
  lists: KnownLists;
  /** Whether this island reads a link's ticks (the page's first handoff island). */
  primary?: boolean;
  /** The disclosure was opened before the code arrived. */
  open?: boolean;
}

/** What the link in the address bar holds. */
type Incoming = { kind: 'ask'; sorted: Sorted } | { kind: 'unusable'; message: string };

interface Result {
  message: string;
  /** The ticks before the choice, for Undo. */
  before?: Ticks;
}

type Copy = 'idle' | 'copied' | 'failed';

/** The id of the closest section heading above `element`, to land the other device there. */
function sectionAbove(element: Element): string | null {
  let found: string | null = null;
  for (const heading of document.querySelectorAll('main h2[id], main h3[id]')) {
    if (heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) found = heading.id;
  }
  return found;
}

function readIncoming(hash: string, lists: KnownLists, t: Translator<HandoffKey>): Incoming | null {
  const { payload } = readHash(hash);
  if (payload === null) return null;
  const decoded = decodeTicks(payload);
  if (decoded.status !== 'ok') {
    const message = { newer: t('newer'), 'too-many': t('tooMany'), damaged: t('damaged') }[decoded.status];
    return { kind: 'unusable', message };
  }
  const sorted = sortOut(decoded.ticks, lists);
  return sorted.found > 0 ? { kind: 'ask', sorted } : { kind: 'unusable', message: t('empty') };
}

function QrCode({ text, label }: { text: string; label: string }): JSX.Element {
  const { size, path } = useMemo(() => qrGeometry(text), [text]);
  return (
    <svg class="handoff-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

export default function HandoffIsland({ t, lists, primary = false, open: early = false }: Props) {
  const { ticks, canSave, store } = useChecklistStore();
  const [open, setOpen] = useState(early);
  const [section, setSection] = useState<string | null>(null);
  const [canShare, setCanShare] = useState(false);
  const [copy, setCopy] = useState<Copy>('idle');
  const [incoming, setIncoming] = useState<Incoming | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);

  const mine = sortOut(ticks, lists);
  const payload = encodeTicks(mine.ticks, lists);
  const link =
    typeof window === 'undefined' ? '' : handoffLink(`${location.origin}${location.pathname}`, section, payload);

  useEffect(() => {
    if (rootRef.current) setSection(sectionAbove(rootRef.current));
    setCanShare(typeof navigator.share === 'function');
    if (!primary) return;
    const read = () => setIncoming(readIncoming(location.hash, lists, t));
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  // A link with ticks: ask, in a modal dialog, once the store has read this device's ticks.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (incoming && store && dialog && !dialog.open) dialog.showModal();
  }, [incoming, store]);

  // The link changed (a tick here or in another tab): "Link copied" no longer holds.
  useEffect(() => setCopy('idle'), [link]);

  useEffect(() => {
    if (copy === 'failed') fieldRef.current?.select();
  }, [copy]);

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  /** Closes the dialog and takes the ticks out of the address bar, keeping the section. */
  function finish(next: Result | null): void {
    const { pathname, search, hash } = location;
    history.replaceState(history.state, '', `${pathname}${search}${hashWithoutTicks(hash)}`);
    dialogRef.current?.close();
    setIncoming(null);
    setResult(next);
  }

  function choose(mode: Mode | 'ignore'): void {
    if (!store || incoming?.kind !== 'ask') {
      finish(null);
      return;
    }
    if (mode === 'ignore') {
      finish({ message: t('ignored') });
      return;
    }
    const before = store.$ticks.get();
    store.update((t) => applyHandoff(t, incoming.sorted.ticks, mode, lists));
    finish({ message: mode === 'add' ? t('added') : t('replaced'), before });
  }

  function undo(): void {
    const before = result?.before;
    if (!store || !before) return;
    store.update(() => before);
    setResult({ message: t('undone') });
  }

  async function copyLink(): Promise<void> {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  function share(): void {
    navigator.share({ title: document.title, url: link }).catch(() => {
      // Closed by the reader, or refused: the link, the QR code and the copy button remain.
    });
  }

  const onCancel = (event: Event) => {
    event.preventDefault();
    choose('ignore');
  };

  let dialog: JSX.Element | null = null;
  if (incoming && store) {
    const ask = incoming.kind === 'ask' && canSave ? incoming.sorted : null;
    const title = ask ? t('found', { ticks: t.plural('ticks', ask.found) }) : t('unusable');
    dialog = (
      <dialog
        ref={dialogRef}
        class="handoff-dialog"
        aria-labelledby="handoff-dialog-title"
        aria-describedby="handoff-dialog-text"
        onCancel={onCancel}
      >
        <p id="handoff-dialog-title" class="handoff-dialog-title">
          {title}
        </p>
        {ask ? (
          <>
            <div id="handoff-dialog-text">
              {ask.missing > 0 && <p>{t.plural('missing', ask.missing)}</p>}
              <p>{t('here', { ticks: t.plural('ticks', countTicks(sortOut(ticks, lists).ticks)) })}</p>
              <p>{t('question')}</p>
            </div>
            <div class="handoff-choices">
              <button type="button" class="button handoff-button" onClick={() => choose('add')}>
                {t('add')}
              </button>
              <button type="button" class="button handoff-button" onClick={() => choose('replace')}>
                {t('replace')}
              </button>
              <button type="button" class="button handoff-button handoff-button-quiet" onClick={() => choose('ignore')}>
                {t('ignore')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p id="handoff-dialog-text">{incoming.kind === 'unusable' ? incoming.message : t('cannotSave')}</p>
            <div class="handoff-choices">
              <button type="button" class="button handoff-button" onClick={() => finish(null)}>
                {t('ok')}
              </button>
            </div>
          </>
        )}
      </dialog>
    );
  }

  let panel: JSX.Element;
  if (!store) panel = <p class="handoff-note">{t('preparing')}</p>;
  else if (mine.found === 0) panel = <p class="handoff-note">{t('nothing')}</p>;
  else
    panel = (
      <>
        <p class="handoff-note">{t('intro', { ticks: t.plural('ticks', mine.found) })}</p>
        {open && <QrCode text={link} label={t('qr')} />}
        <label class="handoff-link">
          <span>{t('link')}</span>
          <input ref={fieldRef} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <div class="handoff-actions">
          <button type="button" class="button handoff-button" onClick={copyLink}>
            {t('copy')}
          </button>
          {canShare && (
            <button type="button" class="button handoff-button" onClick={share}>
              {t('share')}
            </button>
          )}
        </div>
        <p class="handoff-copy-status" role="status">
          {copy === 'copied' ? t('copied') : copy === 'failed' ? t('copyFailed') : ''}
        </p>
      </>
    );

  return (
    <div class="handoff" ref={rootRef} data-pagefind-ignore>
      <details class="handoff-details" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('open')}</summary>
        <div class="handoff-panel">{panel}</div>
      </details>
      <div class="handoff-result">
        <p role="status" tabIndex={-1} ref={resultRef}>
          {result?.message ?? ''}
        </p>
        {result?.before && (
          <button type="button" class="button handoff-button" onClick={undo}>
            {t('undo')}
          </button>
        )}
      </div>
      {dialog}
    </div>
  );
}

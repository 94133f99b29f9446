/**
 * What a guide page does when a reader acts (page-enhance.ts loads this module on first use,
 * so that no page requests a script before then): copy a section's link, and add the section
 * in view to the "Report a problem" link. Bundled on its own (`?worker&url`), which keeps no
 * exports: the module hands its functions to the page under PAGE_ACTIONS.
 */
import { withSection } from '../lib/report-issue.ts';

/** Where the module leaves its functions for page-enhance.ts. */
export const PAGE_ACTIONS = Symbol.for('hwc-guide:page-actions');

/** The strings of the copy feedback (from the page's announcer element). */
export interface CopyStrings {
  copied?: string | undefined;
  failed?: string | undefined;
}

/**
 * Copies the absolute URL of the button's section, with visible and announced feedback; when
 * the clipboard is refused, shows the URL selected in a read-only field for copying by hand.
 */
export async function copyLink(
  button: HTMLButtonElement,
  strings: CopyStrings,
  announce: (message: string) => void,
): Promise<void> {
  const doc = button.ownerDocument;
  const url = `${location.origin}${location.pathname}#${button.dataset.copyLink ?? ''}`;
  const wrapper = button.parentElement;
  wrapper?.querySelector('.copy-status')?.remove();
  const status = doc.createElement('span');
  status.className = 'copy-status';
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = strings.copied ?? 'Link copied';
    announce(status.textContent);
    setTimeout(() => status.remove(), 4000);
  } catch {
    status.textContent = strings.failed ?? 'Copy failed.';
    const field = doc.createElement('input');
    field.type = 'text';
    field.readOnly = true;
    field.value = url;
    field.className = 'copy-fallback';
    field.setAttribute('aria-label', strings.failed ?? 'Copy failed.');
    status.append(' ', field);
    announce(status.textContent);
    queueMicrotask(() => field.select());
  }
  wrapper?.append(status);
  status.querySelector('input')?.focus();
}

export interface PageActions {
  copyLink: typeof copyLink;
  withSection: typeof withSection;
}

(globalThis as Record<symbol, unknown>)[PAGE_ACTIONS] = { copyLink, withSection } satisfies PageActions;

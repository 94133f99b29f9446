/**
 * "Continue on another device" in English. The island's module for English pages imports only
 * this language (handoff-en.ts). Flat keys, the same in every language (the type enforces it;
 * strings.test.ts checks the placeholders), read through the translator (src/i18n/translate.ts);
 * `ticks.*` and `missing.*` are plural groups (`t.plural('ticks', 5)`), `{count}` the number.
 */

const en = {
  /** The disclosure beside each checklist and on the overview. */
  open: 'Continue on another device',
  /** Inside, before the code has arrived. */
  preparing: 'Preparing the link…',
  /** {ticks}: a `ticks` phrase. */
  intro:
    'Open this link on your phone or another device to take your ticks with you: {ticks}, from every checklist of this guide. The ticks travel inside the link; nothing is sent to a server.',
  /** Shown instead of the link when nothing is ticked. */
  nothing: 'Nothing is ticked yet. Tick items in a checklist, then come back here for the link.',
  'ticks.one': '{count} tick',
  'ticks.other': '{count} ticks',
  qr: 'QR code of the link. Scan it with the camera of the other device.',
  link: 'Link with your ticks',
  copy: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Could not copy. Select the link above and copy it.',
  share: 'Share…',
  /** Title of the question when a link with ticks is opened. {ticks}: a `ticks` phrase. */
  found: '{ticks} from another device',
  'missing.one': '{count} item no longer exists in this guide and will be skipped.',
  'missing.other': '{count} items no longer exist in this guide and will be skipped.',
  /** {ticks}: a `ticks` phrase. */
  here: 'This device has {ticks} now.',
  question: 'What should happen to the ticks here?',
  add: 'Add them to the ticks here',
  replace: 'Replace the ticks here',
  ignore: 'Ignore',
  added: 'The ticks from the other device were added.',
  replaced: 'The ticks here were replaced by those from the other device.',
  ignored: 'The link was ignored. Your ticks here are unchanged.',
  undo: 'Undo',
  undone: 'Undone. Your ticks are as they were.',
  /** Title of the message for a link that cannot be used. */
  unusable: 'This link cannot be used',
  newer: 'It was made by a newer version of this guide. Your ticks here are unchanged.',
  damaged: 'It is incomplete or damaged. Copy the whole link again on the other device. Your ticks here are unchanged.',
  tooMany: 'It carries more ticks than this guide has, so it was not read. Your ticks here are unchanged.',
  empty: 'It carries no ticks that this guide knows. Your ticks here are unchanged.',
  cannotSave: 'This browser cannot save ticks, so the ticks of the link cannot be kept here.',
  ok: 'OK',
} as const;

export type HandoffKey = keyof typeof en;
export type HandoffDict = Readonly<Record<HandoffKey, string>>;
export default en satisfies HandoffDict;

/**
 * The checklists' and the progress overview's strings in English. Same keys in every language
 * (the type enforces it; strings.test.ts checks the placeholders).
 */
const en = {
  /** Legend of a checklist written without a title. */
  defaultTitle: 'Checklist',
  /** Progress line and the live announcement after a tick. */
  progress: '{done} of {total} ready',
  /** Progress when every item is ticked. */
  complete: 'All set',
  clear: 'Clear all',
  undo: 'Undo clear',
  /** Announced after "Clear all". */
  cleared: 'All ticks cleared.',
  /** Announced after "Undo clear". {progress}: the progress line. */
  restored: 'Ticks restored. {progress}',
  /** The one line shown when this browser cannot keep the ticks. */
  cannotSave: 'This browser cannot save your ticks. They stay only until you leave or reload this page.',
};

export type ChecklistKey = keyof typeof en;

export default en;

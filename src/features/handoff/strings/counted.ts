/**
 * Phrases with a number in them come in two forms, `one` and `other` (Chinese uses `other`
 * only); `{count}` is the number. Pure.
 */
import { fill } from '../../../lib/template.ts';

/** A phrase with a number in it, by plural category. */
export interface Counted {
  one?: string;
  other: string;
}

/** A counted phrase for `count` ("1 tick", "5 ticks", "5 项勾选"). */
export function counted(phrase: Counted, count: number): string {
  const template = count === 1 && phrase.one !== undefined ? phrase.one : phrase.other;
  return fill(template, { count: String(count) });
}

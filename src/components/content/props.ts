/**
 * The props rules of the content components that MDX pages use without importing them
 * (mdx-components.ts): each component calls its rule first, so a bad value fails the build with
 * a message naming the component, the prop, the value and what is allowed. Pure; unit-tested.
 */
import { oneOf, onlyProps, optionalText, permanentId, requiredText } from '../../lib/component-props.ts';

type Props = Record<string, unknown>;

/** `<Callout type="note|tip|caution|danger" title="…">`: the kinds of callout, in AUTHORING.md's order. */
export const CALLOUT_TYPES = ['note', 'tip', 'caution', 'danger'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export function calloutProps(props: Props): { type: CalloutType; title: string | undefined } {
  onlyProps('Callout', props, ['type', 'title']);
  return {
    type: oneOf('Callout', 'type', props.type, CALLOUT_TYPES, 'note'),
    title: optionalText('Callout', 'title', props.title),
  };
}

/** `<Claim id="…">`: the id of a claim in the page's frontmatter. */
export function claimProps(props: Props): { id: string } {
  onlyProps('Claim', props, ['id']);
  return { id: permanentId('Claim', 'id', props.id) };
}

/** `## Title {#id}` (H2, H3) and the AnchorHeading they render: a permanent id, level 2 or 3. */
export function headingProps(component: 'H2' | 'H3', props: Props): { id: string } {
  onlyProps(component, props, ['id']);
  return { id: permanentId(component, 'id', props.id) };
}
export function anchorHeadingProps(props: Props): { level: 2 | 3; id: string } {
  onlyProps('AnchorHeading', props, ['level', 'id']);
  return {
    level: oneOf('AnchorHeading', 'level', props.level, [2, 3]),
    id: permanentId('AnchorHeading', 'id', props.id),
  };
}

/** `[text](href)` (Link): a link needs somewhere to go; other attributes pass through. */
export function linkProps(props: Props): { href: string; rest: Props } {
  const { href, ...rest } = props;
  return { href: requiredText('Link', 'href', href), rest };
}

/** `<Steps>` takes no props, and its body is one Markdown ordered list (`1. …`). */
export function stepsProps(props: Props): void {
  onlyProps('Steps', props, []);
}
export function stepsBody(html: string): string {
  if (/^\s*<ol[\s>]/.test(html) && /<\/ol>\s*$/.test(html)) return html;
  const start = html.trim().slice(0, 40);
  throw new Error(`<Steps>: its body must be one Markdown ordered list ("1. …"), not ${JSON.stringify(start)}`);
}

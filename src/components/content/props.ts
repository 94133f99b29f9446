/**
 * The props rules of the content components that MDX pages use without importing them
 * (mdx-components.ts): each component calls its rule first, so a bad value fails the build with
 * a message naming the component, the prop, the value and what is allowed. Pure; unit-tested.
 */
import { oneOf, onlyProps, optionalText, permanentId, requiredText } from '../../lib/component-props.ts';

/** What the component received: any object (an Astro component's `Astro.props`). */
type Props = object;
const entries = (props: Props) => props as Record<string, unknown>;

/** `<Callout type="note|tip|caution|danger" title="…">`: the kinds of callout, in AUTHORING.md's order. */
export const CALLOUT_TYPES = ['note', 'tip', 'caution', 'danger'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export function calloutProps(props: Props): { type: CalloutType; title: string | undefined } {
  const p = entries(props);
  onlyProps('Callout', p, ['type', 'title']);
  return {
    type: oneOf('Callout', 'type', p.type, CALLOUT_TYPES, 'note'),
    title: optionalText('Callout', 'title', p.title),
  };
}

/** `<Claim id="…">`: the id of a claim in the page's frontmatter. */
export function claimProps(props: Props): { id: string } {
  const p = entries(props);
  onlyProps('Claim', p, ['id']);
  return { id: permanentId('Claim', 'id', p.id) };
}

/** `## Title {#id}` (H2, H3) and the AnchorHeading they render: a permanent id, level 2 or 3. */
export function headingProps(component: 'H2' | 'H3', props: Props): { id: string } {
  const p = entries(props);
  onlyProps(component, p, ['id']);
  return { id: permanentId(component, 'id', p.id) };
}
export function anchorHeadingProps(props: Props): { level: 2 | 3; id: string } {
  const p = entries(props);
  onlyProps('AnchorHeading', p, ['level', 'id']);
  return {
    level: oneOf('AnchorHeading', 'level', p.level, [2, 3]),
    id: permanentId('AnchorHeading', 'id', p.id),
  };
}

/** `[text](href)` (Link): a link needs somewhere to go; other attributes pass through. */
export function linkProps(props: Props): { href: string; rest: Record<string, unknown> } {
  const { href, ...rest } = entries(props);
  return { href: requiredText('Link', 'href', href), rest };
}

/** `<Steps>` takes no props, and its body is one Markdown ordered list (`1. …`). */
export function stepsProps(props: Props): void {
  onlyProps('Steps', entries(props), []);
}
export function stepsBody(html: string): string {
  if (/^\s*<ol[\s>]/.test(html) && /<\/ol>\s*$/.test(html)) return html;
  const start = html.trim().slice(0, 40);
  throw new Error(`<Steps>: its body must be one Markdown ordered list ("1. …"), not ${JSON.stringify(start)}`);
}

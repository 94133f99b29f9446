/**
 * Hydrates the page's islands without a framework runtime: each island is an element
 * `<div data-island="name" data-props="{…}">` around its server render, and each kind of
 * island has one module (src/scripts/islands/<kind>.ts, Preact included, loaded by loader.ts)
 * that hydrates its own elements: fewer bytes and requests than `client:load`. An island whose
 * props cannot be read keeps its server HTML.
 */
import { type ComponentType, h, hydrate } from 'preact';
import { parseIslandProps } from '../../lib/island-props.ts';

/**
 * Hydrates every `[data-island="name"]` with `Component`: its props are the element's
 * `data-props`, plus what `more(element)` adds (read from the page before hydration).
 */
export function hydrateIslands<P extends object>(
  name: string,
  Component: ComponentType<P>,
  more?: (element: HTMLElement) => Partial<P>,
): void {
  for (const element of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
    const own = parseIslandProps(element.dataset.props);
    const props = more ? { ...own, ...more(element) } : own;
    if (props === null) continue;
    hydrate(h(Component, props as P), element);
    element.dataset.hydrated = '';
  }
}

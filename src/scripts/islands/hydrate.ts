/**
 * Hydrates the page's islands without a framework runtime: each island is an element
 * `<div data-island="name" data-props="{…}">` around its server render, and each island's
 * script (src/scripts/islands/*.ts, bundled by Astro) hydrates its own elements. One module per
 * kind of island, no loader, no serialized-props format: fewer bytes and requests than
 * `client:load`. An island whose props cannot be read keeps its server HTML.
 */
import { type ComponentType, h, hydrate } from 'preact';
import { parseIslandProps } from '../../lib/island-props.ts';

export function hydrateIslands<P extends object>(name: string, Component: ComponentType<P>, fixed?: Partial<P>): void {
  for (const element of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
    const props = fixed
      ? { ...parseIslandProps(element.dataset.props), ...fixed }
      : parseIslandProps(element.dataset.props);
    if (props === null) continue;
    hydrate(h(Component, props as P), element);
    element.dataset.hydrated = '';
  }
}

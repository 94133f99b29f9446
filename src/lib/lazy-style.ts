/**
 * Loads a stylesheet that is not part of the page (a feature's styles that no first render
 * needs: src/integrations/lazy-stylesheet.mjs). Resolves once it has loaded or failed to load:
 * what it styles still works without it. Each address is requested once.
 */
const loading = new Map<string, Promise<void>>();

export function loadStylesheet(href: string): Promise<void> {
  let done = loading.get(href);
  if (!done) {
    done = new Promise<void>((resolve) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.onload = link.onerror = () => resolve();
      document.head.append(link);
    });
    loading.set(href, done);
  }
  return done;
}

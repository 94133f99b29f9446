import AxeBuilder from '@axe-core/playwright';
import { builtPages, expect, hydrated, test } from './fixtures.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const path of builtPages()) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: ${path} (${scheme})`, async ({ page }) => {
      // axe over the longest pages takes over 20 s on a busy two-core machine.
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await hydrated(page);
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary).toEqual([]);
    });
  }
}

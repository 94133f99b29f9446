/**
 * The components every MDX page can use without importing them (see AUTHORING.md).
 * The interactive ones (Checklist, ChecklistOverview, RechargeChooser) are imported by the
 * pages that use them, so their styles and scripts reach only those pages.
 */
import Callout from './content/Callout.astro';
import Claim from './content/Claim.astro';
import H2 from './content/H2.astro';
import H3 from './content/H3.astro';
import Link from './content/Link.astro';
import Steps from './content/Steps.astro';

export const mdxComponents = {
  h2: H2,
  h3: H3,
  a: Link,
  Callout,
  Steps,
  Claim,
};

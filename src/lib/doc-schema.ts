/** The frontmatter schema of every guide page (used by src/content.config.ts). */
import { z } from 'astro/zod';
import { checklistsSchema } from '../features/checklist/schema.ts';
import { CLAIM_STATUSES, QUOTE_LANGS } from './claims.ts';
import { ID_PATTERN, ID_RULE, ID_SOURCE } from './section-id.ts';

/** An ASCII section id: the public, shareable part of a deep link. */
const sectionId = z.string().regex(ID_PATTERN, ID_RULE);

const source = z.object({
  title: z.string().min(1),
  url: z.url().refine((u) => u.startsWith('https://'), 'official sources must use https'),
});

/**
 * What the help center says about one statement of the page, with its own words. The rules
 * beyond the shape (official host, quote length, both languages alike) are in claims.ts and
 * run at build time on every page.
 */
const claim = z.object({
  status: z.enum(CLAIM_STATUSES),
  source: z.string().min(1),
  sourceTitle: z.string().min(1),
  quote: z.string().min(1),
  quoteLang: z.enum(QUOTE_LANGS).optional(),
  checked: z.coerce.date(),
});

/** Frontmatter of every guide page, in every language. */
export const docSchema = z.object({
  title: z.string().min(1).max(70),
  description: z.string().min(50).max(170),
  order: z.number().int().positive(),
  lastReviewed: z.coerce.date(),
  sources: z.array(source).default([]),
  /** Old heading ids that keep working: `old-id: current-id`. */
  aliases: z.record(sectionId, sectionId).default({}),
  /**
   * Sections that moved to another page of the same language: `id: slug` (the slug of the page
   * that now has the heading; "" is the overview). Old links to them follow the section there.
   */
  moved: z.record(sectionId, z.string().regex(new RegExp(`^(${ID_SOURCE})?$`), 'a page slug')).default({}),
  /** Steps for the HowTo structured data (registration page). */
  howTo: z
    .object({
      name: z.string().min(1),
      steps: z.array(z.object({ id: sectionId, name: z.string().min(1), text: z.string().min(1) })).min(1),
    })
    .optional(),
  /** The page's claims, by id (`<Claim id="..." />` in the body shows one). */
  claims: z.record(sectionId, claim).default({}),
  /** The page's checklists, by id (`<Checklist id="..." />` in the body shows one; see the checklist feature's schema.ts). */
  checklists: checklistsSchema,
  /** Questions for the FAQPage structured data (any page with questions and answers). */
  faq: z.array(z.object({ id: sectionId, question: z.string().min(1), answer: z.string().min(1) })).optional(),
});

export type DocData = z.infer<typeof docSchema>;

/**
 * The `checklists` field of a page's frontmatter: the page's checklists by id, each with an
 * optional title and its items in order. `<Checklist id="…" />` in the body shows one.
 *
 *   checklists:
 *     prepare:
 *       title: Things to prepare
 *       items:
 *         - id: email
 *           label: An email address you use
 *           detail: A Gmail, Outlook or company mailbox.
 *           link: { href: "#email", text: How to choose }
 *
 * List and item ids are the storage keys of the ticks (storage.ts): 1-64 lower-case ASCII
 * letters, digits and hyphens, not starting with a hyphen, the same in every language. Item ids
 * are unique within their list. A bad value fails the build with a message naming it.
 */
import { z } from 'astro/zod';
import { isValidId } from './storage.ts';

/** What a list or item id must be, for messages. */
export const ID_RULE = '1-64 lower-case ASCII letters, digits and hyphens, not starting with a hyphen';

const text = (what: string) =>
  z.string({ error: `${what} must be text` }).refine((value) => value.trim() !== '', `${what} must not be empty`);

const item = z.object({
  id: z.custom<string>(isValidId, { error: (issue) => `item id ${JSON.stringify(issue.input)}: use ${ID_RULE}` }),
  label: text('the label'),
  detail: z.string().optional(),
  link: z
    .object({ href: text('the link href'), text: text('the link text') })
    .strict()
    .optional(),
});

const checklist = z
  .object({
    /** The visible legend; also the link text on the overview. Without it: "Checklist". */
    title: text('the title').optional(),
    items: z.array(item.strict()).min(1, 'a checklist needs at least one item'),
  })
  .strict()
  .superRefine(({ items }, ctx) => {
    const seen = new Set<string>();
    items.forEach(({ id }, n) => {
      if (seen.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['items', n, 'id'],
          message: `item id "${id}" is used twice in this list`,
        });
      seen.add(id);
    });
  });

/** The page's checklists, by list id. */
export const checklistsSchema = z
  .record(z.string(), checklist)
  .superRefine((lists, ctx) => {
    for (const id of Object.keys(lists))
      if (!isValidId(id)) ctx.addIssue({ code: 'custom', path: [id], message: `checklist id "${id}": use ${ID_RULE}` });
  })
  .default({});

export type Checklists = z.infer<typeof checklistsSchema>;
export type ChecklistData = Checklists[string];

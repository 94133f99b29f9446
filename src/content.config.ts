import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsPattern, withPseudoLocale } from './features/pseudo-locale/content.ts';
import { docSchema } from './lib/doc-schema.ts';

const DOCS = './src/content/docs';

const docs = defineCollection({
  // A pseudo-locale test build (PSEUDO_LOCALE=1) also gets en-xa/*, made from en/* as it loads.
  loader: withPseudoLocale(glob({ pattern: docsPattern(), base: DOCS }), DOCS, {
    title: docSchema.shape.title.maxLength ?? undefined,
    description: docSchema.shape.description.maxLength ?? undefined,
  }),
  schema: docSchema,
});

export const collections = { docs };

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docSchema } from './lib/doc-schema.ts';

const docs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/docs' }),
  schema: docSchema,
});

export const collections = { docs };

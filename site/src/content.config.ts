// Reports and free pages are MDX in the content folder, outside the site: Astro reads
// them through the glob loader. Their front matter is checked by `rendir check`
// (lib/documents.ts) with lines and columns; here it is only passed through. Only the
// folder's own level, as the contract and the check read it (reports/*.mdx).
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/paths.ts';

const dir = contentDir();
const schema = z.object({
  title: z.string(),
  date: z.coerce.date().optional(),
  summary: z.string().optional(),
});

export const collections = {
  reports: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: join(dir, 'reports') }),
    schema,
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: join(dir, 'pages') }),
    schema,
  }),
};

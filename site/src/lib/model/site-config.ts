// site.yaml: the entity's identity and settings, and the limits every other reader obeys.
import { join } from 'node:path';
import { contentFileProblem, limitsFromSite } from '@rendir/core/node';
import type { ContentError, Limits } from '@rendir/core';
import { loadSiteYaml, type SiteConfig } from '../config.ts';

/** Used when site.yaml is missing or invalid: the rest is still read, so every problem shows. */
const FALLBACK: SiteConfig = {
  name: 'Rendir',
  url: 'https://example.org',
  locales: ['es'],
  currency: 'COP',
  theme: { primary: '#3366cc' },
  number_format: 'es',
  example: false,
  budget: { execution: 'commitments' },
  files: {},
  transparency: [],
  limits: {},
};

export async function readSiteConfig(
  dir: string,
): Promise<{ config: SiteConfig; limits: Limits; errors: ContentError[] }> {
  const loaded = await loadSiteYaml(join(dir, 'site.yaml'));
  const errors = [...loaded.errors];
  const config = loaded.config ?? FALLBACK;
  // The logo is published from media/: it must be a file there, inside the folder.
  const logoProblem = config.theme.logo ? contentFileProblem(dir, config.theme.logo) : undefined;
  if (logoProblem) errors.push({ ...logoProblem, header: 'theme.logo' });
  return { config, limits: limitsFromSite(config.limits), errors };
}

// The components' script-tag bundles (packages/components/dist/bundle, built before the
// site by `npm run build`): copied to /rendir/ and used to enhance the server-rendered
// HTML. A tag whose bundle is absent is simply not enhanced; the HTML stays.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WIDGETS, type WidgetTag } from '../widgets/index.ts';

/** The workspace package's bundle folder, found by walking up from here and from the cwd. */
export function bundleDir(): string | undefined {
  const starts = [dirname(fileURLToPath(import.meta.url)), process.cwd()];
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', '@rendir', 'components', 'dist', 'bundle');
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  return undefined;
}

export const WIDGET_TAGS: readonly WidgetTag[] = WIDGETS.map((w) => w.tag);
export type { WidgetTag };

/** Tags whose bundle exists, unless `RENDIR_WIDGETS=0` asks for the plain HTML site. */
export function availableWidgets(): Set<WidgetTag> {
  const dir = bundleDir();
  if (!dir || process.env.RENDIR_WIDGETS === '0') return new Set();
  return new Set(WIDGET_TAGS.filter((tag) => existsSync(join(dir, `${tag}.js`))));
}

/**
 * The open level as a standalone SVG image (for reports and social posts): title, the
 * total in full, the note (e.g. that example data is made up), the boxes with names and
 * compact amounts, and the source. Text is escaped: data is untrusted.
 */
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';

export interface ImageItem {
  name: string;
  /** Compact amount and share, as shown (`149,7 billones · 38,05 %`). */
  detail: string;
  /** Drawing size only (a float); figures come from `detail`. */
  size: number;
  colour: string;
}

export interface ImageOptions {
  title: string;
  /** Place and exact total, as shown in the summary. */
  subtitle: string;
  note?: string;
  source?: string;
  items: ImageItem[];
  colours: { surface: string; text: string; muted: string };
  width?: number;
  height?: number;
}

const escapeXml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** Cuts `text` to about what fits in `width` pixels at `size` px (no font metrics here). */
function fit(text: string, width: number, size: number): string {
  const max = Math.floor(width / (size * 0.55));
  if (text.length <= max) return text;
  return max > 1 ? `${text.slice(0, max - 1)}…` : '';
}

export function budgetSvg(options: ImageOptions): { svg: string; width: number; height: number } {
  const width = options.width ?? 1200;
  const height = options.height ?? 800;
  const pad = 24;
  const top = options.note ? 150 : 118;
  const bottom = options.source ? 48 : 24;
  const chartW = width - 2 * pad;
  const chartH = height - top - bottom;
  const { surface, text, muted } = options.colours;
  const root = treemap<{ item?: ImageItem; children?: { item: ImageItem }[] }>()
    .tile(treemapSquarify)
    .size([chartW, chartH])
    .paddingInner(3)(
    hierarchy<{ item?: ImageItem; children?: { item: ImageItem }[] }>({
      children: options.items.map((item) => ({ item })),
    }).sum((d) => (d.item ? Math.max(0, d.item.size) : 0)),
  );
  const boxes = root
    .leaves()
    .map((leaf) => {
      const item = leaf.data.item!;
      const w = leaf.x1 - leaf.x0;
      const h = leaf.y1 - leaf.y0;
      const x = pad + leaf.x0;
      const y = top + leaf.y0;
      const label =
        w > 60 && h > 44
          ? `<text x="${x + 8}" y="${y + 22}" font-size="16" font-weight="700" fill="${text}">${escapeXml(fit(item.name, w - 16, 16))}</text>` +
            `<text x="${x + 8}" y="${y + 42}" font-size="14" fill="${text}">${escapeXml(fit(item.detail, w - 16, 14))}</text>`
          : '';
      return (
        `<g><title>${escapeXml(`${item.name}: ${item.detail}`)}</title>` +
        `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="4" fill="${item.colour}" fill-opacity="0.16" stroke="${item.colour}" stroke-width="3"/>` +
        `<rect x="${x}" y="${y}" width="6" height="${h}" fill="${item.colour}"/>${label}</g>`
      );
    })
    .join('');
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" role="img">` +
    `<title>${escapeXml(`${options.title}. ${options.subtitle}`)}</title>` +
    `<rect width="100%" height="100%" fill="${surface}"/>` +
    `<text x="${pad}" y="${pad + 26}" font-size="28" font-weight="700" fill="${text}">${escapeXml(options.title)}</text>` +
    `<text x="${pad}" y="${pad + 62}" font-size="20" fill="${text}">${escapeXml(options.subtitle)}</text>` +
    (options.note
      ? `<text x="${pad}" y="${pad + 96}" font-size="17" fill="${muted}">${escapeXml(options.note)}</text>`
      : '') +
    boxes +
    (options.source
      ? `<text x="${pad}" y="${height - 18}" font-size="15" fill="${muted}">${escapeXml(options.source)}</text>`
      : '') +
    `</svg>`;
  return { svg, width, height };
}

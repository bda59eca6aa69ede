/**
 * The public theming contract. Hosts set `--rendir-*` custom properties (on the element
 * or any ancestor); elements read the resolved private `--_rendir-*` values through
 * `tokens`. The host page decides light or dark: a widget is light unless the page is
 * dark (its `color-scheme`, which the element inherits: `:root { color-scheme: dark }` or
 * `<meta name="color-scheme" content="dark">`), or the element (or an ancestor through
 * `data-rendir-theme`) says `theme="light|dark|high-contrast"`, or `theme="auto"` to follow
 * the reader's system (`prefers-color-scheme`). A page that declares `color-scheme: light
 * dark` says it follows the system itself, and its widgets do too. `forced-colors` maps
 * everything to system colours.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

/** Colour roles of one theme. Every value is a 6-digit hex so contrast can be tested. */
export interface Palette {
  /** Page-like background of the widget. */
  surface: string;
  /** Slightly different background for headers, table stripes, tooltips. */
  surfaceAlt: string;
  /** Body text: at least 4.5:1 on `surface` and `surfaceAlt`. */
  text: string;
  /** Secondary text (notes, axis labels): at least 4.5:1 on `surface`. */
  muted: string;
  /** Links, buttons, the main series: at least 4.5:1 on `surface` (it is also text). */
  accent: string;
  /** Text on an `accent` background: at least 4.5:1. */
  onAccent: string;
  /** Borders, gridlines, and outlines of graphics: at least 3:1 on `surface`. */
  border: string;
  /** Focus ring: at least 3:1 on `surface`. */
  focus: string;
  /** Error text and icon: at least 4.5:1 on `surface`. */
  error: string;
  /** Categorical series, colour-blind safe, each at least 3:1 on `surface`. */
  categorical: readonly string[];
  /** Status colours (always paired with a word or an icon), each at least 3:1 on `surface` and usable as text (4.5:1). */
  status: Record<'achieved' | 'onTrack' | 'atRisk' | 'offTrack' | 'noData', string>;
}

export type ThemeName = 'light' | 'dark' | 'high-contrast';

/** What `theme` and `data-rendir-theme` accept: a theme, or `auto` (the reader's system). */
export type ThemeChoice = ThemeName | 'auto';

export const palettes: Record<ThemeName, Palette> = {
  light: {
    surface: '#ffffff',
    surfaceAlt: '#f3f4f6',
    text: '#1a1c21',
    muted: '#4b5260',
    accent: '#1f5fa8',
    onAccent: '#ffffff',
    border: '#878d99',
    focus: '#1f5fa8',
    error: '#b0182b',
    // Okabe-Ito hues, darkened until each reaches 4.5:1 on white; still apart under
    // protanopia, deuteranopia and tritanopia (tested).
    categorical: ['#0072b2', '#c4500a', '#007a5e', '#a8437a', '#6b4fbb', '#333333'],
    status: {
      achieved: '#1b7837',
      onTrack: '#0072b2',
      atRisk: '#a15c00',
      offTrack: '#b0182b',
      noData: '#5f6470',
    },
  },
  dark: {
    surface: '#16181d',
    surfaceAlt: '#23262d',
    text: '#eceef2',
    muted: '#b4bac5',
    accent: '#8cc4ff',
    onAccent: '#0b1a2b',
    border: '#7d8491',
    focus: '#8cc4ff',
    error: '#ff8a8a',
    categorical: ['#56b4e9', '#f0a15a', '#3dd6a8', '#f7b8dc', '#9f8cff', '#e5cf4f'],
    status: {
      achieved: '#5ac17a',
      onTrack: '#56b4e9',
      atRisk: '#f0a15a',
      offTrack: '#ff7b7b',
      noData: '#a9a9a9',
    },
  },
  'high-contrast': {
    surface: '#000000',
    surfaceAlt: '#000000',
    text: '#ffffff',
    muted: '#ffffff',
    accent: '#ffff00',
    onAccent: '#000000',
    border: '#ffffff',
    focus: '#00ffff',
    error: '#ff9999',
    categorical: ['#ffff00', '#00ffff', '#ff99ff', '#99ff99', '#ffffff', '#ffbb66'],
    status: {
      achieved: '#99ff99',
      onTrack: '#00ffff',
      atRisk: '#ffff00',
      offTrack: '#ff9999',
      noData: '#ffffff',
    },
  },
};

/**
 * The widgets' own type, as embeddable charts keep theirs (Datawrapper, Flourish): each
 * reader's system sans-serif, whatever the page's body text is set in. Figures are tabular
 * (`font-variant-numeric`) so that columns of numbers line up. A host that wants its own
 * font sets `--rendir-font-family` (`inherit` takes the page's).
 */
export const systemFontStack =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** Names of the public properties, for docs and Storybook. */
export const publicProperties = [
  '--rendir-color-surface',
  '--rendir-color-surface-alt',
  '--rendir-color-text',
  '--rendir-color-muted',
  '--rendir-color-accent',
  '--rendir-color-on-accent',
  '--rendir-color-border',
  '--rendir-color-focus',
  '--rendir-color-error',
  '--rendir-color-cat-1',
  '--rendir-color-cat-2',
  '--rendir-color-cat-3',
  '--rendir-color-cat-4',
  '--rendir-color-cat-5',
  '--rendir-color-cat-6',
  '--rendir-color-achieved',
  '--rendir-color-on-track',
  '--rendir-color-at-risk',
  '--rendir-color-off-track',
  '--rendir-color-no-data',
  '--rendir-font-family',
  '--rendir-font-size',
  '--rendir-space',
  '--rendir-radius',
  '--rendir-max-width',
] as const;

const statusProperty = {
  achieved: 'achieved',
  onTrack: 'on-track',
  atRisk: 'at-risk',
  offTrack: 'off-track',
  noData: 'no-data',
} as const;

/** The colour roles as `[property name, value]`, in the order of `publicProperties`. */
function colourPairs(p: Palette): [string, string][] {
  return [
    ['surface', p.surface],
    ['surface-alt', p.surfaceAlt],
    ['text', p.text],
    ['muted', p.muted],
    ['accent', p.accent],
    ['on-accent', p.onAccent],
    ['border', p.border],
    ['focus', p.focus],
    ['error', p.error],
    ...p.categorical.map((c, i): [string, string] => [`cat-${i + 1}`, c]),
    ...Object.entries(p.status).map(([k, c]): [string, string] => [
      statusProperty[k as keyof Palette['status']],
      c,
    ]),
  ];
}

/** Declarations of the private resolved tokens for one palette. */
function colourDeclarations(p: Palette): string {
  return colourPairs(p)
    .map(([name, value]) => `--_rendir-color-${name}: var(--rendir-color-${name}, ${value});`)
    .join('\n');
}

/**
 * Light or dark by the element's used `color-scheme` (CSS `light-dark()`), which it
 * inherits from the page unless a theme sets it: one declaration serves every case.
 */
function lightDarkDeclarations(light: Palette, dark: Palette): string {
  const darkPairs = colourPairs(dark);
  return colourPairs(light)
    .map(
      ([name, value], i) =>
        `--_rendir-color-${name}: var(--rendir-color-${name}, light-dark(${value}, ${darkPairs[i][1]}));`,
    )
    .join('\n');
}

// Forced colours: system colours only; the user's choice overrides every host setting.
const forcedColours = `
  --_rendir-color-surface: Canvas; --_rendir-color-surface-alt: Canvas;
  --_rendir-color-text: CanvasText; --_rendir-color-muted: CanvasText;
  --_rendir-color-accent: LinkText; --_rendir-color-on-accent: Canvas;
  --_rendir-color-border: CanvasText; --_rendir-color-focus: Highlight;
  --_rendir-color-error: CanvasText;
  ${[1, 2, 3, 4, 5, 6].map((i) => `--_rendir-color-cat-${i}: CanvasText;`).join(' ')}
  ${Object.values(statusProperty)
    .map((k) => `--_rendir-color-${k}: CanvasText;`)
    .join(' ')}
`;

const lightOrDark = unsafeCSS(lightDarkDeclarations(palettes.light, palettes.dark));
const highContrast = unsafeCSS(colourDeclarations(palettes['high-contrast']));

/**
 * The theme stylesheet every Rendir element includes (RendirElement does it). Without a
 * theme the element keeps the page's `color-scheme` (normal, so light, on a page that
 * declares none). Explicit `theme` attributes work in every browser; an ancestor's
 * `data-rendir-theme` is applied through the custom states `theme-light`, `theme-dark`,
 * `theme-auto`, `theme-high-contrast`.
 */
export const themeStyles: CSSResult = css`
  :host {
    ${lightOrDark}
    --_rendir-font-family: var(--rendir-font-family, ${unsafeCSS(systemFontStack)});
    --_rendir-font-size: var(--rendir-font-size, 1rem);
    --_rendir-space: var(--rendir-space, 0.5rem);
    --_rendir-radius: var(--rendir-radius, 0.25rem);
    --_rendir-max-width: var(--rendir-max-width, none);
  }
  :host([theme='light']),
  :host(:not([theme]):state(theme-light)) {
    color-scheme: light;
  }
  :host([theme='dark']),
  :host(:not([theme]):state(theme-dark)) {
    color-scheme: dark;
  }
  :host([theme='auto']),
  :host(:not([theme]):state(theme-auto)) {
    color-scheme: light dark;
  }
  @media (prefers-contrast: more) {
    :host(:not([theme]):not(:state(theme-light)):not(:state(theme-dark))) {
      ${highContrast}
      color-scheme: dark;
    }
  }
  :host([theme='high-contrast']),
  :host(:not([theme]):state(theme-high-contrast)) {
    ${highContrast}
    color-scheme: dark;
  }
  @media (forced-colors: active) {
    :host {
      ${unsafeCSS(forcedColours)}
    }
  }
`;

function token(name: string): CSSResult {
  return unsafeCSS(`var(--_rendir-${name})`);
}

/**
 * Resolved tokens for element styles: `color: ${tokens.text};`. Use these, never the
 * public names, so host overrides and themes apply in one place.
 */
export const tokens = {
  surface: token('color-surface'),
  surfaceAlt: token('color-surface-alt'),
  text: token('color-text'),
  muted: token('color-muted'),
  accent: token('color-accent'),
  onAccent: token('color-on-accent'),
  border: token('color-border'),
  focus: token('color-focus'),
  error: token('color-error'),
  cat: [1, 2, 3, 4, 5, 6].map((i) => token(`color-cat-${i}`)),
  achieved: token('color-achieved'),
  onTrack: token('color-on-track'),
  atRisk: token('color-at-risk'),
  offTrack: token('color-off-track'),
  noData: token('color-no-data'),
  fontFamily: token('font-family'),
  fontSize: token('font-size'),
  space: token('space'),
  radius: token('radius'),
  maxWidth: token('max-width'),
} as const;

/**
 * The colour token `name` (`surface`, `cat-1`…) as it resolves on `element` now, as
 * `rgb()`: for images drawn outside CSS. The token's own value may be `light-dark(…)`,
 * which means nothing outside the element, so a probe inside it resolves it.
 */
export function resolvedColour(element: HTMLElement, name: string): string {
  const probe = element.ownerDocument.createElement('span');
  probe.style.color = `var(--_rendir-color-${name})`;
  (element.shadowRoot ?? element).append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** `var(--_rendir-color-cat-N)` for series `index` (cycling), for inline SVG `fill`. */
export function categoricalColour(index: number): string {
  return `var(--_rendir-color-cat-${(((index % 6) + 6) % 6) + 1})`;
}

/** WCAG 2.x relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

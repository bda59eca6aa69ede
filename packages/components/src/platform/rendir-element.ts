/**
 * The base of every Rendir element: language and theme resolved from the element or its
 * nearest ancestor (and kept up to date), typed `rendir-*` events, the theme contract and
 * base styles. The class has no side effects: registration is `defineElement` in
 * `src/define/<tag>.ts`.
 */
import { LitElement, css, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import {
  intlLocale,
  loadLanguage,
  platformMessages,
  toLocale,
  type Catalogue,
  type Locale,
  type Messages,
  type PlatformMessages,
} from './i18n.ts';
import { defineElement } from './define.ts';
import { stateStyles } from './states.ts';
import { coreMessage, loadCoreMessages, onCoreMessages } from './core-messages.ts';
import type { ContentError, MessageRef } from '@rendir/core';
import { refusedChanges, refusedProblems, typedDescriptor } from './typed-properties.ts';
import { themeStyles, tokens, type ThemeChoice } from './theme.ts';

/** Names of the `rendir-*` events declared in `GlobalEventHandlersEventMap`. */
/** How an element loads its data (a `DataController`), as the element sees it. */
export interface DataLoad {
  /** Nothing has arrived yet, nor failed: the element shows its loading state. */
  readonly pending: boolean;
}

export type RendirEventName = Extract<keyof GlobalEventHandlersEventMap, `rendir-${string}`>;

/** The `detail` type of a declared `rendir-*` event. */
export type RendirEventDetail<K extends RendirEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Walks up the composed tree (through shadow roots) from `node`. */
function composedParent(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The nearest value of `attribute` on `start` or an ancestor, across shadow roots. */
export function closestAttribute(start: Element, attribute: string): string | null {
  for (let node: Node | null = start; node; node = composedParent(node)) {
    if (node instanceof Element && node.hasAttribute(attribute))
      return node.getAttribute(attribute);
  }
  return null;
}

/**
 * The theme in effect: the element's own `theme`, else the nearest ancestor's
 * `data-rendir-theme` or, for elements nested in a widget, that widget's `theme`.
 */
function inheritedTheme(start: Element): string | null {
  for (let node: Node | null = start; node; node = composedParent(node)) {
    if (!(node instanceof Element)) continue;
    if (node.hasAttribute('data-rendir-theme')) return node.getAttribute('data-rendir-theme');
    // By tag, not instanceof: two bundles on a page each have their own RendirElement class.
    if (node.localName.startsWith('rendir-') && node.hasAttribute('theme')) {
      return node.getAttribute('theme');
    }
  }
  return null;
}

// One observer for the whole document (and every Rendir shadow root) watches `lang` and
// `data-rendir-theme`; any change makes every connected element re-resolve both.
const connected = new Set<RendirElement>();

/** Problems with a file are said once core's catalogue has arrived: render them again then. */
function renderAgain(): void {
  for (const element of connected) element.requestUpdate();
}

let observer: MutationObserver | null = null;
const observedAttributes = ['lang', 'data-rendir-theme', 'theme'];

function observe(target: Node): void {
  observer ??= new MutationObserver(() => {
    for (const element of connected) element.resolveContext();
  });
  observer.observe(target, {
    attributes: true,
    subtree: true,
    attributeFilter: observedAttributes,
  });
}

const themeNames: readonly string[] = ['light', 'dark', 'high-contrast', 'auto'];

/**
 * @cssprop --rendir-font-family - Font of the widget (default: the reader's system sans-serif, with tabular figures; `inherit` takes the page's).
 * @cssprop --rendir-font-size - Base font size (default: 1rem).
 * @cssprop --rendir-color-surface - Background.
 * @cssprop --rendir-color-text - Text colour.
 * @cssprop --rendir-color-accent - Links, buttons and the main series.
 */
export class RendirElement extends LitElement {
  static override styles: CSSResultGroup = [
    themeStyles,
    stateStyles,
    css`
      /* Isolation from the host page. Page rules that match the element itself (a CMS's
         global * { box-sizing: content-box }) beat normal :host rules, so what the
         widget's layout depends on is !important here (a shadow root's !important wins
         over the page's). Inherited text properties are reset so that justified, spaced
         or indented page text does not reach the widget's labels. The type is the
         widget's own (theme.ts's systemFontStack, tabular figures) unless the host sets
         --rendir-font-family: a page's * { font-family } does not reach it. */
      :host {
        display: block;
        box-sizing: border-box !important;
        min-width: 0 !important;
        max-width: min(100%, ${tokens.maxWidth});
        font-family: ${tokens.fontFamily} !important;
        font-size: ${tokens.fontSize};
        font-style: normal;
        font-weight: 400;
        font-variant-numeric: tabular-nums !important;
        line-height: 1.5;
        color: ${tokens.text};
        background: ${tokens.surface};
        overflow-wrap: anywhere;
        text-align: start !important;
        text-indent: 0 !important;
        text-transform: none !important;
        letter-spacing: normal !important;
        word-spacing: normal !important;
        white-space: normal;
      }
      :host([hidden]),
      [hidden] {
        display: none !important;
      }
      *,
      *::before,
      *::after {
        box-sizing: border-box;
      }
      :focus-visible {
        outline: 3px solid ${tokens.focus};
        outline-offset: 2px;
      }
      a {
        color: ${tokens.accent};
      }
      button {
        font: inherit;
        color: ${tokens.accent};
        background: ${tokens.surface};
        border: 1px solid ${tokens.border};
        border-radius: ${tokens.radius};
        padding: 0.25em 0.75em;
        min-height: 44px;
        min-width: 44px;
        cursor: pointer;
      }
      button:hover {
        background: ${tokens.surfaceAlt};
      }
      button[aria-pressed='true'],
      button.primary {
        color: ${tokens.onAccent};
        background: ${tokens.accent};
      }
      /* Links in look, buttons in kind (downloads): 24 px targets at least (WCAG 2.2, 2.5.8). */
      button.link {
        min-height: 24px;
        min-width: 24px;
        padding: 0.125em 0;
        border: 0;
        background: transparent;
        text-decoration: underline;
        text-underline-offset: 0.15em;
      }
      .visually-hidden {
        position: absolute !important;
        width: 1px;
        height: 1px;
        padding: 0;
        margin: -1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        clip-path: inset(50%);
        white-space: nowrap;
        border: 0;
      }
      /* On paper: no reserved blank space, no chart or figure split across pages. */
      @media print {
        :host {
          min-height: 0 !important;
        }
        svg,
        figure,
        rendir-chart-frame,
        .treemap {
          break-inside: avoid;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        *,
        *::before,
        *::after {
          animation-duration: 0.01ms !important;
          animation-iteration-count: 1 !important;
          transition-duration: 0.01ms !important;
          scroll-behavior: auto !important;
        }
      }
      @media (forced-colors: active) {
        button[aria-pressed='true'],
        button.primary {
          forced-color-adjust: none;
          color: Canvas;
          background: Highlight;
        }
      }
    `,
  ];

  /**
   * Elements this one renders (e.g. `{ 'rendir-chart-frame': RendirChartFrame }`): defined
   * when the first instance is created, so that class files stay free of side effects and
   * a page that already has them keeps its definitions.
   */
  static dependencies: Record<string, CustomElementConstructor> = {};

  /**
   * Whether the element shows core's words (status words, completion levels, execution
   * bases): it then waits for core's catalogue in its language before it renders, except
   * while its data is on its way (see `scheduleUpdate`).
   */
  static coreWords = false;

  /** The element's data controllers, which add themselves (`addDataLoad`). */
  private readonly dataLoads: DataLoad[] = [];

  /** Typed properties take values of their type only (typed-properties.ts). */
  protected static override finalize(): void {
    if (Object.hasOwn(this, 'finalized')) return;
    super.finalize();
    // Lit's accessors of this class's own properties, each wrapped once.
    for (const [name, options] of this.elementProperties) {
      const accessor = Object.getOwnPropertyDescriptor(this.prototype, name);
      const typed = typedDescriptor(accessor, name, options);
      if (typed && typed !== accessor) Object.defineProperty(this.prototype, name, typed);
    }
  }

  /** The problems of the values a page set that were not of their property's type. @internal */
  propertyProblems(): Promise<ContentError[]> {
    return refusedProblems(this);
  }

  /** Changes when a value is refused, or taken where one was: data controllers load again. @internal */
  get refusedChanges(): number {
    return refusedChanges(this);
  }

  /** Called by a data controller of the element (data-controller.ts). */
  addDataLoad(load: DataLoad): void {
    this.dataLoads.push(load);
  }

  constructor() {
    super();
    const dependencies = (this.constructor as typeof RendirElement).dependencies;
    for (const [tag, ctor] of Object.entries(dependencies)) defineElement(tag, ctor);
  }

  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    resolvedLang: { state: true },
    resolvedTheme: { state: true },
  };

  /**
   * Colour theme: `light`, `dark`, `high-contrast`, or `auto` to follow the reader's
   * system; absent follows the page (`data-rendir-theme` on an ancestor, else the page's
   * `color-scheme`: light unless the page is dark).
   */
  theme?: ThemeChoice;

  /** The `lang` in effect: this element's or its nearest ancestor's, as written. */
  protected resolvedLang = '';

  /** Theme from this element's `theme` or an ancestor's `data-rendir-theme`; `page` if none. */
  protected resolvedTheme: ThemeChoice | 'page' = 'page';

  /** Element internals, attached once here so that subclasses share them. */
  protected readonly internals: ElementInternals = this.attachInternals();

  /** The widget's language: `es` or `en`. */
  get locale(): Locale {
    return toLocale(this.resolvedLang);
  }

  /** The tag to pass to `Intl` and to the core's formatters (`es-CO`, `en`). */
  get intlLocale(): string {
    return intlLocale(this.resolvedLang);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.updateWithItsWords(new Set());
  }

  /**
   * Before it renders in a language whose text loads on demand, the element waits for
   * it: no render shows Spanish first, or a status without its word. Core's words come
   * with the data: while all of it is on its way the element shows its loading state,
   * which has none, so that render (whose update starts the data's load) does not wait
   * for their catalogue, which then arrives beside the data instead of before it is asked.
   * What to wait for is asked again after each wait: the data (or another language) may
   * have come meanwhile. Each catalogue is waited for once, so a failed one is not tried
   * in a loop (its words fall back, as the console says).
   */
  private updateWithItsWords(awaited: Set<string>): void | Promise<unknown> {
    const locale = this.locale;
    const loading: Promise<unknown>[] = [];
    const waitFor = (name: string, load: Promise<unknown> | undefined) => {
      if (!load || awaited.has(name)) return;
      awaited.add(name);
      loading.push(load);
    };
    waitFor(`widgets ${locale}`, loadLanguage(locale));
    const dataOnItsWay = this.dataLoads.length > 0 && this.dataLoads.every((load) => load.pending);
    if ((this.constructor as typeof RendirElement).coreWords) {
      const coreWords = loadCoreMessages(locale);
      if (!dataOnItsWay) waitFor(`core ${locale}`, coreWords);
    }
    if (!loading.length) return super.scheduleUpdate();
    return Promise.all(loading).then(() => this.updateWithItsWords(awaited));
  }

  /** One of core's words or messages in the element's language (`static coreWords`). */
  coreText(ref: MessageRef): string {
    return coreMessage(ref, this.locale);
  }

  /** Shared platform messages in the widget's language. */
  get t(): PlatformMessages {
    return platformMessages[this.locale];
  }

  /** A widget's own catalogue in the widget's language: `this.msg(budgetMessages).title`. */
  msg<M extends Messages>(catalogue: Catalogue<M>): M {
    return catalogue[this.locale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    onCoreMessages(renderAgain);
    observe(this.ownerDocument.documentElement);
    this.resolveContext();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  protected override firstUpdated(): void {
    // Changes of `lang` inside this shadow root reach nested Rendir elements too.
    if (this.shadowRoot) observe(this.shadowRoot);
  }

  /** Re-reads `lang` and the theme from the element and its ancestors. */
  resolveContext(): void {
    const lang = closestAttribute(this, 'lang') ?? '';
    if (lang !== this.resolvedLang) this.resolvedLang = lang;
    const inherited = inheritedTheme(this);
    const theme = inherited && themeNames.includes(inherited) ? (inherited as ThemeChoice) : 'page';
    if (theme !== this.resolvedTheme) {
      this.resolvedTheme = theme;
      const states = this.internals.states;
      if (states) {
        for (const name of themeNames) states.delete(`theme-${name}`);
        if (theme !== 'page') states.add(`theme-${theme}`);
      }
    }
  }

  /**
   * Dispatches a typed `rendir-*` event that bubbles out of shadow roots. Declare each
   * event once in `GlobalEventHandlersEventMap` as `CustomEvent<Detail>`.
   */
  emit<K extends RendirEventName>(
    name: K,
    detail: RendirEventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): CustomEvent<RendirEventDetail<K>> {
    const event = new CustomEvent(name, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    });
    this.dispatchEvent(event);
    return event;
  }
}

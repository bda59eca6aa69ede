/**
 * The iframe resize protocol. Inside an embed page, `reportHeight()` posts
 * `{ type: 'rendir:resize', height }` to the parent whenever the content's height
 * changes. In the host page, `installEmbedHost()` resizes an iframe only when the message
 * comes from that iframe's own window (`event.source`) and from the origin of its `src`.
 */

export const RESIZE_MESSAGE = 'rendir:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  /** Height of the embed page's content in CSS pixels. */
  height: number;
}

/** Largest height honoured, so a hostile page cannot make a huge iframe. */
export const MAX_EMBED_HEIGHT = 20_000;

export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<ResizeMessage>;
  return (
    message.type === RESIZE_MESSAGE &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height) &&
    message.height >= 0
  );
}

/**
 * Inside the iframe: posts the content height to the parent now and on every change.
 * Returns a function that stops reporting. Does nothing outside an iframe.
 */
export function reportHeight(doc: Document = document): () => void {
  const win = doc.defaultView;
  if (!win || win.parent === win) return () => {};
  let last = -1;
  const post = () => {
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE_MESSAGE, height };
    // The height is not secret and the host's origin is unknown to the embed page.
    win.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(doc.documentElement);
  post();
  return () => observer.disconnect();
}

/** The origin an iframe's `src` points to, or `null` for `about:`, `srcdoc`, invalid URLs. */
function iframeOrigin(iframe: HTMLIFrameElement, base: string): string | null {
  const src = iframe.getAttribute('src');
  if (!src) return null;
  try {
    const url = new URL(src, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** Applies one message event; returns the iframe it resized, if any. */
export function handleResizeMessage(
  event: MessageEvent,
  doc: Document = document,
): HTMLIFrameElement | null {
  if (!isResizeMessage(event.data) || !event.source) return null;
  for (const iframe of doc.querySelectorAll('iframe')) {
    if (iframe.contentWindow !== event.source) continue;
    if (iframeOrigin(iframe, doc.baseURI) !== event.origin) return null;
    const height = Math.min(MAX_EMBED_HEIGHT, Math.ceil(event.data.height));
    iframe.style.height = `${height}px`;
    return iframe;
  }
  return null;
}

const installed = Symbol.for('rendir.embedHost');

/**
 * In the host page: listens for resize messages. Installing twice (the script pasted
 * twice) keeps a single listener. Returns a function that uninstalls it.
 */
export function installEmbedHost(win: Window = window): () => void {
  const flags = win as unknown as Record<symbol, (() => void) | undefined>;
  const existing = flags[installed];
  if (existing) return existing;
  const listener = (event: MessageEvent) => {
    handleResizeMessage(event, win.document);
  };
  win.addEventListener('message', listener);
  const uninstall = () => {
    win.removeEventListener('message', listener);
    flags[installed] = undefined;
  };
  flags[installed] = uninstall;
  return uninstall;
}

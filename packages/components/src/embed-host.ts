/**
 * The host page's resize script for Rendir iframe embeds (`dist/bundle/embed-host.js`):
 * `<script src=".../embed-host.js" defer></script>` once, anywhere on the page.
 */
import { installEmbedHost } from './platform/embed-resize.ts';

installEmbedHost();

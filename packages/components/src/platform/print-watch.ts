/**
 * Whether the page is being printed: a widget that shows a long table a page at a time
 * ("show more") shows all of it on paper, where there is no button to press. Printing from
 * the browser's menu runs the host's update (a microtask) before the print layout.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintWatch implements ReactiveController {
  printing = false;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
  }

  private readonly onPrint = (event: Event): void => {
    this.printing = event.type === 'beforeprint';
    this.host.requestUpdate();
  };
}

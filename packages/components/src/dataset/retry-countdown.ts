/** A 429 that says when to come back is retried then, with a visible countdown. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadError } from '../platform/errors.ts';

/** 429 with a `Retry-After` up to this many seconds is retried by itself. */
export const AUTO_RETRY_MAX = 60;

export class RetryCountdown implements ReactiveController {
  /** Seconds left before the retry; 0 when none is coming. */
  seconds = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Counts down and retries when `error` is a 429 with a short enough `Retry-After`. */
  start(error: LoadError, retry: () => void): void {
    this.stop();
    if (
      error.kind !== 'rate-limited' ||
      error.retryAfter === null ||
      error.retryAfter > AUTO_RETRY_MAX
    )
      return;
    this.show(Math.max(1, error.retryAfter));
    this.timer = setInterval(() => {
      this.show(this.seconds - 1);
      if (this.seconds <= 0) {
        this.stop();
        retry();
      }
    }, 1000);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.show(0);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }

  private show(seconds: number): void {
    if (seconds === this.seconds) return;
    this.seconds = seconds;
    this.host.requestUpdate();
  }
}

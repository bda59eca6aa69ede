// Rules that live in the dataset's controllers and their helpers, without an element.
import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { LoadError } from '../platform/errors.ts';
import { AUTO_RETRY_MAX, RetryCountdown } from './retry-countdown.ts';
import { fileBase } from './metadata.ts';

/** A host that counts the updates a controller asks for. */
function fakeHost(): ReactiveControllerHost & { updates: number } {
  const host = {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return host;
}

const rateLimited = (retryAfter: number | null) =>
  new LoadError('rate-limited', { retryAfter, status: 429 });

describe('RetryCountdown: a 429 that says when to come back', () => {
  it('counts down from Retry-After, shows it, and retries once at zero', async () => {
    const host = fakeHost();
    const countdown = new RetryCountdown(host);
    let retries = 0;
    const retried = new Promise<void>((resolve) =>
      countdown.start(rateLimited(1), () => {
        retries++;
        resolve();
      }),
    );
    expect(countdown.seconds).to.equal(1);
    expect(host.updates).to.be.above(0);
    await retried;
    expect(countdown.seconds).to.equal(0);
    expect(retries).to.equal(1);
  });

  it('waits for the reader when the portal asks for more than a minute, or says nothing', () => {
    const countdown = new RetryCountdown(fakeHost());
    const never = () => expect.fail('retried by itself');
    countdown.start(rateLimited(AUTO_RETRY_MAX + 1), never);
    expect(countdown.seconds).to.equal(0);
    countdown.start(rateLimited(null), never);
    expect(countdown.seconds).to.equal(0);
    countdown.start(new LoadError('http', { status: 500 }), never);
    expect(countdown.seconds).to.equal(0);
  });

  it('hides the countdown when a new request starts', () => {
    const countdown = new RetryCountdown(fakeHost());
    countdown.start(rateLimited(AUTO_RETRY_MAX), () => {});
    expect(countdown.seconds).to.equal(AUTO_RETRY_MAX);
    countdown.stop();
    expect(countdown.seconds).to.equal(0);
  });
});

describe('downloaded file names', () => {
  it('are the title as a slug, «datos» without one', () => {
    expect(fileBase({ title: 'Contratos 2025: Secretaría de Educación' })).to.equal(
      'contratos-2025-secretaria-de-educacion',
    );
    expect(fileBase({})).to.equal('datos');
    expect(fileBase({ title: '¿?' })).to.equal('datos');
    expect(fileBase({ title: 'a'.repeat(200) }).length).to.be.at.most(80);
  });
});

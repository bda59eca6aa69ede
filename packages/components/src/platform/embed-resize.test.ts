import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.ts';
import {
  handleResizeMessage,
  installEmbedHost,
  isResizeMessage,
  MAX_EMBED_HEIGHT,
} from './embed-resize.ts';

const page = new URL('./fixtures/embed-page.html', import.meta.url).href;

describe('iframe embeds', () => {
  let uninstall: () => void = () => {};
  afterEach(() => uninstall());

  it('resizes an iframe to its content height and follows changes', async () => {
    uninstall = installEmbedHost();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <iframe src=${page} title="Presupuesto" style="width:100%;height:150px;border:0"></iframe>
      </div>`,
    );
    const iframe = wrapper.querySelector('iframe')!;
    await waitUntil(() => iframe.style.height === '700px', 'iframe did not resize');
    iframe.contentDocument!.getElementById('content')!.style.height = '900px';
    await waitUntil(() => iframe.style.height === '900px', 'iframe did not follow');
  });

  it('ignores messages from other windows and from other origins', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><iframe src=${page} title="x"></iframe></div>`,
    );
    const iframe = wrapper.querySelector('iframe')!;
    await waitUntil(() => iframe.contentWindow?.document.readyState === 'complete');
    const data = { type: 'rendir:resize', height: 321 };
    const fromSelf = new MessageEvent('message', { data, origin: location.origin, source: window });
    expect(handleResizeMessage(fromSelf)).to.equal(null);
    const wrongOrigin = new MessageEvent('message', {
      data,
      origin: 'https://evil.example',
      source: iframe.contentWindow,
    });
    expect(handleResizeMessage(wrongOrigin)).to.equal(null);
    expect(iframe.style.height).to.equal('');
    const right = new MessageEvent('message', {
      data,
      origin: location.origin,
      source: iframe.contentWindow,
    });
    expect(handleResizeMessage(right)).to.equal(iframe);
    expect(iframe.style.height).to.equal('321px');
    const huge = new MessageEvent('message', {
      data: { type: 'rendir:resize', height: 1e9 },
      origin: location.origin,
      source: iframe.contentWindow,
    });
    handleResizeMessage(huge);
    expect(iframe.style.height).to.equal(`${MAX_EMBED_HEIGHT}px`);
  });

  it('accepts only well-formed messages', () => {
    expect(isResizeMessage({ type: 'rendir:resize', height: 10 })).to.equal(true);
    expect(isResizeMessage({ type: 'rendir:resize', height: '10' })).to.equal(false);
    expect(isResizeMessage({ type: 'rendir:resize', height: Number.NaN })).to.equal(false);
    expect(isResizeMessage({ type: 'other', height: 10 })).to.equal(false);
    expect(isResizeMessage(null)).to.equal(false);
  });

  it('installs one listener even when the host script runs twice', () => {
    const first = installEmbedHost();
    const second = installEmbedHost();
    expect(second).to.equal(first);
    uninstall = first;
  });
});

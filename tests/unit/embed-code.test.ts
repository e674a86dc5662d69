import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultViewState } from '../../src/derive/url-state';
import { permalink as permalinkOf } from '../../src/features/common/permalink';
import {
  embedCode,
  embedUrl,
  HEIGHT_MESSAGE,
  postHeight,
} from '../../src/features/embed/embed-code';

const permalink = 'https://tracker.example/app/?issues=wto,export-controls&asOf=2020-10-27';

describe('embedUrl', () => {
  it('adds embed=1 and keeps the view and readable commas', () => {
    expect(embedUrl(permalink)).toBe(
      'https://tracker.example/app/?issues=wto,export-controls&asOf=2020-10-27&embed=1',
    );
  });

  it('does not add embed twice', () => {
    expect(embedUrl('https://tracker.example/?embed=1')).toBe('https://tracker.example/?embed=1');
  });
});

describe('embedCode', () => {
  const title = 'Japan & Korea: the "export" <dispute>';
  const code = embedCode(permalink, title);
  const iframe = new DOMParser()
    .parseFromString(code, 'text/html')
    .querySelector('iframe') as HTMLIFrameElement;

  it('escapes quotes and markup in the title', () => {
    expect(code).toContain('title="Japan &amp; Korea: the &quot;export&quot; &lt;dispute&gt;"');
    expect(code).not.toContain('"export"');
  });

  it('gives the iframe the title and an aria-label, both read back intact', () => {
    expect(code).toContain('title=');
    expect(code).toContain('aria-label=');
    expect(iframe.getAttribute('title')).toBe(title);
    expect(iframe.getAttribute('aria-label')).toBe(title);
  });

  it('points the iframe at the embed URL', () => {
    expect(iframe.getAttribute('src')).toBe(embedUrl(permalink));
  });

  it('only accepts height messages from the tracker’s origin', () => {
    expect(code).toContain('e.origin!=="https://tracker.example"');
    expect(code).toContain(JSON.stringify(HEIGHT_MESSAGE));
  });
});

describe('the page language in the embed', () => {
  const view = { ...defaultViewState, asOf: '2020-10-27' };

  it('a Japanese or Korean view embeds with lang, an English one without', () => {
    for (const lang of ['ja', 'ko'] as const) {
      const link = permalinkOf('https://tracker.example/', view, '', lang);
      const src = new DOMParser()
        .parseFromString(embedCode(link, 'T'), 'text/html')
        .querySelector('iframe')!
        .getAttribute('src')!;
      expect(new URL(src).searchParams.get('lang')).toBe(lang);
      expect(new URL(src).searchParams.get('embed')).toBe('1');
    }
    const english = embedCode(permalinkOf('https://tracker.example/', view, '?lang=ja', 'en'), 'T');
    expect(english).not.toContain('lang=');
  });
});

describe('postHeight', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('does nothing outside a frame', () => {
    const postMessage = vi.spyOn(window, 'postMessage');
    postHeight(window)();
    expect(postMessage).not.toHaveBeenCalled();
  });

  it('posts the height to the parent, once per change, and stops when asked', () => {
    let onResize: () => void = () => {};
    const disconnect = vi.fn();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          onResize = callback;
        }
        observe() {}
        disconnect = disconnect;
      },
    );
    let height = 400.2;
    const parent = { postMessage: vi.fn() };
    const win = {
      parent,
      document: { documentElement: { getBoundingClientRect: () => ({ height }) } },
    } as unknown as Window;
    const stop = postHeight(win);
    onResize();
    height = 512;
    onResize();
    expect(parent.postMessage.mock.calls).toEqual([
      [{ type: HEIGHT_MESSAGE, height: 401 }, '*'],
      [{ type: HEIGHT_MESSAGE, height: 512 }, '*'],
    ]);
    stop();
    expect(disconnect).toHaveBeenCalledOnce();
  });
});

/**
 * Build-time only (scripts/prerender.mjs): renders the default view to HTML so the page
 * paints before any script runs, and the Atom feed. The element must equal the one
 * main.tsx hydrates.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { atomFeed } from '../derive/feed';
import type { Dataset } from '../model/schema';
import { App } from './App';

/**
 * dist/feed.xml: the newest events as an Atom feed, linking to `?event=<id>` on the public
 * address when VITE_PUBLIC_URL is set at build (as the page's permalinks do), else relative
 * to the feed, which sits beside index.html.
 */
export function renderFeed(dataset: Dataset): string {
  return atomFeed(dataset, { publicUrl: import.meta.env.VITE_PUBLIC_URL });
}

export async function renderDefaultView(dataset: Dataset): Promise<string> {
  const { prelude } = await prerender(
    <StrictMode>
      <App
        data={{ phase: 'ready', dataset, custom: false }}
        embed={false}
        onUseBundled={() => {}}
      />
    </StrictMode>,
  );
  const reader = prelude.getReader();
  const decoder = new TextDecoder();
  let html = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    html += decoder.decode(value, { stream: true });
  }
  return html + decoder.decode();
}

/**
 * Build-time only (scripts/prerender.mjs): renders the default view to HTML so the page
 * paints before any script runs. The element must equal the one main.tsx hydrates.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import type { Dataset } from '../model/schema';
import { App } from './App';

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

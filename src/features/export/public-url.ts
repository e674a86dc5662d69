import { permalinkBase } from './export-utils';

declare global {
  interface Window {
    /** Set by `npm run snapshot -- --permalink-base` before the page loads. */
    __JK_PUBLIC_URL__?: string;
  }
}

/** Where this page's permalinks start: the configured public address, else the page itself. */
export function currentPermalinkBase(): string {
  const configured = window.__JK_PUBLIC_URL__ || import.meta.env.VITE_PUBLIC_URL;
  return permalinkBase(window.location, configured);
}

import type { Theme } from '../store/tracker-store';

/** 'system' follows prefers-color-scheme in CSS; light and dark override it. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement) {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

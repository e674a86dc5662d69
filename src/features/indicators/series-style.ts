/** How series are told apart: colour and a dash pattern, so they survive colour blindness and print. */
export const SERIES_DASH = ['', '7 3', '2 3', '10 3 2 3'] as const;

export function seriesColor(index: number): string {
  return `var(--issue-${index % 14})`;
}

export function seriesDash(index: number): string {
  return SERIES_DASH[index % SERIES_DASH.length]!;
}

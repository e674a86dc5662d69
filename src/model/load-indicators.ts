import type { Indicators } from './indicators-schema';

export type IndicatorsLoad = { ok: true; indicators: Indicators } | { ok: false; message: string };

/**
 * data/indicators.json, served beside the app. CI validates the file (npm run
 * validate:data), so only its outline is checked here and zod stays out of the page.
 */
export async function loadIndicators(
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<IndicatorsLoad> {
  try {
    const response = await fetchImpl(`${baseUrl}data/indicators.json`);
    if (!response.ok) return { ok: false, message: `the server answered ${response.status}` };
    const json = (await response.json()) as Partial<Indicators> | null;
    if (!json || !Array.isArray(json.series))
      return { ok: false, message: 'the file has no list of series' };
    return { ok: true, indicators: json as Indicators };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

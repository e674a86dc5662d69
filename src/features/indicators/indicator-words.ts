import { useMemo } from 'react';
// What the indicators' panels say in words, in the page's language: the catalogue's
// messages, series titles, the source line and disagreements between reports, the parts of a
// text that quote the data's English; and which source URLs may become links.
import type { IndicatorSeries, Indicators } from '../../model/indicators-schema';
import { periodLabel, type IndicatorWords } from '../../derive/indicators';
import type { Catalogue } from '../../i18n/catalogue';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { indicators as enIndicators } from '../../i18n/en/indicators';

type Messages = Catalogue['indicators'];

/** The words the derivations build sentences with, from the page's catalogue. */
export function indicatorWords(core: Catalogue['core'], messages: Messages): IndicatorWords {
  return { year: core.format.year, month: core.format.month, ...messages.words };
}

/** The indicators' messages and the derivations' words, in the page's language. */
export function useIndicatorMessages(): {
  core: Catalogue['core'];
  t: Messages;
  words: IndicatorWords;
} {
  const core = useMessages('core', enCore);
  const t = useMessages('indicators', enIndicators);
  const words = useMemo(() => indicatorWords(core, t), [core, t]);
  return { core, t, words };
}

/**
 * A text cut where it quotes any of `phrases` (the data's English texts), so that a page in
 * another language can mark those parts lang="en". Without phrases, the text whole.
 */
export function quotedParts(
  text: string,
  phrases: readonly string[],
): { text: string; quoted: boolean }[] {
  const parts: { text: string; quoted: boolean }[] = [];
  let rest = text;
  for (;;) {
    let at = -1;
    let found = '';
    for (const p of phrases) {
      if (!p) continue;
      const i = rest.indexOf(p);
      if (i >= 0 && (at < 0 || i < at || (i === at && p.length > found.length))) {
        at = i;
        found = p;
      }
    }
    if (at < 0) break;
    if (at > 0) parts.push({ text: rest.slice(0, at), quoted: false });
    parts.push({ text: found, quoted: true });
    rest = rest.slice(at + found.length);
  }
  if (rest) parts.push({ text: rest, quoted: false });
  return parts;
}

/** Only https sources become links (the data allows nothing else; this guards custom copies). */
export function httpsHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The source line of a chart image: distinct publishers of the figures drawn, the first few. */
export function sourceLine(
  series: readonly IndicatorSeries[],
  messages: Messages,
  max = 6,
): string {
  const publishers: string[] = [];
  for (const s of series)
    for (const p of s.points) {
      const name = s.sources[p.source]?.publisher;
      if (name && !publishers.includes(name)) publishers.push(name);
    }
  return messages.card.sourceLine(publishers.slice(0, max), Math.max(0, publishers.length - max));
}

/** Where reports disagree, in words: the value shown, the others, and why (the data's note). */
export function disagreements(
  series: IndicatorSeries,
  words: IndicatorWords,
  messages: Messages,
): { text: string; note: string }[] {
  return series.points.flatMap((p) =>
    (p.alternatives ?? []).map((a) => ({
      text: messages.sources.disagreement(
        periodLabel(p.period, words),
        String(p.value),
        series.sources[a.source]?.publisher ?? null,
        String(a.value),
      ),
      note: a.note,
    })),
  );
}

/** The indicators with their series' titles in the page's language, where a translation gives them. */
export function titledIn(
  indicators: Indicators,
  titles: Readonly<Record<string, { title: string }>> | undefined,
): Indicators {
  if (!titles) return indicators;
  return {
    ...indicators,
    series: indicators.series.map((s) => ({ ...s, title: titles[s.id]?.title ?? s.title })),
  };
}

import { useEffect, useMemo } from 'react';
import { useAsOf, useDataset, useViewFilters, useVisibleEvents } from '../../store/hooks';
import { useShallow } from 'zustand/react/shallow';
import { useTracker, viewStateOf } from '../../store/tracker-store';
import { TimelineCard } from '../export/TimelineCard';
import { imageSubtitle, permalink } from '../export/export-utils';
import { currentPermalinkBase } from '../export/public-url';
import { postHeight } from './embed-utils';
import { EventDetail } from '../detail/EventDetail';
import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { exports as enExports } from '../../i18n/en/exports';

/** ?embed=1: the timeline card alone, with a link to the full view; tells the host page its height. */
export function EmbedView() {
  const dataset = useDataset();
  const asOf = useAsOf();
  const items = useVisibleEvents();
  const filters = useViewFilters();
  const state = useTracker(useShallow(viewStateOf));
  const { lang } = useLang();
  const m = useMessages('exports', enExports);
  const core = useMessages('core', enCore);
  const link = permalink(currentPermalinkBase(), state, window.location.search, lang);
  const title = useMemo(
    () =>
      new URLSearchParams(window.location.search).get('title')?.slice(0, 120) || dataset.meta.title,
    [dataset],
  );
  useEffect(() => postHeight(), []);
  return (
    <main className="embed" aria-label={title}>
      <TimelineCard
        title={title}
        subtitle={imageSubtitle(
          filters,
          asOf,
          dataset,
          items.filter((i) => i.status !== null).length,
          { exports: m, core },
        )}
        permalink={link}
        items={items}
        interactive
      />
      <p className="embed-link">
        <a href={link} target="_blank" rel="noopener noreferrer">
          {m.embed.openFull}
        </a>
      </p>
      <EventDetail />
    </main>
  );
}

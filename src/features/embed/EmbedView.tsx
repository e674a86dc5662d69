import { useEffect, useMemo } from 'react';
import { useAsOf, useDataset, useViewFilters, useVisibleEvents } from '../../store/hooks';
import { imageSubtitle, viewSubject } from '../common/card-text';
import { currentPermalink } from '../common/permalink';
import { useMediaQuery } from '../common/use-media-query';
import { TimelineCard } from './TimelineCard';
import { EmbedList } from './EmbedList';
import { postHeight } from './embed-code';
import { EventDetail } from '../detail';
import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { exports as enExports } from '../../i18n/en/exports';
import { graphics as enGraphics } from '../../i18n/en/graphics';

/**
 * ?embed=1: the timeline alone, headed by the given title or what the filters show, with a
 * link to the full view; tells the host page its height. Below 500 px it lists the events
 * by name, since lanes that narrow could name none of them.
 */
export function EmbedView() {
  const dataset = useDataset();
  const asOf = useAsOf();
  const items = useVisibleEvents();
  const filters = useViewFilters();
  const { lang } = useLang();
  const m = useMessages('exports', enExports);
  const core = useMessages('core', enCore);
  const graphics = useMessages('graphics', enGraphics);
  const narrow = useMediaQuery('(max-width: 499px)');
  const link = currentPermalink(lang);
  const given = useMemo(
    () => new URLSearchParams(window.location.search).get('title')?.slice(0, 120),
    [],
  );
  const title = given || viewSubject(filters, dataset, { graphics });
  const subtitle = imageSubtitle(
    filters,
    asOf,
    dataset,
    items.filter((i) => i.status !== null).length,
    { exports: m, core },
  );
  useEffect(() => postHeight(), []);
  return (
    <main className="embed" aria-label={title}>
      {narrow ? (
        <div className="timeline-card" lang={lang} data-testid="timeline-card">
          <header>
            <h1 className="card-title">{title}</h1>
            <p className="card-subtitle">{subtitle}</p>
          </header>
          <EmbedList items={items} />
          <footer className="card-footer">
            <p className="card-sources">{m.card.sourcesNote}</p>
            <p className="card-permalink">{link}</p>
          </footer>
        </div>
      ) : (
        <TimelineCard title={title} subtitle={subtitle} permalink={link} items={items} />
      )}
      <p className="embed-link">
        <a href={link} target="_blank" rel="noopener noreferrer">
          {m.embed.openFull}
        </a>
      </p>
      <EventDetail />
    </main>
  );
}

import { useMemo } from 'react';
import type { EventAsOf } from '../../derive/event-status';
import { useAsOf, useDataset, useNames, useViewFilters } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { issueColorVar } from '../common/labels';
import { creditLine } from '../common/card-text';
import { openEvent } from '../common/event-link';
import { chosenLanes, LaneView } from '../lanes';
import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { exports as enExports } from '../../i18n/en/exports';

/**
 * The embed at a width that holds lanes: the same lane view as the page, with everything
 * the timeline needs to travel on its own: title, filters in words, legend, credit and
 * source line, data date and permalink.
 */
export function TimelineCard({
  title,
  subtitle,
  permalink,
  items,
}: {
  title: string;
  subtitle: string;
  permalink: string;
  items: EventAsOf[];
}) {
  const dataset = useDataset();
  const names = useNames();
  const asOf = useAsOf();
  const selected = useTracker((s) => s.eventId);
  const issueFilter = useViewFilters().issues;
  const { lang } = useLang();
  const m = useMessages('exports', enExports);
  const core = useMessages('core', enCore);
  const lanes = useMemo(
    () =>
      chosenLanes(items, dataset.issues, issueFilter, 'filtered').map((issue) => ({
        issue,
        name: names.issues.get(issue) ?? issue,
        colorIndex: names.issueIndex.get(issue) ?? 0,
      })),
    [items, dataset, issueFilter, names],
  );
  const anyLater = items.some((i) => i.status === null);
  return (
    <div className="timeline-card" lang={lang} data-testid="timeline-card">
      <header>
        <h1 className="card-title">{title}</h1>
        <p className="card-subtitle">{subtitle}</p>
      </header>
      <ul className="legend" aria-label={m.card.legend}>
        {lanes.map((l) => (
          <li key={l.issue} style={{ ['--chip-color' as string]: issueColorVar(l.colorIndex) }}>
            <span className="chip-swatch" aria-hidden="true" /> {l.name}
          </li>
        ))}
        <li className="legend-planned">
          <span className="legend-mark planned" aria-hidden="true" /> {m.card.planned}
        </li>
        {anyLater && (
          <li>
            <span className="legend-mark later" aria-hidden="true" />{' '}
            {m.card.later(core.format.shortDate(asOf))}
          </li>
        )}
        <li>
          <span className="legend-mark grouped" aria-hidden="true">
            3
          </span>{' '}
          {m.card.grouped}
        </li>
      </ul>
      <LaneView
        items={items}
        lanes={lanes}
        asOf={asOf}
        selected={selected}
        meta={dataset.meta}
        onOpenEvent={openEvent}
        keyboardHints={false}
      />
      <footer className="card-footer">
        <p className="card-credit">{creditLine(dataset, { exports: m, core })}</p>
        <p className="card-sources">{m.card.sourcesNote}</p>
        <p className="card-permalink">{permalink}</p>
      </footer>
    </div>
  );
}

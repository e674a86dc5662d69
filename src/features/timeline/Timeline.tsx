import { Suspense } from 'react';
import { useTracker } from '../../store/tracker-store';
import { useVisibleEvents } from '../../store/hooks';
import { WhenVisible } from '../common/WhenVisible';
import { KeptMarkup } from '../common/KeptMarkup';
import { NARROW_SCREEN, useMediaQuery } from '../common/use-media-query';
import { lazyOwn, lazyPart } from '../common/lazy-part';
import { timeline as enTimeline } from '../../i18n/en/timeline';
import { useMessages } from '../../i18n/context';

const ActivityChart = lazyOwn(() => import('./ActivityChart').then((m) => m.default));
// The list: prerendered (phones show it), hydrated from its own chunk, which the entry
// requests with the data (boot.tsx); in the wide lanes layout it is then dropped.
const ListSlot = lazyPart(() => import('./ListSlot').then((m) => m.ListSlot));
/** Loads the list's chunk ahead (the entry does, with the data). */
export const preloadList = ListSlot.preload;
// The lanes likewise: prerendered, hydrated from their own chunk (label layout and all),
// requested with the data, so the first paint's script does not carry them.
const PageLanes = lazyPart(() => import('./PageLanes').then((m) => m.PageLanes));
/**
 * Loads the lanes' chunk ahead (the entry does, with the data), unless the screen is narrow:
 * there the stylesheet hides the lanes and Timeline keeps their prerendered markup.
 */
export const preloadLanes = () =>
  window.matchMedia?.(NARROW_SCREEN).matches ? Promise.resolve() : PageLanes.preload();
// the export tools are not needed to read the page: they load right after it is interactive
// (and when their chunk fails, only they say so: the timeline stays)
const ExportBar = lazyOwn(() => import('../export/ExportBar').then((m) => m.ExportBar));

/** The main view: lanes by issue (or a list), the activity chart, and the export tools. */
export function Timeline() {
  const messages = useMessages('timeline', enTimeline);
  const t = messages.view;
  // the stylesheet hides the lanes below 700 px: there their prerendered markup is kept as it
  // is, and the lanes are neither laid out nor hydrated (a task of some 60 ms on a phone)
  const narrow = useMediaQuery(NARROW_SCREEN, { fromFirstRender: true });
  const view = useTracker((s) => s.view);
  const setView = useTracker((s) => s.setView);
  const items = useVisibleEvents();
  return (
    <section className="timeline" aria-labelledby="timeline-heading" data-view={view}>
      <div className="section-head">
        <h2 id="timeline-heading">{t.heading}</h2>
        <div className="view-switch" role="group" aria-label={t.layout}>
          <button
            type="button"
            className="button"
            aria-pressed={view === 'lanes'}
            onClick={() => setView('lanes')}
          >
            {t.lanes}
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={view === 'list'}
            onClick={() => setView('list')}
          >
            {t.list}
          </button>
        </div>
      </div>
      {view === 'lanes' && (
        <Suspense fallback={null}>
          {narrow ? (
            <KeptMarkup className="lanes" role="group" aria-label={messages.lanes.group} />
          ) : (
            <PageLanes items={items} />
          )}
        </Suspense>
      )}
      <Suspense fallback={null}>
        <ListSlot items={items} />
      </Suspense>
      <WhenVisible
        minHeight={290}
        placeholder={<p className="chart-placeholder">{t.loadingChart}</p>}
      >
        <Suspense fallback={<p className="chart-placeholder">{t.loadingChart}</p>}>
          <ActivityChart />
        </Suspense>
      </WhenVisible>
      <WhenVisible
        eager
        minHeight={150}
        placeholder={<p className="chart-placeholder">{t.loadingExports}</p>}
      >
        <Suspense fallback={<p className="chart-placeholder">{t.loadingExports}</p>}>
          <ExportBar />
        </Suspense>
      </WhenVisible>
    </section>
  );
}

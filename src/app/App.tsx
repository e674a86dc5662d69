import { Notices } from '../features/header';
import { preloadLanes, preloadList, Timeline } from '../features/timeline';
import { lazy, Suspense, useEffect } from 'react';
import { useTracker } from '../store/tracker-store';
import { DataContext, type DataState } from '../store/dataset-context';
import { ErrorBoundary } from './ErrorBoundary';
import { lazyPart } from '../features/common/lazy-part';
import { englishState, LangContext, useMessages, type LangState } from '../i18n/context';
import { core as enCore } from '../i18n/en/core';

// Off the first paint: the detail opens on demand, the embed is a different entry altogether.
const EventDetail = lazy(() =>
  import('../features/detail/EventDetail').then((m) => ({ default: m.EventDetail })),
);
// The panels below the timeline hydrate when their code arrives, just after first paint:
// until then the prerendered markup stands (React keeps a dehydrated boundary as it is).
const IssueTracker = lazyPart(() =>
  import('../features/issues/IssueTracker').then((m) => m.IssueTracker),
);
const SummitChecklist = lazyPart(() =>
  import('../features/checklist/SummitChecklist').then((m) => m.SummitChecklist),
);
const Barometer = lazyPart(() =>
  import('../features/barometer/Barometer').then((m) => m.Barometer),
);
// only a dataset that fails to load needs it
const ProblemPanel = lazy(() =>
  import('./ProblemPanel').then((m) => ({ default: m.ProblemPanel })),
);
// The header (title, language and theme switchers) hydrates from its own chunk: its links
// already work as plain links in the prerendered page.
const Header = lazyPart(() => import('../features/header/Header').then((m) => m.Header));
// So does the time cursor: its prerendered controls stand until then.
const TimeCursor = lazyPart(() =>
  import('../features/cursor/TimeCursor').then((m) => m.TimeCursor),
);
// The filters hydrate from their own chunk too (clicks made before are replayed by React).
const FiltersColumn = lazyPart(() =>
  import('../features/filters/FiltersColumn').then((m) => m.default),
);
// The print list is prerendered and hydrates when its code arrives (it only acts on printing).
const PrintList = lazyPart(() => import('../features/export/PrintList').then((m) => m.PrintList));
// Below the barometer and entirely after first paint (the prerendered page has its heading).
const IndicatorsSection = lazyPart(() =>
  import('../features/indicators/IndicatorsSection').then((m) => m.default),
);
// The story and the comparison load only when a link or a control asks for them.
const StoryPanel = lazy(() => import('../features/story/StoryPanel'));
const StoryEmbed = lazy(() => import('../features/story/StoryEmbed'));
const ComparePanel = lazy(() => import('../features/compare/ComparePanel'));
// Their two entry buttons beside the cursor hydrate from small chunks of their own.
const StoryStart = lazyPart(() => import('../features/story/StoryStart').then((m) => m.default));
const CompareControl = lazyPart(() =>
  import('../features/compare/CompareControl').then((m) => m.default),
);
// The lines the page opens with: prerendered, hydrated from their own chunk.
const WhereThingsStand = lazyPart(() =>
  import('../features/summary/WhereThingsStand').then((m) => m.WhereThingsStand),
);
const SectionBar = lazyPart(() =>
  import('../features/summary/SectionBar').then((m) => m.SectionBar),
);
const EmbedView = lazy(() =>
  import('../features/embed/EmbedView').then((m) => ({ default: m.EmbedView })),
);

/** The parts above the fold that hydrate from chunks of their own: the entry requests them early. */
export function preloadShellParts(): Promise<unknown> {
  return Promise.all([
    Header.preload(),
    WhereThingsStand.preload(),
    SectionBar.preload(),
    TimeCursor.preload(),
    FiltersColumn.preload(),
    preloadList(),
    preloadLanes(),
  ]);
}

/**
 * Every part of the page that the prerendered page shows. A prerendered page drawn anew for
 * another view (a shared link's filters, cursor or layout) waits for them, so that its first
 * drawing has each in place instead of a placeholder: the panels said "Loading…", the story
 * and compare buttons were gone, and the page moved as they arrived. A part that fails to
 * load is left to say so itself (lazyPart), rather than stop the drawing.
 */
export function preloadPageParts(): Promise<unknown> {
  return Promise.all(
    [
      preloadShellParts(),
      StoryStart.preload(),
      CompareControl.preload(),
      IssueTracker.preload(),
      SummitChecklist.preload(),
      Barometer.preload(),
      IndicatorsSection.preload(),
      PrintList.preload(),
    ].map((loading) => loading.catch(() => undefined)),
  );
}

export function App({
  data,
  embed = false,
  lang = englishState,
  onUseBundled,
}: {
  data: DataState;
  embed?: boolean;
  /** the page's language and its catalogue (English when absent) */
  lang?: LangState;
  onUseBundled: () => void;
}) {
  return (
    <LangContext.Provider value={lang}>
      <DataContext.Provider value={data}>
        <Page data={data} embed={embed} onUseBundled={onUseBundled} />
      </DataContext.Provider>
    </LangContext.Provider>
  );
}

function Page({
  data,
  embed,
  onUseBundled,
}: {
  data: DataState;
  embed: boolean;
  onUseBundled: () => void;
}) {
  const selected = useTracker((s) => s.eventId !== null);
  const reading = useTracker((s) => s.story !== null);
  const comparing = useTracker((s) => s.compare !== null);
  const m = useMessages('core', enCore);
  const r = m.regions;
  if (data.phase === 'loading') {
    return (
      <main className="loading" aria-busy="true">
        <p>{m.page.loadingDataset}</p>
      </main>
    );
  }
  if (data.phase === 'failed') {
    return (
      <main className="page">
        <h1 className="failed-title">{m.page.siteName}</h1>
        <Suspense fallback={<p className="loading">{m.page.listingProblems}</p>}>
          <ProblemPanel
            title={data.title}
            problems={data.problems}
            summary={data.summary}
            onUseBundled={onUseBundled}
          />
        </Suspense>
      </main>
    );
  }
  if (embed) {
    return (
      <ErrorBoundary name={r.embed}>
        <ReadyMark part="embed" />
        <Suspense fallback={<p className="loading">{m.page.loadingTimeline}</p>}>
          {reading ? <StoryEmbed /> : <EmbedView />}
        </Suspense>
      </ErrorBoundary>
    );
  }
  return (
    <>
      <a className="skip-link" href="#timeline-heading">
        {m.page.skipToTimeline}
      </a>
      <ErrorBoundary name={r.header}>
        <Suspense fallback={null}>
          <Header />
          <ReadyMark part="header" />
        </Suspense>
      </ErrorBoundary>
      <Notices />
      <main className="page">
        {/* phones: links to the page's parts, kept at the top (hidden on wide screens) */}
        <Suspense fallback={null}>
          <SectionBar />
        </Suspense>
        <ErrorBoundary name={r.summary}>
          <Suspense fallback={null}>
            <WhereThingsStand />
          </Suspense>
        </ErrorBoundary>
        <ErrorBoundary name={r.cursor}>
          <Suspense fallback={null}>
            <TimeCursor />
            <ReadyMark part="cursor" />
          </Suspense>
        </ErrorBoundary>
        <div className="guide-controls" id="guide">
          <Suspense fallback={null}>
            <StoryStart />
            <CompareControl />
          </Suspense>
        </div>
        {reading && (
          <ErrorBoundary name={r.story}>
            <Suspense fallback={<p className="loading">{m.page.loadingStory}</p>}>
              <StoryPanel />
            </Suspense>
          </ErrorBoundary>
        )}
        {comparing && (
          <ErrorBoundary name={r.compare}>
            <Suspense fallback={<p className="loading">{m.page.loadingComparison}</p>}>
              <ComparePanel />
            </Suspense>
          </ErrorBoundary>
        )}
        <div className="layout">
          <ErrorBoundary name={r.filters}>
            <Suspense fallback={null}>
              <FiltersColumn />
              <ReadyMark part="filters" />
            </Suspense>
          </ErrorBoundary>
          <div className="timeline-column">
            <ErrorBoundary name={r.timeline}>
              <Timeline />
            </ErrorBoundary>
            {selected && (
              <ErrorBoundary name={r.detail}>
                <Suspense fallback={<p className="loading">{m.page.openingEvent}</p>}>
                  <EventDetail />
                </Suspense>
              </ErrorBoundary>
            )}
          </div>
        </div>
        <Suspense fallback={<p className="loading">{m.page.loadingIssueTracker}</p>}>
          <div className="panels">
            <ErrorBoundary name={r.issues}>
              <IssueTracker />
            </ErrorBoundary>
            <ErrorBoundary name={r.checklist}>
              <SummitChecklist />
            </ErrorBoundary>
          </div>
          <ErrorBoundary name={r.barometer}>
            <Barometer />
          </ErrorBoundary>
          {/* set once the panels have hydrated too, so that nothing acts on static markup */}
          <ReadyMark part="panels" />
        </Suspense>
        <ErrorBoundary name={r.indicators}>
          <Suspense fallback={null}>
            <IndicatorsSection />
          </Suspense>
        </ErrorBoundary>
        <Suspense fallback={null}>
          <PrintList />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>
          {m.page.footerLead} <a href="data/dataset.json">dataset.json</a> (
          <a href="data/dataset.schema.json">{m.page.jsonSchema}</a>).
        </p>
      </footer>
    </>
  );
}

type ReadyPart = 'header' | 'cursor' | 'filters' | 'panels' | 'embed';
const mounted = new Set<ReadyPart>();

/**
 * Marks <html data-ready> once the app has taken over the prerendered page (after hydration
 * or the first client render), for scripts and tests that must not act on static HTML.
 */
function ReadyMark({ part }: { part: ReadyPart }) {
  useEffect(() => {
    mounted.add(part);
    const needed: ReadyPart[] = mounted.has('embed') ? ['embed'] : ['header', 'filters', 'panels'];
    if (needed.every((p) => mounted.has(p))) document.documentElement.dataset.ready = 'true';
  }, [part]);
  return null;
}

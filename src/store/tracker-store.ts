import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import type { FutureMode } from '../derive/event-status';
import { emptyFilters, type Filters } from '../derive/filter';
import {
  defaultViewState,
  type DateRange,
  type QueryWarning,
  type TimelineView,
  type ViewState,
} from '../derive/url-state';
import { isLang, type Lang } from '../i18n/lang';

export type Theme = 'system' | 'light' | 'dark';

/**
 * Something to tell the reader once: a part of the link that was ignored, or a sentence;
 * `more` counts those past MAX_NOTICES, which are not listed.
 */
export type Notice =
  QueryWarning | { kind: 'text'; text: string } | { kind: 'more'; count: number };

/** Notices listed at most; the rest are counted in one `more` notice. */
export const MAX_NOTICES = 8;

/** The notices with `added` after them, at most MAX_NOTICES listed (and one `more` counting the rest). */
export function withNotices(notices: readonly Notice[], added: readonly Notice[]): Notice[] {
  const listed = notices.filter((n) => n.kind !== 'more');
  let more = notices.reduce((sum, n) => sum + (n.kind === 'more' ? n.count : 0), 0);
  for (const notice of added) {
    if (notice.kind === 'more') more += notice.count;
    else if (listed.length < MAX_NOTICES) listed.push(notice);
    else more += 1;
  }
  return more ? [...listed, { kind: 'more', count: more }] : listed;
}
const themes: readonly Theme[] = ['system', 'light', 'dark'];

export interface TrackerState extends ViewState {
  theme: Theme;
  /**
   * The language the reader chose with the switcher, remembered (null: never chose, so the
   * browser's language decides). The language shown comes from the page; see i18n/lang.ts.
   */
  preferredLang: Lang | null;
  /** problems with the URL or stored preferences, shown once to the user */
  notices: Notice[];
}

export interface TrackerActions {
  toggleIssue: (id: string) => void;
  showOnlyIssue: (id: string) => void;
  setActors: (ids: string[]) => void;
  setKinds: (kinds: string[]) => void;
  setDateRange: (from: string | null, to: string | null) => void;
  setQuery: (query: string) => void;
  resetFilters: () => void;
  setAsOf: (date: string | null) => void;
  selectEvent: (id: string | null) => void;
  setView: (view: TimelineView) => void;
  setListOrder: (order: TrackerState['listOrder']) => void;
  setFuture: (mode: FutureMode) => void;
  setTheme: (theme: Theme) => void;
  setPreferredLang: (lang: Lang) => void;
  applyViewState: (state: ViewState) => void;
  /** two dates to compare, or null to stop comparing */
  setCompare: (range: DateRange | null) => void;
  addNotices: (notices: Notice[]) => void;
  dismissNotices: () => void;
}

export type TrackerStore = TrackerState & TrackerActions;

const initialState: TrackerState = {
  ...defaultViewState,
  theme: 'system',
  preferredLang: null,
  notices: [],
};

/** localStorage that never throws: unavailable or corrupt storage reads as empty. */
const safeStorage: StateStorage = {
  getItem: (name) => {
    try {
      return globalThis.localStorage?.getItem(name) ?? null;
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      globalThis.localStorage?.setItem(name, value);
    } catch {
      /* storage full or blocked: the preference just does not persist */
    }
  },
  removeItem: (name) => {
    try {
      globalThis.localStorage?.removeItem(name);
    } catch {
      /* ignore */
    }
  },
};

export const PREFERENCES_KEY = 'jk-tracker:preferences';

const setFilters = (s: TrackerState, patch: Partial<Filters>) => ({
  filters: { ...s.filters, ...patch },
});

export const useTracker = create<TrackerStore>()(
  persist(
    (set) => ({
      ...initialState,
      toggleIssue: (id) =>
        set((s) =>
          setFilters(s, {
            issues: s.filters.issues.includes(id)
              ? s.filters.issues.filter((x) => x !== id)
              : [...s.filters.issues, id],
          }),
        ),
      showOnlyIssue: (id) => set((s) => setFilters(s, { issues: [id] })),
      setActors: (actors) => set((s) => setFilters(s, { actors })),
      setKinds: (kinds) => set((s) => setFilters(s, { kinds })),
      setDateRange: (from, to) => set((s) => setFilters(s, { from, to })),
      setQuery: (query) => set((s) => setFilters(s, { query })),
      resetFilters: () => set({ filters: emptyFilters }),
      setAsOf: (asOf) => set({ asOf }),
      selectEvent: (eventId) => set({ eventId }),
      setView: (view) => set({ view }),
      setListOrder: (listOrder) => set({ listOrder }),
      setFuture: (future) => set({ future }),
      setTheme: (theme) => set({ theme }),
      setPreferredLang: (preferredLang) => set({ preferredLang }),
      applyViewState: (state) => set({ ...state }),
      setCompare: (compare) => set({ compare }),
      addNotices: (notices) => set((s) => ({ notices: withNotices(s.notices, notices) })),
      dismissNotices: () => set({ notices: [] }),
    }),
    {
      name: PREFERENCES_KEY,
      version: 1,
      // Read from storage when the store is created. Hydration still matches the prerendered
      // page: during hydration zustand renders from getInitialState(), the defaults.
      storage: createJSONStorage(() => safeStorage),
      // stored as { theme, lang }: index.html's first script reads both before the page paints
      partialize: (s) => ({ theme: s.theme, lang: s.preferredLang }),
      // anything stored that is not a known preference falls back to the default
      migrate: (persisted) => ({ theme: readTheme(persisted), lang: readLang(persisted) }),
      merge: (persisted, current) => ({
        ...current,
        theme: readTheme(persisted),
        preferredLang: readLang(persisted),
      }),
    },
  ),
);

function readTheme(persisted: unknown): Theme {
  const theme = (persisted as { theme?: unknown } | null)?.theme;
  return themes.includes(theme as Theme) ? (theme as Theme) : 'system';
}

function readLang(persisted: unknown): Lang | null {
  const lang = (persisted as { lang?: unknown } | null)?.lang;
  return isLang(lang) ? lang : null;
}

/** The view-state part of the store, for URL sync and links. */
export function viewStateOf(s: TrackerState): ViewState {
  return {
    filters: s.filters,
    asOf: s.asOf,
    eventId: s.eventId,
    view: s.view,
    listOrder: s.listOrder,
    future: s.future,
    story: s.story,
    compare: s.compare,
  };
}

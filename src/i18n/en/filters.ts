/** English messages of the filters namespace (the reference; ja/filters.ts and ko/filters.ts mirror it): the time cursor and the filters, which hydrate from their own chunks. */

export const filters = {
  cursor: {
    heading: 'Time cursor',
    asOf: 'As of',
    slider: 'As of (slider)',
    previous: 'Previous event',
    next: 'Next event',
    latest: 'Latest',
    laterEvents: 'Later events',
    dim: 'Show dimmed',
    hide: 'Hide',
  },
  filters: {
    heading: 'Filters',
    search: 'Search events',
    searchPlaceholder: 'Title, summary or actor, e.g. Takizaki',
    issues: 'Issues',
    issue: (name: string, n: number) => `${name} (${n})`,
    actors: 'Actors',
    kinds: 'Kinds',
    chosen: (n: number) => ` (${n} chosen)`,
    dates: 'Dates',
    from: 'From',
    to: 'To',
    reset: 'Reset filters',
    /** the result count: '12 of 206 events' */
    count: (matching: number, total: number) => `${matching} of ${total} events`,
    /** after the count: how many events come after the cursor date, and what is done with them */
    later: (n: number, date: string, hidden: boolean) =>
      ` · ${n} after ${date} ${hidden ? 'hidden' : 'dimmed'}`,
    /** after the count while a search waits for the other languages' texts of the events */
    searchLoading: ' · loading the Japanese and Korean texts to search them too…',
    /** the phone's folded filters button, with how many filters are set */
    sheet: (n: number) => (n > 0 ? `Filters (${n})` : 'Filters'),
    done: 'Done',
  },
};

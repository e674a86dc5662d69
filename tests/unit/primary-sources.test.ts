/**
 * Issue #12: at least half of the events dated 2018-01-01 or later must lead with a primary
 * source (a government, ministry, court or international body's own document), i.e. their
 * first source has kind "primary". Fails as soon as the share drops below half.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

interface Source {
  kind: string;
}
interface Event {
  id: string;
  date: string;
  sources: Source[];
}

const FROM = '2018-01-01';

/** Events dated FROM or later, and those among them whose first source is primary. */
function primaryFirst(events: Event[]): { total: number; primary: number } {
  const recent = events.filter((e) => e.date >= FROM);
  return {
    total: recent.length,
    primary: recent.filter((e) => e.sources[0]?.kind === 'primary').length,
  };
}

const at = (date: string, ...kinds: string[]): Event => ({
  id: date,
  date,
  sources: kinds.map((kind) => ({ kind })),
});

describe('primaryFirst', () => {
  it('counts only events dated 2018-01-01 or later, and only their first source', () => {
    expect(
      primaryFirst([
        at('2017-12-31', 'primary'),
        at('2018-01-01', 'primary', 'press'),
        at('2019-05-01', 'press', 'primary'),
        at('2020-05-01', 'reference'),
      ]),
    ).toEqual({ total: 3, primary: 1 });
  });
});

describe('the bundled dataset (issue #12)', () => {
  const { events } = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as {
    events: Event[];
  };

  it('has a primary first source for at least half of the events dated 2018 or later', () => {
    const { total, primary } = primaryFirst(events);
    expect(total).toBeGreaterThan(0);
    expect(
      primary * 2 >= total,
      `${primary} of ${total} events dated ${FROM} or later lead with a primary source; at least ${Math.ceil(total / 2)} must`,
    ).toBe(true);
  });
});

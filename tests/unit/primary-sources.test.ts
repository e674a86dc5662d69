/**
 * The strict primary rule (issue #23): a source counts as primary only if it is on an
 * official host and dated within 7 days of its event. The README states how many events
 * since 2018 lead with such a source; the statement must be what the data gives, so the
 * test fails as soon as the share falls below it (or the sentence goes stale).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  isOfficialHost,
  primaryShare,
  strictPrimaryFailure,
  strictPrimaryProblems,
} from '../../src/model/primary-rule';
import type { Dataset } from '../../src/model/schema';

type Event = Dataset['events'][number];
type Kind = 'primary' | 'press' | 'reference';

const FROM = '2018-01-01';

const source = (url: string, published: string, kind: Kind = 'primary') => ({
  publisher: 'p',
  title: 't',
  url,
  published,
  kind,
});

const event = (date: string, ...sources: ReturnType<typeof source>[]) =>
  ({ date, sources }) as Pick<Event, 'date' | 'sources' | 'positions'>;

const MOFA = 'https://www.mofa.go.jp/press/release/page.html';

describe('isOfficialHost', () => {
  it.each([
    ['https://www.mofa.go.jp/a.html', true],
    ['https://japan.kantei.go.jp/a.html', true],
    ['https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=1', true],
    ['https://www.korea.kr/briefing/pressReleaseView.do?newsId=1', true],
    ['https://www.iaea.org/newscenter/a', true],
    ['https://worldjpn.net/documents/texts/PI/20200828.O1E.html', false],
    ['https://www.japantimes.co.jp/news/a', false],
    // a look-alike host is not a subdomain of an official one
    ['https://fakego.jp/a', false],
    ['https://mofa.go.jp.example.com/a', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isOfficialHost(url)).toBe(expected);
  });
});

describe('strictPrimaryFailure', () => {
  it.each([
    ['same day', MOFA, '2019-07-01', null],
    ['7 days later', MOFA, '2019-07-08', null],
    ['7 days earlier (a notice of a measure taking effect)', MOFA, '2019-06-24', null],
    ['8 days later', MOFA, '2019-07-09', 'is dated 2019-07-09, 8 days after the event (at most 7)'],
    [
      'months later',
      MOFA,
      '2019-11-08',
      'is dated 2019-11-08, 130 days after the event (at most 7)',
    ],
    [
      'a copy on a database',
      'https://worldjpn.net/x.html',
      '2019-07-01',
      'is not on an official host',
    ],
  ])('%s', (_, url, published, expected) => {
    expect(strictPrimaryFailure({ url, published }, '2019-07-01')).toBe(expected);
  });
});

describe('primaryShare', () => {
  it('counts events from the given day whose first source is a primary that meets the rule', () => {
    const share = primaryShare(
      [
        event('2017-12-31', source(MOFA, '2017-12-31')),
        event(
          '2018-01-01',
          source(MOFA, '2018-01-01'),
          source('https://a.com', '2018-01-01', 'press'),
        ),
        event(
          '2019-05-01',
          source('https://a.com', '2019-05-01', 'press'),
          source(MOFA, '2019-05-01'),
        ),
        event('2020-05-01', source(MOFA, '2020-09-01')),
        event('2020-06-01', source(MOFA, '2020-06-01', 'reference')),
        event('2020-07-01', source('https://worldjpn.net/x', '2020-07-01')),
      ],
      FROM,
    );
    expect(share).toEqual({ total: 5, primary: 1 });
  });
});

describe('strictPrimaryProblems', () => {
  it('accepts a rule-abiding primary, press and reference sources', () => {
    expect(
      strictPrimaryProblems([
        event(
          '2019-07-01',
          source(MOFA, '2019-07-02'),
          source('https://a.com', '2019-07-01', 'press'),
          source('https://worldjpn.net/x', '2019-07-01', 'reference'),
        ),
      ]),
    ).toEqual([]);
  });

  it('names a late primary, a copy marked primary and a reference source leading a press one', () => {
    const problems = strictPrimaryProblems([
      event('2019-07-01', source(MOFA, '2019-09-03')),
      event(
        '2019-07-04',
        source('https://worldjpn.net/x', '2019-07-04', 'reference'),
        source('https://a.com', '2019-07-04', 'press'),
      ),
      event('2020-01-01', source('https://worldjpn.net/x', '2020-01-01')),
    ]);
    expect(problems.map((p) => p.path)).toEqual([
      'events[0].sources[0]',
      'events[1].sources[0]',
      'events[2].sources[0]',
    ]);
    expect(problems[0]?.message).toMatch(/64 days after the event/);
    expect(problems[1]?.message).toMatch(/reference source leads/);
    expect(problems[2]?.message).toMatch(/not on an official host/);
  });

  it("checks the sources of an event's positions too", () => {
    const withPosition = {
      ...event('2021-01-08', source(MOFA, '2021-01-08')),
      positions: {
        japan: { statement: 's', source: source('https://worldjpn.net/x', '2021-01-08') },
      },
    };
    expect(strictPrimaryProblems([withPosition]).map((p) => p.path)).toEqual([
      'events[0].positions.japan.source',
    ]);
  });
});

describe('the bundled dataset', () => {
  const { events } = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as {
    events: Event[];
  };
  const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');

  it('marks a source primary only when it meets the strict rule', () => {
    expect(strictPrimaryProblems(events)).toEqual([]);
  });

  it('leads with a primary source for as many events since 2018 as the README says', () => {
    const { total, primary } = primaryShare(events, FROM);
    const sentence = `${primary} of the ${total} events since 2018 (${Math.round((100 * primary) / total)} %) lead with a primary source`;
    const stated =
      / (\d+) of the (\d+) events since 2018 \((\d+) %\) lead with a primary source/.exec(readme);
    expect(stated, `README.md should say "${sentence}"`).not.toBeNull();
    const [, statedPrimary, statedTotal] = stated!.map(Number);
    expect(
      primary / total,
      `${primary} of ${total} lead with a primary source, fewer than the README's ${statedPrimary} of ${statedTotal}`,
    ).toBeGreaterThanOrEqual(statedPrimary! / statedTotal!);
    expect(stated![0].trim(), 'the README sentence is out of date').toBe(sentence);
  });
});

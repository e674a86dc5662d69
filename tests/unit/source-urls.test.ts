import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/schema';
import {
  ampWarnings,
  isAmpUrl,
  trackingParameters,
  trackingProblems,
} from '../../src/model/source-urls';
import { validateDataset } from '../../src/model/validate';
import { makeDataset, makeSource } from '../fixtures/make';

describe('trackingParameters', () => {
  it.each<[string, string[]]>([
    ['https://www.mofa.go.jp/press/release/press4e_002439.html', []],
    ['https://www.japantimes.co.jp/?post_type=news&p=1552064', []],
    ['https://en.yna.co.kr/view/AEN20220519008400325?section=national', []],
    [
      'https://www.japantimes.co.jp/?post_type=news&p=1552064&utm_source=feedburner&utm_medium=feed',
      ['utm_source', 'utm_medium'],
    ],
    ['https://example.com/a?UTM_Campaign=x', ['UTM_Campaign']],
    ['https://example.com/a?utm_content=x&id=3', ['utm_content']],
    [
      'https://koreajoongangdaily.joins.com/2021/x.html?utm_source=hs_email&_hsenc=p2A&_hsmi=9',
      ['utm_source', '_hsenc', '_hsmi'],
    ],
    ['https://example.com/a?fbclid=IwAR0', ['fbclid']],
    ['https://example.com/a?gclid=Cj0', ['gclid']],
    ['https://example.com/a?mc_cid=1&mc_eid=2', ['mc_cid', 'mc_eid']],
    ['https://www.lemonde.fr/a.html#xtor=RSS-3208', ['xtor']],
    ['https://example.com/a#utm_source=x', ['utm_source']],
    ['https://example.com/a#section-2', []],
    ['not a url', []],
  ])('%s → %j', (url, expected) => {
    expect(trackingParameters(url)).toEqual(expected);
  });
});

describe('isAmpUrl', () => {
  it.each<[string, boolean]>([
    ['https://m.koreaherald.com/amp/view.php?ud=20190802000547', true],
    ['https://amp.cbc.ca/lite/story/1.3923849', true],
    ['https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a', true],
    ['https://example.com/news/story.amp.html', true],
    ['https://example.com/news/story?amp=1', true],
    ['https://example.com/news/story?outputType=amp', true],
    ['https://m.koreaherald.com/view.php?ud=20190802000547', false],
    ['https://www.cbc.ca/lite/story/1.3923849', false],
    ['https://example.com/news/amplifier-story', false],
    ['https://amp.dev/about', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isAmpUrl(url)).toBe(expected);
  });
});

describe('source links in a dataset', () => {
  function withUrls(event: string, issue: string, condition: string): Dataset {
    const d = structuredClone(makeDataset());
    d.events[1]!.sources.push(makeSource({ url: event }));
    d.issues[0]!.positions = {
      japan: { statement: 'Tokyo says so.', source: makeSource({ url: issue }) },
    };
    d.summits[0]!.conditions[0]!.sources = [makeSource({ url: condition })];
    return d;
  }

  it('rejects tracking parameters in event, position and condition sources, at their paths', () => {
    const d = withUrls(
      'https://example.com/a?utm_source=rss',
      'https://example.com/b?fbclid=1',
      'https://example.com/c?gclid=2&mc_eid=3',
    );
    expect(trackingProblems(d).map((p) => p.path)).toEqual([
      'issues[0].positions.japan.source.url',
      'summits[0].conditions[0].sources[0].url',
      'events[1].sources[1].url',
    ]);
    const result = validateDataset(d);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toContain(
      "tracking parameters gclid, mc_eid in the source URL: cite the page's own address",
    );
  });

  it('reports AMP copies as warnings, without failing validation', () => {
    const d = withUrls(
      'https://example.com/amp/a',
      'https://example.com/b',
      'https://amp.example.com/c',
    );
    expect(ampWarnings(d).map((w) => w.path)).toEqual([
      'summits[0].conditions[0].sources[0].url',
      'events[1].sources[1].url',
    ]);
    expect(validateDataset(d).ok).toBe(true);
  });

  it('finds nothing in the fixture', () => {
    expect(trackingProblems(makeDataset())).toEqual([]);
    expect(ampWarnings(makeDataset())).toEqual([]);
  });
});

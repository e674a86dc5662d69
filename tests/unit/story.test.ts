import { describe, expect, it } from 'vitest';
import bundled from '../../data/dataset.json';
import storyJson from '../../data/story.json';
import ja from '../../data/translations/ja.json';
import {
  chapterAt,
  chapterMarks,
  chapterText,
  chapterView,
  showsChapter,
  stepChapter,
} from '../../src/derive/story';
import { defaultViewState } from '../../src/derive/url-state';
import type { Dataset } from '../../src/model/schema';
import { Story, type Chapter } from '../../src/model/story-schema';
import { Translation } from '../../src/model/translations';
import { makeDataset, makeEvent } from '../fixtures/make';

const chapter = (overrides: Partial<Chapter> = {}): Chapter => ({
  id: 'curbs',
  title: 'The curbs',
  date: '2019-07-04',
  span: { from: '2019-06-01', to: '2019-07-31' },
  issues: ['export-controls'],
  highlight: ['controls'],
  sentences: [
    { text: 'Japan tightened controls.', events: ['controls'] },
    { text: 'They took effect.', events: ['controls'] },
  ],
  ...overrides,
});
const story: Story = { chapters: [chapter(), chapter({ id: 'two', date: '2020-01-01' })] };

describe('chapterAt', () => {
  it.each<[number, string]>([
    [1, 'chapter'],
    [2, 'chapter'],
    [3, 'missing'],
    [0, 'missing'],
  ])('chapter %i is %s', (n, kind) => {
    expect(chapterAt(story, n).kind).toBe(kind);
    expect(chapterAt(story, n).count).toBe(2);
  });
});

describe('stepChapter', () => {
  it.each<[number, 1 | -1, number | null]>([
    [1, 1, 2],
    [2, -1, 1],
    [1, -1, null],
    [11, 1, null],
    [10, 1, 11],
  ])('from %i by %i → %s (of 11)', (n, step, expected) => {
    expect(stepChapter(n, 11, step)).toBe(expected);
  });
});

describe('chapterView', () => {
  it('puts the cursor on the chapter’s date and the timeline on its issues and span', () => {
    const current = {
      ...defaultViewState,
      view: 'list' as const,
      eventId: 'x',
      compare: { from: '2019-01-01', to: '2020-01-01' },
      filters: { ...defaultViewState.filters, query: 'seoul', actors: ['jp-government'] },
    };
    const view = chapterView(chapter(), 1, current);
    expect(view).toEqual({
      ...defaultViewState,
      view: 'list',
      asOf: '2019-07-04',
      story: 1,
      filters: {
        ...defaultViewState.filters,
        issues: ['export-controls'],
        from: '2019-06-01',
        to: '2019-07-31',
      },
    });
    expect(showsChapter(view, chapter())).toBe(true);
    expect(showsChapter({ ...view, asOf: '2019-07-05' }, chapter())).toBe(false);
    expect(showsChapter({ ...view, filters: { ...view.filters, issues: [] } }, chapter())).toBe(
      false,
    );
  });
});

describe('chapterText', () => {
  const bundledStory = Story.parse(storyJson);
  const first = bundledStory.chapters[0]!;
  it('gives the translation with the English sentences’ events', () => {
    const text = chapterText(first, Translation.parse(ja));
    expect(text.translated).toBe(true);
    expect(text.title).toBe('1965年の決着');
    expect(text.sentences.map((s) => s.events)).toEqual(first.sentences.map((s) => s.events));
  });
  it('falls back to English when the chapter is not translated', () => {
    expect(chapterText(first, null)).toEqual({
      title: first.title,
      sentences: first.sentences,
      translated: false,
    });
  });
});

describe('chapterMarks', () => {
  const data = makeDataset({
    events: [
      makeEvent({ id: 'before-span', date: '2019-05-31' }),
      makeEvent({ id: 'controls', date: '2019-07-01' }),
      makeEvent({ id: 'on-the-day', date: '2019-07-04' }),
      // in the span but after the chapter's date: a chapter never shows what came later
      makeEvent({ id: 'later', date: '2019-07-20' }),
      makeEvent({ id: 'other-issue', date: '2019-07-02', issues: ['wto'] }),
    ],
  });
  it('draws its issues’ events in its span up to its date, highlighted ones last', () => {
    const marks = chapterMarks(chapter(), data);
    expect(marks.map((m) => [m.eventId, m.highlighted])).toEqual([
      ['on-the-day', false],
      ['controls', true],
    ]);
    expect(marks.every((m) => m.x >= 0 && m.x <= 1)).toBe(true);
  });
  it('draws nothing after any chapter’s date in the bundled story', () => {
    const dataset = bundled as unknown as Dataset;
    const dates = new Map(dataset.events.map((e) => [e.id, e.date]));
    for (const c of Story.parse(storyJson).chapters)
      for (const m of chapterMarks(c, dataset)) expect(dates.get(m.eventId)! <= c.date).toBe(true);
  });
});

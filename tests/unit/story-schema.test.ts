import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import bundled from '../../data/dataset.json';
import storyJson from '../../data/story.json';
import ja from '../../data/translations/ja.json';
import ko from '../../data/translations/ko.json';
import { storyJsonSchema } from '../../src/model/json-schema';
import type { Dataset } from '../../src/model/schema';
import {
  Story,
  storyProblems,
  storyTranslationProblems,
  validateStory,
  type Chapter,
} from '../../src/model/story-schema';
import { Translation } from '../../src/model/translations';
import { makeDataset, makeEvent } from '../fixtures/make';

const dataset = bundled as unknown as Dataset;
const story = Story.parse(storyJson);

describe('the bundled story', () => {
  it('is valid against the dataset: 8–12 chapters, every linked event dated on or before its chapter', () => {
    const checked = validateStory(storyJson, dataset);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(story.chapters.length).toBeGreaterThanOrEqual(8);
    expect(story.chapters.length).toBeLessThanOrEqual(12);
  });

  it.each([
    ['ja', ja],
    ['ko', ko],
  ])('is translated in full into %s', (_lang, raw) => {
    expect(storyTranslationProblems(story, Translation.parse(raw))).toEqual([]);
  });

  it('publishes its schema as data/story.schema.json', () => {
    const file = resolve(import.meta.dirname, '../../data/story.schema.json');
    expect(
      JSON.parse(readFileSync(file, 'utf8')),
      'data/story.schema.json is stale: run `npm run schema:json`',
    ).toEqual(storyJsonSchema());
  });
});

describe('storyProblems', () => {
  const data = makeDataset({
    events: [
      makeEvent({ id: 'early', date: '2019-07-01' }),
      makeEvent({ id: 'late', date: '2019-08-02' }),
    ],
  });
  const chapter = (overrides: Partial<Chapter> = {}): Chapter => ({
    id: 'one',
    title: 'One',
    date: '2019-07-15',
    span: { from: '2019-06-01', to: '2019-07-31' },
    issues: [],
    highlight: ['early'],
    sentences: [
      { text: 'A.', events: ['early'] },
      { text: 'B.', events: ['early'] },
    ],
    ...overrides,
  });

  it.each<[string, Partial<Chapter>, string]>([
    [
      'a linked event after the chapter',
      {
        sentences: [
          { text: 'A.', events: ['late'] },
          { text: 'B.', events: ['early'] },
        ],
      },
      'comes after the chapter',
    ],
    ['a highlighted event after the chapter', { highlight: ['late'] }, 'comes after the chapter'],
    ['an event the dataset lacks', { highlight: ['nowhere'] }, 'no event "nowhere"'],
    ['an unknown issue', { issues: ['no-issue'] }, 'no issue "no-issue"'],
    ['a reversed span', { span: { from: '2019-08-01', to: '2019-06-01' } }, 'span ends before'],
  ])('reports %s', (_name, overrides, message) => {
    const problems = storyProblems({ chapters: [chapter(overrides)] }, data);
    expect(problems.map((p) => p.message).join('\n')).toContain(message);
  });

  it('accepts an event dated exactly on the chapter’s date', () => {
    expect(storyProblems({ chapters: [chapter({ date: '2019-07-01' })] }, data)).toEqual([]);
  });
});

describe('storyTranslationProblems', () => {
  const t = Translation.parse(ja);
  it('names a missing chapter, a sentence count that differs and a stray chapter', () => {
    const table = { ...t.story! };
    const [first, second] = story.chapters;
    delete table[first!.id];
    table[second!.id] = { title: 'x', sentences: ['only one'] };
    table['no-such-chapter'] = { title: 'x', sentences: ['y'] };
    const messages = storyTranslationProblems(story, { ...t, story: table }).map((p) => p.path);
    expect(messages).toEqual([
      `story.${first!.id}`,
      `story.${second!.id}.sentences`,
      'story.no-such-chapter',
    ]);
  });
});

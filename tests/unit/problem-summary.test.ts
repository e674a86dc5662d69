import { describe, expect, it } from 'vitest';
import {
  createProblemCollector,
  messageTemplate,
  pathPattern,
  summarizeProblems,
} from '../../src/model/problem-summary';

const p = (path: string, message: string) => ({ path, message });

describe('pathPattern', () => {
  it.each([
    ['events[12].date', 'events[*].date'],
    ['events[0].sources[3].url', 'events[*].sources[*].url'],
    ['summits[1].conditions[0].demandedBy[2]', 'summits[*].conditions[*].demandedBy[*]'],
    ['meta.coverage', 'meta.coverage'],
    ['(root)', '(root)'],
    ['(file)', '(file)'],
  ])('%s → %s', (path, pattern) => expect(pathPattern(path)).toBe(pattern));
});

describe('messageTemplate', () => {
  it.each([
    ['not a valid date', 'not a valid date'],
    ['unknown actor “nobody”', 'unknown actor “…”'],
    ['duplicate event id “a-b” (first at index 4)', 'duplicate event id “…” (first at index …)'],
    [
      'label “Talks” is also used by events[7] in the same month',
      'label “…” is also used by events[*] in the same month',
    ],
    ['Too big: expected number to be <=3', 'Too big: expected number to be <=3'],
  ])('%s → %s', (message, template) => expect(messageTemplate(message)).toBe(template));
});

describe('createProblemCollector', () => {
  it('counts problems by path pattern and message, most frequent first, ties in order found', () => {
    const c = createProblemCollector();
    c.add(p('meta.title', 'Too small'));
    for (let i = 0; i < 3; i++) c.add(p(`events[${i}].date`, 'not a valid date'));
    for (let i = 0; i < 3; i++) c.add(p(`events[${i}].title`, 'required'));
    expect(c.result().summary).toEqual({
      total: 7,
      ungrouped: 0,
      groups: [
        {
          pattern: 'events[*].date',
          message: 'not a valid date',
          count: 3,
          list: 'events',
          items: 3,
        },
        { pattern: 'events[*].title', message: 'required', count: 3, list: 'events', items: 3 },
        { pattern: 'meta.title', message: 'Too small', count: 1, list: null, items: 0 },
      ],
    });
  });

  it('counts an item once however many problems of one kind it has', () => {
    const summary = summarizeProblems([
      p('events[0].actors[0]', 'unknown actor “a”'),
      p('events[0].actors[1]', 'unknown actor “b”'),
      p('events[4].actors[0]', 'unknown actor “a”'),
    ]);
    expect(summary.groups).toEqual([
      {
        pattern: 'events[*].actors[*]',
        message: 'unknown actor “…”',
        count: 3,
        list: 'events',
        items: 2,
      },
    ]);
  });

  it('keeps the message as written while every problem of a group says the same', () => {
    const summary = summarizeProblems([
      p('events[0].actors[0]', 'unknown actor “a”'),
      p('events[1].actors[0]', 'unknown actor “a”'),
    ]);
    expect(summary.groups[0]?.message).toBe('unknown actor “a”');
  });

  it('keeps the first problems one by one, in order, and counts the rest', () => {
    const c = createProblemCollector(2);
    for (let i = 0; i < 5; i++) c.add(p(`events[${i}].date`, 'not a valid date'));
    const { problems, summary } = c.result();
    expect(problems.map((x) => x.path)).toEqual(['events[0].date', 'events[1].date']);
    expect(summary.total).toBe(5);
    expect(c.total).toBe(5);
  });

  it('counts kinds beyond the limit together instead of holding more groups', () => {
    const c = createProblemCollector(0, 2);
    c.add(p('a', 'x'));
    c.add(p('b', 'x'));
    c.add(p('c', 'x'));
    c.add(p('c', 'x'));
    c.add(p('a', 'x'));
    const { summary } = c.result();
    expect(summary.groups.map((g) => [g.pattern, g.count])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(summary.ungrouped).toBe(2);
    expect(summary.total).toBe(5);
  });

  it('holds a million problems as a handful of groups and the kept few', () => {
    const c = createProblemCollector();
    for (let i = 0; i < 1_000_000; i++) c.add(p(`events[${i}].date`, 'not a valid date'));
    const { problems, summary } = c.result();
    expect(problems).toHaveLength(200);
    expect(summary.groups).toEqual([
      {
        pattern: 'events[*].date',
        message: 'not a valid date',
        count: 1_000_000,
        list: 'events',
        items: 1_000_000,
      },
    ]);
  });
});

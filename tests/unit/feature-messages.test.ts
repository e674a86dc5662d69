import { describe, expect, it } from 'vitest';
import { compareMessages } from '../../src/features/compare/compare-messages';
import { storyMessages } from '../../src/features/story/story-messages';
import { activityMessages } from '../../src/features/timeline/activity-messages';
import { readingMessages } from '../../src/features/indicators/reading-messages';
import { notesMessages } from '../../src/features/common/DatedNote';
import { laterEventMessages } from '../../src/features/detail/later-event-messages';

/** Every leaf of a namespace as [path, value]. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

// The story's and the comparison's words load with their own chunks (i18n/feature-messages.ts),
// so the catalogue test does not see them: the same checks here.
describe.each([
  ['story', storyMessages],
  ['compare', compareMessages],
  ['activity', activityMessages],
  ['reading', readingMessages],
  ['notes', notesMessages],
  ['later-event', laterEventMessages],
] as const)('the %s namespace', (_name, messages) => {
  const reference = new Map(leaves(messages.en));
  it.each(['ja', 'ko'] as const)('has every English key in %s, each of the same kind', (lang) => {
    const translated = new Map(leaves(messages[lang]));
    expect([...translated.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [path, value] of reference) {
      const other = translated.get(path);
      expect(typeof other, path).toBe(typeof value);
      if (typeof value === 'function')
        expect((other as (...a: unknown[]) => unknown).length, path).toBe(value.length);
    }
  });

  it.each(['ja', 'ko'] as const)('has no English sentence left in %s', (lang) => {
    for (const [path, value] of leaves(messages[lang])) {
      if (typeof value !== 'string') continue;
      expect(value, path).not.toBe(reference.get(path));
    }
  });
});

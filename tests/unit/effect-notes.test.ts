import { describe, expect, it } from 'vitest';
import { effectNote } from '../../src/derive/effect-notes';
import { makeEvent } from '../fixtures/make';

describe('effectNote', () => {
  const event = makeEvent({
    effects: [
      { issue: 'wto', status: 'escalating', note: 'Seoul opens the case.' },
      { issue: 'gsomia', status: 'active' },
      { condition: 'lift-controls', state: 'not-met', note: 'Seoul repeats its demand.' },
      { issue: 'wto', status: 'active', note: 'Consultations begin the same day.' },
    ],
  });

  it.each<[string, Parameters<typeof effectNote>[1], string | null]>([
    [
      'an issue’s last effect in the event, as the state rule applies them',
      { issue: 'wto' },
      'Consultations begin the same day.',
    ],
    ['a condition’s effect', { condition: 'lift-controls' }, 'Seoul repeats its demand.'],
    ['an effect without a note', { issue: 'gsomia' }, null],
    ['no effect on the target', { issue: 'white-list' }, null],
    ['an issue and a condition of the same id kept apart', { condition: 'wto' }, null],
  ])('%s', (_name, target, expected) => {
    expect(effectNote(event, target)).toBe(expected);
  });

  it('is null without an event', () => expect(effectNote(undefined, { issue: 'wto' })).toBeNull());
});

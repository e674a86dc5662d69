/**
 * The interactions the bench times, found by role and name as a user would find them:
 * on the app, an issue toggle, a search keystroke, a time-cursor step and a zoom; on the
 * reference page (TimelineJS), its "next" button and its "Zoom in".
 *
 * `act` is the timed input; `undo` (not timed) puts the page back between repetitions so
 * that every repetition does the same work; `finish` (not timed) leaves the page as it was
 * found for the next interaction.
 */
import type { Page } from '@playwright/test';

/** Repetitions of each interaction. */
export const REPS = 7;
/** Event Timing reports nothing shorter than this (the smallest durationThreshold). */
export const FLOOR_MS = 16;

export interface InteractionStep {
  key: string;
  label: string;
  /** how the input is made, for the report */
  how: string;
  /** not timed: before the first repetition */
  prepare?: (page: Page) => Promise<void>;
  act: (page: Page) => Promise<void>;
  undo?: (page: Page) => Promise<void>;
  finish?: (page: Page) => Promise<void>;
  /** for the reference page: wait this long after each input (its animations) */
  settleMs?: number;
}

const issueButton = (page: Page) =>
  page.getByRole('group', { name: 'Issues' }).getByRole('button').first();
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search events' });
const button = (page: Page, name: string | RegExp) =>
  page.getByRole('button', { name, exact: typeof name === 'string' });

export const APP_STEPS: InteractionStep[] = [
  {
    key: 'issue',
    label: 'Issue toggle',
    how: 'click on the first issue button under “Issues”, on and off in turn',
    act: (page) => issueButton(page).click(),
    finish: async (page) => {
      if ((await issueButton(page).getAttribute('aria-pressed')) === 'true')
        await issueButton(page).click();
    },
  },
  {
    key: 'search',
    label: 'Search keystroke',
    how: 'typing “k” in “Search events” (Backspace between repetitions)',
    prepare: (page) => searchBox(page).focus(),
    act: (page) => page.keyboard.press('k'),
    undo: (page) => page.keyboard.press('Backspace'),
    finish: (page) => searchBox(page).fill(''),
  },
  {
    key: 'cursor',
    label: 'Time-cursor step',
    how: 'click on “◀ Previous event”, one event back each time (then “Latest”)',
    act: (page) => button(page, /previous event/i).click(),
    finish: (page) => button(page, 'Latest').click(),
  },
  {
    key: 'zoom',
    label: 'Zoom',
    how: 'click on the timeline’s “Zoom in” (“Zoom out” between repetitions)',
    act: (page) => button(page, 'Zoom in').click(),
    undo: (page) => button(page, 'Zoom out').click(),
  },
];

/** TimelineJS animates for a second after "next" and after a zoom. */
const REFERENCE_SETTLE_MS = 1200;

export const REFERENCE_STEPS: InteractionStep[] = [
  {
    key: 'next',
    label: 'next',
    how: 'click on its “next” slide button, one slide on each time',
    act: (page) => button(page, /^next,/i).click(),
    settleMs: REFERENCE_SETTLE_MS,
  },
  {
    key: 'zoom',
    label: 'Zoom in',
    how: 'click on its “Zoom in” (“Zoom out” between repetitions)',
    act: (page) => button(page, 'Zoom in').click(),
    undo: (page) => button(page, 'Zoom out').click(),
    settleMs: REFERENCE_SETTLE_MS,
  },
];

/** Which reference interaction each of the app's is compared with. */
export const REFERENCE_FOR: Record<string, string> = {
  issue: 'next',
  search: 'next',
  cursor: 'next',
  zoom: 'zoom',
};

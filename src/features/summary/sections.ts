import type { summary } from '../../i18n/en/summary';

/**
 * The parts of the page the section bar links to, each a heading's (or a row's) id and the
 * name of its link in the catalogue. A new part (the story, say) is one more entry here and
 * one more name in summary.sections.
 */
export const pageSections: readonly {
  target: string;
  name: Exclude<keyof typeof summary.sections, 'label'>;
}[] = [
  { target: 'timeline-heading', name: 'timeline' },
  { target: 'tracker-heading', name: 'issues' },
  { target: 'checklist-heading', name: 'summit' },
  { target: 'barometer-heading', name: 'numbers' },
  // the row with "Read the story" and "Compare with…", just below the time cursor
  { target: 'guide', name: 'story' },
];

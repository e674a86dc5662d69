/** Words for a dataset load in progress and for problems counted by kind. Pure. */
import type { LoadProgress } from '../model/load-custom';
import type { ProblemGroup } from '../model/problem-summary';

const MB = 1024 * 1024;

export const count = (n: number) => n.toLocaleString('en-GB');

/** Megabytes as the 64 MB limit counts them (2^20 bytes), one decimal. */
export function megabytes(bytes: number): string {
  return (bytes / MB).toFixed(1);
}

/** "Loading dataset: 12.3 of 47.1 MB — 40,000 events checked", "Checking 100,000 of 100,000 events"… */
export function progressText(progress: LoadProgress | null): string {
  if (!progress) return 'Loading dataset…';
  switch (progress.phase) {
    case 'download': {
      const size =
        progress.total === null
          ? `${megabytes(progress.received)} MB`
          : `${megabytes(progress.received)} of ${megabytes(progress.total)} MB`;
      // events are checked as they arrive
      const checked = progress.checked ? ` — ${count(progress.checked)} events checked` : '';
      return `Loading dataset: ${size}${checked}`;
    }
    case 'parse':
      return 'Reading the file…';
    case 'check':
      return `Checking ${count(progress.checked)} of ${count(progress.total)} events`;
    case 'cross-check':
      return `Checking the links between ${count(progress.events)} events`;
  }
}

/** The phase alone, for screen readers: announced when it changes, not on every step. */
export function phaseText(progress: LoadProgress | null): string {
  switch (progress?.phase) {
    case undefined:
    case 'download':
      return 'Loading the dataset';
    case 'parse':
      return 'Reading the file';
    case 'check':
    case 'cross-check':
      return 'Checking the events';
  }
}

/** value and max for <progress>; neither when the size of the job is not known. */
export function progressValue(progress: LoadProgress | null): { value?: number; max?: number } {
  if (progress?.phase === 'download' && progress.total)
    return { value: progress.received, max: progress.total };
  if (progress?.phase === 'check' && progress.total)
    return { value: progress.checked, max: progress.total };
  return {};
}

const singular: Record<string, string> = {
  events: 'event',
  issues: 'issue',
  actors: 'actor',
  summits: 'summit',
};

function itemsOf(list: string, n: number): string {
  return `${count(n)} ${n === 1 ? (singular[list] ?? list) : list}`;
}

/** "12,345 events", "30,000 problems in 12,000 events", "3 times", or "" for a single problem. */
export function groupCountText(group: ProblemGroup): string {
  if (group.list === null || group.items === 0)
    return group.count === 1 ? '' : `${count(group.count)} times`;
  if (group.items === group.count) return itemsOf(group.list, group.items);
  return `${count(group.count)} problems in ${itemsOf(group.list, group.items)}`;
}

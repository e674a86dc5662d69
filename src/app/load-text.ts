/**
 * Words for a dataset load in progress and for problems counted by kind, in the language of
 * the messages given (the problems namespace). Pure.
 */
import type { Catalogue } from '../i18n/catalogue';
import type { LoadProgress } from '../model/load-custom';
import type { ProblemGroup } from '../model/problem-summary';

type Messages = Catalogue['problems'];

const MB = 1024 * 1024;

/** Megabytes as the 64 MB limit counts them (2^20 bytes), one decimal. */
export function megabytes(bytes: number): string {
  return (bytes / MB).toFixed(1);
}

/** "Loading dataset: 12.3 of 47.1 MB — 40,000 events checked", "Checking 100,000 of 100,000 events"… */
export function progressText(progress: LoadProgress | null, t: Messages): string {
  if (!progress) return t.progress.starting;
  switch (progress.phase) {
    case 'download':
      // events are checked as they arrive
      return t.progress.download(
        megabytes(progress.received),
        progress.total === null ? null : megabytes(progress.total),
        progress.checked,
      );
    case 'parse':
      return t.progress.parse;
    case 'check':
      return t.progress.check(progress.checked, progress.total);
    case 'cross-check':
      return t.progress.crossCheck(progress.events);
  }
}

/** The phase alone, for screen readers: announced when it changes, not on every step. */
export function phaseText(progress: LoadProgress | null, t: Messages): string {
  switch (progress?.phase) {
    case undefined:
    case 'download':
      return t.phase.loading;
    case 'parse':
      return t.phase.parse;
    case 'check':
    case 'cross-check':
      return t.phase.check;
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

/** "12,345 events", "30,000 problems in 12,000 events", "3 times", or "" for a single problem. */
export function groupCountText(group: ProblemGroup, t: Messages): string {
  if (group.list === null || group.items === 0)
    return group.count === 1 ? '' : t.times(group.count);
  if (group.items === group.count) return t.items(group.items, group.list);
  return t.problemsIn(group.count, t.items(group.items, group.list));
}

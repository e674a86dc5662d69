/**
 * English words that date a note (the reference; ja/notes.ts and ko/notes.ts mirror it):
 * every status, effect and condition note says the day it tells of. They travel with the
 * tracker's and the checklist's chunks (common/DatedNote.tsx), not in the first paint's
 * catalogue.
 */
export const notes = {
  /** an effect's note, on the day of the event that had the effect */
  on: (date: string) => `On ${date}: `,
  /** a note that tells of things up to a day */
  asOf: (date: string) => `As of ${date}: `,
};

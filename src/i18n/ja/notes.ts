/** Loaded with the tracker's and the checklist's chunks, not with the catalogue. */
import type { notes as en } from '../en/notes';

export const notes: typeof en = {
  on: (date) => `${date}：`,
  asOf: (date) => `${date}時点：`,
};

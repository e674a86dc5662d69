/** English messages of the panels namespace (the reference; ja/panels.ts and ko/panels.ts mirror it). */
export const panels = {};

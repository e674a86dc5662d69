/** English messages of the timeline namespace (the reference; ja/timeline.ts and ko/timeline.ts mirror it). */
export const timeline = {};

/** English messages of the problems namespace (the reference; ja/problems.ts and ko/problems.ts mirror it). */
export const problems = {};

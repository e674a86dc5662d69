/** English messages of the indicators namespace (the reference; ja/indicators.ts and ko/indicators.ts mirror it). */
export const indicators = {};

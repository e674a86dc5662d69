/** English messages of the exports namespace (the reference; ja/exports.ts and ko/exports.ts mirror it). */
export const exports = {};

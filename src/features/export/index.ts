/**
 * The exports: PNG and SVG images of the timeline, the CSV, the dataset and the print list.
 * Other features and src/app reach it only through this file, except for what they load
 * lazily with import() of its own module, so that it stays a chunk of its own (re-exported
 * here, it would load with whatever imports this file): ExportBar (by the timeline),
 * PrintList (by src/app), indicator-image (by the indicators) and chapter-card (by the story).
 */
export { exportFileName } from './file-name';

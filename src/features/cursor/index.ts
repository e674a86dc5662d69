/**
 * The time cursor: the one date every view shows, and how planned events read.
 * Other features and src/app reach it only through this file, except for what they load
 * lazily with import() of its own module, so that it stays a chunk of its own (re-exported
 * here, it would load with whatever imports this file): TimeCursor (by src/app).
 */
export { FutureMode } from './FutureMode';

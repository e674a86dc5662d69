/**
 * The event detail: summary, facts, positions, corrections and all sources of one event.
 * Other features and src/app reach it only through this file, except for what they load
 * lazily with import() of its own module, so that it stays a chunk of its own (re-exported
 * here, it would load with whatever imports this file): EventDetail (by src/app).
 */
export { EventDetail } from './EventDetail';

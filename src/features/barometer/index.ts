/**
 * The relations barometer: the conflict–cooperation line over time, its key and its words.
 * Other features and src/app reach it only through this file, except for what they load
 * lazily with import() of its own module, so that it stays a chunk of its own (re-exported
 * here, it would load with whatever imports this file): Barometer (by src/app).
 */
export type { BarometerSummaryText, SensitivityText } from './barometer-summary';

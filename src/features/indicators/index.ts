/**
 * The indicators: sourced series of opinion, travel and trade on the timeline's time axis.
 * Other features and src/app reach it only through this file, except for what they load
 * lazily with import() of its own module, so that it stays a chunk of its own (re-exported
 * here, it would load with whatever imports this file): IndicatorsSection (by src/app).
 */
export { indicatorWords, titledIn } from './indicator-words';

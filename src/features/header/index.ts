/**
 * The header: title, language and theme switchers, and the notices under it.
 * Other features and src/app reach it only through this file, except for what they load
 * lazily with import() of its own module, so that it stays a chunk of its own (re-exported
 * here, it would load with whatever imports this file): Header (by src/app).
 */
export { Notices } from './Notices';

/**
 * The embed: the timeline alone in an iframe that sizes itself, and the code to paste.
 * Other features and src/app reach it only through this file, except for what they load
 * lazily with import() of its own module, so that it stays a chunk of its own (re-exported
 * here, it would load with whatever imports this file): EmbedView (by src/app),
 * EmbedDialog (by the export bar).
 */
export { postHeight } from './embed-code';

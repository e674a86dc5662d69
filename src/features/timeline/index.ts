/**
 * The timeline: lanes or a list of events, the activity chart, and the list order.
 * Other features and src/app reach it only through this file.
 */
export { preloadLanes, preloadList, Timeline } from './Timeline';

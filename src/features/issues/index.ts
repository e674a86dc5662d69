/**
 * The issue tracker: each issue's status as of the cursor, since when, and why.
 * Other features and src/app reach it only through this file, except for what they load
 * lazily with import() of its own module, so that it stays a chunk of its own (re-exported
 * here, it would load with whatever imports this file): IssueTracker (by src/app).
 */
// nothing is shared statically
export {};

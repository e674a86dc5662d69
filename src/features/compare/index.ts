/**
 * Compare: two dates side by side, and a summary to copy.
 * Other features and src/app reach it only through this file, except for what they load
 * lazily with import() of its own module, so that it stays a chunk of its own (re-exported
 * here, it would load with whatever imports this file): ComparePanel, CompareControl (by
 * src/app).
 */
// nothing is shared statically
export {};

/**
 * The filters: issues, actors, kinds, dates and search, as a column, a sheet or a dialog.
 * Other features and src/app reach it only through this file, except for what they load
 * lazily with import() of its own module, so that it stays a chunk of its own (re-exported
 * here, it would load with whatever imports this file): FiltersColumn (by src/app).
 */
// nothing is shared statically
export {};

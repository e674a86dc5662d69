/**
 * Where things stand: the opening lines in words as of the cursor, and the section bar.
 * Other features and src/app reach it only through this file, except for what they load
 * lazily with import() of its own module, so that it stays a chunk of its own (re-exported
 * here, it would load with whatever imports this file): WhereThingsStand, SectionBar (by
 * src/app).
 */
// nothing is shared statically
export {};

/**
 * The story: chapters written from the data that move every panel to their day.
 * Other features and src/app reach it only through this file, except for what they load
 * lazily with import() of its own module, so that it stays a chunk of its own (re-exported
 * here, it would load with whatever imports this file): StoryPanel, StoryEmbed, StoryStart
 * (by src/app).
 */
// nothing is shared statically
export {};

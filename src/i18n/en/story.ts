/**
 * English messages of the story namespace: the guided story (data/story.json) and its
 * controls (the reference; ja/story.ts and ko/story.ts mirror it).
 */
export const story = {
  /** the button that opens the story at its first chapter */
  start: 'Read the story',
  region: 'Story',
  chapterOf: (n: number, count: number) => `Chapter ${n} of ${count}`,
  previous: 'Previous chapter',
  next: 'Next chapter',
  close: 'Leave the story',
  chapters: 'Chapters',
  /** under the chapter's title: every panel below shows that day */
  showsDay: (date: string) => `Every panel on this page shows ${date}.`,
  keys: 'Left and right arrow keys (or a swipe) step through the chapters.',
  /** the events a sentence rests on */
  basedOn: 'Events:',
  openEvent: (title: string) => `Open the event “${title}”`,
  missing: (n: number, count: number) =>
    `There is no chapter ${n}: the story has ${count} chapters.`,
  changed: 'You changed the view since this chapter opened.',
  backToChapter: 'Show the chapter again',
  translated: 'Translated from the English text, which is the reference.',
  image: 'Download this chapter as an image',
  imageSvg: 'Download this chapter as SVG',
  makingImage: 'Making the image…',
  imageFailed: (reason: string) => `The image could not be made: ${reason}`,
  /** the small timeline of a chapter, in words */
  miniTimeline: (count: number, highlighted: number, from: string, to: string) =>
    `Small timeline from ${from} to ${to}: ${count} ${count === 1 ? 'event' : 'events'} up to the chapter's date, ${highlighted} marked.`,
  marked: 'marked',
  showOnPanels: (n: number) => `Show chapter ${n} on every panel`,
  asPage: 'The story on one page',
  printNote: 'Each chapter with the state of the dispute on its date.',
  credit: (credit: string) => `${credit}`,
  permalink: 'Link to this chapter',
  openFull: 'Open the story in the tracker',
};

/**
 * English messages of the graphics namespace: the editorial frame of an exported image
 * (headline, standfirst, source line, lanes) and the embed's list of named events. The
 * reference; ja/graphics.ts and ko/graphics.ts mirror it.
 */
export const graphics = {
  frame: {
    headline: 'Headline',
    standfirst: 'Standfirst (optional)',
    lanes: 'Lanes',
    laneChoices: {
      filtered: 'The issues in view',
      all: 'Every issue the events touch',
      busiest: 'The five busiest',
    },
    /** the image follows the lanes' zoom: the span on screen, dates written out */
    onScreen: (from: string, to: string) => `The image shows the span on screen: ${from} to ${to}.`,
    /** the choice to draw the default span instead of the zoomed one */
    fullSpan: 'Draw the whole span instead',
    /** the default headline: what the filters show and the span of years */
    headlineOf: (what: string, from: number, to: number) =>
      from === to ? `${what}, ${from}` : `${what}, ${from}–${to}`,
    /** what an unfiltered view shows */
    wholeDispute: 'The Japan–South Korea dispute',
    /** the source line drawn into images, with the permalink */
    source: (permalink: string) => `Source and every event's sources: ${permalink}`,
  },
  embed: {
    /** heading of the list an embed shows at phone width */
    events: (count: string) => `Events (${count})`,
  },
};

/**
 * English words of an event opened at a cursor before its date (the reference;
 * ja/later-event.ts and ko/later-event.ts mirror it). They travel with the event detail's
 * chunk (detail/later-event-messages.ts), not in the first paint's catalogue.
 */
export const laterEvent = {
  heading: 'An event after the date you are viewing',
  notice: (eventDate: string, asOf: string) =>
    `This event is after the date you are viewing (${asOf}): it is dated ${eventDate}. What it was stays folded until you open it.`,
  open: 'Show the event anyway',
  /** an event known on the cursor date but not yet held: `status` as "postponed on 12 Oct 2020" */
  notYetHeld: (status: string, asOf: string) =>
    `On ${asOf} this had not yet taken place: ${status}. Below is what was known then; what happened later stays folded until you open it.`,
  openLater: 'Show what happened later',
  /** related events dated after the cursor, folded */
  laterRelated: (n: number) =>
    `${n} related ${n === 1 ? 'event' : 'events'} after the date you are viewing`,
};

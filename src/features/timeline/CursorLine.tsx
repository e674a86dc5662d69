import { formatShortDate } from '../../derive/dates';

/** The time cursor across the lanes; its date sits below them, on the side with room. */
export function CursorLine({ asOf, at }: { asOf: string; at: number }) {
  if (at < 0 || at > 1) return null;
  return (
    <div
      className="cursor-line"
      data-side={at > 0.7 ? 'left' : 'right'}
      style={{ ['--at' as string]: at }}
      aria-hidden="true"
    >
      <span className="cursor-label">As of {formatShortDate(asOf)}</span>
    </div>
  );
}

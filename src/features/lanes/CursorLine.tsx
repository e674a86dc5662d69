import { core as enCore } from '../../i18n/en/core';
import { timeline as enTimeline } from '../../i18n/en/timeline';
import { useMessages } from '../../i18n/context';

/**
 * The time cursor across the lanes (from `top`, below the callouts above them); its date
 * sits below them, on the side with room.
 */
export function CursorLine({ asOf, at, top = 0 }: { asOf: string; at: number; top?: number }) {
  const t = useMessages('timeline', enTimeline);
  const { format } = useMessages('core', enCore);
  if (at < 0 || at > 1) return null;
  return (
    <div
      className="cursor-line"
      data-side={at > 0.7 ? 'left' : 'right'}
      style={{ ['--at' as string]: at, top }}
      aria-hidden="true"
    >
      <span className="cursor-label">{t.lanes.cursor(format.shortDate(asOf))}</span>
    </div>
  );
}

import { useMemo } from 'react';
import { chapterMarks } from '../../derive/story';
import type { Chapter } from '../../model/story-schema';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { useStoryMessages } from './story-messages';
import { useDataset } from '../../store/hooks';

const WIDTH = 320;
const HEIGHT = 44;
const PAD = 10;

/**
 * A chapter's small timeline: its issues' events in its span up to its date, the marked ones
 * larger and ringed (shape, not only colour), the span's ends named. Drawn for phones and
 * print, where the full timeline is far from the text.
 */
export function MiniTimeline({ chapter }: { chapter: Chapter }) {
  const dataset = useDataset();
  const core = useMessages('core', enCore);
  const t = useStoryMessages();
  const marks = useMemo(() => chapterMarks(chapter, dataset), [chapter, dataset]);
  const from = core.format.date(chapter.span.from, 'month');
  const to = core.format.date(chapter.span.to, 'month');
  const label = t.miniTimeline(marks.length, marks.filter((m) => m.highlighted).length, from, to);
  const x = (f: number) => PAD + f * (WIDTH - 2 * PAD);
  return (
    <svg
      className="story-mini"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMidYMid meet"
    >
      <line className="story-mini-axis" x1={PAD} x2={WIDTH - PAD} y1={18} y2={18} />
      {marks.map((m) => (
        <circle
          key={m.eventId}
          className={m.highlighted ? 'story-mini-mark marked' : 'story-mini-mark'}
          cx={x(m.x)}
          cy={18}
          r={m.highlighted ? 6 : 3}
        >
          <title>{m.title}</title>
        </circle>
      ))}
      <text className="story-mini-end" x={PAD} y={40}>
        {from}
      </text>
      <text className="story-mini-end" x={WIDTH - PAD} y={40} textAnchor="end">
        {to}
      </text>
    </svg>
  );
}

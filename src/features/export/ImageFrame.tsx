import { useMessages } from '../../i18n/context';
import { exports as enExports } from '../../i18n/en/exports';
import { graphics as enGraphics } from '../../i18n/en/graphics';
import type { LaneChoice } from '../lanes';
import { widthPresets } from './image-sizes';

export interface FrameState {
  /** null: the default headline, which follows the filters */
  headline: string | null;
  standfirst: string;
  presetId: string;
  lanes: LaneChoice;
  /** the default span although the lanes on screen are zoomed */
  fullSpan: boolean;
}

const LANE_CHOICES: LaneChoice[] = ['filtered', 'all', 'busiest'];

/**
 * The editorial frame of an image, chosen before download: headline (by default what the
 * filters show), standfirst, size, lanes; and the source line the image will carry.
 */
export function ImageFrame({
  frame,
  defaultHeadline,
  source,
  onScreen,
  onChange,
}: {
  frame: FrameState;
  defaultHeadline: string;
  source: string;
  /** the span on screen in words, when the lanes are zoomed or panned */
  onScreen: string | null;
  onChange: (next: Partial<FrameState>) => void;
}) {
  const m = useMessages('exports', enExports).bar;
  const g = useMessages('graphics', enGraphics).frame;
  return (
    <div className="image-frame">
      <label>
        {g.headline}{' '}
        <input
          type="text"
          name="image-headline"
          value={frame.headline ?? defaultHeadline}
          maxLength={120}
          onChange={(e) => onChange({ headline: e.target.value })}
        />
      </label>
      <label>
        {g.standfirst}{' '}
        <textarea
          name="image-standfirst"
          rows={2}
          maxLength={280}
          value={frame.standfirst}
          onChange={(e) => onChange({ standfirst: e.target.value })}
        />
      </label>
      <label>
        {m.size}{' '}
        <select
          name="image-size"
          value={frame.presetId}
          onChange={(e) => onChange({ presetId: e.target.value })}
        >
          {widthPresets.map((p) => (
            <option key={p.id} value={p.id}>
              {m.presets[p.id] ?? p.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {g.lanes}{' '}
        <select
          name="image-lanes"
          value={frame.lanes}
          onChange={(e) => onChange({ lanes: e.target.value as LaneChoice })}
        >
          {LANE_CHOICES.map((c) => (
            <option key={c} value={c}>
              {g.laneChoices[c]}
            </option>
          ))}
        </select>
      </label>
      {onScreen && !frame.fullSpan && <p className="image-span">{onScreen}</p>}
      {onScreen && (
        <label className="image-full-span">
          <input
            type="checkbox"
            name="image-full-span"
            checked={frame.fullSpan}
            onChange={(e) => onChange({ fullSpan: e.target.checked })}
          />{' '}
          {g.fullSpan}
        </label>
      )}
      <p className="image-source muted">{source}</p>
    </div>
  );
}

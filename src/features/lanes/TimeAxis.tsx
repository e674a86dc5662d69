import type { Ref } from 'react';
import type { Domain, Tick } from './time-domain';

/** Years (or months) across the top of the lanes; labels at the edges stay inside the track. */
export function TimeAxis({
  ticks,
  domain,
  width,
  trackRef,
}: {
  ticks: readonly Tick[];
  domain: Domain;
  width: number;
  trackRef: Ref<HTMLDivElement>;
}) {
  const span = domain.end - domain.start;
  return (
    <div className="lane axis-row" aria-hidden="true">
      <div className="lane-label" />
      <div className="lane-track axis" ref={trackRef}>
        {ticks.map((t) => {
          const at = (t.day - domain.start) / span;
          const edge = at * width < 24 ? 'start' : (1 - at) * width < 24 ? 'end' : undefined;
          return (
            <span
              key={t.day}
              className={t.major ? 'tick major' : 'tick'}
              data-edge={edge}
              style={{ left: `${(at * 100).toFixed(3)}%` }}
            >
              {t.label}
            </span>
          );
        })}
      </div>
    </div>
  );
}

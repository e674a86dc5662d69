import { useMemo } from 'react';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { NARROW_SCREEN, useMediaQuery } from './use-media-query';

// Plain props for Recharts, shared by the activity chart and the barometer so their month
// axes and shaded later months look alike. Recharts 3 re-dispatches a child's settings
// whenever a prop changes identity, so each object here is a constant or memoised.
const TICK = { fontSize: 11 };
// on a phone: larger text and fewer ticks, so the axis stays legible at 320 px
const TICK_NARROW = { fontSize: 13 };

/**
 * The month axis: 'Jul 2019' ticks in the page's language (2019年7月, 2019년 7월), larger and
 * further apart on a phone. `xAxis` is spread into XAxis; `tick` serves the YAxis too.
 */
export function useMonthAxis(minTickGap: number) {
  const narrow = useMediaQuery(NARROW_SCREEN);
  const { format } = useMessages('core', enCore);
  return useMemo(() => {
    const tick = narrow ? TICK_NARROW : TICK;
    return {
      narrow,
      tick,
      xAxis: {
        dataKey: 'month',
        tick,
        tickFormatter: (month: string) =>
          format.monthYearTick(+month.slice(5, 7), +month.slice(0, 4)),
        minTickGap: narrow ? 48 : minTickGap,
        stroke: 'var(--muted)',
      },
    };
  }, [narrow, format, minTickGap]);
}

/** The months after the cursor, shaded like the later events in the lanes (ReferenceArea's props). */
export const LATER_SHADE = {
  fill: 'var(--surface)',
  fillOpacity: 0.7,
  zIndex: 350,
  stroke: 'var(--muted)',
  strokeDasharray: '3 3',
} as const;

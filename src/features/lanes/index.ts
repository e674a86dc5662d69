/**
 * The lanes: one view of events in time, by issue, that the page, the image export and
 * the embed all draw from. Other features reach it only through this file.
 */
export { LaneView, type LaneViewProps } from './LaneView';
export {
  lanesLayout,
  isLandmark,
  type LanesLayout,
  type LanesInput,
  type LaneLabel,
} from './lanes-layout';
export { chosenLanes, BUSIEST_LANES, type LaneChoice } from './lane-choice';
export { calloutBandHeight, CALLOUT_ROW_PX } from './CalloutBand';
export { createAxisChannel, pageAxis, type AxisChannel, type SharedAxis } from './axis-channel';
export { axisTicks, fitDomain, type Domain, type LaneItem, type Tick } from './time-domain';
export {
  LANE_HEIGHT,
  LABEL_FONT_PX,
  estimateTextWidth,
  laneGeometry,
  markerHalfSize,
} from './label-text';

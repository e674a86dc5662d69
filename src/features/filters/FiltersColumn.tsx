import { FutureMode } from '../cursor';
import { FilterBar } from './FilterBar';
import { FiltersSheet } from './FiltersSheet';

/**
 * The filters: the bar beside the timeline, and below 700 px (CSS shows one or the other) a
 * folded button that opens them in a sheet with the later-events choice. A chunk of its
 * own: the prerendered controls stand until it arrives, just after the timeline's code.
 */
export default function FiltersColumn() {
  return (
    <>
      <FiltersSheet>
        <FilterBar headed={false} />
        <FutureMode />
      </FiltersSheet>
      <FilterBar />
    </>
  );
}

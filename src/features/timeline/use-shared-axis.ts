import { useSyncExternalStore } from 'react';
import type { AxisChannel, SharedAxis } from '../lanes';

const noAxis = () => null;
const noSubscription = () => () => {};

/** The lanes' axis, or null when there are no lanes to follow. */
export function useSharedAxis(channel: AxisChannel | undefined): SharedAxis | null {
  return useSyncExternalStore(channel?.subscribe ?? noSubscription, channel?.get ?? noAxis, noAxis);
}

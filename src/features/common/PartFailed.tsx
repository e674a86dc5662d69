import { useState, type ComponentType } from 'react';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';

/**
 * Stands where a lazily loaded part could not be loaded (its chunk failed: offline, a
 * deploy that replaced the files), so that the region around it keeps working. "Try again"
 * requests the chunk anew and, once it arrives, shows the part in its place.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function PartFailed<P extends Record<string, any>>({
  error,
  load,
  props,
}: {
  error: unknown;
  load: () => Promise<ComponentType<P>>;
  props: P;
}) {
  const m = useMessages('core', enCore).regions;
  const [state, setState] = useState<{ part: ComponentType<P> | null; error: unknown }>({
    part: null,
    error,
  });
  const { part: Part } = state;
  if (Part) return <Part {...props} />;
  const retry = () =>
    load().then(
      (part) => setState({ part, error: null }),
      (again: unknown) => setState({ part: null, error: again }),
    );
  return (
    <div className="region-error" role="alert">
      <p>
        {m.partFailed(state.error instanceof Error ? state.error.message : String(state.error))}
      </p>
      <button type="button" className="button" onClick={() => void retry()}>
        {m.retry}
      </button>
    </div>
  );
}

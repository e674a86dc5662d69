import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';

/**
 * A text that tells of things up to `date`: shown as it is from that day on; at an earlier
 * cursor folded away under "Written later, on …", so that nothing open on the page speaks
 * of a later event.
 */
export function WrittenLater({
  date,
  asOf,
  children,
}: {
  date: string;
  asOf: string;
  children: ReactNode;
}) {
  const core = useMessages('core', enCore);
  const t = useMessages('panels', enPanels).issues;
  if (date <= asOf) return <>{children}</>;
  return (
    <details className="written-later">
      <summary>{t.writtenLater(core.format.shortDate(date))}</summary>
      {children}
    </details>
  );
}

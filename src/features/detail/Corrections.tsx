import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import type { Correction } from '../../model/schema';

/** What was corrected in an event after it was published, and when. */
export function Corrections({ corrections }: { corrections: readonly Correction[] | undefined }) {
  const core = useMessages('core', enCore);
  const t = useMessages('panels', enPanels).detail;
  // what was corrected is said in English, the data's language
  const dataLang = useLang().lang === 'en' ? undefined : 'en';
  if (!corrections?.length) return null;
  return (
    <ul className="corrections" aria-label={t.corrections}>
      {corrections.map((c, i) => (
        <li key={i}>
          <strong>
            {t.correctedBefore}
            <time dateTime={c.date}>{core.format.shortDate(c.date)}</time>
            {t.correctedAfter}
          </strong>{' '}
          <span lang={dataLang}>{c.what}</span>
        </li>
      ))}
    </ul>
  );
}

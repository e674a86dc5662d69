import type { ReactNode } from 'react';
import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { notes as en } from '../../i18n/en/notes';
import { notes as ja } from '../../i18n/ja/notes';
import { notes as ko } from '../../i18n/ko/notes';
import { useFeatureMessages } from '../../i18n/feature-messages';

export const notesMessages = { en, ja, ko };

/**
 * A note from the data led by the day it tells of ("On 12 Oct 2020: …"), so that no note
 * reads as if it were about the cursor's day. The note is the data's English unless
 * `translated`: on a Japanese or Korean page it is marked as English.
 */
export function DatedNote({
  date,
  lead = 'on',
  translated = false,
  className,
  children,
}: {
  date: string;
  lead?: keyof typeof en;
  translated?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const words = useFeatureMessages(notesMessages);
  const { format } = useMessages('core', enCore);
  const { lang } = useLang();
  return (
    <p className={className}>
      <span className="dateline">{words[lead](format.shortDate(date))}</span>
      <span lang={!translated && lang !== 'en' ? 'en' : undefined}>{children}</span>
    </p>
  );
}

import { laterEvent as en } from '../../i18n/en/later-event';
import { laterEvent as ja } from '../../i18n/ja/later-event';
import { laterEvent as ko } from '../../i18n/ko/later-event';
import { useFeatureMessages } from '../../i18n/feature-messages';

export const laterEventMessages = { en, ja, ko };

/** The words of an event after the cursor, in the page's language. */
export function useLaterEventWords(): typeof en {
  return useFeatureMessages(laterEventMessages);
}

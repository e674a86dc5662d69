import { activity as en } from '../../i18n/en/activity';
import { activity as ja } from '../../i18n/ja/activity';
import { activity as ko } from '../../i18n/ko/activity';
import { useFeatureMessages } from '../../i18n/feature-messages';

export const activityMessages = { en, ja, ko };

/** The activity chart's axis words in the page's language. */
export function useActivityWords(): typeof en {
  return useFeatureMessages(activityMessages);
}

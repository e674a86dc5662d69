import { compare as en } from '../../i18n/en/compare';
import { compare as ja } from '../../i18n/ja/compare';
import { compare as ko } from '../../i18n/ko/compare';
import { useFeatureMessages } from '../../i18n/feature-messages';

export const compareMessages = { en, ja, ko };

/** The comparison's words in the page's language. */
export function useCompareWords(): typeof en {
  return useFeatureMessages(compareMessages);
}

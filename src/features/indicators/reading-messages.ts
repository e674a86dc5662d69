import { reading as en } from '../../i18n/en/reading';
import { reading as ja } from '../../i18n/ja/reading';
import { reading as ko } from '../../i18n/ko/reading';
import { useFeatureMessages } from '../../i18n/feature-messages';

export const readingMessages = { en, ja, ko };

/** The indicator readings' words in the page's language. */
export function useReadingWords(): typeof en {
  return useFeatureMessages(readingMessages);
}

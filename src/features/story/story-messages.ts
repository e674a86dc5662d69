import { story as en } from '../../i18n/en/story';
import { story as ja } from '../../i18n/ja/story';
import { story as ko } from '../../i18n/ko/story';
import { useFeatureMessages } from '../../i18n/feature-messages';

export const storyMessages = { en, ja, ko };

/** The story's words in the page's language. */
export function useStoryMessages(): typeof en {
  return useFeatureMessages(storyMessages);
}

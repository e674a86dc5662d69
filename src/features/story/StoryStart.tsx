import { useStoryMessages } from './story-messages';
import { useTracker, viewStateOf } from '../../store/tracker-store';

/**
 * Opens the story at its first chapter. Only the chapter number is set here: the story's
 * own chunk loads and moves the panels (so the story's data stays off the first paint).
 */
export default function StoryStart() {
  const t = useStoryMessages();
  const reading = useTracker((s) => s.story !== null);
  if (reading) return null;
  return (
    <button
      type="button"
      className="button story-start"
      onClick={() => {
        const s = useTracker.getState();
        s.applyViewState({ ...viewStateOf(s), story: 1, asOf: null });
      }}
    >
      {t.start}
    </button>
  );
}

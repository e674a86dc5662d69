import { useState, type RefObject } from 'react';
import { exportFileName } from '../export';
import { useStoryMessages } from './story-messages';

/**
 * Downloads the chapter card (title, sentences, small timeline, credit, date and permalink)
 * as a PNG through the export path the timeline images use; its code loads on first use.
 */
export function ChapterImage({
  card,
  title,
  date,
}: {
  card: RefObject<HTMLElement | null>;
  title: string;
  date: string;
}) {
  const t = useStoryMessages();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  const make = async () => {
    const node = card.current;
    if (!node) return;
    setState({ busy: true, error: null });
    try {
      const files = await import('../export/node-images');
      files.saveUrl(await files.nodeToPng(node), exportFileName(title, date, 'png'));
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void make()} disabled={state.busy}>
        {state.busy ? t.makingImage : t.image}
      </button>
      {state.error && (
        <p role="alert" className="story-error">
          {t.imageFailed(state.error)}
        </p>
      )}
    </>
  );
}

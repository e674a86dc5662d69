import { useState } from 'react';
import type { CompareMessages } from './use-compare';

/**
 * "Copy as text": the summary goes to the clipboard; where the browser refuses, the same
 * text is shown selected-ready in a field, so nothing is lost.
 */
export function CopyText({ text, m }: { text: string; m: CompareMessages }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="compare-copy">
      <button type="button" className="button" onClick={() => void copy()}>
        {m.t.copy}
      </button>
      <p role="status" className="compare-copy-status">
        {state === 'copied' ? m.t.copied : state === 'failed' ? m.t.copyFailed : ''}
      </p>
      <details open={state === 'failed'}>
        <summary>{m.t.summaryLabel}</summary>
        <textarea readOnly value={text} rows={12} aria-label={m.t.summaryLabel} />
      </details>
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { embedCode, embedUrl } from './embed-utils';

/** The iframe snippet and the plain link, in a modal dialog that opens when mounted. */
export function EmbedDialog({ title, permalink }: { title: string; permalink: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const [copied, setCopied] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    opener.current = document.activeElement;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, []);
  const close = () => {
    const dialog = ref.current;
    if (dialog && typeof dialog.close === 'function') dialog.close();
    else dialog?.removeAttribute('open');
    if (opener.current instanceof HTMLElement) opener.current.focus();
  };
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${what} copied.`);
    } catch {
      setCopied('Copying was blocked: select the text and copy it by hand.');
    }
  };
  const code = embedCode(permalink, title);
  return (
    <dialog
      ref={ref}
      className="embed-dialog"
      aria-labelledby="embed-title"
      onClose={() => opener.current instanceof HTMLElement && opener.current.focus()}
    >
      <h2 id="embed-title">Embed this timeline</h2>
      <label htmlFor="embed-code">Embed code (an iframe that sizes itself)</label>
      <textarea
        id="embed-code"
        readOnly
        rows={6}
        value={code}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" className="button" onClick={() => void copy(code, 'Embed code')}>
        Copy embed code to clipboard
      </button>
      <label htmlFor="embed-link">Link to this view</label>
      <input
        id="embed-link"
        type="text"
        readOnly
        value={permalink}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" className="button" onClick={() => void copy(permalink, 'Link')}>
        Copy link
      </button>
      <p className="muted">
        Preview: <a href={embedUrl(permalink)}>the embedded view</a>
      </p>
      <p role="status">{copied}</p>
      <button type="button" className="button" onClick={close}>
        Close
      </button>
    </dialog>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/context';
import { exports as enExports } from '../../i18n/en/exports';
import { embedCode, embedUrl } from './embed-code';

/** The iframe snippet and the plain link, in a modal dialog that opens when mounted. */
export function EmbedDialog({ title, permalink }: { title: string; permalink: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const [copied, setCopied] = useState('');
  const m = useMessages('exports', enExports).embed;
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
  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(done);
    } catch {
      setCopied(m.copyBlocked);
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
      <h2 id="embed-title">{m.heading}</h2>
      <label htmlFor="embed-code">{m.codeLabel}</label>
      <textarea
        id="embed-code"
        readOnly
        rows={6}
        value={code}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" className="button" onClick={() => void copy(code, m.codeCopied)}>
        {m.copyCode}
      </button>
      <label htmlFor="embed-link">{m.linkLabel}</label>
      <input
        id="embed-link"
        type="text"
        readOnly
        value={permalink}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" className="button" onClick={() => void copy(permalink, m.linkCopied)}>
        {m.copyLink}
      </button>
      <p className="muted">
        {m.preview} <a href={embedUrl(permalink)}>{m.previewLink}</a>
      </p>
      <p role="status">{copied}</p>
      <button type="button" className="button" onClick={close}>
        {m.close}
      </button>
    </dialog>
  );
}

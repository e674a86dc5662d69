import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { useTracker } from '../../store/tracker-store';

/** Problems with the link or stored preferences: said once, plainly, and dismissible. */
export function Notices() {
  const notices = useTracker((s) => s.notices);
  const dismiss = useTracker((s) => s.dismissNotices);
  const m = useMessages('core', enCore).notices;
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="alert">
      <p>{m.lead}</p>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>
            {n.kind === 'text' ? n.text : n.kind === 'more' ? m.more(n.count) : m.warning(n)}
          </li>
        ))}
      </ul>
      <button type="button" className="button small" onClick={dismiss}>
        {m.dismiss}
      </button>
    </div>
  );
}

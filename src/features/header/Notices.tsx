import { useTracker } from '../../store/tracker-store';

/** Problems with the link or stored preferences: said once, plainly, and dismissible. */
export function Notices() {
  const notices = useTracker((s) => s.notices);
  const dismiss = useTracker((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="alert">
      <p>Some parts of this link could not be used and were ignored:</p>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      <button type="button" className="button small" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}

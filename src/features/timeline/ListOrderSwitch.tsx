import { timeline as enTimeline } from '../../i18n/en/timeline';
import { useMessages } from '../../i18n/context';
import { useTracker } from '../../store/tracker-store';
import type { ListOrder } from './list-rows';

const orders: ListOrder[] = ['newest', 'oldest'];

/** Newest first (the list opens at the cursor) or oldest first (the story in order). */
export function ListOrderSwitch() {
  const t = useMessages('timeline', enTimeline).list;
  const order = useTracker((s) => s.listOrder);
  const setOrder = useTracker((s) => s.setListOrder);
  return (
    <div className="list-order" role="group" aria-label={t.order}>
      {orders.map((o) => (
        <button
          key={o}
          type="button"
          className="button small"
          aria-pressed={order === o}
          onClick={() => setOrder(o)}
        >
          {t[o]}
        </button>
      ))}
    </div>
  );
}

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useHydrated } from './use-hydrated';

/**
 * Renders `children` only once the placeholder scrolls near the viewport (or, with
 * `eager`, right after hydration), so heavy code loads after first paint. The
 * placeholder keeps the final height, so nothing shifts. The server renders the placeholder.
 */
export function WhenVisible({
  children,
  placeholder,
  minHeight,
  eager = false,
}: {
  children: ReactNode;
  placeholder: ReactNode;
  minHeight: number;
  eager?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const hydrated = useHydrated();
  const [seen, setSeen] = useState(false);
  const canObserve = typeof IntersectionObserver !== 'undefined';
  useEffect(() => {
    const el = ref.current;
    if (!el || eager || !canObserve) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [eager, canObserve]);
  const visible = hydrated && (eager || !canObserve || seen);
  return (
    <div ref={ref} style={{ minHeight }}>
      {visible ? children : placeholder}
    </div>
  );
}

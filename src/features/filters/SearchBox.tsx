import { useId } from 'react';
import { useTracker } from '../../store/tracker-store';

export function SearchBox() {
  const query = useTracker((s) => s.filters.query);
  const setQuery = useTracker((s) => s.setQuery);
  const id = useId();
  return (
    <div className="search" role="search">
      <label htmlFor={id}>Search events</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder="Title, summary or actor, e.g. Takizaki"
        maxLength={200}
        onChange={(e) => setQuery(e.target.value)}
      />
    </div>
  );
}

import { highlightSegments } from '../../derive/text';

/** Text with the search terms marked. Text is rendered as text, never as HTML. */
export function Highlight({ text, query }: { text: string; query: string }) {
  if (query.trim() === '') return <>{text}</>;
  const segments = highlightSegments(text, query);
  if (segments.length === 1 && !segments[0]!.match) return <>{text}</>;
  return (
    <>
      {segments.map((s, i) =>
        s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
      )}
    </>
  );
}

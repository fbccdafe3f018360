/** Text with one range marked, e.g. the place name inside an excerpt. Rendered as text nodes only. */
export function MarkedText({ text, range }: { text: string; range: [number, number] | null }) {
  if (!range) return <>{text}</>;
  const [start, end] = range;
  return (
    <>
      {text.slice(0, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end)}
    </>
  );
}

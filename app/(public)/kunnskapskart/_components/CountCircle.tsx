/** A circle whose area grows with the count (decorative: the count is always written beside it). */
export function CountCircle({ count, max }: { count: number; max: number }) {
  if (count === 0 || max === 0) return <svg aria-hidden="true" width="28" height="28" className="shrink-0" />;
  const radius = 4 + 10 * Math.sqrt(count / max);
  return (
    <svg aria-hidden="true" width="28" height="28" viewBox="0 0 28 28" className="shrink-0">
      <circle cx="14" cy="14" r={radius} className="fill-teal" />
    </svg>
  );
}

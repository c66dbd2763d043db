/** A placeholder while data arrives: busy for assistive tech, a few shimmering lines for the eye. */
export function LoadingState({ label, lines = 3 }: { label: string; lines?: number }) {
  return (
    <div className="loading-state" role="status" aria-busy="true">
      <span className="visually-hidden">Loading {label}…</span>
      {Array.from({ length: lines }, (_, index) => (
        <span key={index} className="skeleton" aria-hidden="true" />
      ))}
    </div>
  );
}

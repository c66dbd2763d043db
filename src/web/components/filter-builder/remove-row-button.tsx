type RemoveRowButtonProps = { id: string; label: string; describedBy?: string; onClick: () => void };

export function RemoveRowButton({ id, label, describedBy, onClick }: RemoveRowButtonProps) {
  return (
    <button
      id={id}
      type="button"
      className="filter-row__remove"
      aria-label={label}
      aria-describedby={describedBy}
      title={label}
      onClick={onClick}
    >
      <span aria-hidden="true">×</span>
    </button>
  );
}

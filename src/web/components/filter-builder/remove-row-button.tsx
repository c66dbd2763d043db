type RemoveRowButtonProps = { id: string; label: string; onClick: () => void };

export function RemoveRowButton({ id, label, onClick }: RemoveRowButtonProps) {
  return (
    <button id={id} type="button" className="filter-row__remove" aria-label={label} title={label} onClick={onClick}>
      <span aria-hidden="true">×</span>
    </button>
  );
}

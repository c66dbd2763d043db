import type { ReactNode } from 'react';
import { RemoveRowButton } from './remove-row-button';

type NestedGroupEditorProps = {
  /** Its position in the top-level list, as its rows' labels say it: "filter 1 of group 2". */
  number: number;
  removeId: string;
  /** The group's own message, when it has one. */
  errorId?: string;
  onRemove: () => void;
  children: ReactNode;
};

export function NestedGroupEditor({ number, removeId, errorId, onRemove, children }: NestedGroupEditorProps) {
  return (
    <div className="filter-row filter-row--group">
      <div className="filter-row__controls">
        <fieldset className="filter-group" aria-describedby={errorId}>
          <legend className="filter-group__legend">Group {number}</legend>
          {children}
        </fieldset>
        <RemoveRowButton id={removeId} label={`Remove group ${number}`} onClick={onRemove} />
      </div>
    </div>
  );
}

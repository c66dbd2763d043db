import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { type StoredFilterGroup } from '../../../contract/stored-filters';
import { groupErrors, type FilterErrors } from './filter-errors';
import { FilterGroupBody, type GroupEditing } from './filter-group-body';
import { describedBy } from './ids';
import { afterRemoval, hideUntouched, noUntouchedControls, type UntouchedControls } from './untouched-controls';
import './filter-builder.css';

export type FilterBuilderHandle = { focus: () => void };

export type FilterBuilderProps = {
  value: StoredFilterGroup;
  onChange: (value: StoredFilterGroup) => void;
  idPrefix: string;
  errors?: FilterErrors;
  /**
   * Controls of rows added since the last save attempt that the person has not left yet: their errors wait. The
   * form owns it (a save attempt empties it); without `onUntouchedChange` every error shows at once.
   */
  untouched?: UntouchedControls;
  onUntouchedChange?: (untouched: UntouchedControls) => void;
  disabled?: boolean;
  label?: string;
  /** What the builder says while it has no filter; by default that the rule then matches every exception. */
  emptyText?: string;
  /** react-hook-form's Controller passes `field.ref` here so a failed submit focuses the first invalid control. */
  ref?: Ref<FilterBuilderHandle>;
};

/** Leaves it cannot edit, groups nested deeper than one level and unknown keys pass through untouched. */
export function FilterBuilder({
  value,
  onChange,
  idPrefix,
  errors = {},
  untouched = noUntouchedControls,
  onUntouchedChange,
  disabled,
  label = 'Filters',
  emptyText,
  ref,
}: FilterBuilderProps) {
  const container = useRef<HTMLFieldSetElement>(null);
  const focusAfterRender = useRef<string | null>(null);
  const chipsHintId = `${idPrefix}-chips-hint`;
  const shown = hideUntouched(errors, untouched);
  const hasGroupError = groupErrors(shown).length > 0;

  useEffect(() => {
    const id = focusAfterRender.current;
    if (id === null) return;
    // An earlier render's effects may run first (React flushes them before the next render): the control may not
    // be drawn yet, and the render that draws it comes next.
    const target = document.getElementById(id);
    if (!target) return;
    focusAfterRender.current = null;
    target.focus();
  });

  useImperativeHandle(ref, () => ({
    // Errors arrive in the render after the submit that asked for focus, so look once they are drawn.
    focus: () =>
      setTimeout(() => {
        const root = container.current;
        const target = root?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? root?.querySelector('input');
        target?.focus();
      }),
  }));

  const editing: GroupEditing = {
    chipsHintId,
    focusLater: (id) => {
      focusAfterRender.current = id;
    },
    leave: (path) => {
      if (!untouched.has(path)) return;
      const next = new Set(untouched);
      next.delete(path);
      onUntouchedChange?.(next);
    },
    added: (paths) => onUntouchedChange?.(new Set([...untouched, ...paths])),
    removed: (groupPath, index) => {
      if (untouched.size > 0) onUntouchedChange?.(afterRemoval(untouched, groupPath, index));
    },
  };

  return (
    <fieldset
      ref={container}
      className="filter-builder"
      disabled={disabled}
      aria-describedby={describedBy(hasGroupError && `${idPrefix}-error`)}
    >
      <legend className="filter-builder__legend">{label}</legend>
      <FilterGroupBody
        group={value}
        onChange={onChange}
        idPrefix={idPrefix}
        path=""
        errors={shown}
        editing={editing}
        emptyText={emptyText}
      />
      <span id={chipsHintId} className="visually-hidden">
        Press Enter or comma to add a value; Backspace in the empty field removes the last one.
      </span>
    </fieldset>
  );
}

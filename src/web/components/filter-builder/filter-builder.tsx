import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { isFilterGroup, type PropertyFilter } from '../../../contract/filters';
import { type StoredFilterGroup, type StoredFilterNode } from '../../../contract/stored-filters';
import { editableLeaf } from './editable-leaf';
import { errorsForRow, groupErrors, type FilterErrors, type RowErrors } from './filter-errors';
import { FilterRow } from './filter-row';
import { describedBy, rowIds, type RowIds } from './ids';
import { MatchTypeControl } from './match-type-control';
import { NestedGroupRow } from './nested-group-row';
import { RawLeafRow } from './raw-leaf-row';
import { knownProperties } from './properties';
import './filter-builder.css';

export type FilterBuilderHandle = { focus: () => void };

export type FilterBuilderProps = {
  value: StoredFilterGroup;
  onChange: (value: StoredFilterGroup) => void;
  idPrefix: string;
  errors?: FilterErrors;
  disabled?: boolean;
  label?: string;
  /** What the builder says while it has no filter; by default that the rule then matches every exception. */
  emptyText?: string;
  /** react-hook-form's Controller passes `field.ref` here so a failed submit focuses the first invalid control. */
  ref?: Ref<FilterBuilderHandle>;
};

type NodeProps = {
  node: StoredFilterNode;
  number: number;
  ids: RowIds;
  errors: RowErrors;
  onRemove: () => void;
  onChange: (filter: PropertyFilter) => void;
  propertiesListId: string;
  chipsHintId: string;
};

function FilterNodeRow({ node, onChange, propertiesListId, chipsHintId, ...row }: NodeProps) {
  if (isFilterGroup(node)) return <NestedGroupRow group={node} {...row} />;
  const editable = editableLeaf(node);
  if (!editable) return <RawLeafRow leaf={node} {...row} />;
  return (
    <FilterRow
      filter={editable}
      {...row}
      propertiesListId={propertiesListId}
      chipsHintId={chipsHintId}
      onChange={onChange}
    />
  );
}

const newFilter = (): PropertyFilter => ({ key: '', type: 'event', operator: 'exact', value: [] });

/** Edits the top level only; nested groups, leaves it cannot edit and unknown keys pass through untouched. */
export function FilterBuilder({
  value,
  onChange,
  idPrefix,
  errors = {},
  disabled,
  label = 'Filters',
  emptyText = 'No filters yet: the rule matches every exception.',
  ref,
}: FilterBuilderProps) {
  const container = useRef<HTMLFieldSetElement>(null);
  const focusAfterRender = useRef<string | null>(null);
  const addId = `${idPrefix}-add`;
  const errorId = `${idPrefix}-error`;
  const propertiesListId = `${idPrefix}-properties`;
  const chipsHintId = `${idPrefix}-chips-hint`;
  const messages = groupErrors(errors);

  useEffect(() => {
    const id = focusAfterRender.current;
    if (id === null) return;
    focusAfterRender.current = null;
    document.getElementById(id)?.focus();
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

  const setValues = (values: StoredFilterGroup['values']) => onChange({ ...value, values });
  const replaceAt = (index: number, node: StoredFilterNode) =>
    setValues(value.values.map((existing, i) => (i === index ? node : existing)));
  const removeAt = (index: number) => {
    const values = value.values.filter((_, i) => i !== index);
    focusAfterRender.current =
      values.length === 0 ? addId : rowIds(idPrefix, Math.min(index, values.length - 1)).remove;
    setValues(values);
  };
  const add = () => {
    focusAfterRender.current = rowIds(idPrefix, value.values.length).key;
    setValues([...value.values, newFilter()]);
  };

  return (
    <fieldset
      ref={container}
      className="filter-builder"
      disabled={disabled}
      aria-describedby={describedBy(messages.length > 0 && errorId)}
    >
      <legend className="filter-builder__legend">{label}</legend>
      <MatchTypeControl
        name={`${idPrefix}-match`}
        value={value.type}
        onChange={(type) => onChange({ ...value, type })}
      />
      {value.values.length === 0 ? (
        <p className="filter-builder__empty">{emptyText}</p>
      ) : (
        <ol className="filter-builder__rows">
          {/* Index keys are safe: a row's only local state (a chip draft) is committed on blur, before any other row can change. */}
          {value.values.map((node, index) => {
            const ids = rowIds(idPrefix, index);
            const rowErrors = errorsForRow(errors, index);
            return (
              <li key={index} className="filter-builder__row">
                {index > 0 && <span className="filter-builder__joiner">{value.type === 'AND' ? 'and' : 'or'}</span>}
                <FilterNodeRow
                  node={node}
                  number={index + 1}
                  ids={ids}
                  errors={rowErrors}
                  onRemove={() => removeAt(index)}
                  onChange={(filter) => replaceAt(index, filter)}
                  propertiesListId={propertiesListId}
                  chipsHintId={chipsHintId}
                />
              </li>
            );
          })}
        </ol>
      )}
      {messages.length > 0 && (
        <p id={errorId} className="filter-builder__error">
          {messages.join(' ')}
        </p>
      )}
      <button id={addId} type="button" className="button filter-builder__add" onClick={add}>
        Add filter
      </button>
      <datalist id={propertiesListId}>
        {knownProperties.map((property) => (
          <option key={property.key} value={property.key} label={property.label} />
        ))}
      </datalist>
      <span id={chipsHintId} className="visually-hidden">
        Press Enter or comma to add a value; Backspace in the empty field removes the last one.
      </span>
    </fieldset>
  );
}

import { isFilterGroup, type PropertyFilter } from '../../../contract/filters';
import type { StoredFilterGroup, StoredFilterNode } from '../../../contract/stored-filters';
import { editableLeaf } from './editable-leaf';
import { errorsForRow, errorsUnder, groupErrors, type FilterErrors } from './filter-errors';
import { FilterRow } from './filter-row';
import { rowIds } from './ids';
import { MatchTypeControl } from './match-type-control';
import { NestedGroupEditor } from './nested-group-editor';
import { NestedGroupRow } from './nested-group-row';
import { RawLeafRow } from './raw-leaf-row';
import { childPath, controlPaths } from './untouched-controls';

/** What every group of one builder shares: focus moves and which controls the person has left. */
export type GroupEditing = {
  chipsHintId: string;
  /** The person left the control at this error path. */
  leave: (path: string) => void;
  focusLater: (id: string) => void;
  added: (paths: readonly string[]) => void;
  removed: (groupPath: string, index: number) => void;
};

type FilterGroupBodyProps = {
  group: StoredFilterGroup;
  onChange: (group: StoredFilterGroup) => void;
  idPrefix: string;
  /** The group's error path: '' at the top level, `values.2` for a nested group. */
  path: string;
  /** This group's, with paths relative to it, as they are to be shown. */
  errors: FilterErrors;
  editing: GroupEditing;
  /** A nested group's position in the top-level list; undefined for the top level. */
  groupNumber?: number;
  /** What the top level says while it has no filter. */
  emptyText?: string;
};

const newFilter = (): PropertyFilter => ({ key: '', type: 'event', operator: 'exact', value: [] });

// A group of the same type as its parent would change nothing: a new one takes the other.
const newGroup = (parent: StoredFilterGroup['type']): StoredFilterGroup => ({
  type: parent === 'AND' ? 'OR' : 'AND',
  values: [newFilter()],
});

/**
 * A group's match type, rows and add buttons. The top level may hold nested groups, edited here too; PostHog's
 * own editor goes one level deep, so a group inside a nested group is kept as it is.
 */
export function FilterGroupBody({
  group,
  onChange,
  idPrefix,
  path,
  errors,
  editing,
  groupNumber,
  emptyText = 'No filters yet: the rule matches every exception.',
}: FilterGroupBodyProps) {
  const groupName = groupNumber === undefined ? undefined : `group ${groupNumber}`;
  const addId = `${idPrefix}-add`;
  const messages = groupErrors(errors);

  const setValues = (values: StoredFilterNode[]) => onChange({ ...group, values });
  const replaceAt = (index: number, node: StoredFilterNode) =>
    setValues(group.values.map((existing, i) => (i === index ? node : existing)));
  const removeAt = (index: number) => {
    const values = group.values.filter((_, i) => i !== index);
    editing.focusLater(values.length === 0 ? addId : rowIds(idPrefix, Math.min(index, values.length - 1)).remove);
    editing.removed(path, index);
    setValues(values);
  };
  const addFilter = () => {
    const index = group.values.length;
    editing.focusLater(rowIds(idPrefix, index).key);
    editing.added(controlPaths(childPath(path, index)));
    setValues([...group.values, newFilter()]);
  };
  const addGroup = () => {
    const index = group.values.length;
    editing.focusLater(rowIds(rowIds(idPrefix, index).row, 0).key);
    editing.added(controlPaths(childPath(childPath(path, index), 0)));
    setValues([...group.values, newGroup(group.type)]);
  };

  const row = (node: StoredFilterNode, index: number) => {
    const rowName = groupName ? `filter ${index + 1} of ${groupName}` : `filter ${index + 1}`;
    const ids = rowIds(idPrefix, index);
    const onRemove = () => removeAt(index);
    if (isFilterGroup(node)) {
      if (groupName) {
        return (
          <NestedGroupRow
            group={node}
            rowName={rowName}
            ids={ids}
            errors={errorsForRow(errors, index)}
            onRemove={onRemove}
          />
        );
      }
      const nestedErrors = errorsUnder(errors, `values.${index}`);
      return (
        <NestedGroupEditor
          number={index + 1}
          removeId={ids.remove}
          errorId={groupErrors(nestedErrors).length > 0 ? `${ids.row}-error` : undefined}
          onRemove={onRemove}
        >
          <FilterGroupBody
            group={node}
            onChange={(next) => replaceAt(index, next)}
            idPrefix={ids.row}
            path={childPath(path, index)}
            errors={nestedErrors}
            editing={editing}
            groupNumber={index + 1}
          />
        </NestedGroupEditor>
      );
    }
    const editable = editableLeaf(node);
    if (!editable) {
      return (
        <RawLeafRow leaf={node} rowName={rowName} ids={ids} errors={errorsForRow(errors, index)} onRemove={onRemove} />
      );
    }
    return (
      <FilterRow
        filter={editable}
        rowName={rowName}
        ids={ids}
        errors={errorsForRow(errors, index)}
        chipsHintId={editing.chipsHintId}
        onChange={(filter) => replaceAt(index, filter)}
        onRemove={onRemove}
        onLeave={(slot) => editing.leave(`${childPath(path, index)}.${slot}`)}
      />
    );
  };

  return (
    <>
      <MatchTypeControl
        name={`${idPrefix}-match`}
        value={group.type}
        onChange={(type) => onChange({ ...group, type })}
        groupName={groupName}
      />
      {group.values.length === 0 ? (
        <p className="filter-builder__empty">{groupName ? 'No filters in this group yet.' : emptyText}</p>
      ) : (
        <ol className="filter-builder__rows">
          {/* Index keys are safe: a row's only local state (a chip draft, a half-typed property) is settled on blur, before any other row can change. */}
          {group.values.map((node, index) => (
            <li key={index} className="filter-builder__row">
              {index > 0 && <span className="filter-builder__joiner">{group.type === 'AND' ? 'and' : 'or'}</span>}
              {row(node, index)}
            </li>
          ))}
        </ol>
      )}
      {messages.length > 0 && (
        <p id={`${idPrefix}-error`} className="filter-builder__error">
          {messages.join(' ')}
        </p>
      )}
      <div className="filter-builder__actions">
        <button
          id={addId}
          type="button"
          className="button filter-builder__add"
          aria-label={groupName ? `Add filter to ${groupName}` : undefined}
          onClick={addFilter}
        >
          Add filter
        </button>
        {!groupName && (
          <button type="button" className="button filter-builder__add" onClick={addGroup}>
            Add group
          </button>
        )}
      </div>
    </>
  );
}

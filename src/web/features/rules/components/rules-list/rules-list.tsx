import { useCallback, useDeferredValue, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useHref, useNavigate } from 'react-router';
import type { RuleKind } from '../../../../../contract/rules';
import { SortableList, type Move } from '../../../../components/sortable-list';
import { Button } from '../../../../components/ui/button';
import { EmptyState } from '../../../../components/ui/empty-state';
import type { AssigneeLookup } from '../../../../data/organization/assignee-names';
import { isStandInId, type RuleListItem } from '../../../../data/rules/rule-list-item';
import { tiedIds } from '../../../../data/rules/rule-order';
import { BulkDeleteDialog } from './bulk-delete-dialog';
import { BulkToolbar } from './bulk-toolbar';
import { DeleteRuleDialog, type RuleToDelete } from './delete-rule-dialog';
import { assigneeOptions, filterRules, hasFilters, ruleSummary } from './filter-rules';
import { RuleEntryCache, type RuleEntry } from './rule-entries';
import { RuleFilterBar } from './rule-filter-bar';
import type { RuleKindDescriptor } from '../../kinds/rule-kind-descriptor';
import { ruleNumber, ruleRowRenderer } from './rule-row';
import { AssigneeLookupContext, RuleRowContext, type RuleRowContextValue } from './rule-row-context';
import { ListChangesNotice } from './list-changes-notice';
import { TiesNotice } from './ties-notice';
import { useListChanges } from './use-list-changes';
import { useRuleActions } from './use-rule-actions';
import { useRuleFilters } from './use-rule-filters';
import { useRuleSelection } from './use-rule-selection';

const reorderOffReason = 'Clear the filters to reorder rules.';
const instructions =
  'To move a rule, press Space or Enter on its reorder button, then the Up and Down arrow keys, then Space or ' +
  'Enter to drop it, or Escape to cancel. Rules run top to bottom; the first match wins.';
// A row's usual height per kind (px), for rows not drawn yet.
const rowSizes: Record<RuleKind, number> = { assignment: 152, grouping: 200, suppression: 128 };
const entryId = (entry: RuleEntry) => entry.rule.id;
const entryLabel = (entry: RuleEntry, index: number) => `rule ${ruleNumber(entry, index)}: ${ruleSummary(entry.rule)}`;

type RulesListProps<K extends RuleKind> = {
  envId: number;
  descriptor: RuleKindDescriptor<K>;
  /** Every row in evaluation order, records that could not be read included. */
  rules: readonly RuleListItem<K>[];
  /** Why nothing can be changed (the key cannot write), or null. */
  readOnly: string | null;
  lookup: AssigneeLookup;
  /** Called once the list has drawn its rules (the benchmark's mark). */
  onRendered: () => void;
};

/** The filter bar, the bulk toolbar and the sortable rules, with the dialogs their actions open. */
export function RulesList<K extends RuleKind>({
  envId,
  descriptor,
  rules,
  readOnly,
  lookup,
  onRendered,
}: RulesListProps<K>) {
  const { kind } = descriptor;
  const filters = useRuleFilters();
  const applied = useDeferredValue(filters.values);
  const shown = useMemo(() => filterRules(rules, applied, descriptor, lookup), [rules, applied, descriptor, lookup]);
  // A record that came without an id cannot be selected: nothing could delete it.
  const shownIds = useMemo(() => shown.flatMap((rule) => (isStandInId(rule.id) ? [] : [rule.id])), [shown]);
  // From the applied (deferred) filters, so the rows redraw once per change, not once for the flag and again to filter.
  const reorderOff = readOnly ?? (hasFilters(applied) ? reorderOffReason : null);

  const selection = useRuleSelection(shownIds);
  const tied = useMemo(() => tiedIds(rules), [rules]);
  const changes = useListChanges(rules);
  const [cache] = useState(() => new RuleEntryCache());
  const entries = useMemo(
    () => cache.build(shown, rules, selection.selected, reorderOff, { tied, changes: changes?.rows ?? null }),
    [cache, shown, rules, selection.selected, reorderOff, tied, changes],
  );

  const [deleting, setDeleting] = useState<RuleToDelete | null>(null);
  // The ids are fixed when the dialog opens: deleted rules leave the selection while the dialog is still open.
  const [bulkIds, setBulkIds] = useState<string[] | null>(null);
  const remove = useCallback((rule: RuleListItem, number: number) => setDeleting({ rule, number }), []);
  const { actions, saveOrder, fixOrder, isSaving } = useRuleActions({
    envId,
    kind,
    rules,
    toggleSelected: selection.toggle,
    remove,
  });
  const basePath = useHref('.');
  const navigate = useNavigate();
  const context = useMemo<RuleRowContextValue>(
    () => ({
      actions,
      writeOff: readOnly,
      basePath,
      navigate: (path) => void navigate(path),
    }),
    [actions, readOnly, basePath, navigate],
  );
  const renderItem = useMemo(() => ruleRowRenderer(descriptor.Details), [descriptor.Details]);
  const onReorder = useCallback((nextIds: string[], moved: Move) => saveOrder(nextIds, moved.id), [saveOrder]);

  useEffect(() => onRendered(), [onRendered]);

  const assignees = useMemo(
    () => (descriptor.assigneeOf ? assigneeOptions(rules, descriptor.assigneeOf, lookup) : null),
    [rules, descriptor, lookup],
  );
  const selectedIds = [...selection.selected];
  const onKeyDown = (event: KeyboardEvent) => {
    // Escape during a keyboard drag cancels the drag, not the selection.
    const dragging = (event.target as Element).closest('[aria-pressed="true"]');
    if (event.key !== 'Escape' || event.defaultPrevented || dragging || selectedIds.length === 0) return;
    event.preventDefault();
    selection.clear();
  };

  return (
    <RuleRowContext.Provider value={context}>
      <AssigneeLookupContext.Provider value={lookup}>
        <RuleFilterBar
          values={filters.values}
          assignees={assignees}
          active={filters.active}
          onTextChange={filters.setText}
          onAssigneeChange={filters.setAssignee}
          onClear={filters.clear}
        />
        <p className="rules-precedence">Rules run top to bottom; the first match wins.</p>
        {tied.size > 0 && <TiesNotice count={tied.size} fixOff={reorderOff} saving={isSaving} onFix={fixOrder} />}
        <ListChangesNotice changes={changes} />
        <div className="rules-list" onKeyDown={onKeyDown}>
          {selectedIds.length > 0 && (
            <BulkToolbar
              selectedCount={selectedIds.length}
              shownCount={shown.length}
              onSelectAll={selection.selectAll}
              onDelete={() => setBulkIds(selectedIds)}
              onClear={selection.clear}
              deleteOff={readOnly}
            />
          )}
          {shown.length === 0 ? (
            <EmptyState title="No rules match these filters.">
              <Button onClick={filters.clear}>Clear filters</Button>
            </EmptyState>
          ) : (
            <SortableList
              items={entries}
              estimatedRowSize={rowSizes[kind]}
              getId={entryId}
              getLabel={entryLabel}
              label={`${descriptor.title}, in evaluation order`}
              disabled={reorderOff ?? false}
              instructions={instructions}
              renderItem={renderItem}
              onReorder={onReorder}
              className={`rules-list__items rules-list__items--${kind}`}
            />
          )}
        </div>
        <DeleteRuleDialog envId={envId} kind={kind} target={deleting} onClose={() => setDeleting(null)} />
        <BulkDeleteDialog
          envId={envId}
          kind={kind}
          open={bulkIds !== null}
          ids={bulkIds ?? []}
          onDone={selection.keepOnly}
          onClose={() => setBulkIds(null)}
        />
      </AssigneeLookupContext.Provider>
    </RuleRowContext.Provider>
  );
}

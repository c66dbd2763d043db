import { useCallback, useDeferredValue, useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useHref, useLocation, useNavigate } from 'react-router';
import type { RuleKind } from '../../../../../contract/rules';
import { SortableList, type Move } from '../../../../components/sortable-list';
import { EmptyState } from '../../../../components/ui/empty-state';
import { ListSummary } from '../../../../components/ui/list-summary';
import { useDensity } from '../../../../lib/use-density';
import type { AssigneeLookup } from '../../../../data/organization/assignee-names';
import { isStandInId, type RuleListItem } from '../../../../data/rules/rule-list-item';
import { tiedIds } from '../../../../data/rules/rule-order';
import { BulkDeleteDialog } from './bulk-delete-dialog';
import { BulkToolbar } from './bulk-toolbar';
import { DeleteRuleDialog, type RuleToDelete } from './delete-rule-dialog';
import { assigneeOptions, filterRules, hasFilters } from './filter-rules';
import { RuleEntryCache, type RuleEntry } from './rule-entries';
import { RuleFilterBar } from './rule-filter-bar';
import type { RuleKindDescriptor } from '../../kinds/rule-kind-descriptor';
import { ruleName } from '../../kinds/rule-name';
import { ruleRowRenderer } from './rule-row';
import { DensityToggle } from './density-toggle';
import { useFreshRule } from './use-fresh-rule';
import { searchHint } from './search-hint';
import { AssigneeLookupContext, RuleRowContext, type RuleRowContextValue } from './rule-row-context';
import { ListChangesNotice } from './list-changes-notice';
import { TiesNotice } from './ties-notice';
import { useListChanges } from './use-list-changes';
import { useRuleActions } from './use-rule-actions';
import { useRuleFilters } from './use-rule-filters';
import { useRuleSelection } from './use-rule-selection';
import { ReorderImpactDialog } from '../reorder-impact/reorder-impact-dialog';
import { useCheckedReorder } from '../reorder-impact/use-checked-reorder';
import { useRuleStats } from '../../../../data/rule-stats/get-rule-stats';
import { failedView, ruleStatsViews, type RuleStatsView } from '../rule-stats/rule-stats-view';
import { StatsNote } from '../rule-stats/stats-note';
import { StatsWindowSelect } from '../rule-stats/stats-window-select';
import { useStatsWindow } from '../rule-stats/use-stats-window';
import '../rule-stats/rule-stats.css';

const reorderOffReason = 'Clear the filters to reorder rules.';
const instructions =
  'To move a rule, press Space or Enter on its reorder button, then the Up and Down arrow keys, then Space or ' +
  'Enter to drop it, or Escape to cancel. Rules run top to bottom; the first match wins.';
// A collapsed row's height (px) at each density, for rows not drawn yet: one line of controls and its padding.
const rowSizes = { compact: 49, comfortable: 73 } as const;
const entryId = (entry: RuleEntry) => entry.rule.id;

type RulesListProps<K extends RuleKind> = {
  envId: number;
  descriptor: RuleKindDescriptor<K>;
  /** Every row in evaluation order, records that could not be read included. */
  rules: readonly RuleListItem<K>[];
  /** How many rules the server has (more than `rules` when only a first page came). */
  total: number;
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
  rules: savedRules,
  total,
  readOnly,
  lookup,
  onRendered,
}: RulesListProps<K>) {
  const { kind } = descriptor;
  // A drop waiting on its check shows in its new place; the rest of the list works on what is shown.
  const reorder = useCheckedReorder(envId, kind, savedRules);
  const rules = reorder.listed;
  const [density] = useDensity();
  const hintId = useId();
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
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const toggleExpanded = useCallback(
    (id: string) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const basePath = useHref('.');
  const editorOpen = useLocation().pathname.replace(/\/$/, '') !== basePath.replace(/\/$/, '');
  const fresh = useFreshRule(envId, kind, rules, editorOpen);
  const [statsWindow, setStatsWindow] = useStatsWindow();
  const stats = useRuleStats(envId, statsWindow.days);
  const statsUpdating = stats.isPlaceholderData;
  const statsViews = useMemo<ReadonlyMap<string, RuleStatsView> | null>(() => {
    if (stats.data === undefined) return stats.isError ? new Map(rules.map((rule) => [rule.id, failedView])) : null;
    return ruleStatsViews({ kind, stats: stats.data, rules, lookup, window: statsWindow, updating: statsUpdating });
  }, [stats.data, stats.isError, statsUpdating, kind, rules, lookup, statsWindow]);
  const [cache] = useState(() => new RuleEntryCache());
  const entries = useMemo(
    () =>
      cache.build(shown, rules, selection.selected, reorderOff, {
        tied,
        changes: changes?.rows ?? null,
        expanded,
        fresh: fresh.id,
        stats: statsViews,
      }),
    [cache, shown, rules, selection.selected, reorderOff, tied, changes, expanded, fresh.id, statsViews],
  );

  const [deleting, setDeleting] = useState<RuleToDelete | null>(null);
  // The ids are fixed when the dialog opens: deleted rules leave the selection while the dialog is still open.
  const [bulkIds, setBulkIds] = useState<string[] | null>(null);
  const remove = useCallback(
    (rule: RuleListItem) => setDeleting({ rule, name: ruleName(kind, rule, lookup) }),
    [kind, lookup],
  );
  const { actions, saveOrder, fixOrder, isSaving } = useRuleActions({
    envId,
    kind,
    rules,
    lookup,
    toggleSelected: selection.toggle,
    toggleExpanded,
    remove,
  });
  const navigate = useNavigate();
  const context = useMemo<RuleRowContextValue>(
    () => ({
      kind,
      actions,
      writeOff: readOnly,
      basePath,
      navigate: (path) => void navigate(path),
    }),
    [kind, actions, readOnly, basePath, navigate],
  );
  const renderItem = useMemo(() => ruleRowRenderer(descriptor), [descriptor]);
  const entryLabel = useCallback((entry: RuleEntry) => ruleName(kind, entry.rule, lookup), [kind, lookup]);
  const { drop } = reorder;
  const onReorder = useCallback(
    (nextIds: string[], moved: Move) => drop(nextIds, moved.id, saveOrder),
    [drop, saveOrder],
  );
  const nameOfId = useCallback(
    (id: string) => {
      const rule = rules.find((each) => each.id === id);
      return rule ? ruleName(kind, rule, lookup) : 'the rule';
    },
    [rules, kind, lookup],
  );

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
        <div className="rules-toolbar">
          <RuleFilterBar
            values={filters.values}
            assignees={assignees}
            active={filters.active}
            hintId={hintId}
            onTextChange={filters.setText}
            onAssigneeChange={filters.setAssignee}
            onClear={filters.clear}
          />
          <div className="rules-toolbar__end">
            <ListSummary count={total} shown={rules.length} singular="rule" />
            <DensityToggle />
          </div>
        </div>
        <div className="rules-precedence">
          <p>
            Rules run top to bottom; the first match wins. <span id={hintId}>{searchHint(descriptor)}</span>
          </p>
          <div className="rules-precedence__stats">
            <span aria-hidden="true">Statistics</span>
            <StatsWindowSelect value={statsWindow.value} onChange={setStatsWindow} />
            <StatsNote
              stats={stats.data}
              computing={stats.isPending || stats.isPlaceholderData}
              error={stats.error}
              onRetry={() => void stats.refetch()}
            />
          </div>
        </div>
        {tied.size > 0 && <TiesNotice count={tied.size} fixOff={reorderOff} saving={isSaving} onFix={fixOrder} />}
        <ListChangesNotice changes={changes} />
        {/* Someone about to drag: what the current order does is worked out ahead of the drop. */}
        <div className="rules-list" onKeyDown={onKeyDown} onPointerEnter={reorder.warm} onFocus={reorder.warm}>
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
            <EmptyState title="No rules match these filters." />
          ) : (
            <SortableList
              items={entries}
              estimatedRowSize={rowSizes[density]}
              getId={entryId}
              getLabel={entryLabel}
              label={`${descriptor.title}, in evaluation order`}
              disabled={reorderOff ?? false}
              instructions={instructions}
              renderItem={renderItem}
              onReorder={onReorder}
              revealId={fresh.revealId}
              onReveal={fresh.onRevealed}
              className={`rules-list__items rules-list__items--${kind}`}
            />
          )}
        </div>
        <ReorderImpactDialog
          envId={envId}
          kind={kind}
          pending={reorder.pending}
          nameOf={nameOfId}
          onCancel={reorder.cancel}
          onSave={reorder.confirm}
        />
        <DeleteRuleDialog envId={envId} kind={kind} target={deleting} onClose={() => setDeleting(null)} />
        <BulkDeleteDialog
          envId={envId}
          kind={kind}
          open={bulkIds !== null}
          ids={bulkIds ?? []}
          names={(bulkIds ?? []).flatMap((id) => {
            const rule = rules.find((each) => each.id === id);
            return rule ? [ruleName(kind, rule, lookup)] : [];
          })}
          onDone={selection.keepOnly}
          onClose={() => setBulkIds(null)}
        />
      </AssigneeLookupContext.Provider>
    </RuleRowContext.Provider>
  );
}

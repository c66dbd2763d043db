import { issueStatuses } from '../../../../../contract/issues';
import type { ParamChanges } from '../../../../components/pagination/use-list-search-params';
import { Field } from '../../../../components/ui/field';
import { FilterBar } from '../../../../components/ui/filter-bar';
import { SearchField } from '../../../../components/ui/search-field';
import { Select } from '../../../../components/ui/select';
import { issueSortOptions, issueSortValue, readIssueSortValue } from '../../../../data/issues/issue-order';
import { issueStatusLabels } from '../../../../data/issues/issue-ref';
import { issueSeenInOptions } from '../../../../data/issues/issue-seen-in';
import { IssueAssigneeFilter } from './issue-assignee-filter';
import { assigneeParam, clearedFilters, type IssueListFilters } from './use-issue-list-state';

type IssueFiltersProps = {
  filters: IssueListFilters;
  filtered: boolean;
  /** This PostHog cannot filter or order issues; `describedBy` says why. */
  disabled?: boolean;
  describedBy?: string;
  update: (changes: ParamChanges, options?: { replace?: boolean }) => void;
};

type Option = { value: string; label: string };

const statusOptions: Option[] = [
  { value: '', label: 'Any status' },
  ...issueStatuses.map((status) => ({ value: status, label: issueStatusLabels[status] })),
];

function FilterSelect(props: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}) {
  return (
    <Field label={props.label}>
      {(control) => <Select {...control} value={props.value} options={props.options} onChange={props.onChange} />}
    </Field>
  );
}

export function IssueFilters({ filters, filtered, disabled = false, describedBy, update }: IssueFiltersProps) {
  return (
    <FilterBar
      label="Filter issues"
      legend="Filter and order issues"
      disabled={disabled}
      describedBy={describedBy}
      onClear={() => update(clearedFilters)}
      clearShown={filtered}
    >
      <SearchField
        label="Search by name"
        placeholder="TypeError…"
        value={filters.search}
        onSearch={(text) => update({ q: text.trim() }, { replace: true })}
      />
      <FilterSelect
        label="Status"
        value={filters.status ?? ''}
        options={statusOptions}
        onChange={(status) => update({ status })}
      />
      <Field label="Assignee" className="filter-bar__picker">
        {(control) => (
          <IssueAssigneeFilter
            {...control}
            value={filters.assignee}
            disabled={disabled}
            onChange={(assignee) => update({ assignee: assigneeParam(assignee) })}
          />
        )}
      </Field>
      <FilterSelect
        label="Seen in"
        value={filters.seenIn}
        options={issueSeenInOptions}
        onChange={(seen) => update({ seen })}
      />
      <FilterSelect
        label="Sort by"
        value={issueSortValue(filters.order, filters.direction)}
        options={issueSortOptions}
        onChange={(value) => {
          const { order, direction } = readIssueSortValue(value);
          update({ order, dir: direction === 'ASC' ? 'asc' : null });
        }}
      />
    </FilterBar>
  );
}

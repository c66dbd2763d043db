import { issueStatuses } from '../../../../contract/issues';
import { AssigneePicker } from '../../../components/assignee-picker/assignee-picker';
import type { ParamChanges } from '../../../components/pagination/use-list-search-params';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Select } from '../../../components/ui/select';
import { issueOrderOptions } from '../../../lib/issues/issue-order';
import { issueStatusLabels } from '../../../lib/issues/issue-ref';
import { issueSeenInOptions } from '../../../lib/issues/issue-seen-in';
import { IssueSearchField } from './issue-search-field';
import { assigneeParam, clearedFilters, type IssueListFilters } from './use-issue-list-state';

type IssueFiltersProps = {
  filters: IssueListFilters;
  filtered: boolean;
  /** This PostHog cannot filter or order issues: the controls are off, and `describedBy` says why. */
  disabled?: boolean;
  describedBy?: string;
  update: (changes: ParamChanges, options?: { replace?: boolean }) => void;
};

/** Search, status, assignee, "Seen in" and order: each change goes to the URL, and the list is asked from page 1. */
export function IssueFilters({ filters, filtered, disabled = false, describedBy, update }: IssueFiltersProps) {
  return (
    <div role="search" aria-label="Filter issues">
      <fieldset className="issue-filters" disabled={disabled} aria-describedby={describedBy}>
        <legend className="visually-hidden">Filter and order issues</legend>
        <IssueSearchField value={filters.search} onSearch={(text) => update({ q: text.trim() }, { replace: true })} />
        <Field label="Status">
          {(control) => (
            <Select
              {...control}
              value={filters.status ?? ''}
              onChange={(event) => update({ status: event.target.value })}
            >
              <option value="">Any status</option>
              {issueStatuses.map((status) => (
                <option key={status} value={status}>
                  {issueStatusLabels[status]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Assignee" className="issue-filters__assignee">
          {(control) => (
            <AssigneePicker
              {...control}
              placeholder="Anyone"
              value={filters.assignee}
              disabled={disabled}
              onChange={(assignee) => update({ assignee: assigneeParam(assignee) })}
            />
          )}
        </Field>
        <Field label="Seen in">
          {(control) => (
            <Select {...control} value={filters.seenIn} onChange={(event) => update({ seen: event.target.value })}>
              {issueSeenInOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Sort by">
          {(control) => (
            <Select {...control} value={filters.order} onChange={(event) => update({ order: event.target.value })}>
              {issueOrderOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {filtered && (
          <Button className="issue-filters__clear" onClick={() => update(clearedFilters)}>
            Clear filters
          </Button>
        )}
      </fieldset>
    </div>
  );
}

import { issueStatuses } from '../../../../contract/issues';
import { AssigneePicker } from '../../../components/assignee-picker/assignee-picker';
import type { ParamChanges } from '../../../components/pagination/use-list-search-params';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Select } from '../../../components/ui/select';
import { issueStatusLabels } from '../../../lib/issues/issue-ref';
import { IssueSearchField } from './issue-search-field';
import { assigneeParam, type IssueListFilters } from './use-issue-list-state';

type IssueFiltersProps = {
  filters: IssueListFilters;
  filtered: boolean;
  update: (changes: ParamChanges, options?: { replace?: boolean }) => void;
};

/** Search, status and assignee: each change goes to the URL, and the list is asked again from page 1. */
export function IssueFilters({ filters, filtered, update }: IssueFiltersProps) {
  return (
    <div className="issue-filters" role="search" aria-label="Filter issues">
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
            onChange={(assignee) => update({ assignee: assigneeParam(assignee) })}
          />
        )}
      </Field>
      {filtered && (
        <Button className="issue-filters__clear" onClick={() => update({ q: null, status: null, assignee: null })}>
          Clear filters
        </Button>
      )}
    </div>
  );
}

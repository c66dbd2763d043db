import { useId } from 'react';
import { Link } from 'react-router';
import { Field } from '../../../../components/ui/field';
import { FilterBar } from '../../../../components/ui/filter-bar';
import { Select } from '../../../../components/ui/select';
import { fallbackAssigneeName, type AssigneeLookup } from '../../../../data/organization/assignee-names';
import {
  describeIssueFilters,
  reapplySetHints,
  reapplySetOptions,
  type ReapplyScope,
  type ReapplySet,
} from './reapply-set';

type ReapplySetPickerProps = {
  envId: number;
  scope: ReapplyScope;
  /** The Issues page's query string, for the way back to it. */
  issuesSearch: string;
  lookup: AssigneeLookup;
  onChange: (set: ReapplySet) => void;
};

/** Which issues to check: a preset, or the filters the Issues page sent. */
export function ReapplySetPicker({ envId, scope, issuesSearch, lookup, onChange }: ReapplySetPickerProps) {
  const helperId = useId();
  const { filters } = scope;
  const helper = filters ? (
    <>
      Issues matching{' '}
      {describeIssueFilters(filters, (assignee) =>
        assignee === 'unassigned'
          ? 'unassigned'
          : assignee
            ? (lookup(assignee)?.name ?? fallbackAssigneeName(assignee))
            : '',
      )}
      . <Link to={`/env/${envId}/issues${issuesSearch}`}>Change them on the Issues page</Link>
    </>
  ) : (
    reapplySetHints[scope.set]
  );
  return (
    <FilterBar label="Choose issues" legend="Issues to check" helper={helper} helperId={helperId}>
      <Field label="Issues to check" describedBy={helperId}>
        {(control) => (
          <Select {...control} value={scope.set} options={reapplySetOptions} onChange={(set) => onChange(set)} />
        )}
      </Field>
    </FilterBar>
  );
}

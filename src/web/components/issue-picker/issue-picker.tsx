import { useId, useMemo, useState } from 'react';
import type { Row } from '../../../contract/rows';
import { describeError } from '../../lib/api-error';
import { useCurrentEnvironment } from '../../lib/environments/current-environment';
import { issueTitle, type IssueRef } from '../../data/issues/issue-ref';
import { issueRefOf, type IssueRow } from '../../data/issues/issue-row';
import { useSearchIssues } from '../../data/issues/search-issues';
import { countOf } from '../../lib/format';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { Combobox, type ComboboxOption, type ControlledFieldProps } from '../ui/combobox';
import { ChosenIssue } from './chosen-issue';
import { IssueIdentity } from './issue-identity';
import './issue-picker.css';

export type { IssueRef } from '../../data/issues/issue-ref';

export type IssuePickerProps = ControlledFieldProps<IssueRef> & {
  exclude?: readonly string[];
  placeholder?: string;
  required?: boolean;
  disabled?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
};

export const searchDebounceMs = 250;
const nothingExcluded: readonly string[] = [];

const noRows: Row<IssueRow>[] = [];

function optionsOf(issues: IssueRow[], exclude: readonly string[]): ComboboxOption<IssueRef>[] {
  return issues
    .filter((issue) => !exclude.includes(issue.id))
    .map((issue) => ({
      key: issue.id,
      value: issueRefOf(issue),
      label: issueTitle(issueRefOf(issue)),
      // The server also matched descriptions; the combobox's own filter must not hide those.
      keywords: [issue.description ?? '', issue.id],
    }));
}

export function IssuePicker({
  value,
  onChange,
  onBlur,
  ref,
  name,
  exclude = nothingExcluded,
  placeholder = 'Search issues by name',
  required = false,
  disabled = false,
  'aria-describedby': describedByProp,
  'aria-invalid': invalid,
  ...labelling
}: IssuePickerProps) {
  const environment = useCurrentEnvironment();
  const [text, setText] = useState('');
  // Nothing is fetched until the person first comes to the field.
  const [touched, setTouched] = useState(false);
  const search = useDebouncedValue(text, searchDebounceMs);
  const issues = useSearchIssues(environment.id, search, touched);
  const rows = issues.data?.rows ?? noRows;
  const readable = useMemo(() => rows.flatMap((row) => (row.ok ? [row.value] : [])), [rows]);
  const skipped = rows.length - readable.length;
  const issueById = useMemo(() => new Map(readable.map((issue) => [issue.id, issue])), [readable]);
  const options = useMemo(() => optionsOf(readable, exclude), [readable, exclude]);
  const errorId = useId();
  const noteId = useId();
  const chosenId = useId();
  const failed = issues.isError && issues.data === undefined;
  const limited = issues.data?.limited ?? false;
  const note = [
    skipped > 0
      ? `${countOf(skipped, 'issue')} could not be read and ${skipped === 1 ? 'is' : 'are'} not offered.`
      : '',
    limited ? 'This PostHog cannot search issues: only its first 100 issues are searched.' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const describedBy = [
    describedByProp,
    value ? chosenId : undefined,
    failed ? errorId : undefined,
    note ? noteId : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  const searching = touched && (issues.isFetching || text !== search);

  return (
    <div className="issue-picker" onFocus={() => setTouched(true)}>
      <Combobox<IssueRef>
        {...labelling}
        ref={ref}
        name={name}
        options={options}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        onInputChange={setText}
        getValueKey={(issue) => issue.id}
        getValueLabel={issueTitle}
        renderOption={(option) => (
          // Names repeat ("TypeError"): the description, first seen, counts and short id tell such issues apart.
          <IssueIdentity issue={option.value} status={issueById.get(option.key)?.status} />
        )}
        placeholder={placeholder}
        clearable={!required}
        clearLabel="Clear issue"
        noMatchesText={searching ? 'Searching issues…' : 'No issues match'}
        required={required}
        disabled={disabled}
        aria-describedby={describedBy || undefined}
        aria-invalid={invalid}
      />
      {value && <ChosenIssue id={chosenId} issue={value} />}
      {note && (
        <p id={noteId} className="field__hint">
          {note}
        </p>
      )}
      {failed && (
        <p id={errorId} className="field__error" role="alert">
          Issues could not be searched: {describeError(issues.error)}
        </p>
      )}
    </div>
  );
}

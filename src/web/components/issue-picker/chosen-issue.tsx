import { useQuery } from '@tanstack/react-query';
import { fingerprintCountQueryOptions } from '../../data/fingerprints/get-fingerprints';
import type { IssueRef } from '../../data/issues/issue-ref';
import { useCurrentEnvironment } from '../../lib/environments/current-environment';
import { IssueIdentity } from './issue-identity';
import './issue-picker.css';

type ChosenIssueProps = {
  id?: string;
  issue: IssueRef;
  /** On where nothing else shows the title: a dialog opened from the issue, with no picker. */
  showTitle?: boolean;
};

/** Under the picker's input, which shows only the title: what tells the chosen issue apart. It describes the input. */
export function ChosenIssue({ id, issue, showTitle = false }: ChosenIssueProps) {
  const environment = useCurrentEnvironment();
  // One single-row request: a search row carries no fingerprint count.
  const fingerprints = useQuery(fingerprintCountQueryOptions(environment.id, issue.id));
  return (
    <p id={id} className="issue-picker__chosen">
      <IssueIdentity issue={issue} fingerprints={fingerprints.data} showTitle={showTitle} />
    </p>
  );
}

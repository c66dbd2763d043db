import { Link } from 'react-router';
import { EmptyState } from '../../../../components/ui/empty-state';
import { ErrorState } from '../../../../components/ui/error-state';
import { LoadingState } from '../../../../components/ui/loading-state';
import { lacksQueryScope } from '../../../../data/exceptions/get-recent-exceptions';
import type { Assignee } from '../../../../../contract/assignee';
import { fallbackAssigneeName } from '../../../../data/organization/assignee-names';
import { useAssigneeDirectory } from '../../../../data/organization/use-assignee-directory';
import { ApplyProgress } from './apply-progress';
import { ApplyReport } from './apply-report';
import { ApplyToolbar } from './apply-toolbar';
import { reapplySetOptions, type ReapplyScope } from './reapply-set';
import { ReapplyNotices } from './reapply-notices';
import { ReapplyTable } from './reapply-table';
import { useReapplyCandidates } from './use-reapply-candidates';
import { useReapplyRun } from './use-reapply-run';
import { useReapplySelection } from './use-reapply-selection';

const noScopeMessage =
  'The PostHog key lacks the query:read scope, so the issues’ first exceptions cannot be read and the rules ' +
  'cannot be re-applied. Add the scope to the key in PostHog.';

/** The chosen issues with today's pick for each, the selection, and the run (apply, retry, undo) with its report. */
export function ReapplyView({
  envId,
  environmentName,
  scope,
}: {
  envId: number;
  environmentName: string;
  scope: ReapplyScope;
}) {
  const data = useReapplyCandidates(envId, scope);
  const run = useReapplyRun(envId);
  const { lookup } = useAssigneeDirectory();
  const selection = useReapplySelection(data.status === 'ready' ? data.candidates : []);
  const nameOf = (assignee: Assignee | null) =>
    assignee === null ? 'nobody' : (lookup(assignee)?.name ?? fallbackAssigneeName(assignee));

  const runPanel = (
    <>
      {run.progress && <ApplyProgress progress={run.progress} />}
      {run.report && (
        <ApplyReport
          report={run.report}
          undoable={run.undoable.length}
          nameOf={nameOf}
          onRetry={() => void run.retryFailed()}
          onUndo={() => void run.undo()}
        />
      )}
    </>
  );

  if (data.status === 'loading') return <LoadingState label={data.label} />;
  if (data.status === 'error') {
    const scopeMissing = lacksQueryScope(data.query.error);
    return (
      <ErrorState
        title={`Could not load ${data.label}.`}
        error={scopeMissing ? new Error(noScopeMessage) : data.query.error}
        onRetry={() => void data.query.refetch()}
        retrying={data.query.isFetching}
      />
    );
  }

  const setLabel = reapplySetOptions.find((option) => option.value === scope.set)!.label.toLowerCase();
  if (data.assignmentRules.length === 0 && data.unreadableRules === 0) {
    return (
      <>
        {runPanel}
        <EmptyState title={`No assignment rules in ${environmentName} yet: there is nothing to re-apply.`}>
          <Link to={`/env/${envId}/assignment-rules/new`} className="button button--primary">
            Create an assignment rule
          </Link>
        </EmptyState>
      </>
    );
  }
  if (data.candidates.length === 0 && data.unreadable.length === 0) {
    return (
      <>
        {runPanel}
        <ReapplyNotices data={data} />
        <EmptyState title={`No ${setLabel} in ${environmentName}.`}>
          {scope.set !== 'active' && <p>Try “All active issues” to check every active issue.</p>}
        </EmptyState>
      </>
    );
  }

  return (
    <>
      {runPanel}
      <ReapplyNotices data={data} />
      <ApplyToolbar
        checked={data.candidates.length}
        changes={selection.changes}
        ticked={selection.chosen}
        unpicked={selection.unpicked}
        clearUnpicked={selection.clearUnpicked}
        onClearUnpicked={selection.setClearUnpicked}
        onApply={() => void run.apply(selection.moves())}
        busy={run.progress !== null}
      />
      <fieldset className="reapply-rows" disabled={run.progress !== null}>
        <legend className="visually-hidden">Issues to re-apply the rules to</legend>
        <ReapplyTable
          envId={envId}
          rows={selection.rows}
          unreadable={data.unreadable}
          lookup={lookup}
          onTick={(id, on) => selection.tick([id], on)}
          onTickAll={(on) =>
            selection.tick(
              selection.rows.map((row) => row.candidate.issue.id),
              on,
            )
          }
        />
      </fieldset>
    </>
  );
}

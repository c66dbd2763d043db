import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';
import { QueryView } from '../../components/ui/query-view';
import { Button } from '../../components/ui/button';
import { useRuleHistory } from '../../data/rule-history/get-rule-history';
import { useWriteAccess } from '../../data/session/use-write-access';
import { useCurrentEnvironment } from '../../lib/environments/current-environment';
import { shortId } from '../../lib/short-id';
import { EntryDetail } from './components/entry/entry-detail';
import { HistoryFilterBar } from './components/history-filter-bar';
import { PlanDialog } from './components/plan/plan-dialog';
import type { RevertRequest } from './components/revert/revert-request';
import { RulesAsCode } from './components/rules-as-code/rules-as-code';
import { HistoryTimeline } from './components/timeline/history-timeline';
import { historyPath } from './history-path';
import { useHistoryParams } from './use-history-params';
import './history-page.css';

export function HistoryPage() {
  const environment = useCurrentEnvironment();
  const { filters, actorValue, entryId, update, entryHref } = useHistoryParams();
  const history = useRuleHistory(environment.id, filters);
  const { reason: writeOff } = useWriteAccess();
  const [revert, setRevert] = useState<RevertRequest | null>(null);
  const filtered = filters.kind !== undefined || filters.actor !== undefined;
  const rule = filters.rule ?? null;

  return (
    <>
      <div className="page-heading">
        <PageHeader
          title="History"
          description="Every change to this environment’s rules, whoever made it and however it came: what it did, and a way back."
        />
        <RulesAsCode writeOff={writeOff} />
      </div>
      <HistoryFilterBar
        envId={environment.id}
        kind={filters.kind ?? ''}
        actor={actorValue}
        onChange={(changes) => update(changes, { replace: true })}
      />
      {rule && (
        <p className="notice history-page__rule">
          Showing the history of rule <code>{shortId(rule)}</code> only.{' '}
          <Link to={historyPath(environment.id)}>Show every rule</Link>
        </p>
      )}
      <QueryView
        query={history}
        label="the history"
        isEmpty={(data) => data.pages.every((page) => page.results.length === 0)}
        empty={
          filtered || rule ? (
            <EmptyState title={filtered ? 'No change matches these filters.' : 'No change to this rule is recorded.'}>
              <Button onClick={() => update({ kind: null, actor: null, rule: null })}>Show every change</Button>
            </EmptyState>
          ) : (
            <EmptyState title={`No changes recorded in ${environment.name} yet.`}>
              <p>Every change to a rule shows up here: made in the console, with its API, or anywhere else.</p>
            </EmptyState>
          )
        }
      >
        {(data) => {
          const entries = data.pages.flatMap((page) => page.results);
          const shown = entryId ?? entries[0]?.id ?? null;
          return (
            <div className="history-page__layout">
              <HistoryTimeline
                entries={entries}
                selectedId={shown}
                entryHref={entryHref}
                hasOlder={history.hasNextPage}
                loadingOlder={history.isFetchingNextPage}
                onLoadOlder={() => void history.fetchNextPage()}
              />
              {shown !== null && (
                <EntryDetail
                  envId={environment.id}
                  entryId={shown}
                  rule={rule}
                  focus={entryId !== null}
                  onRevert={setRevert}
                  writeOff={writeOff}
                />
              )}
            </div>
          );
        }}
      </QueryView>
      {revert && (
        <PlanDialog
          title={revert.title}
          description="The plan is read from the rules as they are now. Nothing changes until you apply it."
          request={{ envId: environment.id, label: revert.label, target: revert.target }}
          environment={environment}
          onClose={() => setRevert(null)}
        />
      )}
    </>
  );
}

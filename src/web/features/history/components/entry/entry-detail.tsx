import { useEffect, useMemo, useRef, useState } from 'react';
import type { HistoryEntryDetail } from '../../../../../contract/rule-history';
import { Badge } from '../../../../components/ui/badge';
import { Button } from '../../../../components/ui/button';
import { EmptyState } from '../../../../components/ui/empty-state';
import { QueryView } from '../../../../components/ui/query-view';
import { RelativeTime } from '../../../../components/ui/relative-time';
import type { AssigneeLookup } from '../../../../data/organization/assignee-names';
import { useAssigneeDirectory } from '../../../../data/organization/use-assignee-directory';
import { useHistoryEntry } from '../../../../data/rule-history/get-history-entry';
import { countOf } from '../../../../lib/format';
import { formatAbsoluteTime } from '../../../../lib/relative-time';
import { RuleSummary } from '../../../rules';
import { historyPath } from '../../history-path';
import { baseOfStates } from '../diff/base-of';
import { RuleDiffList } from '../diff/rule-diff-list';
import { snapshotDiff } from '../diff/snapshot-diff';
import { undoRequest, type RevertRequest } from '../revert/revert-request';
import { actorLabel, describeEntry } from '../timeline/describe-entry';
import { disabledChanges } from './disabled-changes';
import { EntryRevertActions } from './entry-revert-actions';
import { SnapshotRules } from './snapshot-rules';

type EntryDetailProps = {
  envId: number;
  entryId: number;
  /** The rule the page is narrowed to. */
  rule: string | null;
  /** Focus the heading once shown: the person chose this entry. */
  focus: boolean;
  onRevert: (request: RevertRequest) => void;
  writeOff: string | null;
};

type EntryBodyProps = Omit<EntryDetailProps, 'entryId'> & { entry: HistoryEntryDetail; lookup: AssigneeLookup };

function EntryChanges({ entry, envId, rule, lookup, onRevert, writeOff }: EntryBodyProps) {
  const [everyRule, setEveryRule] = useState(false);
  const { previous, snapshot } = entry;
  const diffs = useMemo(() => (previous ? snapshotDiff(previous, snapshot) : []), [previous, snapshot]);
  const disabled = useMemo(() => (previous ? disabledChanges(previous, snapshot) : []), [previous, snapshot]);
  if (previous === null) {
    return (
      <>
        <p className="history-detail__note">
          No earlier state is kept, so there is nothing to compare with. The rules as they were then:
        </p>
        <SnapshotRules snapshot={snapshot} lookup={lookup} envId={envId} />
      </>
    );
  }
  const narrowed = rule !== null && !everyRule ? diffs.filter((diff) => diff.id === rule) : diffs;
  const others = diffs.length - narrowed.length;
  return (
    <>
      {diffs.length === 0 && disabled.length === 0 && (
        <EmptyState title="Nothing a rule does changed">
          <p>Only what PostHog keeps for itself changed (the order keys or when a rule was last updated).</p>
        </EmptyState>
      )}
      {disabled.length > 0 && (
        <ul className="history-diff__list history-detail__disabled">
          {disabled.map(({ kind, rule: changed, disabled: off }) => (
            <li key={changed.id} className="history-diff__item">
              <div className="history-diff__head">
                <Badge tone={off ? 'warning' : 'success'}>{off ? 'Disabled' : 'Enabled again'}</Badge>
                <RuleSummary
                  kind={kind}
                  base={changed}
                  lookup={lookup}
                  href={historyPath(envId, { rule: changed.id })}
                />
              </div>
              {off && changed.disabled_data && (
                <p className="history-diff__note">PostHog says: {changed.disabled_data.message}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      <RuleDiffList
        diffs={narrowed}
        lookup={lookup}
        past
        baseOf={baseOfStates(snapshot, previous)}
        hrefOf={(id) => (id === rule ? undefined : historyPath(envId, { rule: id }))}
        actionsOf={
          writeOff === null && entry.rule_ids.length > 1
            ? (diff) =>
                diff.id !== null && (
                  <Button
                    size="small"
                    variant="ghost"
                    aria-label={`Undo this change to rule ${diff.id.replace(/-/g, '').slice(-8)}`}
                    onClick={() => onRevert(undoRequest(entry, previous, [diff.id!]))}
                  >
                    Undo
                  </Button>
                )
            : undefined
        }
      />
      {others > 0 && (
        <Button variant="ghost" onClick={() => setEveryRule(true)}>
          Show the {countOf(others, 'other rule')} this change touched
        </Button>
      )}
    </>
  );
}

function EntryBody(props: EntryBodyProps) {
  const { entry, focus } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) headingRef.current?.focus();
  }, [focus, entry.id]);
  return (
    <article className="history-detail" aria-labelledby="history-detail-title">
      <h2 id="history-detail-title" ref={headingRef} tabIndex={-1} className="history-detail__title">
        <span className="history-detail__id">#{entry.id}</span> {describeEntry(entry)}
      </h2>
      <p className="history-detail__meta">
        {actorLabel(entry.actor)}, {formatAbsoluteTime(entry.recorded_at)} (<RelativeTime iso={entry.recorded_at} />)
        {entry.plan_label && (
          <>
            {' · '}
            <Badge>{entry.plan_label}</Badge>
          </>
        )}
      </p>
      <EntryRevertActions entry={entry} rule={props.rule} onRevert={props.onRevert} writeOff={props.writeOff} />
      <EntryChanges {...props} />
    </article>
  );
}

/** One entry: who, when, what, the diff from the state before, and the ways back. */
export function EntryDetail({ entryId, ...props }: EntryDetailProps) {
  const query = useHistoryEntry(props.envId, entryId);
  const { lookup } = useAssigneeDirectory();
  return (
    <QueryView query={query} label={`change #${entryId}`}>
      {(entry) => <EntryBody {...props} key={entry.id} entry={entry} lookup={lookup} />}
    </QueryView>
  );
}

import { Link } from 'react-router';
import type { Row } from '../../../../../contract/rows';
import { AssigneeLabelView } from '../../../../components/assignee-picker/assignee-label';
import { Checkbox } from '../../../../components/ui/checkbox';
import { UnreadableRecord } from '../../../../components/ui/unreadable-record';
import { issuePagePath, issueTitle } from '../../../../data/issues/issue-ref';
import type { IssueRow } from '../../../../data/issues/issue-row';
import type { AssigneeLookup } from '../../../../data/organization/assignee-names';
import { cx } from '../../../../lib/class-names';
import { shortId } from '../../../../lib/short-id';
import { explainPath } from '../../rule-lab-paths';
import { ChangeBadge } from './change-badge';
import { issueNameOf } from './issue-name';
import { PickedAssignee } from './picked-assignee';
import { isChange, type ReapplyCandidate, type ReapplyChange } from './reapply-candidate';
import { WinningRule } from './winning-rule';

export type ReapplyRow = { candidate: ReapplyCandidate; change: ReapplyChange; ticked: boolean };

export type ReapplyTableProps = {
  envId: number;
  rows: readonly ReapplyRow[];
  unreadable: ReadonlyArray<Extract<Row<IssueRow>, { ok: false }>>;
  lookup: AssigneeLookup;
  onTick: (id: string, ticked: boolean) => void;
  onTickAll: (ticked: boolean) => void;
};

const columnCount = 7;

function ReapplyTableRow({
  envId,
  row: { candidate, change, ticked },
  lookup,
  onTick,
}: Pick<ReapplyTableProps, 'envId' | 'lookup' | 'onTick'> & { row: ReapplyRow }) {
  const { issue, proposal } = candidate;
  const name = issueNameOf(issue);
  const changing = isChange(change);
  return (
    <tr className={cx(!changing && 'reapply-table__row--unchanged')}>
      <td className="reapply-table__tick">
        <Checkbox
          aria-label={`Re-apply to ${name}`}
          checked={changing && ticked}
          disabled={!changing}
          onChange={(event) => onTick(issue.id, event.target.checked)}
        />
      </td>
      <th scope="row" className="reapply-table__issue" title={issue.description ?? undefined}>
        <Link to={issuePagePath(envId, issue.id)}>{issueTitle({ name: issue.name ?? null })}</Link>{' '}
        <code className="reapply-table__id">{shortId(issue.id)}</code>
        {issue.description && <span className="reapply-table__description">{issue.description}</span>}
      </th>
      <td className="data-table__nowrap" data-label="Assignee now">
        <AssigneeLabelView assignee={candidate.current} lookup={lookup} />
      </td>
      <td className="data-table__nowrap" data-label="Rules pick">
        <PickedAssignee proposal={proposal} lookup={lookup} />
      </td>
      <td data-label="Change" data-priority={2}>
        <ChangeBadge change={change} />
      </td>
      <td className="reapply-table__picked-by" data-label="Picked by">
        <WinningRule proposal={proposal} lookup={lookup} />
      </td>
      <td className="reapply-table__explain">
        {proposal && (
          <Link to={explainPath(envId, proposal.eventUuid)} aria-label={`Explain the first exception of ${name}`}>
            Explain
          </Link>
        )}
      </td>
    </tr>
  );
}

/**
 * One row per issue: tick, issue, assignee now, today's pick, the change, the rule that picked, and Explain. The
 * change gives way first on a narrow table: the tick and the muted row say it too.
 */
export function ReapplyTable({ envId, rows, unreadable, lookup, onTick, onTickAll }: ReapplyTableProps) {
  const changes = rows.filter((row) => isChange(row.change));
  const ticked = changes.filter((row) => row.ticked).length;
  return (
    <div className="table-scroll">
      <table className="data-table reapply-table">
        <caption className="visually-hidden">Issues and the assignee today’s assignment rules pick</caption>
        <thead>
          <tr>
            <th scope="col" className="reapply-table__tick">
              <Checkbox
                aria-label="Select every change"
                checked={changes.length > 0 && ticked === changes.length}
                disabled={changes.length === 0}
                ref={(box) => {
                  if (box) box.indeterminate = ticked > 0 && ticked < changes.length;
                }}
                onChange={(event) => onTickAll(event.target.checked)}
              />
            </th>
            <th scope="col">Issue</th>
            <th scope="col">Assignee now</th>
            <th scope="col">Rules pick</th>
            <th scope="col" data-priority={2}>
              Change
            </th>
            <th scope="col">Picked by</th>
            <th scope="col">
              <span className="visually-hidden">Explain</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <ReapplyTableRow key={row.candidate.issue.id} envId={envId} row={row} lookup={lookup} onTick={onTick} />
          ))}
          {unreadable.map((row, index) => (
            <tr key={`unreadable-${index}`}>
              <td colSpan={columnCount}>
                <UnreadableRecord row={row} noun="issue" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

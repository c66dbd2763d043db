import { useEffect, useRef, type ReactNode } from 'react';
import type { Assignee } from '../../../../../contract/assignee';
import { Button } from '../../../../components/ui/button';
import { WriteScope } from '../../../../components/write-scope/write-scope';
import { describeError } from '../../../../lib/api-error';
import { cx } from '../../../../lib/class-names';
import { countOf } from '../../../../lib/format';
import type { NamedMove, RunReport } from './use-reapply-run';

type ApplyReportProps = {
  report: RunReport;
  undoable: number;
  nameOf: (assignee: Assignee | null) => string;
  onRetry: () => void;
  onUndo: () => void;
};

function headline({ action, saved, already, changed, gone, failed }: RunReport): string {
  const total = saved.length + already.length + changed.length + gone.length + failed.length;
  const done = saved.length + already.length;
  const of = done === total ? countOf(done, 'issue') : `${done} of ${countOf(total, 'issue')}`;
  return action === 'apply' ? `Re-applied the rules to ${of}.` : `Restored the previous assignee of ${of}.`;
}

function Outcomes({ title, items }: { title: string; items: ReadonlyArray<{ key: string; text: ReactNode }> }) {
  if (items.length === 0) return null;
  return (
    <div className="reapply-report__group">
      <p className="reapply-report__title">
        {title} ({items.length})
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.key}>{item.text}</li>
        ))}
      </ul>
    </div>
  );
}

const keyed = (moves: readonly NamedMove[], text: (move: NamedMove) => ReactNode) =>
  moves.map((move) => ({ key: move.move.id, text: text(move) }));

/** What the last apply or undo did: which failed and why (with Retry), which were left alone, and Undo. */
export function ApplyReport({ report, undoable, nameOf, onRetry, onUndo }: ApplyReportProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus moves here when a run ends: the button that started it may be gone, and this says how it went.
  useEffect(() => headingRef.current?.focus(), [report]);
  const undo = report.action === 'undo';
  const problems = report.failed.length + report.changed.length + report.gone.length > 0;
  const now = (fresh: Assignee | null) => (fresh ? `now assigned to ${nameOf(fresh)}` : 'now unassigned');
  return (
    <section
      className={cx('reapply-report', problems && 'reapply-report--problems')}
      aria-labelledby="reapply-report-heading"
    >
      <h3 id="reapply-report-heading" ref={headingRef} tabIndex={-1} className="reapply-report__heading">
        {headline(report)}
      </h3>
      <Outcomes
        title={undo ? 'Could not be restored' : 'Could not be changed'}
        items={report.failed.map((move) => ({ key: move.move.id, text: `${move.name}: ${describeError(move.error)}` }))}
      />
      <Outcomes
        title={
          undo ? 'Skipped: changed by someone else since the re-apply' : 'Left alone: changed by someone else meanwhile'
        }
        items={report.changed.map((move) => ({ key: move.move.id, text: `${move.name}, ${now(move.fresh)}` }))}
      />
      <Outcomes title="No longer exist" items={keyed(report.gone, (move) => move.name)} />
      <Outcomes
        title={undo ? 'Already had their previous assignee' : 'Already had that assignee'}
        items={keyed(report.already, (move) => move.name)}
      />
      <WriteScope>
        <div className="reapply-report__actions">
          {report.failed.length > 0 && (
            <Button onClick={onRetry}>
              Retry the {countOf(report.failed.length, 'failed change', 'failed changes')}
            </Button>
          )}
          {!undo && undoable > 0 && <Button onClick={onUndo}>Undo ({countOf(undoable, 'change')})</Button>}
        </div>
      </WriteScope>
    </section>
  );
}

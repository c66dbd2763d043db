import { useId, useState } from 'react';
import type { RuleTrace } from '../../../../../rule-engine/types';
import { Button } from '../../../../components/ui/button';
import { shortId } from '../../../../lib/short-id';
import { LeafTraceTable } from './leaf-trace-table';
import { OutcomeBadge } from './outcome-badge';
import { SamplingDraw } from './sampling-draw';

type RuleTraceItemProps = {
  trace: RuleTrace;
  position: number;
  title: string;
  winner: boolean;
  /** Names another rule by its id, for ties. */
  nameOf: (ruleId: string) => string;
};

/** One rule in one stage: its outcome, why, and on demand each filter with the value it saw. */
export function RuleTraceItem({ trace, position, title, winner, nameOf }: RuleTraceItemProps) {
  const [open, setOpen] = useState(winner || trace.outcome === 'would-be-disabled');
  const leavesId = useId();
  const evaluated = trace.outcome !== 'not-reached' && trace.outcome !== 'disabled';
  return (
    <li className="rule-trace" data-outcome={winner ? 'winner' : trace.outcome}>
      <div className="rule-trace__line">
        <span className="rule-trace__position" aria-label={`Position ${position}`}>
          {position}
        </span>
        <span className="rule-trace__title">{title}</span>
        <code className="rule-trace__id">{shortId(trace.ruleId)}</code>
        <OutcomeBadge outcome={trace.outcome} winner={winner} />
        {evaluated && trace.leaves.length > 0 && (
          <Button
            variant="ghost"
            size="small"
            aria-expanded={open}
            aria-controls={leavesId}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide filters' : `Show ${trace.leaves.length === 1 ? 'filter' : `${trace.leaves.length} filters`}`}
          </Button>
        )}
      </div>
      {trace.error && (
        <p className="rule-trace__problem">
          {trace.outcome === 'disabled' ? 'Disabled by PostHog: ' : 'This rule would be disabled: '}
          {trace.error}
        </p>
      )}
      {trace.tiedWith.length > 0 && (
        <p className="rule-trace__warning">
          Same order as {trace.tiedWith.map(nameOf).join(', ')}: PostHog may run them in either order.
        </p>
      )}
      {trace.note && <p className="rule-trace__note">{trace.note}</p>}
      {trace.draw && <SamplingDraw draw={trace.draw} />}
      {evaluated && trace.leaves.length > 0 && open && (
        <div id={leavesId}>
          <LeafTraceTable leaves={trace.leaves} caption={`Filters of ${title}`} />
        </div>
      )}
    </li>
  );
}

import type { AssigneeLookup } from '../../../../data/organization/assignee-names';
import { countOf } from '../../../../lib/format';
import { shortId } from '../../../../lib/short-id';
import { ruleTitleOf } from '../../../rules';
import type { Proposal } from './propose-assignee';

/** The rule that picked the assignee, named by its title and short id. */
export function WinningRule({ proposal, lookup }: { proposal: Proposal | null; lookup: AssigneeLookup }) {
  if (proposal === null) return <span className="muted">—</span>;
  const { rule, ruleId, erroredRules } = proposal;
  const title = rule ? ruleTitleOf('assignment', rule, lookup) : 'A rule the dashboard cannot read';
  return (
    <>
      {ruleId ? (
        <span title={title}>
          {title} <code className="reapply-table__id">{shortId(ruleId)}</code>
        </span>
      ) : (
        <span className="muted">No rule matched</span>
      )}
      {erroredRules > 0 && (
        <span className="reapply-table__warning">{countOf(erroredRules, 'rule')} failed on this exception</span>
      )}
    </>
  );
}

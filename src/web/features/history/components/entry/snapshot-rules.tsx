import type { RuleSnapshot } from '../../../../../contract/rule-history';
import { ruleKinds as kindNames } from '../../../../../contract/rules';
import type { AssigneeLookup } from '../../../../data/organization/assignee-names';
import { ruleKinds, RuleSummary } from '../../../rules';
import { historyPath } from '../../history-path';
import { listOf } from '../revert/revert-target';

/** Every rule of a state, kind by kind, in evaluation order. */
export function SnapshotRules({
  snapshot,
  lookup,
  envId,
}: {
  snapshot: RuleSnapshot;
  lookup: AssigneeLookup;
  envId: number;
}) {
  return (
    <div className="history-diff">
      {kindNames.map((kind) => {
        const rules = listOf(snapshot, kind);
        return (
          <section key={kind} className="history-diff__kind" aria-label={ruleKinds[kind].title}>
            <h3 className="history-diff__kind-title">{ruleKinds[kind].title}</h3>
            {rules.length === 0 ? (
              <p className="history-diff__none">None</p>
            ) : (
              <ol className="history-diff__list">
                {rules.map((rule) => (
                  <li key={rule.id} className="history-diff__item">
                    <RuleSummary kind={kind} base={rule} lookup={lookup} href={historyPath(envId, { rule: rule.id })} />
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}

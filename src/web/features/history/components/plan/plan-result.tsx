import { useEffect, useRef } from 'react';
import type { RuleSnapshot } from '../../../../../contract/rule-history';
import type { ApplyResult } from '../../../../../rule-plans';
import type { AssigneeLookup } from '../../../../data/organization/assignee-names';
import { describeError } from '../../../../lib/api-error';
import { countOf } from '../../../../lib/format';
import { operationText } from './operation-text';

type PlanResultProps = { result: ApplyResult; before: RuleSnapshot; environmentName: string; lookup: AssigneeLookup };

/** After a plan ran: done, or exactly what was applied, what failed and what was not run. */
export function PlanResult({ result, before, environmentName, lookup }: PlanResultProps) {
  const headlineRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => headlineRef.current?.focus(), []);
  const text = (operation: ApplyResult['applied'][number]) => operationText(operation, before, lookup);
  if (result.status === 'done') {
    return (
      <p ref={headlineRef} tabIndex={-1} className="plan-result plan-result--done" role="status">
        Applied {countOf(result.applied.length, 'change')} to the rules of {environmentName}.
      </p>
    );
  }
  const total = result.applied.length + result.notRun.length + (result.failed ? 1 : 0);
  return (
    <div className="plan-result">
      <p ref={headlineRef} tabIndex={-1} className="plan-result__headline" role="alert">
        {result.failed
          ? `Stopped at change ${result.applied.length + 1} of ${total}: it failed, so nothing after it was applied.`
          : `Stopped after ${countOf(result.applied.length, 'change')} of ${total}, as asked.`}
      </p>
      {result.applied.length > 0 && (
        <section aria-label="Applied" className="plan-result__group">
          <h3 className="plan-result__title">Applied ({result.applied.length})</h3>
          <ul className="plan-result__list">
            {result.applied.map((operation, index) => (
              <li key={index} className="plan-result__op plan-result__op--applied">
                <span aria-hidden="true">✓ </span>
                {text(operation)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.failed && (
        <section aria-label="Failed" className="plan-result__group">
          <h3 className="plan-result__title">Failed</h3>
          <ul className="plan-result__list">
            <li className="plan-result__op plan-result__op--failed">
              <span aria-hidden="true">✗ </span>
              {text(result.failed.operation)}: {describeError(result.failed.error)}
            </li>
          </ul>
        </section>
      )}
      {result.notRun.length > 0 && (
        <section aria-label="Not applied" className="plan-result__group">
          <h3 className="plan-result__title">Not applied ({result.notRun.length})</h3>
          <ul className="plan-result__list">
            {result.notRun.map((operation, index) => (
              <li key={index} className="plan-result__op">
                {text(operation)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

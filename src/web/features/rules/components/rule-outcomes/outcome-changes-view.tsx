import type { RuleKind } from '../../../../../contract/rules';
import { countOf } from '../../../../lib/format';
import type { OutcomeChanges } from '../../../../lib/rule-outcomes/outcome-changes';
import { ExceptionLinks } from './exception-links';
import type { OutcomeLabels } from './use-outcome-labels';

type OutcomeChangesViewProps = { kind: RuleKind; changes: OutcomeChanges; labels: OutcomeLabels };

/** Each change of outcome with its count, the rules it would get disabled, and the changed exceptions on demand. */
export function OutcomeChangesView({ kind, changes, labels }: OutcomeChangesViewProps) {
  const { transitions, disables, listed } = changes;
  return (
    <div className="outcome-changes">
      {transitions.length > 0 && (
        <ul className="outcome-changes__transitions" aria-label="What changes">
          {transitions.map((transition) => (
            <li key={`${labels.transition(transition.from, transition.to)}`}>
              <strong>{countOf(transition.exceptions, kind === 'assignment' ? 'issue' : 'exception')}</strong>
              {kind !== 'assignment' && ` (${countOf(transition.issues, 'issue')})`}:{' '}
              {labels.transition(transition.from, transition.to)}
            </li>
          ))}
        </ul>
      )}
      {disables.map((disabled) => (
        <p key={disabled.ruleId} className="outcome-changes__disables">
          PostHog would disable {labels.rule(disabled.ruleId)}: it would now reach it on{' '}
          {countOf(disabled.exceptions, 'exception')} its filters cannot be evaluated on
          {disabled.message ? ` (${disabled.message})` : ''}.
        </p>
      ))}
      {listed.length > 0 && (
        <details className="outcome-changes__listed">
          <summary>
            {listed.length < changes.exceptions
              ? `The ${listed.length} most recent changed exceptions`
              : `The ${countOf(listed.length, 'changed exception')}`}
          </summary>
          <ExceptionLinks
            label="Exceptions whose outcome changes"
            exceptions={listed}
            detail={(exception) => labels.transition(exception.from, exception.to)}
          />
        </details>
      )}
    </div>
  );
}

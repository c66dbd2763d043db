import { useEffect, useId } from 'react';
import { Button } from '../../../../components/ui/button';
import { ErrorState } from '../../../../components/ui/error-state';
import { Field } from '../../../../components/ui/field';
import { Select } from '../../../../components/ui/select';
import { lacksQueryScope } from '../../../../data/exceptions/get-recent-exceptions';
import { previewWindows } from '../../../../lib/use-preview-window';
import { countOf } from '../../../../lib/format';
import { changesAnything } from '../../../../lib/rule-outcomes/outcome-changes';
import { ExceptionLinks } from '../rule-outcomes/exception-links';
import { OutcomeChangesView } from '../rule-outcomes/outcome-changes-view';
import { useOutcomeLabels } from '../rule-outcomes/use-outcome-labels';
import { PreviewProgress } from './preview-progress';
import { PreviewSummary } from './preview-summary';
import { useFormPreviewContext } from './form-preview-context';
import { windowName, windowOptions } from './window-label';
import './rule-preview.css';

const invalidText = {
  filters: 'Fix the filters to preview what this rule would match.',
  samplingPercent: 'Fix the sampling rate to preview what this rule would drop.',
};
const samplesLabel = { suppression: 'drop', grouping: 'group', assignment: 'assign' } as const;

/** The rule as edited, tried on recent exceptions: counts, the latest exceptions it acts on, what the edit changes. */
export function RulePreviewPanel() {
  const { envId, kind, ruleId, days, setDays, candidate, pending, state, last } = useFormPreviewContext();
  const labels = useOutcomeLabels(envId, kind, ruleId);
  const headingId = useId();
  const shown =
    state.status === 'done' ? state : last && { window: last.window, preview: last.outcome, rule: last.rule };
  const updating = pending || state.status === 'running';
  const fresh = state.status === 'done' && !pending ? state.preview : null;
  // The benchmark's mark: the counts of the rule as it is now are on screen.
  useEffect(() => {
    if (fresh) performance.mark('rule-preview-shown');
  }, [fresh]);

  let body;
  if (candidate.status === 'invalid') {
    body = <p className="rule-preview__note">{invalidText[candidate.field]}</p>;
  } else if (state.status === 'failed') {
    body = lacksQueryScope(state.error) ? (
      <p className="rule-preview__note">
        This API key lacks the query:read scope, so recent exceptions cannot be read to preview the rule.
      </p>
    ) : (
      <ErrorState title="Could not preview this rule." error={state.error} onRetry={state.retry} />
    );
  } else if (state.status === 'cancelled') {
    body = (
      <p className="rule-preview__note">
        Preview stopped.{' '}
        <Button size="small" onClick={state.retry}>
          Preview again
        </Button>
      </p>
    );
  } else if (shown && shown.window.exceptions === 0) {
    body = (
      <p className="rule-preview__note">
        No exceptions in the {windowName(shown.window.days)} to try this rule on. Widen the window.
      </p>
    );
  } else if (shown) {
    const { preview: result, window, rule } = shown;
    body = (
      <>
        <PreviewSummary
          preview={result}
          window={window}
          rule={rule}
          withoutAssignee={rule.assignee === null}
          labels={labels}
        />
        {result.samples.length > 0 && (
          <ExceptionLinks
            label={`The most recent exceptions it would ${samplesLabel[kind]}`}
            exceptions={result.samples}
          />
        )}
        {changesAnything(result.changes) && (
          <details className="rule-preview__changes">
            <summary>
              {ruleId ? 'This edit changes' : 'Saving it changes'} the outcome for{' '}
              {countOf(result.changes.exceptions, kind === 'assignment' ? 'issue' : 'exception')}
            </summary>
            <OutcomeChangesView kind={kind} changes={result.changes} labels={labels} />
          </details>
        )}
      </>
    );
  } else {
    body = <p className="rule-preview__note">Trying the rule on recent exceptions…</p>;
  }

  return (
    <section className="rule-preview" aria-labelledby={headingId}>
      <div className="rule-preview__header">
        <h3 id={headingId} className="rule-preview__title">
          On recent exceptions
        </h3>
        <Field label="Exceptions from" className="rule-preview__window">
          {(control) => (
            <Select
              {...control}
              value={String(days)}
              options={windowOptions}
              onChange={(value) => setDays(previewWindows.find((each) => String(each) === value) ?? 7)}
            />
          )}
        </Field>
      </div>
      <div
        className={
          updating && candidate.status === 'ready'
            ? 'rule-preview__body rule-preview__body--stale'
            : 'rule-preview__body'
        }
        role="status"
        aria-live="polite"
        aria-busy={updating || undefined}
      >
        {body}
      </div>
      {state.status === 'running' && candidate.status === 'ready' && (
        <PreviewProgress progress={state.progress} onCancel={state.cancel} />
      )}
    </section>
  );
}

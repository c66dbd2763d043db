import type { RuleKind } from '../../../../../contract/rules';
import { capitalize, countOf, formatCount } from '../../../../lib/format';
import type { RulePreview } from '../../../../lib/rule-outcomes/preview-rule-job';
import type { CandidateRule } from '../../../../lib/rule-outcomes/rule-lists';
import type { ExceptionWindow } from '../../../../data/rule-preview/preview-messages';
import type { OutcomeLabels } from '../rule-outcomes/use-outcome-labels';
import { triedOn } from './window-label';

type PreviewSummaryProps = {
  preview: RulePreview;
  window: ExceptionWindow;
  rule: CandidateRule;
  withoutAssignee: boolean;
  labels: OutcomeLabels;
};

const percentOf = (rate: number) => `${formatCount(Math.round(rate * 10_000) / 100)}%`;

function winSentence(kind: RuleKind, preview: RulePreview, rule: CandidateRule, labels: OutcomeLabels): string {
  const { wins } = preview;
  if (kind === 'suppression') {
    const draw = (rule.sampling_rate ?? 1) < 1 ? ` and its ${percentOf(rule.sampling_rate ?? 1)} sampling draw` : '';
    return `It would drop ${formatCount(wins.exceptions)} of them, given the rules above it${draw}.`;
  }
  if (kind === 'grouping') {
    return `It would group ${formatCount(wins.exceptions)} of them into one issue, given the rules above it.`;
  }
  const who = rule.assignee ? labels.outcome({ type: 'assigned', assignee: rule.assignee }) : 'nobody';
  return (
    `Counting each issue’s first exception here only, as PostHog assigns an issue when it is created: it would ` +
    `assign ${formatCount(wins.exceptions)} of ${countOf(preview.openers ?? 0, 'issue')} to ${who}, given the ` +
    `rules above it.`
  );
}

function reasons(kind: RuleKind, preview: RulePreview, labels: OutcomeLabels): string[] {
  const said: string[] = [];
  const { takenAbove, matchedOnly, sdkFingerprint } = preview;
  const unit = kind === 'assignment' ? 'issue' : 'exception';
  if (takenAbove > 0) {
    const verb = kind === 'suppression' ? 'dropped' : 'taken';
    const [top, ...others] = preview.takenBy;
    const by =
      others.length === 0
        ? `by ${labels.rule(top!.ruleId)}, above it,`
        : `by ${preview.takenBy.length} rules above it, most by ${labels.rule(top!.ruleId)} (${formatCount(top!.exceptions)}),`;
    said.push(`${capitalize(countOf(takenAbove, unit))} ${takenAbove === 1 ? 'is' : 'are'} ${verb} ${by} first.`);
  }
  if (kind === 'suppression' && matchedOnly > 0) {
    said.push(
      `${capitalize(countOf(matchedOnly, unit))} ${matchedOnly === 1 ? 'is' : 'are'} kept by the sampling draw.`,
    );
  }
  if (sdkFingerprint > 0) {
    said.push(
      `${capitalize(countOf(sdkFingerprint, unit))} ${sdkFingerprint === 1 ? 'carries' : 'carry'} a fingerprint the ` +
        'SDK sent, which wins over every grouping rule.',
    );
  }
  return said;
}

/** The preview in sentences: what the rule matches, where it ends the stage, and why not elsewhere. */
export function PreviewSummary({ preview, window, rule, withoutAssignee, labels }: PreviewSummaryProps) {
  const { kind, matched, errors } = preview;
  const matches =
    matched.exceptions === 0
      ? 'this rule matches none of them.'
      : `this rule matches ${formatCount(matched.exceptions)} (across ${countOf(matched.issues, 'issue')}).`;
  const why = matched.exceptions === 0 ? [] : reasons(kind, preview, labels);
  if (kind === 'assignment' && withoutAssignee) why.push('Choose an assignee: until then a match assigns nobody.');
  return (
    <>
      <p className="rule-preview__headline">
        Of {triedOn(window.exceptions, window.days)}, {matches}{' '}
        {matched.exceptions > 0 && winSentence(kind, preview, rule, labels)}
      </p>
      {why.length > 0 && (
        <ul className="rule-preview__reasons">
          {why.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {errors && (
        <p className="rule-preview__error">
          PostHog would disable this rule: its filters cannot be evaluated on {countOf(errors.exceptions, 'exception')}
          {errors.message ? ` (${errors.message})` : ''}.
        </p>
      )}
    </>
  );
}

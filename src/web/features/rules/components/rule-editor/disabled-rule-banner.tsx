import type { DisabledData } from '../../../../../contract/disabled-data';

/** Shown while editing a rule that PostHog switched off after it failed to evaluate. */
export function DisabledRuleBanner({ disabledData }: { disabledData: NonNullable<DisabledData> }) {
  return (
    <div className="rule-editor__banner" role="note" aria-label="This rule is disabled">
      <p className="rule-editor__banner-title">This rule is disabled</p>
      <p className="rule-editor__banner-message">{disabledData.message}</p>
      <p>Saving re-enables this rule.</p>
    </div>
  );
}

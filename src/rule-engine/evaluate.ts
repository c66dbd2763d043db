import { assignmentStage } from './assignment-stage';
import { deriveExceptionProperties } from './derive-exception-properties';
import { groupingStage } from './grouping-stage';
import { issueOrNone, readEvent } from './event-input';
import { ruleList } from './rule-list';
import { sdkDecision } from './sdk-decision';
import { suppressionStage } from './suppression-stage';
import type { EngineEvent, EngineRules, EvaluateOptions, EvaluationTrace } from './types';

/**
 * What PostHog's ingestion decides for one `$exception` event, and why (spec 10.2): grouping rules give the
 * fingerprint, suppression rules may drop the event, the caller finds or creates its issue, and assignment rules
 * run on a new or reopened issue. posthog-js's own decision over client-safe rules is reported beside it. Never
 * throws for odd rules or properties: whatever cymbal could not run is an error of that rule.
 */
export function evaluate(event: EngineEvent, rules: EngineRules, options: EvaluateOptions = {}): EvaluationTrace {
  const { properties: raw, uuid } = readEvent(event);
  const suppressionRules = ruleList(rules?.suppression);

  const grouping = groupingStage(ruleList(rules?.grouping), deriveExceptionProperties(raw));
  const { properties } = grouping;
  const suppression = suppressionStage(suppressionRules, properties, uuid);
  const assignment =
    suppression.suppressed || !options.resolveIssue
      ? null
      : assignmentStage(
          ruleList(rules?.assignment),
          properties,
          issueOrNone(options.resolveIssue(grouping.fingerprint.fingerprint, properties)),
        );

  const strip = <T extends { winnerRule: unknown; errors: unknown }>({
    winnerRule: _rule,
    errors: _errors,
    ...stage
  }: T) => stage;
  const { properties: _seen, ...groupingTrace } = strip(grouping);
  return {
    properties,
    grouping: groupingTrace,
    suppression: strip(suppression),
    assignment: assignment && strip(assignment),
    sdk: sdkDecision(suppressionRules, raw),
    errors: [...grouping.errors, ...suppression.errors, ...(assignment?.errors ?? [])],
  };
}

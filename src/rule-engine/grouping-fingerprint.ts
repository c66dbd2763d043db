import { defaultFingerprint } from './default-fingerprint';
import { manualFingerprint } from './manual-fingerprint';
import type { EvaluationTrace, Json } from './types';

export type GroupingResult = Pick<EvaluationTrace['grouping'], 'fingerprint' | 'source'>;

/**
 * The fingerprint grouping gives (spec 4.1): a client-sent `$exception_fingerprint` wins (hashed past 64 bytes),
 * leaving the winning rule's `custom-rule:<id>` as the proposal; else the rule's; else the automatic one.
 */
export function groupingFingerprint(properties: Record<string, Json>, winnerId: string | null): GroupingResult {
  const sent = Object.hasOwn(properties, '$exception_fingerprint') ? properties.$exception_fingerprint : undefined;
  const ruleFingerprint = winnerId === null ? null : `custom-rule:${winnerId}`;
  if (typeof sent === 'string') {
    return {
      source: 'manual',
      fingerprint: {
        fingerprint: manualFingerprint(sent),
        proposedFingerprint: ruleFingerprint ?? defaultFingerprint(properties).fingerprint,
        record: [{ type: 'manual' }],
      },
    };
  }
  if (ruleFingerprint !== null) {
    return {
      source: 'rule',
      fingerprint: {
        fingerprint: ruleFingerprint,
        proposedFingerprint: ruleFingerprint,
        record: [{ type: 'custom', rule_id: winnerId }],
      },
    };
  }
  const automatic = defaultFingerprint(properties);
  return { source: 'default', fingerprint: { ...automatic, proposedFingerprint: automatic.fingerprint } };
}

/** The properties suppression and assignment rules see: cymbal's three fingerprint properties set. */
export const withFingerprint = (
  properties: Record<string, Json>,
  { fingerprint }: GroupingResult,
): Record<string, Json> => ({
  ...properties,
  $exception_fingerprint: fingerprint.fingerprint,
  $exception_proposed_fingerprint: fingerprint.proposedFingerprint,
  $exception_fingerprint_record: fingerprint.record,
});

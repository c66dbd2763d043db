import { useId, type ReactNode } from 'react';
import type { EngineRuleKind, StageTrace } from '../../../../../rule-engine/types';
import { EmptyState } from '../../../../components/ui/empty-state';
import { RuleTraceItem } from './rule-trace-item';

type StageSectionProps = {
  kind: EngineRuleKind;
  heading: string;
  stage: StageTrace;
  /** What the stage decided, in a sentence. */
  verdict: ReactNode;
  titleOf: (kind: EngineRuleKind, ruleId: string) => string;
};

/** One stage of PostHog's pipeline: its verdict, then every rule in the order PostHog runs them. */
export function StageSection({ kind, heading, stage, verdict, titleOf }: StageSectionProps) {
  const headingId = useId();
  const nameOf = (ruleId: string) => `“${titleOf(kind, ruleId)}”`;
  return (
    <section className="trace-stage" aria-labelledby={headingId}>
      <h3 id={headingId} className="trace-stage__heading">
        {heading}
      </h3>
      <p className="trace-stage__verdict">{verdict}</p>
      {stage.rules.length === 0 ? (
        <EmptyState title={`No ${kind} rules in this environment.`} />
      ) : (
        <ol className="trace-stage__rules" aria-label={`${heading}: rules in order`}>
          {stage.rules.map((rule, index) => (
            <RuleTraceItem
              key={rule.ruleId}
              trace={rule}
              position={index + 1}
              title={titleOf(kind, rule.ruleId)}
              winner={stage.winner === rule.ruleId}
              nameOf={nameOf}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

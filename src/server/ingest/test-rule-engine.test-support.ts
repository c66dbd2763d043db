import { createHash } from 'node:crypto';
import type {
  EngineAssignee,
  EngineEvent,
  EngineRuleKind,
  EngineRules,
  EvaluationTrace,
  Json,
  StageTrace,
} from '../../rule-engine/types';
import type { RuleEngine } from './rule-engine-port';

/** What a test makes the stand-in engine decide for an event; by default nothing matches. */
export type EngineDecision = {
  fingerprint?: string;
  suppressedBy?: string;
  assignee?: EngineAssignee;
  errors?: Array<{ kind: EngineRuleKind; ruleId: string; message: string }>;
};

const stage = (winner: string | null = null): StageTrace => ({ rules: [], winner });

const strings = (list: Json[], key: string) =>
  list.flatMap((item) =>
    item !== null && typeof item === 'object' && !Array.isArray(item) && typeof item[key] === 'string'
      ? [item[key]]
      : [],
  );

/**
 * A stand-in for src/rule-engine until it lands: it evaluates no rules, it only answers what a test scripts, with the
 * trace's shape, so the pipeline around the engine can be tested.
 */
export function testRuleEngine(
  decide: (event: EngineEvent, rules: EngineRules) => EngineDecision = () => ({}),
): RuleEngine {
  return {
    evaluate(event, rules, { resolveIssue }): EvaluationTrace {
      const decision = decide(event, rules);
      const list = Array.isArray(event.properties.$exception_list) ? event.properties.$exception_list : [];
      const types = strings(list, 'type');
      const values = strings(list, 'value');
      const fingerprint =
        decision.fingerprint ?? createHash('sha256').update(`${types[0]}\n${values[0]}`).digest('hex');
      const properties = { ...event.properties, $exception_types: types, $exception_values: values };
      const suppressed = decision.suppressedBy !== undefined;
      const context = suppressed ? null : resolveIssue?.(fingerprint, properties);
      const runs = context ? context.isNew || context.reopened : false;
      return {
        properties,
        grouping: {
          ...stage(),
          fingerprint: { fingerprint, proposedFingerprint: fingerprint, record: [] },
          source: 'default',
        },
        suppression: { ...stage(decision.suppressedBy ?? null), suppressed },
        assignment: context
          ? {
              ...stage(),
              ran: runs,
              reason: runs ? 'new issue' : 'existing issue',
              assignee: runs ? (decision.assignee ?? null) : null,
              keptExisting: false,
            }
          : null,
        sdk: { suppressed: false, ruleId: null, clientSafeRuleIds: [] },
        errors: decision.errors ?? [],
      };
    },
  };
}

export type { RuleFieldsOf, RuleSpecOf, RuleTarget } from './rule-spec';
export { fieldsOf, targetOf } from './rule-spec';
export type {
  CreateOperation,
  DeleteOperation,
  PlanOperation,
  ReorderOperation,
  RulePlan,
  RuleRef,
  UpdateOperation,
} from './plan-operations';
export { planRules } from './plan-rules';
export { inversePlan } from './inverse-plan';
export type { CreateBodyOf, RulePort, UpdateBodyOf } from './rule-port';
export { applyPlan, type ApplyOptions, type ApplyProgress, type ApplyResult } from './apply-plan';
export { planDiff, type FieldChange, type RuleDiff } from './plan-diff';
export { documentAssigneeKey, type AssigneeDirectory } from './assignee-directory';
export { toRulesDocument, type DocumentSource, type ToDocumentOptions } from './to-rules-document';
export {
  fromRulesDocument,
  type FromDocumentOptions,
  type FromDocumentResult,
  type UnresolvedAssignee,
} from './from-rules-document';

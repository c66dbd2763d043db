export { ruleTitleOf } from './kinds/rule-name';
export { ruleKinds } from './kinds/rule-kinds';
export { RuleSummary } from './components/rule-summary/rule-summary';
export { percentOfRate } from './kinds/rule-form-values';
export { shownRule } from './components/rule-summary/shown-rule';

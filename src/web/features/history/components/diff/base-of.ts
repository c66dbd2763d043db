import type { RuleSnapshot } from '../../../../../contract/rule-history';
import { listOf } from '../revert/revert-target';
import type { BaseOf } from './rule-diff-list';

/** Rules as stored in the first of `states` that holds them. */
export const baseOfStates =
  (...states: RuleSnapshot[]): BaseOf =>
  (kind, id) => {
    for (const state of states) {
      const rule = listOf(state, kind).find((each) => each.id === id);
      if (rule) return rule;
    }
    return null;
  };

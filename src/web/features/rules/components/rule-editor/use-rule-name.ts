import { useAssigneeDirectory } from '../../../../data/organization/use-assignee-directory';
import { useRules } from '../../../../data/rules/get-rules';
import { ruleKinds } from '../../kinds/rule-kinds';
import { ruleName } from '../../kinds/rule-name';
import { useRuleEditor } from './use-rule-editor-route';

export type EditedRuleName = {
  /** `“title” (short id)` of the rule as the list has it; null for a new rule or one the list does not have. */
  name: string | null;
  /** For sentences: the name, else "the new assignment rule" or "the assignment rule". */
  mention: string;
};

/** How the editor names its rule: by title and short id (see `ruleName`), never by its position. */
export function useRuleName(): EditedRuleName {
  const { envId, kind, ruleId } = useRuleEditor();
  const { lookup } = useAssigneeDirectory();
  const rules = useRules(envId, kind).data?.results;
  const { noun } = ruleKinds[kind];
  if (ruleId === null) return { name: null, mention: `the new ${noun}` };
  const rule = rules?.find((each) => each.id === ruleId);
  const name = rule ? ruleName(kind, rule, lookup) : null;
  return { name, mention: name ?? `the ${noun}` };
}

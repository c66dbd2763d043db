import { useRules } from '../../../../data/rules/get-rules';
import { ruleLabel } from './rule-label';
import { useRuleEditor } from './use-rule-editor-route';

/** "assignment rule 3": the edited rule by its position in the list (a new rule's is past the last). */
export function useRuleLabel(): string {
  const { envId, kind, ruleId } = useRuleEditor();
  const rules = useRules(envId, kind).data?.results;
  const index = ruleId === null ? (rules?.length ?? -1) : (rules?.findIndex((rule) => rule.id === ruleId) ?? -1);
  return ruleLabel(kind, index >= 0 ? index + 1 : null);
}

import { useAssigneeDirectory } from '../../../../data/organization/use-assignee-directory';
import { useRules } from '../../../../data/rules/get-rules';
import { useCurrentEnvironment } from '../../../../lib/environments/current-environment';
import type { RuleFormOutput } from '../../kinds/rule-form-values';
import { ruleKinds } from '../../kinds/rule-kinds';
import type { SaveWarning } from '../../kinds/save-warning';
import { useRuleEditor } from './use-rule-editor-route';

/** What to ask before saving these values (see `RuleKindDescriptor.saveWarning`), or null. */
export function useSaveWarning(): (values: RuleFormOutput) => SaveWarning | null {
  const { envId, kind, ruleId } = useRuleEditor();
  const environment = useCurrentEnvironment();
  const { lookup } = useAssigneeDirectory();
  const rules = useRules(envId, kind).data?.results ?? [];
  const index = ruleId === null ? -1 : rules.findIndex((rule) => rule.id === ruleId);
  // A new rule goes last: nothing runs after it.
  const rulesBelow = index === -1 ? 0 : rules.length - index - 1;
  const warn = ruleKinds[kind].saveWarning;
  return (values) =>
    warn?.(values, {
      environmentName: environment.name,
      rulesBelow,
      assigneeName: (assignee) => lookup(assignee)?.name ?? 'nobody',
    }) ?? null;
}

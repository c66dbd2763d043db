import { RuleEditorDialog } from './rule-editor-dialog';
import { useRuleEditorRoute } from './use-rule-editor-route';
import './rule-editor.css';

/** `…/<kind>-rules/new` and `…/<kind>-rules/:ruleId`: the editor over the list, closing back to it. */
export function RuleEditorRoute() {
  const route = useRuleEditorRoute();
  if (route === null) return null;
  // A new rule id (or new → id) is another editor: no form state carries over.
  return <RuleEditorDialog key={route.ruleId ?? 'new'} />;
}

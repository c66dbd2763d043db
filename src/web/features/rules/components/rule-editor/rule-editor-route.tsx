// Placeholder: replaced by the rule editor dialog.
export function RuleEditorRoute() {
  return null;
}

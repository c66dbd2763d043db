import { useRef } from 'react';
import { Dialog } from '../../../../components/ui/dialog';
import { capitalize } from '../../../../lib/format';
import { ruleKinds } from '../../kinds/rule-kinds';
import { ExistingRuleBody } from './existing-rule-body';
import { RuleEditorFocusContext } from './rule-editor-focus';
import { RuleForm } from './rule-form';
import { useRuleEditor } from './use-rule-editor-route';
import { useRuleLabel } from './use-rule-label';

/** The editor dialog: titled by the rule's position in the list, closed by going back to the list. */
export function RuleEditorDialog() {
  const { kind, ruleId, close } = useRuleEditor();
  const focusRef = useRef<HTMLElement>(null);
  const label = useRuleLabel();
  const title = ruleId === null ? `New ${ruleKinds[kind].noun}` : `Edit ${label}`;

  return (
    <Dialog
      open
      size="large"
      className="rule-editor"
      title={capitalize(title)}
      onRequestClose={close}
      initialFocusRef={focusRef}
    >
      <RuleEditorFocusContext.Provider value={focusRef}>
        {ruleId === null ? <RuleForm rule={null} onGone={close} /> : <ExistingRuleBody ruleId={ruleId} />}
      </RuleEditorFocusContext.Provider>
    </Dialog>
  );
}

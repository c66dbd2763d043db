import { useRef } from 'react';
import { Dialog } from '../../../../components/ui/dialog';
import { capitalize } from '../../../../lib/format';
import { ruleKinds } from '../../kinds/rule-kinds';
import { ExistingRuleBody } from './existing-rule-body';
import { RuleEditorFocusContext } from './rule-editor-focus';
import { RuleForm } from './rule-form';
import { useRuleEditor } from './use-rule-editor-route';
import { useRuleName } from './use-rule-name';

/** The editor dialog: titled by the rule's name (title and short id), closed by going back to the list. */
export function RuleEditorDialog() {
  const { kind, ruleId, close } = useRuleEditor();
  const focusRef = useRef<HTMLElement>(null);
  const { name } = useRuleName();
  const { noun } = ruleKinds[kind];
  const title = ruleId === null ? `New ${noun}` : name ? `Edit ${noun} ${name}` : `Edit ${noun}`;

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

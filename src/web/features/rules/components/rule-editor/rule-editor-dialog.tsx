import { useRef } from 'react';
import { useNavigate, type To } from 'react-router';
import type { RuleKind } from '../../../../../contract/rules';
import { Dialog } from '../../../../components/ui/dialog';
import { useRules } from '../../../../data/rules/get-rules';
import { capitalize } from '../../../../lib/format';
import { ruleKindUi } from '../../rule-kinds';
import { ExistingRuleBody } from './existing-rule-body';
import { RuleForm } from './rule-form';
import { ruleLabel } from './rule-label';

type RuleEditorDialogProps = {
  envId: number;
  kind: RuleKind;
  /** null: a new rule. */
  ruleId: string | null;
  listLocation: To;
};

/** The editor dialog: titled by the rule's position in the list, closed by going back to the list. */
export function RuleEditorDialog({ envId, kind, ruleId, listLocation }: RuleEditorDialogProps) {
  const navigate = useNavigate();
  const focusRef = useRef<HTMLElement>(null);
  const rules = useRules(envId, kind).data?.results;
  // Unsaved changes are guarded by the form's navigation blocker, so every way out is this navigation.
  const close = () => void navigate(listLocation);

  const index = ruleId === null ? (rules?.length ?? -1) : (rules?.findIndex((rule) => rule.id === ruleId) ?? -1);
  const label = ruleLabel(kind, index >= 0 ? index + 1 : null);
  const title = ruleId === null ? `New ${ruleKindUi[kind].noun}` : `Edit ${label}`;

  return (
    <Dialog
      open
      size="large"
      className="rule-editor"
      title={capitalize(title)}
      onRequestClose={close}
      initialFocusRef={focusRef}
    >
      {ruleId === null ? (
        <RuleForm
          envId={envId}
          kind={kind}
          mode="create"
          rule={null}
          label={label}
          close={close}
          onGone={close}
          focusRef={focusRef}
        />
      ) : (
        <ExistingRuleBody envId={envId} kind={kind} ruleId={ruleId} label={label} close={close} focusRef={focusRef} />
      )}
    </Dialog>
  );
}

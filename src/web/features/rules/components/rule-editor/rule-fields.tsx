import { Fragment, useId, type ComponentType } from 'react';
import { ruleKinds } from '../../kinds/rule-kinds';
import type { RuleFormField } from '../../kinds/rule-form-values';
import { AssigneeField } from './assignee-field';
import { DescriptionField } from './description-field';
import { FiltersField } from './filters-field';
import type { RuleFieldProps } from './rule-field-props';
import { SamplingRateField } from './sampling-rate-field';
import { useRuleEditor } from './use-rule-editor-route';

const fieldComponents: Record<RuleFormField, ComponentType<RuleFieldProps>> = {
  filters: FiltersField,
  assignee: AssigneeField,
  description: DescriptionField,
  samplingPercent: SamplingRateField,
};

/** The fields the kind shows in this mode, in its order; the locked ones after the note that says why. */
export function RuleFields() {
  const { kind, mode } = useRuleEditor();
  const { fields, lockedNote } = ruleKinds[kind];
  const noteId = useId();
  const firstLocked = fields[mode].findIndex((spec) => spec.locked);
  return fields[mode].map((spec, index) => {
    const FieldComponent = fieldComponents[spec.name];
    return (
      <Fragment key={spec.name}>
        {index === firstLocked && lockedNote && (
          <p id={noteId} className="rule-editor__note">
            {lockedNote}
          </p>
        )}
        <FieldComponent spec={spec} describedBy={spec.locked && lockedNote ? noteId : undefined} />
      </Fragment>
    );
  });
}

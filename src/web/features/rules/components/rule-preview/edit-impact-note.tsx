import { countOf } from '../../../../lib/format';
import { changesAnything } from '../../../../lib/rule-outcomes/outcome-changes';
import { useFormPreviewContext } from './form-preview-context';
import type { FormPreview } from './use-form-preview';

function impactText({ state, candidate, pending, ruleId, kind }: FormPreview): string {
  if (pending || candidate.status !== 'ready' || state.status !== 'done') return '';
  const { changes } = state.preview;
  const subject = ruleId ? 'This edit' : 'This rule';
  const unit = kind === 'assignment' ? 'issue' : 'exception';
  if (!changesAnything(changes)) return `${subject} changes no recent ${unit}’s outcome.`;
  const disables = changes.disables.length > 0 ? ' and gets a rule disabled' : '';
  return `${subject} changes the outcome for ${countOf(changes.exceptions, `recent ${unit}`)}${disables}.`;
}

/**
 * Beside Save, and describing it: what saving would change for recent exceptions, once the preview of the form as
 * it is now is in. Kept in the page while empty, so Save's description always points at something.
 */
export function EditImpactNote({ id }: { id: string }) {
  const text = impactText(useFormPreviewContext());
  return (
    <p id={id} className="rule-editor__impact" hidden={text === ''}>
      {text}
    </p>
  );
}

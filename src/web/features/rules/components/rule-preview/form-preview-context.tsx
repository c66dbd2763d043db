import { createContext, useContext, type ReactNode } from 'react';
import type { Control } from 'react-hook-form';
import type { RuleFormOutput, RuleFormValues } from '../../kinds/rule-form-values';
import { useFormPreview, type FormPreview } from './use-form-preview';

const FormPreviewContext = createContext<FormPreview | null>(null);

/**
 * Runs the preview of the form around it. Its own component, so that what it watches re-renders the preview and
 * the note beside Save, not the whole form, at every key.
 */
export function FormPreviewProvider({
  control,
  children,
}: {
  control: Control<RuleFormValues, unknown, RuleFormOutput>;
  children: ReactNode;
}) {
  return <FormPreviewContext.Provider value={useFormPreview(control)}>{children}</FormPreviewContext.Provider>;
}

export function useFormPreviewContext(): FormPreview {
  const preview = useContext(FormPreviewContext);
  if (preview === null) throw new Error('The rule preview renders only inside a FormPreviewProvider.');
  return preview;
}

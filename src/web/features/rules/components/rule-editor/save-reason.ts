import type { FieldErrors } from 'react-hook-form';
import { flattenFilterErrors, hideUntouched, type UntouchedControls } from '../../../../components/filter-builder';
import type { RuleFormValues } from '../../kinds/rule-form-values';

/** Messages on screen: each filter row's control counts, as each other field does; held-back ones do not. */
export function countErrors(errors: FieldErrors<RuleFormValues>, untouchedFilters: UntouchedControls): number {
  const { filters, ...others } = errors;
  const shown = hideUntouched(flattenFilterErrors(filters), untouchedFilters);
  return Object.keys(shown).length + Object.values(others).filter(Boolean).length;
}

type SaveState = {
  isValid: boolean;
  isDirty: boolean;
  errorCount: number;
  editing: boolean;
  /** A disabled rule may be saved unchanged: saving is what re-enables it. */
  reenables: boolean;
};

/** Why Save is disabled, in words shown beside it; null when it can be pressed. */
export function saveBlockedReason({ isValid, isDirty, errorCount, editing, reenables }: SaveState): string | null {
  if (!isValid) {
    // Untouched required fields hold no message yet; the reason must still say what stops the save.
    if (errorCount === 0) return 'Fill in the required fields to save';
    return `Fix ${errorCount} error${errorCount === 1 ? '' : 's'} to save`;
  }
  if (editing && !isDirty && !reenables) return 'No changes to save';
  return null;
}

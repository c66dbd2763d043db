import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import type { RuleFormOutput, RuleFormSchema, RuleFormValues } from '../../kinds/rule-form-values';

type Resolved = Awaited<ReturnType<Resolver<RuleFormValues, unknown, RuleFormOutput>>>;

/**
 * The kind's schema as a react-hook-form resolver. While typing (mode onChange), react-hook-form keeps a field's
 * error only if the error object at the field's own name has a `type`; the filters' errors sit deeper
 * (`values.2.value`), so without one they would show on submit but not as the person edits. Tagging the field keeps
 * them.
 */
export function ruleFormResolver(schema: RuleFormSchema): Resolver<RuleFormValues, unknown, RuleFormOutput> {
  const resolve = zodResolver(schema);
  return async (values, context, options): Promise<Resolved> => {
    const result = await resolve(values, context, options);
    const filters = result.errors.filters;
    if (!filters || filters.type) return result;
    const tagged: FieldErrors<RuleFormValues> = { ...result.errors };
    Object.assign(tagged, { filters: { ...filters, type: 'filters' } });
    return { values: {}, errors: tagged };
  };
}

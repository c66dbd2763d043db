import type { FieldPath, FieldValues, UseFormSetError, UseFormSetFocus } from 'react-hook-form';
import { ApiError, describeError } from './api-error';

/** Where a 400's message goes in a form: `path` shows it (a field, a row inside one, `root.…`), `field` gets focus. */
export type ServerFieldTarget<Field extends string = string> = { path: string; field?: Field };

type FormErrors<Values extends FieldValues> = { setError: UseFormSetError<Values>; setFocus: UseFormSetFocus<Values> };

/**
 * Shows a validation 400 where the form shows that input, using `targetOf` to place the error's `attr` (nested parts
 * joined by `__`). False for any other error, and for an `attr` no field of this form shows: the caller shows those.
 */
export function showServerFieldError<Values extends FieldValues>(
  form: FormErrors<Values>,
  error: unknown,
  targetOf: (attr: string | null) => ServerFieldTarget<FieldPath<Values>> | null,
): boolean {
  const target = error instanceof ApiError && error.status === 400 ? targetOf(error.attr) : null;
  if (target === null) return false;
  // A path into a row is built from the server's `attr`: `targetOf` vouches for it, the type cannot.
  form.setError(target.path as Parameters<UseFormSetError<Values>>[0], {
    type: 'server',
    message: describeError(error),
  });
  if (target.field !== undefined) form.setFocus(target.field);
  return true;
}

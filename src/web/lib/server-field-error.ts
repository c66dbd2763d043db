import type { FieldPath, FieldValues, UseFormSetError, UseFormSetFocus } from 'react-hook-form';
import { ApiError, describeError } from './api-error';

export type ServerFieldTarget<Field extends string = string> = { path: string; field?: Field };

type FormErrors<Values extends FieldValues> = { setError: UseFormSetError<Values>; setFocus: UseFormSetFocus<Values> };

/** An `attr` joins nested parts with `__`; false for an `attr` no field of this form shows, for the caller to show. */
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

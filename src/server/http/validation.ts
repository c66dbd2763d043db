import type { z } from 'zod';
import type { ApiError } from './api-error';
import { problems } from './api-error';

/** PostHog's 400: nested attrs joined with `__`, `required` for a missing field. */
export function validationProblem(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  if (!issue) return problems.validation('Invalid input.', null);
  const attr = issue.path.length > 0 ? issue.path.map(String).join('__') : null;
  // Only issues zod raised on a value carry `input`; refinements added by hand (with their own message) do not.
  const missing = 'input' in issue && issue.input === undefined;
  if (missing && attr !== null) return problems.required(attr);
  return problems.validation(issue.message, attr);
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw validationProblem(result.error);
  return result.data;
}

/** An evaluation error: in cymbal any such VmError disables the rule (spec 6.7). */
export class HogError extends Error {}

export const errorMessage = (error: unknown): string =>
  error instanceof HogError
    ? error.message
    : `internal error: ${error instanceof Error ? error.message : String(error)}`;

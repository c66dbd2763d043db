import type { z } from 'zod';

export type Row<T> = { ok: true; value: T } | { ok: false; raw: unknown; id: string | null; reason: string };

export function describeParseError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

function rowId(raw: unknown): string | null {
  if (raw === null || typeof raw !== 'object') return null;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

/** Parses each row on its own, so one odd record never hides the others. */
export function readRows<S extends z.ZodType>(schema: S, rows: readonly unknown[]): Row<z.output<S>>[] {
  return rows.map((raw) => {
    const parsed = schema.safeParse(raw);
    return parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, raw, id: rowId(raw), reason: describeParseError(parsed.error) };
  });
}

export function readableRows<T>(rows: readonly Row<T>[]): T[] {
  return rows.flatMap((row) => (row.ok ? [row.value] : []));
}

import { assigneeInputSchema, type Assignee } from '../../../contract/assignee';

export type AcceptedIds = { user: boolean; role: boolean };

/** Checked with the contract's input schema, so what is accepted here is what the server accepts. */
export function parseAssigneeText(text: string, accept: AcceptedIds): Assignee | null {
  const trimmed = text.trim();
  const user = /^(?:user\s*:\s*|#)?(\d{1,15})$/i.exec(trimmed);
  const role = /^(?:role\s*:\s*)?([0-9a-f-]{36})$/i.exec(trimmed);
  const candidate =
    user && accept.user
      ? { type: 'user', id: user[1] }
      : role && accept.role
        ? { type: 'role', id: role[1]?.toLowerCase() }
        : null;
  if (candidate === null) return null;
  const parsed = assigneeInputSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

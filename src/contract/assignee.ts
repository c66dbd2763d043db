import { z } from 'zod';

export const userAssigneeSchema = z.object({ type: z.literal('user'), id: z.number().int() });
export const roleAssigneeSchema = z.object({ type: z.literal('role'), id: z.string() });
export const assigneeSchema = z.discriminatedUnion('type', [userAssigneeSchema, roleAssigneeSchema]);
export type Assignee = z.infer<typeof assigneeSchema>;

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** PostHog accepts digit strings for user ids and answers these messages (attr `assignee__id` / `assignee__type`). */
export const assigneeInputSchema = z
  .object({
    type: z.enum(['user', 'role'], {
      error: (issue) => `"${String(issue.input)}" is not a valid choice.`,
    }),
    id: z.union([z.number(), z.string()], { error: 'This field is required.' }),
  })
  .superRefine((value, ctx) => {
    if (value.type === 'user' && !/^\d+$/.test(String(value.id))) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'User assignee IDs must be integers.' });
    }
    if (value.type === 'role' && !(typeof value.id === 'string' && uuidPattern.test(value.id))) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'Role assignee IDs must be UUIDs.' });
    }
  })
  .transform((value): Assignee =>
    value.type === 'user' ? { type: 'user', id: Number(value.id) } : { type: 'role', id: String(value.id) },
  );

import { z } from 'zod';
import { uuidSchema } from './common';
import { filterValueSchema, postHogPropertyOperators } from './filters';
import { storedFilterGroupSchema, type StoredFilterGroup } from './stored-filters';

export const rulesDocumentVersion = 1;
/** Where the server serves the JSON Schema; a document's `$schema` points there. */
export const rulesDocumentSchemaPath = '/schema/rules-document-v1.json';

// A description of filters that editors can use (JSON Schema cannot express the stored checks); every filter is
// then checked exactly as PostHog checks it.
const filterLeafSchema = z.looseObject({
  key: z.string().optional(),
  type: z.string().optional(),
  operator: z.enum(postHogPropertyOperators).optional(),
  value: filterValueSchema.nullable().optional(),
});
const filterGroupSchema = z
  .looseObject({
    type: z.enum(['AND', 'OR']),
    get values(): z.ZodArray<z.ZodUnion<[typeof filterGroupSchema, typeof filterLeafSchema]>> {
      return z.array(z.union([filterGroupSchema, filterLeafSchema]));
    },
  })
  .meta({ id: 'filterGroup', description: 'A group of property filters, as PostHog stores a rule’s filters.' });
const documentFiltersSchema = filterGroupSchema.transform((filters, ctx): StoredFilterGroup => {
  const stored = storedFilterGroupSchema.safeParse(filters);
  if (stored.success) return stored.data;
  for (const issue of stored.error.issues)
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, input: filters });
  return z.NEVER;
});

/** People by email and roles by name, so a document means the same in another organization. */
export const documentAssigneeSchema = z.discriminatedUnion('type', [
  z
    .strictObject({
      type: z.literal('user'),
      email: z.string().min(1).optional(),
      id: z.number().int().optional().describe('Only when the person’s email was not known at export.'),
    })
    .refine((user) => user.email !== undefined || user.id !== undefined, { error: 'A user needs an email.' }),
  z
    .strictObject({
      type: z.literal('role'),
      name: z.string().min(1).optional(),
      id: z.string().optional().describe('Only when the role’s name was not known at export.'),
    })
    .refine((role) => role.name !== undefined || role.id !== undefined, { error: 'A role needs a name.' }),
]);
export type DocumentAssignee = z.infer<typeof documentAssigneeSchema>;

const entryFields = {
  position: z
    .number()
    .int()
    .min(1)
    .describe('1, 2, 3… in the order of the list, which is the evaluation order; for readers.'),
  id: uuidSchema
    .optional()
    .describe('The rule’s id where it was exported: importing there again changes that rule in place.'),
  filters: documentFiltersSchema,
};

const assignmentEntrySchema = z.strictObject({ ...entryFields, assignee: documentAssigneeSchema.nullable() });
const groupingEntrySchema = z.strictObject({
  ...entryFields,
  assignee: documentAssigneeSchema.nullable().default(null),
  description: z.string().max(10_000).nullable().default(null),
});
const suppressionEntrySchema = z.strictObject({
  ...entryFields,
  sampling_rate: z.number().min(0).max(1).default(1).describe('The share of matching exceptions dropped, 0 to 1.'),
});

type Entry = { position: number; id?: string };

function orderedList<T extends z.ZodType<Entry>>(entry: T) {
  return z
    .array(entry)
    .superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((item, index) => {
        if (item.position !== index + 1) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'position'],
            message: `Expected position ${index + 1}: rules run in the order they are listed, numbered 1, 2, 3…`,
          });
        }
        if (item.id === undefined) return;
        if (seen.has(item.id))
          ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `The id ${item.id} is listed twice.` });
        seen.add(item.id);
      });
    })
    .optional();
}

export const rulesDocumentSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(rulesDocumentVersion),
    exported_at: z.iso.datetime({ offset: true }).optional(),
    source: z
      .strictObject({
        environment: z.strictObject({ id: z.number().int(), name: z.string() }),
        mode: z.enum(['local', 'connected']),
      })
      .optional(),
    /** Each list in evaluation order. A list left out is left as it is; an empty list removes every rule of it. */
    assignment: orderedList(assignmentEntrySchema),
    grouping: orderedList(groupingEntrySchema),
    suppression: orderedList(suppressionEntrySchema),
  })
  .meta({
    title: 'Triage Console rules document',
    description:
      'An environment’s error tracking rules: assignment, grouping and suppression, each in evaluation order.',
  });
export type RulesDocument = z.output<typeof rulesDocumentSchema>;

/** The JSON Schema of the document, as committed in docs/schema/ and served at `rulesDocumentSchemaPath`. */
export const rulesDocumentJsonSchema = () => z.toJSONSchema(rulesDocumentSchema, { io: 'input' });

import type { Assignee } from '../contract/assignee';
import type { RuleSnapshot } from '../contract/rule-history';
import { rulesDocumentVersion, type RulesDocument } from '../contract/rules-document';
import type { StoredFilterGroup } from '../contract/stored-filters';
import { documentAssignee, type AssigneeDirectory } from './assignee-directory';

export type DocumentSource = NonNullable<RulesDocument['source']>;

export type ToDocumentOptions = {
  source: DocumentSource;
  /** Where the server serves the document's JSON Schema (origin + rulesDocumentSchemaPath). */
  schemaUrl: string;
  exportedAt?: Date;
  /** Keep rule ids (default), so importing into the same environment changes rules in place. */
  ids?: boolean;
};

/**
 * An environment's rules as a document: each list in evaluation order, assignees by email and role name. A person
 * or role the directory does not know is written by id.
 */
export function toRulesDocument(
  snapshot: RuleSnapshot,
  directory: AssigneeDirectory,
  { source, schemaUrl, exportedAt = new Date(), ids = true }: ToDocumentOptions,
): RulesDocument {
  const base = (rule: { id: string; filters: StoredFilterGroup }, index: number) => ({
    position: index + 1,
    ...(ids ? { id: rule.id } : {}),
    filters: rule.filters,
  });
  const assignee = (value: Assignee | null) => (value === null ? null : documentAssignee(value, directory));
  return {
    $schema: schemaUrl,
    version: rulesDocumentVersion,
    exported_at: exportedAt.toISOString(),
    source,
    assignment: snapshot.assignment.map((rule, index) => ({ ...base(rule, index), assignee: assignee(rule.assignee) })),
    grouping: snapshot.grouping.map((rule, index) => ({
      ...base(rule, index),
      assignee: assignee(rule.assignee),
      description: rule.description,
    })),
    suppression: snapshot.suppression.map((rule, index) => ({
      ...base(rule, index),
      sampling_rate: rule.sampling_rate ?? 1,
    })),
  };
}

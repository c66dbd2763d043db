import type { Assignee } from '../contract/assignee';
import type { DocumentAssignee, RulesDocument } from '../contract/rules-document';
import type { RuleKind } from '../contract/rules';
import { documentAssigneeKey, resolveAssignee, type AssigneeDirectory } from './assignee-directory';
import type { RuleTarget } from './rule-spec';

/** A person or role the document names that nobody here matches, and the rules that name it. */
export type UnresolvedAssignee = {
  key: string;
  assignee: DocumentAssignee;
  rules: Array<{ kind: RuleKind; position: number }>;
};

export type FromDocumentResult = {
  target: RuleTarget;
  /** Not empty: the target has no assignee for these rules; map them (see `mapping`) before applying. */
  unresolved: UnresolvedAssignee[];
};

export type FromDocumentOptions = {
  /** By documentAssigneeKey: who takes the place of a person or role unknown here (null: nobody). */
  mapping?: ReadonlyMap<string, Assignee | null>;
  /**
   * The document comes from this organization (a round trip): a person or role it names by id, because the
   * directory did not list them at export, keeps that id.
   */
  sameOrganization?: boolean;
};

/** The target state a document describes, with its assignees found in this organization. */
export function fromRulesDocument(
  document: RulesDocument,
  directory: AssigneeDirectory,
  { mapping = new Map(), sameOrganization = false }: FromDocumentOptions = {},
): FromDocumentResult {
  const unresolved = new Map<string, UnresolvedAssignee>();
  const assigneeOf = (kind: RuleKind, position: number, named: DocumentAssignee | null): Assignee | null => {
    if (named === null) return null;
    const key = documentAssigneeKey(named);
    if (mapping.has(key)) return mapping.get(key)!;
    const found = resolveAssignee(named, directory);
    if (found !== null) return found;
    if (sameOrganization && named.type === 'user' && named.email === undefined && named.id !== undefined) {
      return { type: 'user', id: named.id };
    }
    if (sameOrganization && named.type === 'role' && named.name === undefined && named.id !== undefined) {
      return { type: 'role', id: named.id };
    }
    const entry = unresolved.get(key) ?? { key, assignee: named, rules: [] };
    entry.rules.push({ kind, position });
    unresolved.set(key, entry);
    return null;
  };
  const idOf = (id: string | undefined) => (id === undefined ? {} : { id });
  const target: RuleTarget = {};
  if (document.assignment) {
    target.assignment = document.assignment.map((rule) => ({
      ...idOf(rule.id),
      filters: rule.filters,
      assignee: assigneeOf('assignment', rule.position, rule.assignee),
    }));
  }
  if (document.grouping) {
    target.grouping = document.grouping.map((rule) => ({
      ...idOf(rule.id),
      filters: rule.filters,
      assignee: assigneeOf('grouping', rule.position, rule.assignee),
      description: rule.description,
    }));
  }
  if (document.suppression) {
    target.suppression = document.suppression.map((rule) => ({
      ...idOf(rule.id),
      filters: rule.filters,
      sampling_rate: rule.sampling_rate,
    }));
  }
  return { target, unresolved: [...unresolved.values()] };
}

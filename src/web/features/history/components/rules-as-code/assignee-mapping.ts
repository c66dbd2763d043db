import type { Assignee } from '../../../../../contract/assignee';
import type { DocumentAssignee } from '../../../../../contract/rules-document';
import type { UnresolvedAssignee } from '../../../../../rule-plans';
import { ruleKinds } from '../../../rules';

/** For a person or role the document names and nobody here matches: someone here, or nobody, chosen explicitly. */
export type MappingChoice = { type: 'assign'; assignee: Assignee | null } | { type: 'none' };
export type AssigneeChoices = Readonly<Record<string, MappingChoice | undefined>>;

/** Every unknown assignee has been given someone here, or explicitly no one. */
export const mappingComplete = (unresolved: readonly UnresolvedAssignee[], choices: AssigneeChoices) =>
  unresolved.every(({ key }) => {
    const choice = choices[key];
    return choice?.type === 'none' || (choice?.type === 'assign' && choice.assignee !== null);
  });

export function mappingOf(choices: AssigneeChoices): Map<string, Assignee | null> {
  const mapping = new Map<string, Assignee | null>();
  for (const [key, choice] of Object.entries(choices)) {
    if (choice?.type === 'none') mapping.set(key, null);
    if (choice?.type === 'assign' && choice.assignee !== null) mapping.set(key, choice.assignee);
  }
  return mapping;
}

/** "ada@example.com (a person)", "Support (a role)", "user #12 (a person)". */
export function documentAssigneeText(assignee: DocumentAssignee): string {
  if (assignee.type === 'user') return `${assignee.email ?? `user #${assignee.id}`} (a person)`;
  return `${assignee.name ?? `role ${assignee.id}`} (a role)`;
}

/** "assignment rule 2 and grouping rule 1" */
export function namedByText(rules: UnresolvedAssignee['rules']): string {
  const names = rules.map(({ kind, position }) => `${ruleKinds[kind].noun} ${position}`);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

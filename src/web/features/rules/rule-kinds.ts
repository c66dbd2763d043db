import type { RuleKind } from '../../../contract/rules';

export type RuleKindUi = {
  kind: RuleKind;
  /** The section's URL segment after /env/:envId/. */
  path: string;
  title: string;
  /** "assignment rule": for messages such as "Delete assignment rule 3?". */
  noun: string;
  description: string;
};

/** What the three rules pages say about their kind; everything else about them is shared. */
export const ruleKindUi: Record<RuleKind, RuleKindUi> = {
  assignment: {
    kind: 'assignment',
    path: 'assignment-rules',
    title: 'Assignment rules',
    noun: 'assignment rule',
    description: 'Who a new issue goes to: the first rule whose filters match its first exception assigns it.',
  },
  grouping: {
    kind: 'grouping',
    path: 'grouping-rules',
    title: 'Grouping rules',
    noun: 'grouping rule',
    description: 'Exceptions that match a rule are grouped into one issue, whatever their fingerprint.',
  },
  suppression: {
    kind: 'suppression',
    path: 'suppression-rules',
    title: 'Suppression rules',
    noun: 'suppression rule',
    description: 'Matching exceptions are dropped before they reach an issue, at the rule’s sampling rate.',
  },
};

export function ruleKindOfPath(path: string | undefined): RuleKind | null {
  return Object.values(ruleKindUi).find((ui) => ui.path === path)?.kind ?? null;
}

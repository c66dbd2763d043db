import type { Assignee } from '../../../../contract/assignee';

/** What a save warning needs to know beyond the form: where the rule is and who is who. */
export type SaveWarningContext = {
  environmentName: string;
  /** How many rules run after this one (none for a new rule: it goes last). */
  rulesBelow: number;
  assigneeName: (assignee: Assignee | null) => string;
};

/** A confirmation asked before saving a rule that does more than its author may mean. */
export type SaveWarning = { title: string; message: string; confirmLabel: string };

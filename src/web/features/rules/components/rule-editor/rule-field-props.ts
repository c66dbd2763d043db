import type { RuleFieldSpec } from '../../kinds/rule-kind-descriptor';

/** What the form tells each field: how the kind shows it, and the note that says why it is locked. */
export type RuleFieldProps = { spec: RuleFieldSpec; describedBy?: string };

/**
 * The engine's inputs and its trace: what PostHog's ingestion (cymbal) decides for one `$exception` event, and why.
 * Shapes follow the rule evaluation spec, section 10.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type EngineEvent = {
  /** The event uuid: suppression sampling draws from it. */
  uuid: string;
  /** The event's properties as captured; `$exception_*` arrays are derived from `$exception_list` when absent. */
  properties: Record<string, Json>;
};

export type EngineAssignee = { type: 'user' | 'role'; id: number | string };

export type EngineRuleBase = {
  id: string;
  order_key: number;
  created_at?: string;
  /** A filter tree as stored (PostHog's `PropertyGroupFilterValue`); anything odd is an evaluation error. */
  filters: unknown;
  disabled_data: Json | null;
};
export type EngineGroupingRule = EngineRuleBase & { assignee?: EngineAssignee | null; description?: string | null };
export type EngineSuppressionRule = EngineRuleBase & { sampling_rate?: number };
export type EngineAssignmentRule = EngineRuleBase & { assignee: EngineAssignee | null };

export type EngineRules = {
  grouping: readonly EngineGroupingRule[];
  suppression: readonly EngineSuppressionRule[];
  assignment: readonly EngineAssignmentRule[];
};

export type EngineRuleKind = keyof EngineRules;

/** A suppression rule as posthog-js reads it from remote config (`ErrorTrackingSuppressionRule` in its types.ts). */
export type SdkSuppressionRule = {
  type: 'AND' | 'OR';
  values: Array<{
    key: '$exception_types' | '$exception_values';
    operator: 'exact' | 'is_not' | 'icontains' | 'not_icontains';
    value: string | string[];
    type: string;
  }>;
};

/** The issue the event links to, as found by the caller between suppression and assignment (spec 10.2 step 4). */
export type IssueContext = {
  isNew: boolean;
  reopened: boolean;
  /** `id` becomes `$exception_issue_id` in the properties assignment rules see. */
  issue?: { id?: string; status: string; name: string | null; description: string | null };
  existingAssignee?: EngineAssignee | null;
};

/** One leaf: the value the rule saw, the operator, and the result (an error makes the whole rule error). */
export type LeafTrace = {
  /** Index path from the root group, e.g. [0, 2]. */
  path: number[];
  key: string;
  operator: string;
  value: Json | undefined;
  seen: Json | undefined;
  result: boolean | 'error';
  error?: string;
  /** A quirk worth showing, e.g. a missing property read as "null", or `value: []` compiling to the constant 1. */
  note?: string;
};

export type RuleOutcome =
  | 'matched'
  | 'not-matched'
  /** Matched, but the sampling draw kept the event (suppression only). */
  | 'sampled-out'
  /** Matched with no assignee: cymbal treats it as no match (assignment only). */
  | 'matched-without-assignee'
  /** The evaluation errored: cymbal would write `disabled_data` and go on with the next rule. */
  | 'would-be-disabled'
  | 'disabled'
  /** After the stage's winner: never evaluated by cymbal. */
  | 'not-reached';

export type RuleTrace = {
  kind: EngineRuleKind;
  ruleId: string;
  orderKey: number;
  outcome: RuleOutcome;
  /** "this rule would be disabled: <reason>" uses it; also the stored `disabled_data.message` for disabled rules. */
  error?: string;
  leaves: LeafTrace[];
  /** Rule ids sharing this rule's order_key: their relative order is undefined in cymbal. */
  tiedWith: string[];
  draw?: { bucket: number | null; threshold: number };
  /** E.g. a match-all rule, or a grouping rule's assignee that current ingestion stores but never applies. */
  note?: string;
};

export type StageTrace = { rules: RuleTrace[]; winner: string | null };

export type Fingerprint = {
  fingerprint: string;
  proposedFingerprint: string;
  record: Json[];
};

export type EvaluationTrace = {
  /**
   * The properties suppression rules saw: the event's, with derived `$exception_*` arrays filled in and grouping's
   * `$exception_fingerprint`, `$exception_proposed_fingerprint` and `$exception_fingerprint_record` set.
   */
  properties: Record<string, Json>;
  grouping: StageTrace & {
    /** The manual fingerprint, else `custom-rule:<winner id>`, else the default fingerprint of type and frames. */
    fingerprint: Fingerprint;
    source: 'manual' | 'rule' | 'default';
  };
  suppression: StageTrace & { suppressed: boolean };
  /** Null when the event was suppressed or no issue context was given. */
  assignment:
    | (StageTrace & {
        ran: boolean;
        reason: string;
        /**
         * What assignment gives the issue: the winner's assignee, or null when the rules did not run or none
         * matched with an assignee. On a reopen an existing assignment is kept instead (`keptExisting`).
         */
        assignee: EngineAssignee | null;
        keptExisting: boolean;
      })
    | null;
  /**
   * posthog-js's own decision over client-safe suppression rules (spec 10.6), reported apart from the server's.
   * Django sends the SDK disabled rules too: its query does not look at `disabled_data`.
   */
  sdk: { suppressed: boolean; ruleId: string | null; clientSafeRuleIds: string[] };
  /** Every rule that errored in this evaluation: the caller writes `disabled_data` for each (spec 6.7). */
  errors: { kind: EngineRuleKind; ruleId: string; message: string }[];
};

export type EvaluateOptions = {
  /** Called once the event is kept, with its final fingerprint: find or create its issue (spec 10.2 step 4). */
  resolveIssue?: (fingerprint: string, properties: Record<string, Json>) => IssueContext;
};

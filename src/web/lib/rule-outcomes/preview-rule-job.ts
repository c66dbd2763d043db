import type { EngineRuleKind, EngineRules } from '../../../rule-engine/types';
import { compareStage, type Winners } from './compare-stage';
import { issueKeyOf, sampleOf, type ExceptionSample } from './exception-sample';
import type { Job } from './job-progress';
import type { OutcomeChanges } from './outcome-changes';
import type { OutcomeTable } from './outcome-table';
import { withCandidate, type CandidateRule } from './rule-lists';
import { verdicts } from './rule-verdict';
import { stageChange } from './stage-lanes';

export type RulePreviewRequest = {
  kind: EngineRuleKind;
  rules: EngineRules;
  candidate: CandidateRule;
  /** The rule being edited; null for a new one. */
  replaces: string | null;
};

type Count = { exceptions: number; issues: number };

export type RulePreview = {
  kind: EngineRuleKind;
  exceptions: number;
  issues: number;
  /** Assignment: the issues whose first exception here is kept, the only ones assignment runs on. */
  openers: number | null;
  /** The exceptions its filters match, wherever it stands. */
  matched: Count;
  /**
   * Where it ends the stage given the rules above it: drops (the sampling draw included), groups, assigns (each
   * issue's first exception only).
   */
  wins: Count;
  /** Matched, but a rule above it ends the stage first. */
  takenAbove: number;
  /** Those rules, most exceptions first. */
  takenBy: { ruleId: string; exceptions: number }[];
  /** Matched and reached, yet it does not end the stage: the draw keeps the exception, or it names nobody. */
  matchedOnly: number;
  /** Grouping: it would match first, but the SDK sent a fingerprint, which wins. */
  sdkFingerprint: number;
  /** Where it is reached and its evaluation errors: cymbal would disable it. */
  errors: { exceptions: number; message: string | null } | null;
  /** The most recent exceptions it wins for. */
  samples: ExceptionSample[];
  /** Compared with the rules as saved. */
  changes: OutcomeChanges;
};

export const previewSamples = 5;

/** What the candidate would do to the table's exceptions, in its place among the kind's rules. */
export function* previewRuleJob(table: OutcomeTable, request: RulePreviewRequest): Job<RulePreview> {
  const { kind, rules, candidate, replaces } = request;
  const change = yield* stageChange(table, kind, rules, withCandidate(rules, kind, candidate, replaces));
  const at = change.after.rules.findIndex((rule) => rule.id === (replaces ?? candidate.id));
  const matchedIssues = new Set<string>();
  const winIssues = new Set<string>();
  const takenBy = new Map<string, number>();
  const preview: Omit<RulePreview, 'changes' | 'matched' | 'wins' | 'takenBy'> & { matched: number; wins: number } = {
    kind,
    exceptions: table.size,
    issues: table.issueCount(),
    openers: change.openers && change.openers.reduce((sum, opener) => sum + opener, 0),
    matched: 0,
    wins: 0,
    takenAbove: 0,
    matchedOnly: 0,
    sdkFingerprint: 0,
    errors: null,
    samples: [],
  };

  const visit = (index: number, winners: Winners) => {
    const verdict = table.verdict(change.after, at, index);
    const event = table.events[index]!;
    const matched = verdict === verdicts.wins || verdict === verdicts.matchedOnly;
    if (matched) {
      preview.matched++;
      matchedIssues.add(issueKeyOf(event));
    }
    if (winners === null) return;
    if (winners.after === at) {
      if (kind === 'grouping' && table.hasManualFingerprint(index)) {
        preview.sdkFingerprint++;
        return;
      }
      preview.wins++;
      winIssues.add(issueKeyOf(event));
      if (preview.samples.length < previewSamples) preview.samples.push(sampleOf(event));
    } else if (matched && winners.after !== -1 && winners.after < at) {
      preview.takenAbove++;
      const ruleId = String(change.after.rules[winners.after]!.id);
      takenBy.set(ruleId, (takenBy.get(ruleId) ?? 0) + 1);
    } else if (verdict === verdicts.matchedOnly) {
      preview.matchedOnly++;
    } else if (verdict === verdicts.error && (winners.after === -1 || winners.after > at)) {
      preview.errors ??= { exceptions: 0, message: table.errorOf(change.after, at) };
      preview.errors.exceptions++;
    }
  };
  const changes = yield* compareStage(table, change, visit);
  return {
    ...preview,
    matched: { exceptions: preview.matched, issues: matchedIssues.size },
    wins: { exceptions: preview.wins, issues: winIssues.size },
    takenBy: [...takenBy]
      .map(([ruleId, exceptions]) => ({ ruleId, exceptions }))
      .sort((a, b) => b.exceptions - a.exceptions),
    changes,
  };
}

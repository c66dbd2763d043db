import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ExceptionEvent } from '../../../../../contract/recent-exceptions';
import type { Row } from '../../../../../contract/rows';
import type { AssignmentRule } from '../../../../../contract/rules';
import { useFirstExceptions } from '../../../../data/exceptions/get-first-exceptions';
import { rowAssignee, type IssueRow } from '../../../../data/issues/issue-row';
import { issueKeys } from '../../../../data/issues/keys';
import { scanIssues, type IssueScan } from '../../../../data/issues/scan-issues';
import { useRules } from '../../../../data/rules/get-rules';
import { isUnreadableRule, readableRules } from '../../../../data/rules/rule-list-item';
import { toEngineRules } from '../../../../data/rules/to-engine-rules';
import { useRuleEngine } from '../../../../lib/use-rule-engine';
import { proposeAssignee } from './propose-assignee';
import { differs, inReviewOrder, type ReapplyCandidate } from './reapply-candidate';
import type { ReapplyScope } from './reapply-set';

/** At most this many issues are checked at once: five pages of issues and five first-exception queries. */
export const reapplyIssueLimit = 500;

export type ReapplyData =
  | { status: 'loading'; label: string }
  | { status: 'error'; label: string; query: UseQueryResult<unknown, unknown> }
  | {
      status: 'ready';
      candidates: ReapplyCandidate[];
      /** Issues PostHog sent that could not be read: shown as such, never re-applied. */
      unreadable: Extract<Row<IssueRow>, { ok: false }>[];
      scan: Omit<IssueScan, 'rows'>;
      assignmentRules: AssignmentRule[];
      unreadableRules: number;
      skippedEvents: number;
    };

const noEvents: ReadonlyMap<string, ExceptionEvent> = new Map();

const isUnreadableRow = (row: Row<IssueRow>): row is Extract<Row<IssueRow>, { ok: false }> => !row.ok;

/** The chosen issues, today's rules, each issue's first exception and the engine: each one's pick, or what is missing. */
export function useReapplyCandidates(envId: number, scope: ReapplyScope): ReapplyData {
  const scan = useQuery({
    queryKey: issueKeys.list(envId, { reapply: scope.set, ...scope.query }),
    queryFn: ({ signal }) =>
      scanIssues(envId, scope.query, {
        keep: (row) => !row.ok || scope.keep(row.value),
        max: reapplyIssueLimit,
        signal,
      }),
    refetchOnWindowFocus: false,
  });
  const issues = useMemo(() => (scan.data?.rows ?? []).flatMap((row) => (row.ok ? [row.value] : [])), [scan.data]);
  const firsts = useFirstExceptions(envId, issues, { enabled: scan.isSuccess });
  const assignment = useRules(envId, 'assignment');
  const grouping = useRules(envId, 'grouping');
  const engine = useRuleEngine();

  const events = issues.length === 0 ? noEvents : firsts.data?.events;
  const candidates = useMemo(() => {
    if (!engine.data || !assignment.data || !grouping.data || !events) return null;
    const assignmentRules = readableRules(assignment.data.results);
    const rules = {
      engine: toEngineRules({ grouping: grouping.data.results, suppression: [], assignment: assignment.data.results }),
      assignment: assignmentRules,
    };
    const all = issues.map((issue): ReapplyCandidate => {
      const event = events.get(issue.id);
      const proposal = event ? proposeAssignee(engine.data, event, issue, rules) : null;
      return { issue, current: rowAssignee(issue), proposal };
    });
    return inReviewOrder(scope.onlyStale ? all.filter(differs) : all);
  }, [engine.data, assignment.data, grouping.data, events, issues, scope.onlyStale]);

  const steps: Array<[UseQueryResult<unknown, unknown>, string]> = [
    [scan, 'issues'],
    [assignment, 'assignment rules'],
    [grouping, 'grouping rules'],
    [engine, 'the rule engine'],
  ];
  for (const [query, label] of steps) {
    if (query.data === undefined && query.isError) return { status: 'error', label, query };
  }
  if (firsts.isError) return { status: 'error', label: 'the issues’ first exceptions', query: firsts };
  const waiting = steps.find(([query]) => query.data === undefined);
  if (waiting) return { status: 'loading', label: waiting[1] };
  if (candidates === null || !scan.data || !assignment.data) {
    return { status: 'loading', label: 'the issues’ first exceptions' };
  }
  const { rows: _rows, ...extent } = scan.data;
  return {
    status: 'ready',
    candidates,
    unreadable: scan.data.rows.filter(isUnreadableRow),
    scan: extent,
    assignmentRules: readableRules(assignment.data.results),
    unreadableRules: assignment.data.results.filter(isUnreadableRule).length,
    skippedEvents: firsts.data?.skipped ?? 0,
  };
}

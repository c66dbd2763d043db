import type { APIRequestContext } from '@playwright/test';
import { capturedProperties, evaluate, type EngineRules, type EvaluationTrace } from '../../src/rule-engine';
import type { ExceptionEvent } from '../../src/contract/recent-exceptions';

type StoredRule = {
  id: string;
  order_key: number;
  filters: unknown;
  disabled_data: { message: string } | null;
  sampling_rate?: number;
  assignee?: { type: 'user' | 'role'; id: number | string } | null;
};

/** The window's exceptions as the console API answers them, as the page's preview gets them. */
export async function recentExceptions(request: APIRequestContext, days = 7): Promise<ExceptionEvent[]> {
  const answer = await request.get(`/api/console/environments/1/exceptions/?days=${days}&limit=10000`);
  if (!answer.ok()) throw new Error(`exceptions: ${answer.status()}`);
  return ((await answer.json()) as { results: ExceptionEvent[] }).results;
}

const kindPaths = { grouping: 'grouping_rules', suppression: 'suppression_rules', assignment: 'assignment_rules' };

/** Environment 1's three rule lists, in the order the server lists them, as the engine takes them. */
export async function storedRules(request: APIRequestContext): Promise<EngineRules> {
  const list = async (kind: keyof typeof kindPaths) => {
    const answer = await request.get(`/api/projects/1/error_tracking/${kindPaths[kind]}/?limit=1000`);
    const rules = ((await answer.json()) as { results: StoredRule[] }).results;
    return rules.map((rule) => ({ ...rule, assignee: rule.assignee ?? null }));
  };
  return {
    grouping: await list('grouping'),
    suppression: await list('suppression'),
    assignment: await list('assignment'),
  };
}

/** `evaluate` on each exception as it was sent, as a new issue: the reference the page's numbers are checked with. */
export const traces = (events: readonly ExceptionEvent[], rules: EngineRules): EvaluationTrace[] =>
  events.map((event) =>
    evaluate({ uuid: event.uuid, properties: capturedProperties(event.properties) }, rules, {
      resolveIssue: () => ({ isNew: true, reopened: false }),
    }),
  );

/** Each issue's earliest exception that suppression keeps: the one that opened it, the one assignment runs on. */
export function openers(events: readonly ExceptionEvent[], traced: readonly EvaluationTrace[]): number[] {
  const first = new Map<string, number>();
  events.forEach((event, index) => {
    if (traced[index]!.suppression.suppressed) return;
    const key = event.issue_id ?? event.fingerprint ?? event.uuid;
    const known = first.get(key);
    if (known === undefined || Date.parse(event.timestamp) <= Date.parse(events[known]!.timestamp)) {
      first.set(key, index);
    }
  });
  return [...first.values()];
}

export const formatCount = (count: number) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

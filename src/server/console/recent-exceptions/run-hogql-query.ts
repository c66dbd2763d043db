import type { z } from 'zod';
import {
  hogqlQueryResponseSchema,
  queryStatusResponseSchema,
  type HogQLQueryResponse,
} from '../../../contract/hogql-query';
import { queryProblems, upstreamQueryProblem } from './query-problems';
import type { QueryAnswer, QueryTransport } from './query-transport';

export type HogQLRun = {
  transport: QueryTransport;
  teamId: number;
  /** How long an async query (202) is waited for, polls included. */
  budgetMs: number;
  name: string;
};

const firstPollMs = 100;
const longestPollMs = 1000;
const queryId = /^[\w-]{1,64}$/;

function read<S extends z.ZodType>(answer: QueryAnswer, schema: S, what: string): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(answer.text);
  } catch {
    throw queryProblems.unreadable(`${what} is not JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw queryProblems.unreadable(`${what} does not have the expected shape`);
  return parsed.data;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `GET …/query/:id/` (PostHog's async queries) until done, failed or out of time; a late query is cancelled. */
async function awaitQuery(run: HogQLRun, path: string, id: string, deadline: number): Promise<HogQLQueryResponse> {
  for (let delay = firstPollMs; ; delay = Math.min(delay * 2, longestPollMs)) {
    if (Date.now() + delay > deadline) {
      run.transport({ method: 'DELETE', path: `${path}${id}/` }).catch(() => undefined);
      throw queryProblems.timedOut(Math.round(run.budgetMs / 1000));
    }
    await sleep(delay);
    const answer = await run.transport({ method: 'GET', path: `${path}${id}/` });
    if (answer.status === 202) continue;
    if (answer.status !== 200) throw upstreamQueryProblem(answer);
    const { query_status: status } = read(answer, queryStatusResponseSchema, 'a poll');
    if (status.error) throw queryProblems.failed(status.error_message ?? 'the query failed without details.');
    if (!status.complete) continue;
    const result = hogqlQueryResponseSchema.safeParse(status.results);
    if (!result.success) throw queryProblems.unreadable('a finished poll holds no HogQL query response');
    return result.data;
  }
}

/** One HogQL query through PostHog's query API, however it answers: at once (200) or later (202, then polls). */
export async function runHogQLQuery(run: HogQLRun, query: string): Promise<HogQLQueryResponse> {
  const deadline = Date.now() + run.budgetMs;
  const path = `/api/projects/${run.teamId}/query/`;
  const answer = await run.transport({
    method: 'POST',
    path,
    body: { query: { kind: 'HogQLQuery', query }, name: run.name },
  });
  if (answer.status === 202) {
    const { id } = read(answer, queryStatusResponseSchema, 'the async answer').query_status;
    if (!queryId.test(id)) throw queryProblems.unreadable('it names an odd query id');
    return awaitQuery(run, path, id, deadline);
  }
  if (answer.status !== 200) throw upstreamQueryProblem(answer);
  return read(answer, hogqlQueryResponseSchema, 'the answer');
}

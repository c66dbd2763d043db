import { issueQueryResultSchema, issueQueryRowSchema, type IssueQueryInput } from '../../../contract/issues';
import { readRows } from '../../../contract/rows';
import { api } from '../../lib/api-client';
import { environmentPath } from '../../lib/api-paths';

export async function postIssueQuery(envId: number, body: IssueQueryInput, signal?: AbortSignal) {
  const path = environmentPath(envId, 'error_tracking/query/issues/');
  const answer = await api.post(path, body, issueQueryResultSchema, { signal });
  return { rows: readRows(issueQueryRowSchema, answer.results), hasMore: answer.hasMore };
}

import type { QueryClient } from '@tanstack/react-query';
import type { Issue } from '../../../contract/issues';
import { ApiError } from '../../lib/api-error';
import { getIssue } from './get-issue';
import { issueKeys } from './keys';

/** A request of its own, never one already on its way; a refused change then shows the value that refused it. */
export async function rereadIssue(client: QueryClient, envId: number, id: string): Promise<Issue | null> {
  try {
    const issue = await getIssue(envId, id);
    client.setQueryData(issueKeys.detail(envId, id), issue);
    return issue;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

import type { QueryClient } from '@tanstack/react-query';
import type { Issue } from '../../../contract/issues';
import { ApiError } from '../../lib/api-error';
import { getIssue } from './get-issue';
import { issueKeys } from './keys';

/**
 * The issue as the server holds it now, read with a request of its own (never one already on its way), or null when
 * it is gone. The page takes what was read, so a refused change shows the value that refused it.
 */
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

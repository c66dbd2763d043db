import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { paginatedSchema } from '../../../contract/common';
import { externalReferenceSchema } from '../../../contract/external-references';
import { issueSchema } from '../../../contract/issues';
import { readableRows, readRows } from '../../../contract/rows';
import { api } from '../../lib/api-client';
import { environmentPath, withQuery } from '../../lib/api-paths';
import { fetchAllPages } from '../../lib/fetch-all-pages';
import type { IssueRef } from '../issues/issue-ref';
import { issuesPath } from '../issues/keys';
import { externalReferenceKeys, referencesPath } from './keys';

/** A ticket some issue links, and which issue when that could be found (null: PostHog did not say). */
export type LinkedTicket = { integrationId: number; externalUrl: string; issue: IssueRef | null };

const issuePageSize = 100;
/** Issues read at most to find the owners of references: PostHog's rate budget is shared by every dashboard user. */
const maxIssuePages = 10;
const issueOwnerSchema = issueSchema.pick({ id: true, name: true, external_issues: true });
const pageSchema = paginatedSchema(z.unknown());

/**
 * Current PostHog never says which issue a reference belongs to (`issue` is write-only), but each issue lists its
 * own references: issues are read page by page until every reference has its issue, or the limit is reached.
 */
async function ownersOf(envId: number, referenceIds: Set<string>, signal?: AbortSignal) {
  const owners = new Map<string, IssueRef>();
  for (let page = 0; page < maxIssuePages && owners.size < referenceIds.size; page += 1) {
    const path = withQuery(environmentPath(envId, issuesPath), {
      limit: issuePageSize,
      offset: page * issuePageSize || undefined,
    });
    const answer = await api.get(path, pageSchema, { signal });
    for (const issue of readableRows(readRows(issueOwnerSchema, answer.results))) {
      for (const reference of issue.external_issues) {
        if (referenceIds.has(reference.id)) owners.set(reference.id, { id: issue.id, name: issue.name });
      }
    }
    if (answer.next === null) break;
  }
  return owners;
}

export async function getLinkedTickets(envId: number, signal?: AbortSignal): Promise<LinkedTicket[]> {
  const references = readableRows(
    readRows(externalReferenceSchema, await fetchAllPages(referencesPath(envId), z.unknown(), { signal })),
  );
  const unowned = new Set(references.filter((reference) => reference.issue === undefined).map((ref) => ref.id));
  const owners = unowned.size > 0 ? await ownersOf(envId, unowned, signal) : new Map<string, IssueRef>();
  return references.map((reference) => ({
    integrationId: reference.integration.id,
    externalUrl: reference.external_url,
    issue: reference.issue ? { id: reference.issue, name: null } : (owners.get(reference.id) ?? null),
  }));
}

export const linkedTicketsQueryOptions = (envId: number) =>
  queryOptions({
    // Under the references, so that linking a ticket reads them again.
    queryKey: [...externalReferenceKeys.all(envId), 'linked-tickets'] as const,
    queryFn: ({ signal }) => getLinkedTickets(envId, signal),
    staleTime: 60_000,
    retry: false,
  });

export const useLinkedTickets = (envId: number) => useQuery(linkedTicketsQueryOptions(envId));

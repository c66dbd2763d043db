import { issuePagePath } from '../../../../data/issues/issue-ref';

type PrefillSource = {
  envId: number;
  issueId: string;
  name: string | null;
  description: string | null;
  origin: string;
};

/** A new ticket's title and body from its issue: the name, then the description and a link back to this dashboard. */
export function ticketPrefill({ envId, issueId, name, description, origin }: PrefillSource) {
  const link = `Issue in Triage Console: ${origin}${issuePagePath(envId, issueId)}`;
  return {
    title: name?.trim() ?? '',
    body: [description?.trim(), link].filter(Boolean).join('\n\n'),
  };
}

import { shortId } from '../../../../lib/short-id';
import type { TrackerTicket } from '../../../../../contract/external-references';
import type { LinkedTicket } from '../../../../data/external-references/get-linked-tickets';
import type { TrackerIntegration } from '../../../../data/integrations/get-tracker-integrations';
import { issueTitle, type IssueRef } from '../../../../data/issues/issue-ref';
import { formatTicketReference } from '../tracker/format-ticket-reference';
import { parseTicketReference } from '../tracker/parse-ticket-reference';
import { referenceScopeOf } from './build-link-request';

const byUrl = (url: string) => `url:${url.trim().replace(/\/+$/, '').toLowerCase()}`;
const byName = (name: string) => `ref:${name.toUpperCase()}`;

/**
 * The issues that already link each ticket of `integration`. A reference is known by its URL only, and a tracker's
 * URL may differ from the one PostHog builds (Linear adds a slug), so both are matched by the ticket's name too.
 */
export function ticketLinksOf(integration: TrackerIntegration, linked: readonly LinkedTicket[]) {
  const issuesByKey = new Map<string, Array<IssueRef | null>>();
  const add = (key: string, issue: IssueRef | null) => issuesByKey.set(key, [...(issuesByKey.get(key) ?? []), issue]);
  for (const reference of linked) {
    if (reference.integrationId !== integration.id) continue;
    add(byUrl(reference.externalUrl), reference.issue);
    const parsed = parseTicketReference(integration.kind, reference.externalUrl, referenceScopeOf(integration));
    const name = parsed.ok ? formatTicketReference(integration.kind, parsed.context) : null;
    if (name !== null) add(byName(name), reference.issue);
  }
  return (ticket: TrackerTicket): Array<IssueRef | null> => {
    const name = formatTicketReference(integration.kind, ticket.external_context);
    return (name !== null ? issuesByKey.get(byName(name)) : undefined) ?? issuesByKey.get(byUrl(ticket.url)) ?? [];
  };
}

/** "Linked to “Checkout crashes” · 1a2b3c4d", as design rule 5 names an issue: its title and short id. */
export function describeTicketLinks(issues: Array<IssueRef | null>, currentIssueId: string | null): string | null {
  if (issues.length === 0) return null;
  if (currentIssueId !== null && issues.some((issue) => issue?.id === currentIssueId)) {
    return 'Already linked to this issue';
  }
  const named = issues.find((issue): issue is IssueRef => issue !== null);
  if (named === undefined) return 'Already linked to another issue (PostHog does not say which)';
  const others = issues.length - 1;
  const name = named.name === null ? `issue ${shortId(named.id)}` : `“${issueTitle(named)}” · ${shortId(named.id)}`;
  return `Already linked to ${name}${others > 0 ? ` and ${others} more` : ''}`;
}

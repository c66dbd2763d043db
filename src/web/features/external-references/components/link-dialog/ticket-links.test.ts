import { describe, expect, it } from 'vitest';
import type { TrackerIntegration } from '../../../../data/integrations/get-tracker-integrations';
import { describeTicketLinks, ticketLinksOf } from './ticket-links';

const linear: TrackerIntegration = {
  id: 3,
  kind: 'linear',
  display_name: 'Acme',
  config: { url_key: 'acme' },
  created_at: '2026-01-01T00:00:00Z',
};
const issue = { id: '0190f4c4-3333-7000-8000-000000000002', name: 'Payment form freezes' };

describe('ticketLinksOf', () => {
  it('matches a found ticket to a reference by its name, though the tracker’s URL carries a slug', () => {
    const linksOf = ticketLinksOf(linear, [
      { integrationId: 3, externalUrl: 'https://linear.app/acme/issue/ENG-42', issue },
      { integrationId: 9, externalUrl: 'https://linear.app/acme/issue/ENG-43', issue },
    ]);
    const found = (id: string) => ({
      id,
      title: 'x',
      url: `https://linear.app/acme/issue/${id}/some-slug`,
      external_context: { id },
    });
    expect(linksOf(found('ENG-42'))).toEqual([issue]);
    // Another integration's reference is another ticket.
    expect(linksOf(found('ENG-43'))).toEqual([]);
  });
});

describe('describeTicketLinks', () => {
  it('names the issue by title and short id, this issue plainly, and an unknown one as such', () => {
    expect(describeTicketLinks([], null)).toBeNull();
    expect(describeTicketLinks([issue], null)).toBe('Already linked to “Payment form freezes” · 00000002');
    expect(describeTicketLinks([issue, null], null)).toBe(
      'Already linked to “Payment form freezes” · 00000002 and 1 more',
    );
    expect(describeTicketLinks([null, issue], issue.id)).toBe('Already linked to this issue');
    expect(describeTicketLinks([null], issue.id)).toBe('Already linked to another issue (PostHog does not say which)');
    expect(describeTicketLinks([{ id: issue.id, name: null }], null)).toBe('Already linked to issue 00000002');
  });
});

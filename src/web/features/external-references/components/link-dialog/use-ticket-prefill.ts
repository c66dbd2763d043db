import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { issueQueryOptions } from '../../../../data/issues/get-issue';
import type { LinkTicketFormApi } from './link-ticket-values';
import { ticketPrefill } from './ticket-prefill';

/**
 * Fills the new ticket's title and body from the chosen issue (its description arrives with the issue's detail).
 * What the person typed (or cleared) is never replaced: a field is refilled only while it still holds the last fill.
 */
export function useTicketPrefill(form: LinkTicketFormApi, envId: number) {
  const issue = useWatch({ control: form.control, name: 'issue' });
  const detail = useQuery({ ...issueQueryOptions(envId, issue?.id ?? ''), enabled: issue !== null });
  const lastFill = useRef({ title: '', body: '' });
  const { getValues, setValue } = form;
  const issueId = issue?.id;
  const name = detail.data?.name ?? issue?.name ?? null;
  const description = detail.data?.description ?? null;

  useEffect(() => {
    if (issueId === undefined) return;
    const fill = ticketPrefill({ envId, issueId, name, description, origin: window.location.origin });
    for (const field of ['title', 'body'] as const) {
      const current = getValues(field);
      if (current === lastFill.current[field]) setValue(field, fill[field]);
    }
    lastFill.current = fill;
  }, [envId, issueId, name, description, getValues, setValue]);
}

import { useFormContext } from 'react-hook-form';
import type { LinkRequest } from './build-link-request';
import type { LinkTicketContext, LinkTicketValues } from './link-ticket-values';

/** The dialog's form, from the `FormProvider` that `LinkTicketForm` puts around its fields. */
export const useLinkTicketForm = () => useFormContext<LinkTicketValues, LinkTicketContext, LinkRequest>();

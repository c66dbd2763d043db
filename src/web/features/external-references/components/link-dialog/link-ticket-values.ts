import type { UseFormReturn } from 'react-hook-form';
import type { IssueRef } from '../../../../data/issues/issue-ref';
import type { TrackerIntegration } from '../../../../data/integrations/get-tracker-integrations';
import type { LinkRequest } from './build-link-request';

export type TicketMode = 'create' | 'link';

/**
 * Everything the dialog holds. Both paths' fields live side by side, so switching between "create" and "link"
 * (or to another tracker) keeps what was typed; `body` is GitHub's and GitLab's body and Linear's and Jira's
 * description.
 */
export type LinkTicketValues = {
  issue: IssueRef | null;
  /** The <select>'s value: an integration id, '' while none is chosen. */
  integrationId: string;
  mode: TicketMode;
  title: string;
  body: string;
  /**
   * GitHub: the bare name of a repository of the integration's account, which PostHog stores and builds the
   * ticket's link from (`github.com/<account>/<name>`); it also scopes the ticket search.
   */
  repository: string | null;
  team_id: string;
  project_key: string;
  /** An existing ticket as typed (or filled in from a search result). */
  reference: string;
};

export type LinkTicketField = Exclude<keyof LinkTicketValues, 'mode'>;

export const initialValues = (issue: IssueRef | null): LinkTicketValues => ({
  issue,
  integrationId: '',
  mode: 'create',
  title: '',
  body: '',
  repository: null,
  team_id: '',
  project_key: '',
  reference: '',
});

/** The resolver reads the integrations (for each one's kind and config) from the form's context. */
export type LinkTicketContext = { integrations: TrackerIntegration[] };
export type LinkTicketFormApi = UseFormReturn<LinkTicketValues, LinkTicketContext, LinkRequest>;

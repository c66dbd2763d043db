import {
  ticketConfigSchemas,
  type ExternalReferenceCreateInput,
  type ExternalReferenceLinkInput,
} from '../../../../../contract/external-references';
import type { TrackerIntegration } from '../../../../data/integrations/get-tracker-integrations';
import { formatTicketReference } from '../tracker/format-ticket-reference';
import { parseTicketReference, type ReferenceScope } from '../tracker/parse-ticket-reference';
import type { TrackerKind } from '../tracker/tracker-kinds';
import type { LinkTicketField, LinkTicketValues } from './link-ticket-values';

/**
 * What the dialog sends: a new ticket (`POST …/external_references/` with `config`) or an existing one
 * (`…/link_issue/` with `external_context`). A new ticket is named by its URL once created; a linked one by how
 * its tracker names it ("ENG-42").
 */
export type LinkRequest =
  | { mode: 'create'; input: ExternalReferenceCreateInput }
  | { mode: 'link'; input: ExternalReferenceLinkInput; ticketLabel: string };
export type LinkRequestResult =
  { ok: true; request: LinkRequest } | { ok: false; errors: Partial<Record<LinkTicketField, string>> };

/** The form field each `config` key is typed into (Linear's and Jira's description is the body field). */
export const configFields: Record<string, LinkTicketField> = {
  repository: 'repository',
  title: 'title',
  body: 'body',
  description: 'body',
  team_id: 'team_id',
  project_key: 'project_key',
};

function configOf(kind: TrackerKind, values: LinkTicketValues): Record<string, unknown> {
  const { title, body } = values;
  switch (kind) {
    case 'github':
      return { repository: values.repository ?? '', title, body };
    case 'gitlab':
      return { title, body };
    case 'linear':
      return { team_id: values.team_id, title, description: body };
    case 'jira':
      return { project_key: values.project_key, title, description: body };
  }
}

/** Where the integration's tickets live, from its config, so a typed reference is read the way the server stores it. */
export function referenceScopeOf(integration: TrackerIntegration): ReferenceScope {
  const { config } = integration;
  const account = (config.account as { name?: unknown } | undefined)?.name;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    githubAccount: text(account),
    gitlabProject: text(config.path_with_namespace),
    gitlabHost: text(config.hostname),
    jiraSite: text(config.site_url),
  };
}

/** The request body for what the dialog holds, validated by the contract's schemas, or an error per field. */
export function buildLinkRequest(values: LinkTicketValues, integrations: TrackerIntegration[]): LinkRequestResult {
  const errors: Partial<Record<LinkTicketField, string>> = {};
  if (values.issue === null) errors.issue = 'Choose the issue the ticket belongs to.';
  const integration = integrations.find((candidate) => String(candidate.id) === values.integrationId);
  if (integration === undefined) {
    errors.integrationId = 'Choose an integration.';
    return { ok: false, errors };
  }
  const base = { integration_id: integration.id, issue: values.issue?.id ?? '' };
  let request: LinkRequest;
  if (values.mode === 'create') {
    const config = ticketConfigSchemas[integration.kind].safeParse(configOf(integration.kind, values));
    if (!config.success) {
      for (const issue of config.error.issues) {
        const field = configFields[String(issue.path[0])];
        if (field && errors[field] === undefined) errors[field] = issue.message;
      }
      return { ok: false, errors };
    }
    request = { mode: 'create', input: { ...base, config: config.data } };
  } else {
    const parsed = parseTicketReference(integration.kind, values.reference, referenceScopeOf(integration));
    if (!parsed.ok) {
      errors.reference = parsed.error;
      return { ok: false, errors };
    }
    const ticketLabel = formatTicketReference(integration.kind, parsed.context) ?? values.reference.trim();
    request = { mode: 'link', input: { ...base, external_context: parsed.context }, ticketLabel };
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, request };
}

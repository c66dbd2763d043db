import type { UseQueryResult } from '@tanstack/react-query';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '../../../components/ui/field';
import { Select } from '../../../components/ui/select';
import { ApiError, describeError } from '../../../lib/api-error';
import type { TrackerIntegration } from '../api/get-tracker-integrations';
import { trackerLabels } from '../tracker/tracker-kinds';

type IntegrationFieldProps = {
  integrations: UseQueryResult<TrackerIntegration[]>;
  registration: UseFormRegisterReturn<'integrationId'>;
  error?: string;
};

/** Why no integration can be chosen, in words a person can act on. */
function unavailableReason(integrations: UseQueryResult<TrackerIntegration[]>): string | null {
  if (integrations.isError) {
    const detail = describeError(integrations.error);
    return integrations.error instanceof ApiError && integrations.error.status === 403
      ? `Tickets are linked through an integration, and this key may not list them: ${detail}`
      : `Integrations could not be loaded: ${detail}`;
  }
  if (integrations.data?.length === 0) {
    return 'This environment has no GitHub, GitLab, Linear or Jira integration. Connect one in PostHog first.';
  }
  return null;
}

/** The tracker integration that holds (or will hold) the ticket. */
export function IntegrationField({ integrations, registration, error }: IntegrationFieldProps) {
  const reason = unavailableReason(integrations);
  return (
    <Field label="Integration" required error={error ?? reason ?? undefined}>
      {(control) => (
        <Select {...control} {...registration} disabled={!integrations.data?.length}>
          <option value="">{integrations.isPending ? 'Loading integrations…' : 'Choose an integration'}</option>
          {integrations.data?.map((integration) => (
            <option key={integration.id} value={String(integration.id)}>
              {trackerLabels[integration.kind]} · {integration.display_name}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

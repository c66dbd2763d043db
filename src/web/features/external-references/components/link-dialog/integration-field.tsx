import type { UseQueryResult } from '@tanstack/react-query';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '../../../../components/ui/field';
import { NativeSelect } from '../../../../components/ui/native-select';
import { ApiError, describeError } from '../../../../lib/api-error';
import type {
  TrackerIntegrations,
  UnreadableIntegration,
} from '../../../../data/integrations/get-tracker-integrations';
import { trackerLabel, trackerLabels } from '../tracker/tracker-kinds';

type IntegrationFieldProps = {
  integrations: UseQueryResult<TrackerIntegrations>;
  registration: UseFormRegisterReturn<'integrationId'>;
  error?: string;
};

/** Why no integration can be chosen, in words a person can act on. */
function unavailableReason(integrations: UseQueryResult<TrackerIntegrations>): string | null {
  if (integrations.isError) {
    const detail = describeError(integrations.error);
    return integrations.error instanceof ApiError && integrations.error.status === 403
      ? `Tickets are linked through an integration, and this key may not list them: ${detail}`
      : `Integrations could not be loaded: ${detail}`;
  }
  if (integrations.data?.usable.length === 0 && integrations.data.unreadable.length === 0) {
    return 'This environment has no GitHub, GitLab, Linear or Jira integration. Connect one in PostHog first.';
  }
  return null;
}

/** "GitHub integration 7", from a record that did not match the contract (its kind was checked before). */
function nameOf(row: UnreadableIntegration): string {
  const kind = row.raw !== null && typeof row.raw === 'object' && 'kind' in row.raw ? String(row.raw.kind) : '';
  return `${trackerLabel(kind)} integration${row.id ? ` ${row.id}` : ''}`;
}

export function IntegrationField({ integrations, registration, error }: IntegrationFieldProps) {
  const reason = unavailableReason(integrations);
  const usable = integrations.data?.usable ?? [];
  const unreadable = integrations.data?.unreadable ?? [];
  const leftOut = unreadable.map((row) => `${nameOf(row)} (${row.reason})`).join('; ');
  return (
    <Field
      label="Integration"
      required
      error={error ?? reason ?? undefined}
      hint={leftOut ? `Left out because PostHog sent what this dashboard cannot read: ${leftOut}.` : undefined}
    >
      {(control) => (
        <NativeSelect {...control} {...registration} disabled={usable.length === 0}>
          <option value="">{integrations.isPending ? 'Loading integrations…' : 'Choose an integration'}</option>
          {usable.map((integration) => (
            <option key={integration.id} value={String(integration.id)}>
              {trackerLabels[integration.kind]} · {integration.display_name}
            </option>
          ))}
        </NativeSelect>
      )}
    </Field>
  );
}

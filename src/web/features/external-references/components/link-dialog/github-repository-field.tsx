import { Controller } from 'react-hook-form';
import { Field } from '../../../../components/ui/field';
import type { TrackerIntegration } from '../../../../data/integrations/get-tracker-integrations';
import { referenceScopeOf } from './build-link-request';
import { GithubRepoPicker } from './github-repo-picker';
import { useLinkTicketForm } from './use-link-ticket-form';

type GithubRepositoryFieldProps = {
  envId: number;
  integration: TrackerIntegration;
  /** Required where a new ticket goes; in the search it only scopes what is found. */
  required?: boolean;
  hint?: string;
};

/** The form's `repository`: where a new GitHub ticket goes, and which repository the ticket search looks in. */
export function GithubRepositoryField({ envId, integration, required = false, hint }: GithubRepositoryFieldProps) {
  const { control } = useLinkTicketForm();
  return (
    <Controller
      control={control}
      name="repository"
      render={({ field, fieldState }) => (
        <Field label="Repository" required={required} hint={hint} error={fieldState.error?.message}>
          {(control) => (
            <GithubRepoPicker
              {...control}
              envId={envId}
              integrationId={integration.id}
              account={referenceScopeOf(integration).githubAccount}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
            />
          )}
        </Field>
      )}
    />
  );
}

import { useWatch } from 'react-hook-form';
import type { TrackerTicket } from '../../../../../contract/external-references';
import { Field } from '../../../../components/ui/field';
import { TextInput } from '../../../../components/ui/text-input';
import type { TrackerIntegration } from '../../../../data/integrations/get-tracker-integrations';
import { formatTicketReference } from '../tracker/format-ticket-reference';
import { referenceFormats } from '../tracker/parse-ticket-reference';
import { GithubRepositoryField } from './github-repository-field';
import { TicketSearch } from './ticket-search';
import { useLinkTicketForm } from './use-link-ticket-form';

type LinkExistingFieldsProps = { envId: number; integration: TrackerIntegration };

/** How a search result is typed into the reference field. */
const referenceOf = (integration: TrackerIntegration, ticket: TrackerTicket) =>
  formatTicketReference(integration.kind, ticket.external_context) ?? ticket.id;

/** An existing ticket: found by search, or typed as its tracker names it. The reference field is what is sent. */
export function LinkExistingFields({ envId, integration }: LinkExistingFieldsProps) {
  const { register, setValue, control, formState } = useLinkTicketForm();
  const reference = useWatch({ control, name: 'reference' }).trim();
  const repository = useWatch({ control, name: 'repository' });
  const issue = useWatch({ control, name: 'issue' });
  const pick = (ticket: TrackerTicket) =>
    setValue('reference', referenceOf(integration, ticket), {
      shouldDirty: true,
      shouldValidate: formState.isSubmitted,
    });
  return (
    <div className="link-ticket__section">
      {integration.kind === 'github' && (
        <GithubRepositoryField
          envId={envId}
          integration={integration}
          hint="GitHub tickets are searched one repository at a time."
        />
      )}
      <TicketSearch
        envId={envId}
        integration={integration}
        repository={repository}
        onPick={pick}
        issueId={issue?.id ?? null}
        isSelected={(ticket) => reference !== '' && referenceOf(integration, ticket) === reference}
      />
      <Field
        label="Ticket"
        required
        hint={`Pick a search result, or type ${referenceFormats[integration.kind]}.`}
        error={formState.errors.reference?.message}
      >
        {(control) => <TextInput {...control} {...register('reference')} autoComplete="off" spellCheck={false} />}
      </Field>
    </div>
  );
}

import { useId } from 'react';
import { FormProvider, useForm, useWatch, type Resolver } from 'react-hook-form';
import { Button } from '../../../../components/ui/button';
import { useToast } from '../../../../components/ui/use-toast';
import { describeError } from '../../../../lib/api-error';
import { useCurrentEnvironment } from '../../../../lib/environments/current-environment';
import { showServerFieldError } from '../../../../lib/server-field-error';
import type { IssueRef } from '../../../../data/issues/issue-ref';
import { useCreateExternalReference } from '../../../../data/external-references/create-external-reference';
import { useTrackerIntegrations } from '../../../../data/integrations/get-tracker-integrations';
import { useTicketCreation } from '../../../../data/integrations/use-ticket-creation';
import { useLinkExternalReference } from '../../../../data/external-references/link-external-reference';
import { buildLinkRequest, type LinkRequest } from './build-link-request';
import { CreateTicketFields } from './create-ticket-fields';
import { IntegrationField } from './integration-field';
import { IssueField } from './issue-field';
import { LinkExistingFields } from './link-existing-fields';
import { initialValues, type LinkTicketContext, type LinkTicketValues } from './link-ticket-values';
import { ModeChoice } from './mode-choice';
import { serverErrorTarget } from './server-error-target';
import { useTicketPrefill } from './use-ticket-prefill';

type LinkTicketFormProps = { issue: IssueRef | null; fixedIssue: boolean; onDone: () => void };

/** Validates with the contract's schemas and hands the submit handler the request body itself. */
const resolver: Resolver<LinkTicketValues, LinkTicketContext, LinkRequest> = (values, context) => {
  const result = buildLinkRequest(values, context?.integrations ?? []);
  if (result.ok) return { values: result.request, errors: {} };
  const errors = Object.fromEntries(
    Object.entries(result.errors).map(([field, message]) => [field, { type: 'validate', message }]),
  );
  return { values: {}, errors };
};

export function LinkTicketForm({ issue, fixedIssue, onDone }: LinkTicketFormProps) {
  const environment = useCurrentEnvironment();
  const envId = environment.id;
  const formId = useId();
  const blockedId = useId();
  const chooseId = useId();
  const integrations = useTrackerIntegrations(envId);
  const creationThrough = useTicketCreation(envId);
  const form = useForm<LinkTicketValues, LinkTicketContext, LinkRequest>({
    defaultValues: initialValues(issue),
    resolver,
    context: { integrations: integrations.data?.usable ?? [] },
  });
  const { register, handleSubmit, setError, setValue, clearErrors, control, formState } = form;
  const createReference = useCreateExternalReference(envId);
  const linkReference = useLinkExternalReference(envId);
  const toast = useToast();
  useTicketPrefill(form, envId);

  const mode = useWatch({ control, name: 'mode' });
  const integrationId = useWatch({ control, name: 'integrationId' });
  const integration = integrations.data?.usable.find((candidate) => String(candidate.id) === integrationId);
  const creation = integration && mode === 'create' ? creationThrough(integration) : null;
  // Said before anything is typed, not after a refused submit: no integration yet, or one that cannot create.
  const blocked = integration === undefined || (creation !== null && !creation.possible);

  const switchToLink = () => {
    clearErrors('root');
    setValue('mode', 'link');
  };

  const submit = handleSubmit(async (request) => {
    try {
      const { reference, created } =
        request.mode === 'create'
          ? await createReference.mutateAsync(request.input)
          : await linkReference.mutateAsync(request.input);
      const ticket = request.mode === 'link' ? request.ticketLabel : reference.external_url;
      const message = !created
        ? `Already linked: ${ticket} was linked to this issue before.`
        : request.mode === 'create'
          ? `Created and linked ${ticket}`
          : `Linked ${ticket}`;
      toast.show({ message, tone: created ? 'success' : 'info' });
      onDone();
    } catch (error) {
      if (showServerFieldError(form, error, serverErrorTarget)) return;
      setError('root.server', { message: describeError(error) });
    }
  });

  return (
    <FormProvider {...form}>
      <form id={formId} className="link-ticket" noValidate onSubmit={submit}>
        {formState.errors.root?.server && (
          <p className="dialog__error" role="alert">
            {formState.errors.root.server.message}
          </p>
        )}
        <IssueField fixed={fixedIssue} />
        <IntegrationField
          integrations={integrations}
          registration={register('integrationId')}
          error={formState.errors.integrationId?.message}
        />
        <ModeChoice registration={register('mode')} />
        {integration === undefined ? (
          <p id={chooseId} className="field__hint">
            Choose an integration to continue.
          </p>
        ) : mode === 'create' ? (
          <CreateTicketFields
            envId={envId}
            integration={integration}
            creation={creation ?? { possible: true }}
            blockedId={blockedId}
            onSwitchToLink={switchToLink}
          />
        ) : (
          <LinkExistingFields envId={envId} integration={integration} />
        )}
        <div className="dialog__footer link-ticket__footer">
          <Button onClick={onDone}>Cancel</Button>
          <Button
            type="submit"
            variant="primary"
            busy={formState.isSubmitting}
            disabled={blocked}
            aria-describedby={
              integration === undefined ? chooseId : creation?.possible === false ? blockedId : undefined
            }
          >
            {mode === 'create' ? 'Create ticket' : 'Link ticket'}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}

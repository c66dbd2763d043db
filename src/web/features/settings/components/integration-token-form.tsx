import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Field } from '../../../components/ui/field';
import { TextInput } from '../../../components/ui/text-input';
import { useToast } from '../../../components/ui/use-toast';
import { ApiError, describeError } from '../../../lib/api-error';
import { useClearIntegrationToken } from '../../../data/integrations/clear-integration-token';
import type { IntegrationCredentials } from '../../../data/integrations/get-integration-credentials';
import { integrationTokenInputSchema, useSetIntegrationToken } from '../../../data/integrations/set-integration-token';

type IntegrationTokenFormProps = {
  envId: number;
  credentials: IntegrationCredentials;
  /** "GitHub · acme": names the integration in the form, the toast and the confirmation. */
  name: string;
};

/**
 * Sets or clears the token the local server creates and searches tickets with. What is typed is sent once and
 * forgotten: the field empties on success, and the server only ever says whether a token is set.
 */
export function IntegrationTokenForm({ envId, credentials, name }: IntegrationTokenFormProps) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const setMutation = useSetIntegrationToken(envId);
  const clearMutation = useClearIntegrationToken(envId);
  const toast = useToast();
  const formId = useId();
  const isSet = credentials.token_status === 'set';

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = integrationTokenInputSchema.safeParse({ token });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    try {
      await setMutation.mutateAsync({ integrationId: credentials.id, token: parsed.data.token });
      setToken('');
      toast.show({ message: `Token saved for ${name}: it can create tickets.`, tone: 'success' });
    } catch (failure) {
      setError(failure instanceof ApiError && failure.status === 400 ? failure.detail : describeError(failure));
    }
  };

  const clear = async () => {
    await clearMutation.mutateAsync(credentials.id);
    toast.show({ message: `Token cleared for ${name}: it links existing tickets only.`, tone: 'success' });
  };

  return (
    <form id={formId} className="integration-token" aria-label={`Token for ${name}`} noValidate onSubmit={save}>
      <Field
        label={isSet ? 'Replace the access token' : 'Access token'}
        hint="Stored on this server and never shown again."
        error={error}
      >
        {(control) => (
          <TextInput
            {...control}
            type="password"
            value={token}
            onChange={(event) => setToken(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      <div className="integration-token__actions">
        <Button type="submit" variant="primary" busy={setMutation.isPending}>
          Save token
        </Button>
        {isSet && (
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Clear token
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Clear the token of ${name}?`}
        message="The server forgets it: this integration can then link existing tickets, but not create new ones, until a token is set again."
        confirmLabel="Clear token"
        busyLabel="Clearing…"
        tone="danger"
        onConfirm={clear}
        onClose={() => setConfirming(false)}
      />
    </form>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { TextInput } from '../../../components/ui/text-input';
import { ApiError, describeError } from '../../../lib/api-error';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';
import { resolveFingerprintQueryOptions } from '../../../data/fingerprints/resolve-fingerprint';
import { issuePagePath } from '../../../data/issues/issue-ref';

/** Older PostHog, without `resolve`, refuses the word as a fingerprint id (400 "Invalid fingerprint id"). */
function findFailureMessage(failure: unknown): string {
  if (failure instanceof ApiError && failure.status === 404) return 'No issue has this fingerprint.';
  if (failure instanceof ApiError && failure.status === 400 && /fingerprint id/i.test(failure.body.detail)) {
    return 'This PostHog version cannot look a fingerprint up. Filter the list by issue instead, or update PostHog.';
  }
  return describeError(failure);
}

/** `describedBy`: the filter bar's helper, which says what the field takes. */
export function FindFingerprintForm({ describedBy }: { describedBy?: string }) {
  const environment = useCurrentEnvironment();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fingerprint = value.trim();
    if (fingerprint === '') {
      setError('Enter a fingerprint.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const found = await client.fetchQuery(resolveFingerprintQueryOptions(environment.id, fingerprint));
      await navigate(issuePagePath(environment.id, found.issue_id));
    } catch (failure) {
      setError(findFailureMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="find-fingerprint"
      role="search"
      aria-label="Find fingerprint"
      onSubmit={(event) => void submit(event)}
    >
      <Field label="Find fingerprint" describedBy={describedBy} error={error}>
        {(control) => (
          <TextInput
            {...control}
            value={value}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => setValue(event.target.value)}
          />
        )}
      </Field>
      <Button type="submit" busy={busy}>
        {busy ? 'Finding…' : 'Find'}
      </Button>
    </form>
  );
}

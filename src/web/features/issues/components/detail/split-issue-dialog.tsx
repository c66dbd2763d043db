import { useId, useState } from 'react';
import type { Issue } from '../../../../../contract/issues';
import { readableRows } from '../../../../../contract/rows';
import { shortValue } from '../../../../components/copy-button/copy-button';
import { Button } from '../../../../components/ui/button';
import { Dialog } from '../../../../components/ui/dialog';
import { QueryView } from '../../../../components/ui/query-view';
import { useToast } from '../../../../components/ui/use-toast';
import { describeError } from '../../../../lib/api-error';
import { useCurrentEnvironment } from '../../../../lib/environments/current-environment';
import { useFingerprints } from '../../../../data/fingerprints/get-fingerprints';
import { countOf } from '../../../../lib/format';
import { issueTitle } from '../../../../data/issues/issue-ref';
import { useSplitIssue } from '../../../../data/issues/split-issue';
import { issueGoneMessage } from './issue-gone';
import { SplitFingerprintChoice } from './split-fingerprint-choice';
import { prefilledName, sharedNamesNote, splitRequest, type SplitChoice } from './split-names';

/** The split dialog lists at most this many of the issue's fingerprints (PostHog's largest page is 1000). */
const splitChoiceLimit = 100;

const listOf = (fingerprints: readonly string[]) => {
  const quoted = fingerprints.map((fingerprint) => `“${shortValue(fingerprint)}”`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : (quoted[0] ?? '');
};

type SplitIssueDialogProps = { issue: Issue; onClose: () => void; onSplit: (newIssueIds: string[]) => void };

/** Rendered only while open, so each opening starts clean and nothing is fetched before. */
export function SplitIssueDialog({ issue, onClose, onSplit }: SplitIssueDialogProps) {
  const environment = useCurrentEnvironment();
  const fingerprints = useFingerprints(environment.id, { issue_id: issue.id, limit: splitChoiceLimit, offset: 0 });
  const split = useSplitIssue(environment.id, issue.id);
  const toast = useToast();
  const [chosen, setChosen] = useState<SplitChoice[]>([]);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const sharedId = useId();
  const shared = sharedNamesNote(chosen, issueTitle(issue));

  const toggle = (fingerprint: string, on: boolean) =>
    setChosen((current) =>
      on
        ? [...current, { fingerprint, name: prefilledName(issue) }]
        : current.filter((choice) => choice.fingerprint !== fingerprint),
    );
  const rename = (fingerprint: string, name: string) =>
    setChosen((current) =>
      current.map((choice) => (choice.fingerprint === fingerprint ? { ...choice, name } : choice)),
    );
  const nameOf = (fingerprint: string) => chosen.find((choice) => choice.fingerprint === fingerprint)?.name ?? null;

  const submit = async () => {
    if (chosen.length === 0) {
      setError('Choose at least one fingerprint to split.');
      return;
    }
    setError(null);
    try {
      // Awaited, not callbacks: a gone issue turns the page into "not found" before the mutation settles.
      const result = await split.mutateAsync(splitRequest(chosen));
      if (result.outcome === 'gone') {
        toast.show({ tone: 'error', message: `Nothing was split: ${issueGoneMessage}` });
      } else if (result.outcome === 'moved') {
        setChosen((current) => current.filter((choice) => !result.fingerprints.includes(choice.fingerprint)));
        setError(
          `Nothing was split: ${listOf(result.fingerprints)} left this issue meanwhile (someone merged or split it). ` +
            'The list now shows the fingerprints the issue holds; check your choice and split again.',
        );
      } else if (result.success && result.newIssueIds.length > 0) {
        onSplit(result.newIssueIds);
      } else {
        setError(
          'Nothing was split: PostHog found none of the chosen fingerprints in this issue (they may have moved meanwhile).',
        );
      }
    } catch (failure) {
      setError(describeError(failure));
    }
  };

  return (
    <Dialog
      open
      onRequestClose={() => !split.isPending && onClose()}
      title="Split fingerprints into new issues"
      description={`Each fingerprint you choose leaves “${issueTitle(issue)}” and becomes a new issue of its own, with the name you give it.`}
      size="large"
      footer={
        <>
          <Button onClick={onClose} disabled={split.isPending}>
            Cancel
          </Button>
          <Button variant="primary" busy={split.isPending} onClick={() => void submit()}>
            {split.isPending ? 'Splitting…' : `Split ${countOf(chosen.length, 'fingerprint')}`}
          </Button>
        </>
      }
    >
      <QueryView query={fingerprints} label="fingerprints">
        {(page) => (
          <fieldset
            className="split-choices"
            aria-describedby={[error ? errorId : '', shared ? sharedId : ''].filter(Boolean).join(' ') || undefined}
          >
            <legend>Fingerprints to split</legend>
            {page.count > page.results.length && (
              <p className="field__hint">
                Showing the first {page.results.length} of {countOf(page.count, 'fingerprint')}.
              </p>
            )}
            {page.results.some((row) => !row.ok) && (
              <p className="field__hint">
                {countOf(page.results.filter((row) => !row.ok).length, 'fingerprint')} could not be read and cannot be
                split here.
              </p>
            )}
            {readableRows(page.results).map((fingerprint) => (
              <SplitFingerprintChoice
                key={fingerprint.fingerprint}
                fingerprint={fingerprint}
                name={nameOf(fingerprint.fingerprint)}
                onToggle={(on) => toggle(fingerprint.fingerprint, on)}
                onRename={(name) => rename(fingerprint.fingerprint, name)}
              />
            ))}
          </fieldset>
        )}
      </QueryView>
      {shared && (
        <p id={sharedId} className="field__hint" aria-live="polite">
          {shared}
        </p>
      )}
      {error && (
        <p id={errorId} className="dialog__error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}

import { useId } from 'react';
import type { FingerprintRow } from '../../../../../contract/fingerprints';
import { shortValue } from '../../../../components/copy-button/copy-button';
import { Checkbox } from '../../../../components/ui/checkbox';
import { Field } from '../../../../components/ui/field';
import { RelativeTime } from '../../../../components/ui/relative-time';
import { TextInput } from '../../../../components/ui/text-input';

type SplitFingerprintChoiceProps = {
  fingerprint: FingerprintRow;
  /** The new issue's name while chosen; null while not. */
  name: string | null;
  onToggle: (chosen: boolean) => void;
  onRename: (name: string) => void;
};

/** What the fingerprint record tells (PostHog sends no sample exception with it), and once chosen, the name field. */
export function SplitFingerprintChoice({ fingerprint, name, onToggle, onRename }: SplitFingerprintChoiceProps) {
  const contextId = useId();
  return (
    <div className="split-choice">
      <Checkbox
        label={<code>{fingerprint.fingerprint}</code>}
        checked={name !== null}
        aria-describedby={contextId}
        onChange={(event) => onToggle(event.target.checked)}
      />
      <span id={contextId} className="split-choice__context">
        {fingerprint.first_seen ? (
          <>
            first seen <RelativeTime iso={fingerprint.first_seen} />
          </>
        ) : (
          'not seen yet'
        )}
      </span>
      {name !== null && (
        <Field label={`New issue name for ${shortValue(fingerprint.fingerprint)}`} className="split-choice__name">
          {(control) => (
            <TextInput {...control} value={name} maxLength={400} onChange={(event) => onRename(event.target.value)} />
          )}
        </Field>
      )}
    </div>
  );
}

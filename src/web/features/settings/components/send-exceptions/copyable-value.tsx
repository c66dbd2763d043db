import type { ReactNode } from 'react';
import { CopyButton } from '../../../../components/copy-button/copy-button';
import { Field } from '../../../../components/ui/field';
import { TextInput } from '../../../../components/ui/text-input';

type CopyableValueProps = { label: string; value: string; hint?: ReactNode; copyLabel: string };

/** A value to paste elsewhere: read-only (selectable, never edited) and copied with one click. */
export function CopyableValue({ label, value, hint, copyLabel }: CopyableValueProps) {
  return (
    <Field label={label} hint={hint} className="copyable-value">
      {(control) => (
        <div className="copyable-value__row">
          <TextInput
            {...control}
            className="copyable-value__input"
            value={value}
            readOnly
            spellCheck={false}
            autoComplete="off"
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton value={value} label={copyLabel} />
        </div>
      )}
    </Field>
  );
}

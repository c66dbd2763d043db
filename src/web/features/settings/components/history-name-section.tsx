import { useState } from 'react';
import { maxActorNameLength } from '../../../../contract/rule-history-api';
import { Field } from '../../../components/ui/field';
import { readActorName, saveActorName } from '../../../lib/actor-name';

/** The name rule history shows for this browser's changes; kept in this browser only, saved as it is typed. */
export function HistoryNameSection() {
  const [name, setName] = useState(() => readActorName() ?? '');
  return (
    <section aria-labelledby="settings-history-name" className="panel">
      <h2 id="settings-history-name">Rule history</h2>
      <Field
        label="Your name (shown in history)"
        hint="Remembered in this browser. Without a name, your changes are shown as made from a browser."
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            autoComplete="name"
            maxLength={maxActorNameLength}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              saveActorName(event.target.value);
            }}
          />
        )}
      </Field>
    </section>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import type { Rule } from '../../../../../contract/rules';
import { Button } from '../../../../components/ui/button';
import { RelativeTime } from '../../../../components/ui/relative-time';
import { describeError } from '../../../../lib/api-error';
import { capitalize } from '../../../../lib/format';
import { ConflictFieldChoice } from './conflict-field-choice';
import { DisabledRuleBanner } from './disabled-rule-banner';
import { fieldLabels, type RuleContent, type RuleField } from './rule-content';
import { allOf, defaultChoices, mergedContent, unchosenFields, type RuleConflict } from './rule-conflict';

type RuleConflictViewProps = {
  /** "assignment rule 3". */
  label: string;
  conflict: RuleConflict;
  server: Rule;
  saving: boolean;
  failure: { error: unknown } | null;
  onSave: (merged: RuleContent) => void;
  onKeepTheirs: () => void;
};

/** "filters", "filters and assignee". */
function fieldList(fields: readonly RuleField[]): string {
  const names = fields.map((field) => fieldLabels[field].toLowerCase());
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Instead of the form once a save found the rule changed elsewhere: each field that differs, theirs beside yours, to
 * pick from. Focus comes here, so the heading and the explanation are read out at once.
 */
export function RuleConflictView({
  label,
  conflict,
  server,
  saving,
  failure,
  onSave,
  onKeepTheirs,
}: RuleConflictViewProps) {
  const titleId = useId();
  const introId = useId();
  const reasonId = useId();
  const region = useRef<HTMLElement>(null);
  const [choices, setChoices] = useState(() => defaultChoices(conflict));
  useEffect(() => region.current?.focus(), []);

  const merged = mergedContent(conflict, choices);
  const unchosen = unchosenFields(conflict, choices);
  const reason = unchosen.length > 0 ? `Choose theirs or yours for ${fieldList(unchosen)} to save` : null;
  const savedAt = conflict.theirs.updatedAt;

  return (
    <section ref={region} tabIndex={-1} className="rule-conflict" aria-labelledby={titleId} aria-describedby={introId}>
      <h3 id={titleId} className="rule-conflict__title">
        Someone else changed this rule
      </h3>
      <p id={introId}>
        {capitalize(label)} was saved elsewhere
        {savedAt && (
          <>
            {' '}
            <RelativeTime iso={savedAt} />
          </>
        )}{' '}
        while you were editing it. Nothing was saved. Choose which version of each field to keep: theirs is what is
        saved now.
      </p>
      {server.disabled_data && <DisabledRuleBanner disabledData={server.disabled_data} />}
      {conflict.fields.length === 0 ? (
        <p>Their version matches yours in every field you edit.</p>
      ) : (
        <div className="rule-conflict__all">
          <Button size="small" onClick={() => setChoices(allOf(conflict, 'theirs'))}>
            Use all of theirs
          </Button>
          <Button size="small" onClick={() => setChoices(allOf(conflict, 'yours'))}>
            Use all of yours
          </Button>
        </div>
      )}
      {conflict.fields.map((field) => (
        <ConflictFieldChoice
          key={field.field}
          conflict={field}
          theirs={conflict.theirs.content}
          yours={conflict.yours}
          choice={choices[field.field]}
          onChoose={(side) => setChoices((current) => ({ ...current, [field.field]: side }))}
        />
      ))}
      {failure && (
        <p className="dialog__error" role="alert">
          Could not save {label}: {describeError(failure.error)}
        </p>
      )}
      <footer className="dialog__footer rule-editor__footer">
        {reason && (
          <p id={reasonId} className="rule-editor__reason">
            {reason}
          </p>
        )}
        <Button onClick={onKeepTheirs}>Keep theirs, discard my changes</Button>
        <Button
          variant="primary"
          disabled={merged === null}
          busy={saving}
          aria-describedby={reason ? reasonId : undefined}
          onClick={() => merged && onSave(merged)}
        >
          {saving ? 'Saving…' : 'Save merged version'}
        </Button>
      </footer>
    </section>
  );
}

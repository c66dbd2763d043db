import { useId, useState } from 'react';
import type { EngineEvent } from '../../../../../rule-engine/types';
import { Button } from '../../../../components/ui/button';
import { parsePastedEvent } from './parse-pasted-event';

type PasteEventFormProps = { onExplain: (event: EngineEvent, note: string | null) => void };

/** An event from anywhere (PostHog's event view, a log): explained without being stored or sent anywhere. */
export function PasteEventForm({ onExplain }: PasteEventFormProps) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();
  const problemId = useId();
  return (
    <form
      className="paste-event"
      onSubmit={(submit) => {
        submit.preventDefault();
        const pasted = parsePastedEvent(text);
        if (!pasted.ok) {
          setProblem(pasted.problem);
          return;
        }
        setProblem(null);
        onExplain(pasted.event, pasted.note);
      }}
    >
      <label htmlFor={fieldId} className="field__label">
        Event JSON
      </label>
      <textarea
        id={fieldId}
        className="input paste-event__text"
        rows={6}
        spellCheck={false}
        value={text}
        aria-invalid={problem !== null || undefined}
        aria-describedby={problem ? problemId : undefined}
        placeholder='{"uuid": "…", "event": "$exception", "properties": {"$exception_list": […]}}'
        onChange={(change) => setText(change.target.value)}
      />
      {problem && (
        <p id={problemId} className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <Button type="submit">Explain this event</Button>
      </div>
    </form>
  );
}

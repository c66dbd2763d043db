import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { exceptionWindowDays, type ExceptionEvent } from '../../../contract/recent-exceptions';
import type { EngineEvent } from '../../../rule-engine/types';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Select } from '../../components/ui/select';
import { useCurrentEnvironment } from '../../lib/environments/current-environment';
import { ExceptionChooser } from './components/explain/exception-chooser';
import { ExplainedException } from './components/explain/explained-exception';
import { ExplainResult } from './components/explain/explain-result';
import { issueContextOptions, readIssueContext } from './components/explain/issue-context';
import { PasteEventForm } from './components/explain/paste-event-form';

const readDays = (value: string | null) => exceptionWindowDays.find((days) => String(days) === value) ?? 7;

/** `?event=` (an exception by id), `?issue=` (its exceptions), `?days=`, `?q=`, `?as=` (its issue new or not). */
export function ExplainPage() {
  const { id: envId } = useCurrentEnvironment();
  const [params, setParams] = useSearchParams();
  const [pasted, setPasted] = useState<{ event: EngineEvent; note: string | null } | null>(null);
  const eventId = params.get('event');
  const issueId = params.get('issue');
  const days = readDays(params.get('days'));
  const search = params.get('q') ?? '';
  const issueContext = readIssueContext(params.get('as'));

  const update = (changes: Record<string, string | null>, replace = false) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace },
    );
  const hrefOf = (event: ExceptionEvent) => {
    const next = new URLSearchParams(params);
    next.set('event', event.uuid);
    return `?${next.toString()}`;
  };

  // From an issue ("why is it grouped and assigned like this?"): its earliest exception listed, the one that opened it.
  const pickOldest = useCallback(
    (event: ExceptionEvent) => update({ event: event.uuid, as: null }, true),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `update` only reads the URL it is handed
    [],
  );

  return (
    <div className="explain">
      <div className="explain__sources">
        <ExceptionChooser
          envId={envId}
          days={days}
          search={search}
          issueId={issueId}
          selectedId={pasted ? null : eventId}
          hrefOf={(event) => hrefOf(event)}
          onOldest={issueId && !eventId && !pasted ? pickOldest : undefined}
          onFilters={({ days: nextDays, q }) =>
            update(
              { ...(nextDays !== undefined ? { days: String(nextDays) } : {}), ...(q !== undefined ? { q } : {}) },
              q !== undefined,
            )
          }
        />
        <details className="explain__paste">
          <summary>Paste an event’s JSON</summary>
          <PasteEventForm
            onExplain={(event, note) => {
              setPasted({ event, note });
              update({ event: null });
            }}
          />
        </details>
      </div>
      <section className="explain__result" aria-labelledby="explain-heading">
        <h2 id="explain-heading">What PostHog does with it</h2>
        <Field label="Its issue" hint="Assignment rules run only when an exception opens a new issue or reopens one.">
          {(control) => (
            <Select
              {...control}
              value={issueContext}
              options={issueContextOptions}
              onChange={(as) => update({ as: as === 'new' ? null : as }, true)}
            />
          )}
        </Field>
        {pasted ? (
          <>
            <p className="explain__subject">
              The pasted event{pasted.note && <> — {pasted.note}</>}{' '}
              <Button variant="ghost" size="small" onClick={() => setPasted(null)}>
                Clear
              </Button>
            </p>
            <ExplainResult envId={envId} event={pasted.event} issueContext={issueContext} />
          </>
        ) : eventId ? (
          <ExplainedException envId={envId} eventId={eventId} issueContext={issueContext} />
        ) : (
          <p className="explain__empty">Choose a recent exception, or paste an event, to see each rule’s verdict.</p>
        )}
      </section>
    </div>
  );
}

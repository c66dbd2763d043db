import type { PersonalApiKey } from '../../../contract/organization';
import { QueryView } from '../../components/ui/query-view';
import { useCurrentKey } from '../../lib/session/get-current-key';
import { missingScopes, scopeEffects } from '../../lib/session/scopes';

function Scopes({ scopes }: { scopes: string[] }) {
  if (scopes.length === 0 || scopes.includes('*')) return <>All scopes</>;
  return (
    <ul className="tags" aria-label="Scopes">
      {scopes.map((scope) => (
        <li key={scope}>
          <code>{scope}</code>
        </li>
      ))}
    </ul>
  );
}

function MissingScopes({ scopes }: { scopes: string[] }) {
  const missing = missingScopes(scopes);
  if (missing.length === 0) return <p>This key has every scope the dashboard uses.</p>;
  return (
    <>
      <h3 id="settings-missing-scopes">What this key cannot do</h3>
      <ul className="item-list" aria-labelledby="settings-missing-scopes">
        {missing.map((scope) => (
          <li key={scope} className="item">
            <code>{scope}</code> missing: {scopeEffects[scope]}
          </li>
        ))}
      </ul>
    </>
  );
}

function KeyFacts({ current }: { current: PersonalApiKey }) {
  return (
    <>
      <dl className="facts">
        <dt>Label</dt>
        <dd>{current.label || 'Unlabelled key'}</dd>
        {current.mask_value && (
          <>
            <dt>Key</dt>
            <dd>
              <code>{current.mask_value}</code>
            </dd>
          </>
        )}
        <dt>Scopes</dt>
        <dd>
          <Scopes scopes={current.scopes} />
        </dd>
        <dt>Environments</dt>
        <dd>{current.scoped_teams?.length ? current.scoped_teams.join(', ') : 'All environments'}</dd>
      </dl>
      <MissingScopes scopes={current.scopes} />
    </>
  );
}

export function KeySection() {
  const key = useCurrentKey();
  return (
    <section aria-labelledby="settings-key" className="panel">
      <h2 id="settings-key">API key</h2>
      <QueryView query={key} label="the API key">
        {(current) => <KeyFacts current={current} />}
      </QueryView>
    </section>
  );
}

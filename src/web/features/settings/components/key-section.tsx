import type { PersonalApiKey } from '../../../../contract/organization';
import { QueryView } from '../../../components/ui/query-view';
import { useCurrentKey } from '../../../data/session/get-current-key';
import { missingScopes, scopeEffects } from '../../../data/session/scopes';

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

/** PostHog answers a key limited to specific projects only on paths of one project: say what that closes. */
function ProjectScopedLimits() {
  return (
    <>
      <h3 id="settings-project-scoped">What needs an organization-wide key</h3>
      <p>
        This key is limited to specific projects, and PostHog refuses such keys everything outside one project. Error
        tracking of these environments works; these need a key with access to all projects or the organization:
      </p>
      <ul className="item-list" aria-labelledby="settings-project-scoped">
        <li className="item">The environment list: only this key’s environments can be opened.</li>
        <li className="item">Assignee names (organization members and roles): assignees show as ids.</li>
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
        <dt>Project access</dt>
        <dd>
          {current.scoped_teams?.length ? `Only environments ${current.scoped_teams.join(', ')}` : 'All environments'}
        </dd>
      </dl>
      {current.scoped_teams?.length ? <ProjectScopedLimits /> : null}
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

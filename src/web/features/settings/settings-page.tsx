import { PageHeader } from '../../components/ui/page-header';
import { QueryView } from '../../components/ui/query-view';
import { useCurrentEnvironment } from '../../lib/environments/current-environment';
import { useProjects } from '../../lib/environments/get-projects';
import { useCurrentKey } from './api/get-current-key';

function KeySection() {
  const key = useCurrentKey();
  return (
    <section aria-labelledby="settings-key" className="panel">
      <h2 id="settings-key">API key</h2>
      <QueryView query={key} label="the API key">
        {(current) => (
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
              {current.scopes.includes('*') ? (
                'All scopes'
              ) : (
                <ul className="tags" aria-label="Scopes">
                  {current.scopes.map((scope) => (
                    <li key={scope}>
                      <code>{scope}</code>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>Environments</dt>
            <dd>{current.scoped_teams?.length ? current.scoped_teams.join(', ') : 'All environments'}</dd>
          </dl>
        )}
      </QueryView>
    </section>
  );
}

function EnvironmentsSection() {
  const projects = useProjects();
  const environment = useCurrentEnvironment();
  return (
    <section aria-labelledby="settings-environments" className="panel">
      <h2 id="settings-environments">Environments</h2>
      <QueryView query={projects} label="environments">
        {(page) => (
          <ul className="item-list">
            {page.results.map((project) => (
              <li key={project.id} className="item item--row">
                <span>
                  {project.name} <span className="item__meta">· id {project.id}</span>
                </span>
                {project.id === environment.id && <span className="status">Current</span>}
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}

export function SettingsPage() {
  return (
    <>
      <PageHeader
        title="Settings"
        description="Where the dashboard gets its data, with which key, and for which environments."
      />
      <section aria-labelledby="settings-backend" className="panel">
        <h2 id="settings-backend">Backend</h2>
        <dl className="facts">
          <dt>Server</dt>
          <dd>Local server</dd>
          <dt>API</dt>
          <dd>PostHog-compatible error-tracking API, stored in SQLite on this machine.</dd>
        </dl>
      </section>
      <KeySection />
      <EnvironmentsSection />
    </>
  );
}

import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryView } from '../../../components/ui/query-view';
import { countOf } from '../../../lib/format';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';
import { useIntegrationCredentials } from '../../../data/integrations/get-integration-credentials';
import { useTrackerIntegrations } from '../../../data/integrations/get-tracker-integrations';
import { useBackend } from '../../../data/session/get-backend';
import { IntegrationItem } from './integration-item';

/** The tracker integrations of the environment, whether each can create tickets, and (local server) its token. */
export function IntegrationsSection() {
  const environment = useCurrentEnvironment();
  const backend = useBackend();
  const local = backend.data?.mode === 'local';
  const integrations = useTrackerIntegrations(environment.id);
  const credentials = useIntegrationCredentials(environment.id, local);
  const sectionRef = useRef<HTMLElement>(null);
  const { hash } = useLocation();

  // The link dialog sends people here (#integrations); the router does not scroll to a hash by itself.
  useEffect(() => {
    if (hash === '#integrations') sectionRef.current?.scrollIntoView?.({ block: 'start' });
  }, [hash]);

  return (
    <section ref={sectionRef} id="integrations" aria-labelledby="settings-integrations" className="panel">
      <h2 id="settings-integrations">Integrations</h2>
      {backend.data && (
        <p>
          {local
            ? 'Tickets are created with the tracker’s access token, stored on this server. Without one, an integration ' +
              'links existing tickets only.'
            : 'PostHog holds these integrations’ credentials: connect, reconnect or remove one in PostHog ' +
              '(Project settings → Integrations). Tokens are never set here.'}
        </p>
      )}
      <QueryView
        query={integrations}
        label="integrations"
        isEmpty={(found) => found.usable.length === 0 && found.unreadable.length === 0}
        empty={
          <EmptyState title={`${environment.name} has no GitHub, GitLab, Linear or Jira integration.`}>
            Connect one in PostHog to link tickets to issues.
          </EmptyState>
        }
      >
        {(found) => (
          <>
            {credentials.isError && (
              <p className="item__warning" role="alert">
                Whether each integration has a token could not be read.
              </p>
            )}
            <ul className="item-list">
              {found.usable.map((integration) => (
                <IntegrationItem
                  key={integration.id}
                  envId={environment.id}
                  integration={integration}
                  local={local}
                  credentials={credentials.data?.find((candidate) => candidate.id === integration.id)}
                />
              ))}
            </ul>
            {found.unreadable.length > 0 && (
              <p className="field__hint">
                {countOf(found.unreadable.length, 'integration')} left out: PostHog sent what this dashboard cannot
                read.
              </p>
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}

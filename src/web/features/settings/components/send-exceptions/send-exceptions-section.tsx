import { EmptyState } from '../../../../components/ui/empty-state';
import { QueryView } from '../../../../components/ui/query-view';
import { useEnvironments } from '../../../../data/environments/get-environments';
import { useProjectToken } from '../../../../data/environments/get-project-token';
import { useBackend } from '../../../../data/session/get-backend';
import { useCurrentEnvironment } from '../../../../lib/environments/current-environment';
import { IngestionSetup } from './ingestion-setup';
import { postHogIngestionHost } from './ingestion-host';
import './send-exceptions.css';

const headingId = 'settings-send-exceptions';

/** Where an app sends its exceptions: this server in local mode, PostHog itself in connected mode. */
export function SendExceptionsSection() {
  const environment = useCurrentEnvironment();
  const backend = useBackend();
  const environments = useEnvironments();
  const secondary = environments.data?.results.find((option) => option.id === environment.id)?.projectName != null;
  const token = useProjectToken({ envId: environment.id, secondary }, !environments.isPending);
  const local = backend.data?.mode === 'local';
  const title =
    backend.data === undefined ? 'Send exceptions' : local ? 'Send exceptions here' : 'Send exceptions to PostHog';

  return (
    <section id="send-exceptions" aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{title}</h2>
      <QueryView query={backend} label="the backend">
        {(info) => (
          <>
            <p className="send-exceptions__intro">
              {info.mode === 'local'
                ? `This server ingests exceptions as PostHog does: sent with ${environment.name}’s project token, each ` +
                  'one goes through this environment’s suppression, grouping and assignment rules and shows up in Issues.'
                : 'In connected mode exceptions go to PostHog itself, not to this server: PostHog ingests them and ' +
                  `applies the rules edited here. Send them with ${environment.name}’s project token to PostHog’s ingestion host.`}
            </p>
            <p className="field__hint send-exceptions__intro">
              For {environment.name} (environment {environment.id}). Each environment has its own token: switch
              environment at the top of the page to see another’s.
            </p>
            <QueryView
              query={token}
              label="the project token"
              isEmpty={(found) => found === null}
              empty={
                info.mode === 'local' ? (
                  <EmptyState title={`${environment.name} has no project token yet.`}>
                    This server gives every environment one when it opens its data directory: update it and start it
                    again (npm start).
                  </EmptyState>
                ) : (
                  <EmptyState title={`PostHog did not send ${environment.name}’s project token.`}>
                    Find it in PostHog under Project settings → Project token.
                  </EmptyState>
                )
              }
            >
              {(found) =>
                found !== null && (
                  <IngestionSetup
                    envId={environment.id}
                    token={found}
                    host={info.mode === 'local' ? window.location.origin : postHogIngestionHost(info.host ?? '')}
                    local={info.mode === 'local'}
                  />
                )
              }
            </QueryView>
          </>
        )}
      </QueryView>
    </section>
  );
}

import { QueryView } from '../../../components/ui/query-view';
import { useBackend } from '../../../data/session/get-backend';

export function BackendSection() {
  const backend = useBackend();
  return (
    <section aria-labelledby="settings-backend" className="panel">
      <h2 id="settings-backend">Backend</h2>
      <QueryView query={backend} label="the backend">
        {(info) =>
          info.mode === 'local' ? (
            <dl className="facts">
              <dt>Server</dt>
              <dd>Local server</dd>
              <dt>API</dt>
              <dd>PostHog-compatible error-tracking API, stored in SQLite on this machine.</dd>
            </dl>
          ) : (
            <dl className="facts">
              <dt>Server</dt>
              <dd>
                PostHog at <code>{info.host}</code>
              </dd>
              <dt>API</dt>
              <dd>
                Calls go through this dashboard’s server, which holds the personal API key; the browser never sees it.
              </dd>
              {info.default_environment_id !== null && (
                <>
                  <dt>Default environment</dt>
                  <dd>{info.default_environment_id}</dd>
                </>
              )}
            </dl>
          )
        }
      </QueryView>
    </section>
  );
}

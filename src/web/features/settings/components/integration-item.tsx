import { Fragment } from 'react';
import { Badge } from '../../../components/ui/badge';
import type { IntegrationCredentials } from '../../../data/integrations/get-integration-credentials';
import type { TrackerIntegration } from '../../../data/integrations/get-tracker-integrations';
import { ticketCreationOf } from '../../../data/integrations/use-ticket-creation';
import { TrackerIcon, trackerLabel } from '../../external-references';
import { integrationConfigFacts } from './integration-config-facts';
import { IntegrationTokenForm } from './integration-token-form';

type IntegrationItemProps = {
  envId: number;
  integration: TrackerIntegration;
  /** The local server's word on this integration's token; undefined in connected mode (PostHog holds it). */
  credentials: IntegrationCredentials | undefined;
  local: boolean;
};

export function IntegrationItem({ envId, integration, credentials, local }: IntegrationItemProps) {
  const name = `${trackerLabel(integration.kind)} · ${integration.display_name}`;
  const creation = ticketCreationOf(integration, credentials ? [credentials] : undefined);
  const headingId = `settings-integration-${integration.id}`;
  return (
    <li className="item integration">
      <div className="integration__header">
        <h3 id={headingId} className="integration__name">
          <TrackerIcon kind={integration.kind} /> {name}
        </h3>
        {(!local || credentials) && (
          <Badge tone={creation.possible ? 'success' : 'warning'}>
            {creation.possible ? 'Can create tickets' : 'Links existing tickets only'}
          </Badge>
        )}
      </div>
      <dl className="facts">
        {integrationConfigFacts(integration).map((fact) => (
          <Fragment key={fact.term}>
            <dt>{fact.term}</dt>
            <dd>{fact.value}</dd>
          </Fragment>
        ))}
        <dt>Credentials</dt>
        <dd>
          {!local
            ? 'Held by PostHog'
            : credentials === undefined
              ? 'Unknown'
              : credentials.token_status === 'set'
                ? 'Token set'
                : 'No token'}
        </dd>
        {credentials && (
          <>
            <dt>API address</dt>
            <dd>{credentials.api_base_url ?? 'None: whoever runs this server sets one'}</dd>
          </>
        )}
      </dl>
      {/* The form below is the fix for a missing token; other reasons need someone elsewhere. */}
      {!creation.possible && creation.fix !== 'settings' && <p className="item__warning">{creation.reason}</p>}
      {local && credentials && <IntegrationTokenForm envId={envId} credentials={credentials} name={name} />}
    </li>
  );
}

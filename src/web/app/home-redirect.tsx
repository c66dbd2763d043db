import { Navigate } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { PageHeader } from '../components/ui/page-header';
import { QueryView } from '../components/ui/query-view';
import { useEnvironments } from '../data/environments/get-environments';
import { pickEnvironment } from '../lib/environments/last-environment';
import { defaultSectionPath } from './sections';

export function HomeRedirect() {
  const projects = useEnvironments();
  return (
    <QueryView
      query={projects}
      label="environments"
      isEmpty={(page) => page.results.length === 0}
      empty={
        <>
          <PageHeader
            title="No environments"
            description="Rules and issues live in environments, and there are none to open."
          />
          <EmptyState title="This session cannot open any environment.">
            The server lists no environments, or the API key in use is limited to none of them.
          </EmptyState>
        </>
      }
    >
      {(page) => <Navigate replace to={`/env/${pickEnvironment(page.results)}/${defaultSectionPath}`} />}
    </QueryView>
  );
}

import { Link } from 'react-router';
import { PageHeader } from '../components/ui/page-header';
import type { EnvironmentOption } from '../data/environments/get-environments';
import { useEnvironmentLocation } from './use-environment-location';

type EnvironmentNotFoundProps = { envId: string; environments: readonly EnvironmentOption[] };

export function EnvironmentNotFound({ envId, environments }: EnvironmentNotFoundProps) {
  const { section } = useEnvironmentLocation();
  return (
    <>
      <PageHeader
        title={`Environment ${envId} not found`}
        description="There is no environment with this id, or the API key in use cannot reach it."
      />
      <section aria-labelledby="other-environments">
        <h2 id="other-environments">Open another environment</h2>
        {environments.length === 0 ? (
          <p>This session cannot open any environment.</p>
        ) : (
          <>
            <p>Pick one with the Environment switcher at the top of the page, or here:</p>
            <ul className="link-list">
              {environments.map((project) => (
                <li key={project.id}>
                  <Link to={`/env/${project.id}/${section}`}>{project.name}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}

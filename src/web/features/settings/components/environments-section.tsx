import { Badge } from '../../../components/ui/badge';
import { QueryView } from '../../../components/ui/query-view';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';
import { useEnvironments } from '../../../data/environments/get-environments';

export function EnvironmentsSection() {
  const projects = useEnvironments();
  const environment = useCurrentEnvironment();
  return (
    <section aria-labelledby="settings-environments" className="panel">
      <h2 id="settings-environments">Environments</h2>
      <QueryView query={projects} label="environments">
        {(page) => (
          <>
            {page.limitedReason && <p>{page.limitedReason}</p>}
            <ul className="item-list">
              {page.results.map((project) => (
                <li key={project.id} className="item item--row">
                  <span>
                    {project.projectName ? `${project.projectName} · ${project.name}` : project.name}{' '}
                    <span className="item__meta">· id {project.id}</span>
                  </span>
                  {project.id === environment.id && <Badge tone="info">Current</Badge>}
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryView>
    </section>
  );
}

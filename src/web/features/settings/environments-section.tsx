import { QueryView } from '../../components/ui/query-view';
import { useCurrentEnvironment } from '../../lib/environments/current-environment';
import { useProjects } from '../../lib/environments/get-projects';

export function EnvironmentsSection() {
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

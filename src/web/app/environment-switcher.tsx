import { useId } from 'react';
import { useNavigate } from 'react-router';
import { useProjects } from '../lib/environments/get-projects';
import { useEnvironmentLocation } from './use-environment-location';

/** Switching keeps the section (fingerprints stay fingerprints) but drops anything below it, which belongs to the old environment. */
export function EnvironmentSwitcher() {
  const id = useId();
  const projects = useProjects();
  const navigate = useNavigate();
  const { envId, section } = useEnvironmentLocation();
  const current = envId ?? '';
  const environments = projects.data?.results ?? [];
  const known = environments.some((project) => String(project.id) === current);
  const placeholder = projects.isPending ? 'Loading…' : projects.isError ? 'Unavailable' : 'Choose…';

  return (
    <div className="field field--inline">
      <label htmlFor={id}>Environment</label>
      <select
        id={id}
        value={known ? current : ''}
        disabled={environments.length === 0}
        onChange={(event) => void navigate(`/env/${event.target.value}/${section}`)}
      >
        {!known && (
          <option value="" disabled>
            {placeholder}
          </option>
        )}
        {environments.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </select>
      {projects.data?.limitedReason && (
        <span className="field__hint" title={projects.data.limitedReason}>
          Only the default environment: this key cannot list environments.
        </span>
      )}
    </div>
  );
}

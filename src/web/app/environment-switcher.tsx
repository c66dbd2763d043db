import { useId } from 'react';
import { useNavigate } from 'react-router';
import { useEnvironments } from '../data/environments/get-environments';
import { useEnvironmentLocation } from './use-environment-location';

/** Keeps the section but drops the path below it, which belongs to the old environment. */
export function EnvironmentSwitcher() {
  const id = useId();
  const projects = useEnvironments();
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
        {environments.map((environment) => (
          <option key={environment.id} value={environment.id}>
            {environment.projectName ? `${environment.projectName} · ${environment.name}` : environment.name}
          </option>
        ))}
      </select>
      {projects.data?.limitedReason && (
        <span className="field__hint" title={projects.data.limitedReason}>
          {projects.data.projectScoped
            ? 'Only this key’s projects: listing environments needs an organization-wide key.'
            : 'Only the default environment: this key cannot list environments.'}
        </span>
      )}
    </div>
  );
}

import { useId } from 'react';
import { useNavigate } from 'react-router';
import { Select } from '../components/ui/select';
import { useEnvironments } from '../data/environments/get-environments';
import { useEnvironmentLocation } from './use-environment-location';

/** Keeps the section but drops the path below it, which belongs to the old environment. */
export function EnvironmentSwitcher() {
  const id = useId();
  const hintId = useId();
  const projects = useEnvironments();
  const navigate = useNavigate();
  const { envId, section } = useEnvironmentLocation();
  const environments = projects.data?.results ?? [];
  const options = environments.map((environment) => ({
    value: String(environment.id),
    label: environment.projectName ? `${environment.projectName} · ${environment.name}` : environment.name,
  }));
  const placeholder = projects.isPending ? 'Loading…' : projects.isError ? 'Unavailable' : 'Choose…';
  const limited = projects.data?.limitedReason
    ? projects.data.projectScoped
      ? 'Only this key’s projects: listing environments needs an organization-wide key.'
      : 'Only the default environment: this key cannot list environments.'
    : null;

  return (
    <div className="environment-switcher">
      <label htmlFor={id} className="environment-switcher__label">
        Environment
      </label>
      <Select
        id={id}
        className="environment-switcher__select"
        options={options}
        value={envId ?? ''}
        placeholder={placeholder}
        disabled={environments.length === 0}
        aria-describedby={limited ? hintId : undefined}
        onChange={(next) => void navigate(`/env/${next}/${section}`)}
      />
      {limited && (
        <span id={hintId} className="environment-switcher__limited" title={projects.data?.limitedReason ?? undefined}>
          {limited}
        </span>
      )}
    </div>
  );
}

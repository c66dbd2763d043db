import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Button } from '../../../../components/ui/button';
import { Field } from '../../../../components/ui/field';
import { TextInput } from '../../../../components/ui/text-input';
import type { TrackerIntegration } from '../../../../data/integrations/get-tracker-integrations';
import type { TicketCreation } from '../../../../data/integrations/use-ticket-creation';
import { jiraProjectsQueryOptions, linearTeamsQueryOptions } from '../../../../data/integrations/get-ticket-pickers';
import { GithubRepositoryField } from './github-repository-field';
import { PickerSelect } from './picker-select';
import { useLinkTicketForm } from './use-link-ticket-form';

type CreateTicketFieldsProps = {
  envId: number;
  integration: TrackerIntegration;
  /** Whether the integration can create tickets at all, known before anything is typed. */
  creation: TicketCreation;
  /** The id the reason gets, so the disabled submit button is described by it. */
  blockedId: string;
  onSwitchToLink: () => void;
};

/** Linear's teams or Jira's projects: where the new ticket goes, for the trackers that ask. */
function DestinationField({ envId, integration }: Pick<CreateTicketFieldsProps, 'envId' | 'integration'>) {
  const { register, formState } = useLinkTicketForm();
  const linear = useQuery({
    ...linearTeamsQueryOptions(envId, integration.id),
    select: (answer) => answer.teams,
    enabled: integration.kind === 'linear',
  });
  const jira = useQuery({
    ...jiraProjectsQueryOptions(envId, integration.id),
    select: (answer) => answer.projects,
    enabled: integration.kind === 'jira',
  });
  if (integration.kind === 'linear') {
    return (
      <PickerSelect
        label="Team"
        items="teams"
        query={linear}
        optionOf={(team) => ({ value: team.id, label: team.name })}
        registration={register('team_id')}
        error={formState.errors.team_id?.message}
      />
    );
  }
  if (integration.kind === 'jira') {
    return (
      <PickerSelect
        label="Project"
        items="projects"
        query={jira}
        optionOf={(project) => ({ value: project.key, label: `${project.name} (${project.key})` })}
        registration={register('project_key')}
        error={formState.errors.project_key?.message}
      />
    );
  }
  if (integration.kind === 'gitlab') {
    const project = integration.config.path_with_namespace;
    return typeof project === 'string' ? <p className="field__hint">The ticket is created in {project}.</p> : null;
  }
  return <GithubRepositoryField envId={envId} integration={integration} required />;
}

/** The new ticket: where it goes, its title and its body (Linear and Jira call it the description). */
export function CreateTicketFields({
  envId,
  integration,
  creation,
  blockedId,
  onSwitchToLink,
}: CreateTicketFieldsProps) {
  const { register, formState } = useLinkTicketForm();
  const configError = formState.errors.root?.config?.message;
  const usesDescription = integration.kind === 'linear' || integration.kind === 'jira';
  return (
    <div className="link-ticket__section">
      {!creation.possible && (
        <div className="link-ticket__problem">
          <p id={blockedId}>{creation.reason}</p>
          <div className="link-ticket__actions">
            {creation.fix === 'settings' && (
              <Link to={`/env/${envId}/settings#integrations`} className="button button--secondary button--small">
                Set a token in Settings
              </Link>
            )}
            <Button size="small" onClick={onSwitchToLink}>
              Link an existing ticket instead
            </Button>
          </div>
        </div>
      )}
      {configError && (
        <div className="link-ticket__problem" role="alert">
          <p>{configError}</p>
          <Button size="small" onClick={onSwitchToLink}>
            Link an existing ticket instead
          </Button>
        </div>
      )}
      <DestinationField envId={envId} integration={integration} />
      <Field label="Title" required error={formState.errors.title?.message}>
        {(control) => <TextInput {...control} {...register('title')} />}
      </Field>
      <Field label={usesDescription ? 'Description' : 'Body'} error={formState.errors.body?.message}>
        {(control) => <textarea {...control} {...register('body')} className="input textarea" rows={6} />}
      </Field>
    </div>
  );
}

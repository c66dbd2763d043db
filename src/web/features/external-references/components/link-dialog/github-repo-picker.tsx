import { useMemo, useState, type Ref } from 'react';
import type { GithubRepo } from '../../../../../contract/integrations';
import { Combobox, type ComboboxOption } from '../../../../components/ui/combobox';
import type { FieldControlProps } from '../../../../components/ui/field';
import { describeError } from '../../../../lib/api-error';
import { countOf } from '../../../../lib/format';
import { useDebouncedValue } from '../../../../lib/use-debounced-value';
import { useGithubRepos } from '../../../../data/integrations/get-ticket-pickers';
import { bareRepositoryName, isAccountRepository } from './github-repository-name';

type GithubRepoPickerProps = FieldControlProps & {
  envId: number;
  integrationId: number;
  /** The integration's GitHub account, when its config names it. */
  account: string | undefined;
  /** A bare repository name. */
  value: string | null;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  ref?: Ref<HTMLInputElement>;
};

/**
 * The integration's repositories, searched on the server as the person types; a name may also be typed. The value
 * is the bare name: PostHog stores it and prefixes the integration's account when it builds the ticket's link, so
 * a repository of another owner is not offered (its tickets would get a broken link).
 */
export function GithubRepoPicker({
  envId,
  integrationId,
  account,
  value,
  onChange,
  onBlur,
  ref,
  ...control
}: GithubRepoPickerProps) {
  const [text, setText] = useState('');
  const search = useDebouncedValue(text, 250);
  const repos = useGithubRepos(envId, integrationId, search);
  const listed: GithubRepo[] = useMemo(() => repos.data?.repositories ?? [], [repos.data]);
  const options = useMemo<ComboboxOption<string>[]>(
    () =>
      listed
        .filter((repo) => isAccountRepository(repo, account))
        .map((repo) => ({ key: repo.name, value: repo.name, label: repo.full_name, keywords: [repo.name] })),
    [listed, account],
  );
  const foreign = listed.length - options.length;
  const searching = repos.isFetching || text !== search;
  const total = repos.data?.total;
  const more =
    repos.data?.has_more && total !== undefined ? `Showing ${listed.length} of ${total}: type to narrow.` : '';
  return (
    <>
      <Combobox<string>
        {...control}
        ref={ref}
        options={options}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        onInputChange={setText}
        getValueKey={(repository) => repository}
        getValueLabel={(repository) => (account ? `${account}/${repository}` : repository)}
        placeholder="Search repositories"
        clearLabel="Clear repository"
        noMatchesText={searching ? 'Searching repositories…' : 'No repositories match'}
        allowCustomValue
        parseCustom={(typed) => bareRepositoryName(typed, account)}
        describeCustom={(repository) => `Use repository “${account ? `${account}/` : ''}${repository}”`}
      />
      {(more || foreign > 0) && (
        <p className="field__hint">
          {more}
          {foreign > 0 &&
            ` ${countOf(foreign, 'repository', 'repositories')} of other owners left out: PostHog links tickets only in the repositories of ${account}.`}
        </p>
      )}
      {repos.isError && (
        <p className="field__error" role="alert">
          Repositories could not be loaded: {describeError(repos.error)}. Type the repository’s name.
        </p>
      )}
    </>
  );
}

import { useMemo, useState, type Ref } from 'react';
import { Combobox, type ComboboxOption } from '../../../components/ui/combobox';
import type { FieldControlProps } from '../../../components/ui/field';
import { describeError } from '../../../lib/api-error';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useGithubRepos } from '../api/get-ticket-pickers';

type GithubRepoPickerProps = FieldControlProps & {
  envId: number;
  integrationId: number;
  value: string | null;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  ref?: Ref<HTMLInputElement>;
};

const repositoryPattern = /^[\w.-]+(?:\/[\w.-]+)?$/;
const parseRepository = (text: string) => (repositoryPattern.test(text) ? text : null);

/** The integration's repositories, searched on the server as the person types; `owner/repo` may also be typed. */
export function GithubRepoPicker({
  envId,
  integrationId,
  value,
  onChange,
  onBlur,
  ref,
  ...control
}: GithubRepoPickerProps) {
  const [text, setText] = useState('');
  const search = useDebouncedValue(text, 250);
  const repos = useGithubRepos(envId, integrationId, search);
  const options = useMemo<ComboboxOption<string>[]>(
    () =>
      (repos.data?.repositories ?? []).map((repo) => ({
        key: repo.full_name,
        value: repo.full_name,
        label: repo.full_name,
        keywords: [repo.name],
      })),
    [repos.data],
  );
  const searching = repos.isFetching || text !== search;
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
        placeholder="Search repositories"
        clearLabel="Clear repository"
        noMatchesText={searching ? 'Searching repositories…' : 'No repositories match'}
        allowCustomValue
        parseCustom={parseRepository}
        describeCustom={(repository) => `Use repository “${repository}”`}
      />
      {repos.isError && (
        <p className="field__error" role="alert">
          Repositories could not be loaded: {describeError(repos.error)}. Type the repository as owner/repo.
        </p>
      )}
    </>
  );
}

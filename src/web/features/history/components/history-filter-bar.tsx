import { useId } from 'react';
import { actorFilterValue } from '../../../../contract/rule-history-api';
import { ruleKinds as kindNames } from '../../../../contract/rules';
import { Field } from '../../../components/ui/field';
import { FilterBar } from '../../../components/ui/filter-bar';
import { Select, type SelectOption } from '../../../components/ui/select';
import { useHistoryActors } from '../../../data/rule-history/get-history-actors';
import { ruleKinds } from '../../rules';
import { actorLabel } from './timeline/describe-entry';

type HistoryFilterBarProps = {
  envId: number;
  kind: string;
  actor: string;
  onChange: (changes: { kind?: string | null; actor?: string | null }) => void;
};

const kindOptions: SelectOption[] = [
  { value: '', label: 'Every kind' },
  ...kindNames.map((kind) => ({ value: kind, label: ruleKinds[kind].title })),
];

/** Narrows the history to one kind of rule and to one person (or key). */
export function HistoryFilterBar({ envId, kind, actor, onChange }: HistoryFilterBarProps) {
  const helperId = useId();
  const actors = useHistoryActors(envId);
  const actorOptions: SelectOption[] = [
    { value: '', label: 'Everyone' },
    ...(actors.data?.results ?? []).map((each) => ({ value: actorFilterValue(each), label: actorLabel(each) })),
  ];
  // A person in the URL whom the list does not hold (yet) still shows as chosen.
  if (actor !== '' && !actorOptions.some((option) => option.value === actor)) {
    actorOptions.push({ value: actor, label: actor.replace(/^person:/, '') });
  }
  return (
    <FilterBar
      label="Filter history"
      helper="Person lists the names people set in Settings, API keys, and changes made outside the console."
      helperId={helperId}
      onClear={() => onChange({ kind: null, actor: null })}
      clearShown={kind !== '' || actor !== ''}
    >
      <Field label="Kind" describedBy={helperId} className="filter-bar__picker">
        {(control) => (
          <Select {...control} options={kindOptions} value={kind} onChange={(next) => onChange({ kind: next })} />
        )}
      </Field>
      <Field label="Person" describedBy={helperId} className="filter-bar__picker">
        {(control) => (
          <Select
            {...control}
            options={actorOptions}
            value={actor}
            aria-busy={actors.isPending || undefined}
            onChange={(next) => onChange({ actor: next })}
          />
        )}
      </Field>
    </FilterBar>
  );
}

import type { ReactNode } from 'react';
import type { RuleKind, RuleOf } from '../../../../contract/rules';
import { describeGroup } from '../../../components/filter-builder/describe-filters';
import { EmptyState } from '../../../components/ui/empty-state';
import { ListSummary } from '../../../components/ui/list-summary';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryView } from '../../../components/ui/query-view';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';
import { useRules } from '../api/get-rules';

type RulesOverviewProps<K extends RuleKind> = {
  kind: K;
  title: string;
  description: string;
  /** What a rule of this kind does when it matches. */
  outcome: (rule: RuleOf<K>) => ReactNode;
};

/** A read-only list of one kind of rule, in the order they are evaluated. */
export function RulesOverview<K extends RuleKind>({ kind, title, description, outcome }: RulesOverviewProps<K>) {
  const environment = useCurrentEnvironment();
  const rules = useRules(environment.id, kind);
  const noun = title.toLowerCase();

  return (
    <>
      <PageHeader title={title} description={description} />
      <p className="notice">Editing and reordering rules arrive in the next release; for now this page lists them.</p>
      <QueryView
        query={rules}
        label={noun}
        isEmpty={(list) => list.results.length === 0}
        empty={<EmptyState title={`No ${noun} in ${environment.name} yet.`} />}
      >
        {(list) => (
          <>
            <ListSummary count={list.count} shown={list.results.length} singular="rule" />
            <ol className="item-list" aria-label={`${title}, in evaluation order`}>
              {list.results.map((rule) => (
                <li key={rule.id} className="item">
                  <p className="item__title">{describeGroup(rule.filters)}</p>
                  <p className="item__meta">
                    {outcome(rule)} · <code>{rule.id}</code>
                  </p>
                  {rule.disabled_data && (
                    <p className="item__warning">Disabled after an evaluation error: {rule.disabled_data.message}</p>
                  )}
                </li>
              ))}
            </ol>
          </>
        )}
      </QueryView>
    </>
  );
}

import type { RuleKind } from '../../../../../contract/rules';
import type { RuleKindDescriptor } from '../../kinds/rule-kind-descriptor';

/** What the search looks at for this kind: "Search matches titles, ids, filters and assignee names." */
export function searchHint<K extends RuleKind>({ searchText, assigneeOf }: RuleKindDescriptor<K>): string {
  const parts = [
    'titles',
    'ids',
    'filters',
    ...(searchText ? ['descriptions'] : []),
    ...(assigneeOf ? ['assignee names'] : []),
  ];
  return `Search matches ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`;
}
